"""Your own article: from pasted text, a .txt or .md file, or a saved web page.

`read_article` turns what a student has into an `Article` whose line 0 is the
headline and whose every later line is one paragraph, the shape the kit's
paragraph model and the bundled texts share. Web pages are read with the
standard library's ``html.parser``: the headline, then the body paragraphs, with
menus, scripts, styles, sidebars, captions, share buttons and footers dropped.

What it can not tell you: a saved page is a guess about where the article is.
The extraction keeps the block of paragraphs that looks most like a story, so
an unusual page layout can lose a paragraph or keep a stray line; read the
result before you trust its counts. The optional ``trafilatura`` extractor
(``pip install "framing-kit[web]"``) is a second opinion, not a guarantee.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .errors import FramingError, check_text
from .text import Article

__all__ = ["MAX_FILE_BYTES", "SUFFIXES", "read_article"]

#: The largest file `read_article` opens (a long article is well under 1 MB of text;
#: a saved page with its scripts can reach a few MB).
MAX_FILE_BYTES = 50_000_000

#: File types `read_article` knows, by suffix.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

EXTRACTORS = ("builtin", "trafilatura")
_INSTALL_WEB = 'pip install "framing-kit[web]"'


def read_article(
    source: str | os.PathLike[str] | bytes,
    *,
    outlet: str | None = None,
    date: str | None = None,
    url: str | None = None,
    title: str | None = None,
    extractor: str = "builtin",
) -> Article:
    """An `Article` from text, a ``.txt``/``.md`` file, or a saved web page (``.html``).

    A string is read as a file name when it is one line that names an existing
    file or ends in .txt, .md or .html; otherwise it is the article's text.
    ``outlet``, ``date``, ``url`` and ``title`` go into ``article.meta``; ``title``
    also becomes the headline (line 0) when the text has none. A file ``NAME.txt``
    with a ``NAME.meta.json`` beside it (as in the kit's ``seeds/`` folder) also
    gets the metadata in that file, for each key not given here.

    >>> a = read_article("Depot to Close\\nThe council voted on Monday.", outlet="Gazette")
    >>> a.headline.text, a.meta["outlet"]
    ('Depot to Close', 'Gazette')
    """
    if extractor not in EXTRACTORS:
        raise FramingError(
            f'There is no extractor called "{extractor}"; use "builtin" or "trafilatura".'
        )
    if isinstance(title, str):
        title = _SPACES.sub(" ", title).strip() or None
    meta = _given_meta(outlet=outlet, date=date, url=url, title=title)
    loaded = _load(source, meta)
    text, has_headline = _shape(loaded, meta, title, extractor)
    meta["format"] = loaded.kind
    check_text(text, what=loaded.label)
    article = Article(text, name=loaded.name, meta=meta, headline=has_headline)
    if meta["title"] is None and article.headline is not None:
        meta["title"] = article.headline.text
        article.meta = MappingProxyType(meta)
    return article


@dataclass(frozen=True)
class _Loaded:
    text: str
    kind: str  # "text", "markdown" or "html"
    label: str  # how messages name it: '"file.txt"' or "The text"
    name: str | None


def _given_meta(**given: object) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for key, value in given.items():
        if hasattr(value, "isoformat"):  # a datetime.date is welcome as a date
            value = value.isoformat()
        elif value is not None and not isinstance(value, str):
            raise FramingError(f'{key}= must be text, such as {key}="...", not {value!r}.')
        meta[key] = value
    return meta


def _load(source: object, meta: dict[str, Any]) -> _Loaded:
    """The text and its kind, from a path, bytes or a string; a file's own details go in meta."""
    path = _as_path(source)
    if path is not None:
        data = _read_bytes(path)
        label = f'"{path.name}"'
        kind = SUFFIXES.get(path.suffix.lower()) or _sniff_kind(data)
        text = _decode(data, label, html=kind == "html")
        if not text.strip():
            raise FramingError(
                f"{label} has only blank space in it, no words; "
                "save the article's text in it first."
            )
        meta["file"] = path.name
        for key, value in _meta_beside(path).items():
            if meta.get(key) is None:
                meta[key] = value
        return _Loaded(text, kind, label, path.stem)
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        if not data:
            raise FramingError("The bytes you gave are empty; pass the article's text instead.")
        kind = _sniff_kind(data)
        return _Loaded(_decode(data, "The text", html=kind == "html"), kind, "The text", None)
    if isinstance(source, str):
        kind = "html" if _looks_like_html(source) else "text"
        return _Loaded(source, kind, "The text", None)
    check_text(source)  # raises the usual message for None, numbers, lists ...
    raise FramingError(f"read_article needs text or a file name, not {type(source).__name__}.")


def _meta_beside(path: Path) -> dict[str, Any]:
    """The metadata in ``NAME.meta.json`` next to ``NAME.txt``, if there is such a file."""
    beside = path.with_name(f"{path.stem}.meta.json")
    try:
        found = json.loads(beside.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none there, or not one we can read: the text still counts
        return {}
    return found if isinstance(found, dict) else {}


def _shape(
    loaded: _Loaded, meta: dict[str, Any], title: str | None, extractor: str
) -> tuple[str, bool | None]:
    """The text in the kit's shape (headline, then one line per paragraph), and whether
    line 0 is a headline (None: let the article decide)."""
    text = loaded.text
    if loaded.kind == "html":
        page = _extract_html(text, loaded.label, extractor)
        headline = title or page.headline
        paragraphs = page.paragraphs
        for key, value in page.meta.items():
            if meta.get(key) is None:
                meta[key] = value
    elif loaded.kind == "markdown":
        headline, paragraphs = _markdown_paragraphs(text)
        headline = title or headline
    else:
        text = _plain(text)
        if title and _first_line(text) != title:
            # Match the text's own paragraph breaks, so the title stays a paragraph of its own.
            text = f"{title}\n\n{text}" if _BLANK_LINE.search(text) else f"{title}\n{text}"
            return text, True
        return text, True if title else None
    paragraphs = [p for p in paragraphs if p != headline]
    if not paragraphs:
        raise FramingError(f"{loaded.label} has no article paragraphs that the kit could find.")
    body = "\n".join(paragraphs)
    return (f"{headline}\n{body}" if headline else body), bool(headline)


# --- finding and opening the file -----------------------------------------------------------


def _as_path(source: object) -> Path | None:
    if isinstance(source, os.PathLike):
        return Path(source).expanduser()
    if not isinstance(source, str):
        return None
    candidate = source.strip()
    if not candidate or "\n" in candidate or len(candidate) > 1000:
        return None
    path = Path(candidate).expanduser()
    try:
        if path.exists():
            return path
    except (OSError, ValueError):  # a name the system cannot even look up is text
        return None
    if path.suffix.lower() in SUFFIXES and " " not in path.name.strip():
        return path  # meant as a file name, so say that it is missing
    return None


def _read_bytes(path: Path) -> bytes:
    label = f'"{path}"'
    try:
        info = path.stat()
    except FileNotFoundError:
        raise FramingError(
            f"There is no file {label}; check the spelling, or give the full path "
            f'(the kit looked in "{path.absolute().parent}").'
        ) from None
    except PermissionError:
        raise FramingError(f"You do not have permission to open {label}.") from None
    except OSError as error:
        raise FramingError(f"The file {label} could not be opened ({error.strerror}).") from None
    if path.is_dir():
        raise FramingError(
            f"{label} is a folder, not a file; give one article file inside it, "
            f'such as "{path / "article.txt"}".'
        )
    if not path.is_file():
        raise FramingError(f"{label} is not a regular file; give a .txt, .md or .html file.")
    if info.st_size == 0:
        raise FramingError(f"{label} is empty (0 bytes); save the article's text in it first.")
    if info.st_size > MAX_FILE_BYTES:
        raise FramingError(
            f"{label} is {info.st_size / 1e6:,.0f} MB, too big for one article "
            f"(the limit is {MAX_FILE_BYTES // 1_000_000} MB); split it into one file per article."
        )
    try:
        return path.read_bytes()
    except PermissionError:
        raise FramingError(f"You do not have permission to open {label}.") from None
    except OSError as error:
        raise FramingError(f"The file {label} could not be read ({error.strerror}).") from None


# --- decoding -----------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# File signatures of formats students often try, each with what to do instead.
_SIGNATURES = (
    (b"%PDF", "is a PDF; copy its text into a .txt file, or save the article as a web page"),
    (b"{\\rtf", 'is a Rich Text file; save it as "Plain Text (.txt)" and try again'),
    (b"PK\x03\x04", 'is a Word, zip or other packed file; save the article as "Plain Text (.txt)"'),
    (b"\xd0\xcf\x11\xe0", 'is an old Word or Excel file; save the article as "Plain Text (.txt)"'),
    (b"\x89PNG", "is a picture (PNG), not text; the kit needs the article's words"),
    (b"\xff\xd8\xff", "is a picture (JPEG), not text; the kit needs the article's words"),
    (b"GIF8", "is a picture (GIF), not text; the kit needs the article's words"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.\-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _decode(data: bytes, label: str, *, html: bool = False) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one, else Windows-1252."""
    text = _decode_bytes(data, label, html=html)
    if "\x00" in text or len(_CONTROL.findall(text[:100_000])) > 20:
        raise FramingError(
            f"{label} is not a text file (it looks like binary data); "
            "open a .txt, .md or .html file instead."
        )
    return text


def _decode_bytes(data: bytes, label: str, *, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise FramingError(
                    f"{label} starts like a {encoding.upper()} text file but is damaged after "
                    "that; open it in a text editor and save it again as UTF-8."
                ) from None
    for signature, advice in _SIGNATURES:
        if data.startswith(signature):
            raise FramingError(f"{label} {advice}.")
    sixteen = _utf16_without_bom(data)
    if sixteen:
        try:
            return data.decode(sixteen)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise FramingError(
            f"{label} is not a text file (it looks like binary data); "
            "open a .txt, .md or .html file instead."
        )
    declared = _declared_charset(data) if html else None
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # pages often declare one encoding and use another
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes have no Windows-1252 character; Latin-1 maps every byte.
        return data.decode("latin-1")


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read pages labelled Latin-1 as Windows-1252, and so do we.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def _sniff_kind(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and "<body" in head
    )


# --- plain text and Markdown ----------------------------------------------------------------


def _plain(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n")


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


_MD_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_CODE = re.compile(r"`+([^`]+)`+")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


def _markdown_inline(line: str) -> str:
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    line = _MD_STRIKE.sub(r"\1", line)
    line = _MD_HTML_TAG.sub("", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()


def _markdown_paragraphs(text: str) -> tuple[str | None, list[str]]:
    """The first level-1 heading (or the front matter's title) and one line per paragraph."""
    text = _plain(text)
    headline = None
    front = _MD_FRONT_MATTER.match(text)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        if found:
            headline = _markdown_inline(found.group(1).strip("\"'"))
        text = text[front.end() :]
    blocks = _MarkdownBlocks(headline)
    for raw in text.split("\n"):
        blocks.add_line(raw)
    blocks.flush()
    headline, paragraphs = blocks.headline, blocks.paragraphs
    if headline is None and paragraphs and _is_headline_shaped(paragraphs[0]):
        headline = paragraphs.pop(0)
    return headline, paragraphs


@dataclass
class _MarkdownBlocks:
    """Markdown lines gathered into paragraphs: a blank line, a rule, a heading or a list
    item ends one; code blocks are left out; the first level-1 heading is the headline."""

    headline: str | None
    paragraphs: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    in_fence: bool = False

    def flush(self) -> None:
        joined = _markdown_inline(" ".join(self.current))
        if joined:
            self.paragraphs.append(joined)
        self.current.clear()

    def heading(self, text: str, level: int) -> None:
        heading = _markdown_inline(text)
        if level == 1 and self.headline is None and not self.paragraphs:
            self.headline = heading
        elif heading:
            self.paragraphs.append(heading)

    def add_line(self, raw: str) -> None:
        if _MD_FENCE.match(raw):
            self.flush()
            self.in_fence = not self.in_fence
            return
        if self.in_fence:
            return  # code is not article text
        if not raw.strip() or _MD_RULE.match(raw) or _MD_REFERENCE.match(raw):
            self.flush()
            return
        if self.current and _MD_SETEXT.match(raw):
            text = " ".join(self.current)
            self.current.clear()
            self.heading(text, 1 if raw.strip().startswith("=") else 2)
            return
        heading_match = _MD_HEADING.match(raw)
        if heading_match:
            self.flush()
            self.heading(heading_match.group(2), len(heading_match.group(1)))
            return
        line = _MD_QUOTE.sub("", raw)
        if _MD_LIST.match(line):
            self.flush()  # each list item is its own paragraph
            line = _MD_LIST.sub("", line)
        self.current.append(line.strip())


def _is_headline_shaped(line: str) -> bool:
    return 2 <= len(line.split()) <= 30 and not line.rstrip().endswith((".", ":", ";", ","))


# --- web pages ------------------------------------------------------------------------------


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None
    children: list[_Node | str] = field(default_factory=list)

    def iter(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            if isinstance(child, _Node):
                yield from child.iter()

    def ancestors(self) -> Iterator[_Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def _tag_set(names: str) -> frozenset[str]:
    return frozenset(names.split())


_VOID = _tag_set("area base br col embed hr img input link meta param source track wbr keygen")
_BLOCK = _tag_set(
    """address article aside blockquote body dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section summary table
    tbody td tfoot th thead tr ul"""
)
# Tags that close an open <p> when they start (HTML's implied end tags).
_CLOSES_P = _BLOCK - {"body", "html"}
_SKIP_TAGS = _tag_set(
    """script style noscript template svg math nav aside form footer iframe button select
    textarea object embed canvas video audio figure figcaption dialog menu"""
)
_SKIP_ROLES = _tag_set(
    "navigation banner contentinfo complementary search dialog alert menu menubar toolbar"
)
# Class or id words that mark page furniture. "Strong" ones are dropped wherever they are;
# "weak" ones only when the element does not also call itself the article or story.
_STRONG_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:share|sharing|social|related|recommended|recirc|comment|comments|"
    r"newsletter|subscribe|signup|sign-up|promo|advert|advertisement|ad|ads|adslot|sponsor|"
    r"sponsored|cookie|cookies|consent|popup|modal|byline|caption|credit|outbrain|taboola|"
    r"most-read|mostread|trending|paywall|visually-hidden|sr-only|hidden)(?:$|[\s_\-])",
    re.IGNORECASE,
)
_COMMENTS_CLASS = re.compile(r"(?:^|[\s_\-])(?:comment|comments)(?:$|[\s_\-])", re.IGNORECASE)
_WEAK_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|navigation|menu|footer|sidebar|banner|masthead|breadcrumb|"
    r"breadcrumbs|skip|tags|taglist|tag-list|author-bio|toolbar|widget|disclaimer|links-block|"
    r"sign-off|signoff|trust-principles)(?:$|[\s_\-])",
    re.IGNORECASE,
)
_CONTENT_CLASS = re.compile(
    r"article|story|entry-content|post-content|post-body|body-text|main-content|articlebody",
    re.IGNORECASE,
)
_BOILERPLATE_TEXT = re.compile(
    r"^(?:advertisement|advert|sponsored|share( this( article| story)?)?( on \w+)?|"
    r"read more\b.*|related:.*|see also:.*|sign up\b.*|subscribe\b.*|follow us\b.*|"
    r"click here\b.*|copyright\b.*|©.*|all rights reserved.*|skip to (main )?content|"
    r"(?:facebook|twitter|x|whatsapp|linkedin|email|print)(?:\s*[|·•/]\s*\w+)*|"
    r"this (article|story) (was|has been) (updated|corrected)\b.*|"
    r"we use cookies\b.*|accept( all)? cookies|"
    r"(additional )?(reporting|writing|editing) by\b.*|our standards:.*)\W*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By [A-Z][\w.'’\-]*(?: (?:[A-Z][\w.'’\-]*|and|de|van|von|al))*(?:[,|·].*)?$")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u200b]+")


class _TreeBuilder(HTMLParser):
    """A forgiving tree: unclosed tags close at their parent's end, stray end tags are ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.node = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" or (tag in _CLOSES_P and self._open("p")):
            self._close("p")
        if tag == "li":
            self._close("li", stop=("ul", "ol"))
        if tag in ("dt", "dd"):
            self._close("dt", stop=("dl",))
            self._close("dd", stop=("dl",))
        if tag in ("td", "th"):
            self._close("td", stop=("tr", "table"))
            self._close("th", stop=("tr", "table"))
        if tag == "tr":
            self._close("tr", stop=("table",))
        node = _Node(tag, {k: v or "" for k, v in attrs}, self.node)
        self.node.children.append(node)
        if tag not in _VOID:
            self.node = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.node.children.append(_Node(tag, {k: v or "" for k, v in attrs}, self.node))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self._close(tag)

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)

    def _open(self, tag: str) -> bool:
        return any(n.tag == tag for n in [self.node, *self.node.ancestors()])

    def _close(self, tag: str, stop: tuple[str, ...] = ()) -> None:
        node: _Node | None = self.node
        while node is not None and node.tag != "#root":
            if node.tag == tag:
                self.node = node.parent or self.root
                return
            if node.tag in stop:
                return
            node = node.parent


@dataclass
class _Page:
    headline: str | None
    paragraphs: list[str]
    meta: dict[str, Any]


@dataclass
class _Block:
    node: _Node  # the innermost block element that holds the text
    text: str
    link_chars: int


def _extract_html(html: str, label: str, extractor: str) -> _Page:
    if extractor == "trafilatura":
        return _extract_with_trafilatura(html, label)
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # html.parser is forgiving; never let an odd page reach a student
        raise FramingError(
            f"{label} could not be read as a web page; copy the article's text into a .txt file."
        ) from None
    root = builder.root
    meta = _page_meta(root)
    _drop_boilerplate(root)
    blocks = list(_blocks(root))
    headline = _headline(root, blocks, meta)
    content = _content_nodes(blocks)
    wanted = {id(node) for node in content}
    paragraphs: list[tuple[str, str]] = []
    for block in blocks:
        inside = id(block.node) in wanted or any(id(a) in wanted for a in block.node.ancestors())
        if inside and _is_body_text(block, headline, early=len(paragraphs) < 2):
            paragraphs.append((block.text, block.node.tag))
    while paragraphs and paragraphs[-1][1] in _HEADINGS:
        paragraphs.pop()  # a heading with nothing under it ("More on this story")
    paragraphs_text = [text for text, _ in paragraphs]
    if sum(len(p) for p in paragraphs_text) < 40:
        raise FramingError(
            f"{label} has no article text that the kit could find; copy the article into a "
            f".txt file, or try the web extra ({_INSTALL_WEB}, then extractor='trafilatura')."
        )
    meta.pop("headline", None)
    meta.pop("page_title", None)
    meta["extracted_with"] = "builtin"
    return _Page(headline, paragraphs_text, meta)


def _is_body_text(block: _Block, headline: str | None, *, early: bool) -> bool:
    text = block.text
    if block.node.tag == "h1" or text == headline:
        return False
    words = len(text.split())
    if words <= 25 and _BOILERPLATE_TEXT.match(text):
        return False
    if early and words <= 12 and _BYLINE.match(text) and not text.endswith("."):
        return False  # "By Jane Doe, City reporter"
    # A list of links is navigation, not prose.
    return not (block.link_chars > 0.5 * len(text) and words < 25)


def _page_meta(root: _Node) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in root.iter():
        if node.tag == "meta":
            key = (node.attrs.get("property") or node.attrs.get("name") or "").lower()
            value = _SPACES.sub(" ", node.attrs.get("content", "")).strip()
            if value:
                found.setdefault(key, value)
        elif node.tag == "link" and "canonical" in node.attrs.get("rel", "").lower().split():
            found.setdefault("canonical", node.attrs.get("href", "").strip())
        elif node.tag == "title" and "title" not in found:
            found["title"] = _text_of(node)
        elif node.tag == "html" and node.attrs.get("lang"):
            found.setdefault("lang", node.attrs["lang"])
    meta: dict[str, Any] = {
        "outlet": found.get("og:site_name") or found.get("application-name"),
        "date": found.get("article:published_time")
        or found.get("datepublished")
        or found.get("date")
        or found.get("pubdate"),
        "url": found.get("canonical") or found.get("og:url"),
    }
    meta["headline"] = found.get("og:title") or found.get("twitter:title")
    meta["page_title"] = found.get("title")
    return {k: v for k, v in meta.items() if v}


def _skippable(node: _Node) -> bool:
    if node.tag in _SKIP_TAGS:
        return True
    attrs = node.attrs
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if "display:none" in attrs.get("style", "").replace(" ", "").lower():
        return True
    if attrs.get("role", "").lower() in _SKIP_ROLES:
        return True
    if node.tag == "header" and not any(a.tag in ("article", "main") for a in node.ancestors()):
        return True  # the site's header, not the article's
    if node.tag in ("html", "body", "main", "article"):
        return False
    names = " ".join(attrs.get(key, "") for key in ("class", "id", "data-component"))
    if not _STRONG_CLASS.search(names) and (
        not _WEAK_CLASS.search(names) or _CONTENT_CLASS.search(names)
    ):
        return False
    if _COMMENTS_CLASS.search(names):
        return True
    # Class names are only a hint ("overflow-hidden", "ad-free" wrap whole stories):
    # an element holding several paragraphs of prose stays, whatever it is called.
    return _prose_paragraphs(node) < 3


def _prose_paragraphs(node: _Node) -> int:
    count = 0
    for inner in node.iter():
        if inner.tag == "p":
            text = _text_of(inner)
            links = sum(len(_text_of(a)) for a in inner.iter() if a.tag == "a")
            if len(text) >= 100 and links < 0.3 * len(text):
                count += 1
                if count >= 3:
                    break
    return count


def _drop_boilerplate(node: _Node) -> None:
    node.children = [
        child for child in node.children if isinstance(child, str) or not _skippable(child)
    ]
    for child in node.children:
        if isinstance(child, _Node):
            _drop_boilerplate(child)


def _blocks(root: _Node) -> Iterator[_Block]:
    """Runs of text between block boundaries, each with the block element it sits in."""
    parts: list[str] = []
    link_chars = 0
    owner = root

    def flush() -> Iterator[_Block]:
        nonlocal link_chars
        text = _SPACES.sub(" ", "".join(parts)).strip()
        if text:
            yield _Block(owner, text, min(link_chars, len(text)))
        parts.clear()
        link_chars = 0

    def walk(node: _Node, in_link: bool) -> Iterator[_Block]:
        nonlocal owner, link_chars
        for child in node.children:
            if isinstance(child, str):
                if node.tag in ("head", "title"):
                    continue
                parts.append(child)
                if in_link:
                    link_chars += len(_SPACES.sub(" ", child).strip())
                continue
            if child.tag in ("head", "title"):
                continue
            if child.tag in ("br", "hr"):
                yield from flush()
                continue
            if child.tag in _BLOCK:
                yield from flush()
                previous, owner = owner, child
                yield from walk(child, in_link)
                yield from flush()
                owner = previous
            else:
                yield from walk(child, in_link or child.tag == "a")

    yield from walk(root, False)
    yield from flush()


def _text_of(node: _Node) -> str:
    pieces: list[str] = []
    for child in node.children:
        pieces.append(child if isinstance(child, str) else f" {_text_of(child)} ")
    return _SPACES.sub(" ", "".join(pieces)).strip()


def _headline(root: _Node, blocks: list[_Block], meta: dict[str, Any]) -> str | None:
    h1s = [b for b in blocks if b.node.tag == "h1"]
    in_article = [b for b in h1s if any(a.tag in ("article", "main") for a in b.node.ancestors())]
    if in_article:
        return in_article[0].text
    if meta.get("headline"):
        return meta["headline"]
    if h1s:
        return h1s[0].text
    title = meta.get("page_title")
    if not title:
        return None
    outlet = (meta.get("outlet") or "").lower()
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        head, sep, tail = title.rpartition(separator)
        if (
            sep
            and head
            and (tail.lower() == outlet or separator == " | " or len(tail.split()) <= 3)
        ):
            return head.strip()
    return title


def _content_nodes(blocks: list[_Block]) -> list[_Node]:
    """The element that holds the story, and those of its siblings that hold more of it."""
    scores: dict[int, float] = {}
    nodes: dict[int, _Node] = {}
    for block in blocks:
        if block.node.tag not in ("p", "div", "section", "article", "td", "blockquote", "pre"):
            continue
        if len(block.text) < 25 or block.link_chars > 0.5 * len(block.text):
            continue
        weight = len(block.text) + 10 * block.text.count(", ")
        if block.node.tag == "p":
            weight *= 1.2
        # A paragraph scores for the elements around it; loose text also for its own element.
        if block.node.tag == "p":
            chain = list(block.node.ancestors())
        else:
            chain = [block.node, *block.node.ancestors()]
        for level, node in enumerate(chain[:4]):
            nodes[id(node)] = node
            scores[id(node)] = scores.get(id(node), 0.0) + weight / (1 if level == 0 else level * 2)
    if not scores:
        return [b.node for b in blocks]
    best = nodes[max(scores, key=lambda k: scores[k])]
    if best.parent is None:
        return [best]
    threshold = max(10.0, 0.2 * scores[id(best)])
    content = []
    for sibling in best.parent.children:
        if isinstance(sibling, str):
            continue
        if sibling is best or scores.get(id(sibling), 0.0) >= threshold:
            content.append(sibling)
        elif sibling.tag == "p":
            text = _text_of(sibling)
            if len(text) >= 80 and not _BOILERPLATE_TEXT.match(text):
                content.append(sibling)
    return content


def _extract_with_trafilatura(html: str, label: str) -> _Page:
    try:
        import trafilatura
    except ImportError:
        raise FramingError(
            f"The trafilatura extractor is not installed; install it with {_INSTALL_WEB}, "
            "or leave out extractor='trafilatura' to use the built-in one."
        ) from None
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if document is None:
        raise FramingError(f"{label} has no article text that trafilatura could find.")
    found = document if isinstance(document, dict) else document.as_dict()
    body = found.get("text") or ""
    paragraphs = [_SPACES.sub(" ", line).strip() for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise FramingError(f"{label} has no article text that trafilatura could find.")
    meta = {
        "outlet": found.get("sitename"),
        "date": found.get("date"),
        "url": found.get("url"),
        "extracted_with": "trafilatura",
    }
    return _Page(found.get("title"), paragraphs, {k: v for k, v in meta.items() if v})
