"""read_article: pasted text, .txt and .md files, saved web pages, encodings and bad files."""

from __future__ import annotations

import codecs
import datetime
import sys
from pathlib import Path

import pytest

import framing
from framing import FramingError, read_article
from framing.reader import MAX_FILE_BYTES

BODY = (
    "Depot to Close After Council Vote\n"
    "RIVERSIDE (Gazette) - The city council voted on Tuesday to close the Elm Street depot.\n"
    '"We cannot keep paying for a building we do not need," said Mayor Ana Ruiz.\n'
    "Drivers said the decision was rushed and that they had not been consulted.\n"
)
ACCENTED = "Café owners in Zaragoza said the “new” rules were unfair to them and to their staff.\n"


def lines(article: framing.Article) -> list[str]:
    return article.text.split("\n")


# --- text and plain files -----------------------------------------------------------------------


def test_string_becomes_an_article_with_metadata():
    article = read_article(BODY, outlet="Gazette", date="2025-04-02", url="https://example.org/a")
    assert article.headline.text == "Depot to Close After Council Vote"
    assert article.meta["outlet"] == "Gazette"
    assert article.meta["date"] == "2025-04-02"
    assert article.meta["url"] == "https://example.org/a"
    assert article.meta["title"] == "Depot to Close After Council Vote"
    assert article.meta["format"] == "text"


def test_title_becomes_line_zero_when_the_text_has_no_headline():
    body = "The council voted on Tuesday to close the depot. Drivers said it was rushed."
    article = read_article(body, title="Depot  to close", date=datetime.date(2025, 4, 2))
    assert lines(article) == ["Depot to close", body]
    assert article.headline.text == "Depot to close"
    assert article.meta["date"] == "2025-04-02"


def test_title_stays_its_own_paragraph_in_text_with_blank_lines():
    body = "The council voted on Tuesday.\n\nDrivers said it was rushed.\n"
    article = read_article(body, title="The depot will close.")
    assert [p.text for p in article.paragraphs] == [
        "The depot will close.",
        "The council voted on Tuesday.",
        "Drivers said it was rushed.",
    ]
    assert article.headline.text == "The depot will close."


def test_title_is_not_repeated_when_it_is_already_the_first_line():
    article = read_article(BODY, title="Depot to Close After Council Vote")
    assert article.text == BODY


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # UTF-16 without a byte order mark, as some editors save it
        ("cp1252", b""),  # Windows-1252: curly quotes are single bytes 0x93/0x94
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "windows-1252"],
)
def test_every_encoding_reads_back_the_same_text(tmp_path, encoding, prefix):
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + (BODY + ACCENTED).encode(encoding))
    article = read_article(path)
    assert article.text == BODY + ACCENTED
    assert "\ufeff" not in article.text
    assert article.name == "article"
    assert article.meta["file"] == "article.txt"


def test_a_byte_windows_1252_does_not_define_still_reads(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(BODY.encode("cp1252") + b"Caf\xe9 \x81 owners said so.\n")
    assert "Café" in read_article(path).text


def test_windows_line_endings_become_plain_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(BODY.replace("\n", "\r\n").encode())
    article = read_article(path)
    assert "\r" not in article.text
    assert len(article.paragraphs) == 4


def test_a_path_given_as_a_string_is_read_as_a_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(BODY, encoding="utf-8")
    assert read_article(str(path)).text == BODY


def test_bytes_are_decoded():
    assert read_article(BODY.encode("utf-16")).text == BODY


def test_the_seed_file_reads_exactly_like_load_seed():
    path = Path(__file__).resolve().parent.parent / "seeds" / "cecot-tasnim.txt"
    assert read_article(path).text == framing.load_seed().text


def test_a_file_that_is_not_english_names_the_file(tmp_path):
    path = tmp_path / "nachricht.txt"
    path.write_text(
        "Der Stadtrat hat am Dienstag beschlossen, das Depot zu schließen. " * 8, encoding="utf-8"
    )
    with pytest.raises(FramingError, match=r'"nachricht.txt" does not look like English'):
        read_article(path)


# --- bad files: one clear sentence each ----------------------------------------------------------


def one_sentence(error: pytest.ExceptionInfo[FramingError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    assert "Traceback" not in message
    assert message.rstrip(".").count(". ") == 0, message  # one sentence
    return message


def test_missing_file(tmp_path):
    with pytest.raises(FramingError) as error:
        read_article(tmp_path / "nowhere.txt")
    assert "There is no file" in one_sentence(error)
    assert "nowhere.txt" in str(error.value)


def test_missing_file_named_in_a_string():
    with pytest.raises(FramingError, match="There is no file"):
        read_article("my-article.txt")


def test_a_directory(tmp_path):
    with pytest.raises(FramingError) as error:
        read_article(tmp_path)
    assert "is a folder, not a file" in one_sentence(error)


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"], ids=["empty", "blank"])
def test_empty_or_blank_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(FramingError, match="empty") as error:
        read_article(path)
    assert "empty.txt" in str(error.value)


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    assert path.stat().st_size > MAX_FILE_BYTES

    def no_reading(self):
        raise AssertionError("the file was read before its size was checked")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(FramingError) as error:
        read_article(path)
    assert "too big for one article" in one_sentence(error)
    assert "210 MB" in str(error.value)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("noise.txt", bytes(range(256)) * 40, "not a text file"),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF"),
        ("essay.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture"),
        ("notes.rtf", b"{\\rtf1\\ansi Hello}", "Rich Text"),
    ],
)
def test_binary_files(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FramingError) as error:
        read_article(path)
    assert expected in one_sentence(error)


@pytest.mark.parametrize("source", [None, 42, ["a", "b"]], ids=["none", "number", "list"])
def test_not_text_at_all(source):
    with pytest.raises(FramingError):
        read_article(source)


def test_unknown_extractor():
    with pytest.raises(FramingError, match='"builtin" or "trafilatura"'):
        read_article(BODY, extractor="magic")


@pytest.mark.parametrize("key", ["outlet", "date", "url", "title"])
def test_metadata_must_be_text(key):
    with pytest.raises(FramingError, match=f"{key}= must be text"):
        read_article(BODY, **{key: 2025})


# --- saved web pages -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council votes to close bus depot | The Riverside Gazette</title>
<meta property="og:site_name" content="The Riverside Gazette">
<meta property="article:published_time" content="2025-04-02T09:00:00Z">
<link rel="canonical" href="https://example.org/news/depot">
<style>body { font-family: serif; } .said { color: red; }</style>
<script>window.dataLayer = []; function track() { return "the mayor said"; }</script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/"><h1 class="logo">The Riverside Gazette</h1></a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main id="main">
<article>
<header><h1>Council votes to close bus depot</h1>
<p class="byline">By Jane Doe, City reporter</p><time datetime="2025-04-02">2 April</time></header>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="article-body">
<p>RIVERSIDE — The city council voted 7-2 on Tuesday to close the Elm Street bus depot,
a decision drivers called "reckless."</p>
<figure><img src="depot.jpg" alt="The depot"><figcaption>The depot opened in 1962.</figcaption>
</figure>
<p>"We cannot keep paying for a building we do not need," said Mayor <b>Ana Ruiz</b>.
She said the savings would fund new routes.</p>
<div class="ad ad-slot"><p>Advertisement</p><script>loadAd()</script></div>
<h2>Union: jobs at risk</h2>
<p>Union leader Tom Baker warned that &ldquo;hundreds of jobs&rdquo; were at risk &amp; that
the vote was rushed.</p>
<p>Read more: <a href="/x">Depot history</a></p>
<p>The depot will close in September, according to the council.</p>
</div>
<footer><p>Tags: <a href="/t/council">council</a>, <a href="/t/bus">transport</a></p></footer>
</article>
<aside class="related"><h2>Related stories</h2>
<ul><li><a href="/a">Bus fares rise as the council looks for savings in its budget</a></li></ul>
</aside>
</main>
<footer class="site-footer"><p>© 2025 The Riverside Gazette. All rights reserved.</p></footer>
<div id="cookie-consent"><p>We use cookies to improve your experience on this site.</p></div>
</body></html>
"""

PAGE_LINES = [
    "Council votes to close bus depot",
    "RIVERSIDE — The city council voted 7-2 on Tuesday to close the Elm Street bus depot, "
    'a decision drivers called "reckless."',
    '"We cannot keep paying for a building we do not need," said Mayor Ana Ruiz. '
    "She said the savings would fund new routes.",
    "Union: jobs at risk",
    "Union leader Tom Baker warned that “hundreds of jobs” were at risk & that "
    "the vote was rushed.",
    "The depot will close in September, according to the council.",
]


def test_a_saved_news_page_gives_headline_and_body_paragraphs(tmp_path):
    path = tmp_path / "depot.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert lines(article) == PAGE_LINES
    assert article.headline.text == "Council votes to close bus depot"
    assert len(article.paragraphs) == len(PAGE_LINES)
    assert article.meta["outlet"] == "The Riverside Gazette"
    assert article.meta["date"] == "2025-04-02T09:00:00Z"
    assert article.meta["url"] == "https://example.org/news/depot"
    assert article.meta["format"] == "html"
    assert article.meta["extracted_with"] == "builtin"


def test_keyword_arguments_win_over_the_page_metadata(tmp_path):
    path = tmp_path / "depot.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path, outlet="Gazette (print)", title="Depot closes")
    assert article.meta["outlet"] == "Gazette (print)"
    assert lines(article)[0] == "Depot closes"


@pytest.mark.parametrize(
    "unwanted",
    [
        "dataLayer",
        "font-family",
        "Sport",
        "Facebook",
        "Advertisement",
        "Related stories",
        "Bus fares",
        "©",
        "cookies",
        "figcaption",
        "1962",
        "Skip to content",
        "Jane Doe",
        "Tags",
    ],
)
def test_page_furniture_is_dropped(unwanted):
    assert unwanted not in read_article(PAGE).text


def test_html_pasted_as_a_string_is_extracted():
    assert lines(read_article(PAGE)) == PAGE_LINES


def test_a_page_without_article_tags_keeps_its_main_text():
    page = """<html><head><title>Bridge reopens - Valley News</title></head><body>
    <div id="top"><ul class="menu"><li><a href="/">Home</a></li>
    <li><a href="/w">Weather</a></li></ul></div>
    <div class="wrapper"><div class="left-col">
      <div class="story-text">
        <p>The Mill Road bridge reopened on Friday after eight months of repairs,
        the county said.</p>
        <div class="inline-promo">
        <p>Subscribe to our newsletter for daily updates from the valley.</p></div>
        <p>"It is good to have our short cut back," said shop owner Priya Shah,
        who had lost customers.</p>
        <p>Engineers found cracks in two supports last spring,
        according to the county report.</p>
      </div></div>
      <div class="right-col"><div class="widget">
        <p><a href="/1">Most read: Fair returns</a></p><p><a href="/2">Council budget</a></p>
      </div></div>
    </div>
    <div id="footer">Valley News, 1 High Street. Contact us.</div>
    </body></html>"""
    article = read_article(page)
    assert lines(article) == [
        "Bridge reopens",
        "The Mill Road bridge reopened on Friday after eight months of repairs, the county said.",
        '"It is good to have our short cut back," said shop owner Priya Shah, '
        "who had lost customers.",
        "Engineers found cracks in two supports last spring, according to the county report.",
    ]


def test_a_class_name_alone_does_not_drop_the_story():
    paragraph = "<p>" + "The council met on Tuesday and heard from residents about the plan. " * 2
    page = (
        "<html><body><h1>Depot plan heard</h1><div class='relative overflow-hidden ad-free'>"
        + (paragraph + "</p>") * 3
        + "</div><div class='comments'>"
        + (paragraph + "</p>") * 3
        + "</div></body></html>"
    )
    article = read_article(page)
    assert len(article.paragraphs) == 4  # the headline and three paragraphs, no comments


def test_line_breaks_split_paragraphs_in_old_style_pages():
    page = """<html><body><h1>Storm closes schools</h1><div class="text">
    Heavy snow closed every school in the district on Monday, officials said.<br><br>
    "We will reopen when the roads are safe," the superintendent said.<br>
    Parents were told to check the district website for updates each morning.
    </div></body></html>"""
    assert lines(read_article(page)) == [
        "Storm closes schools",
        "Heavy snow closed every school in the district on Monday, officials said.",
        '"We will reopen when the roads are safe," the superintendent said.',
        "Parents were told to check the district website for updates each morning.",
    ]


def test_a_page_declaring_windows_1252_is_decoded_with_it(tmp_path):
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    path = tmp_path / "old.htm"
    path.write_bytes(page.replace("—", "-").encode("cp1252"))
    assert "“hundreds of jobs”" in read_article(path).text


def test_a_page_with_no_article_text_says_how_to_get_the_web_extra():
    page = "<html><body><nav><a href='/'>Home</a></nav><p>Hi.</p></body></html>"
    with pytest.raises(FramingError, match=r'pip install "framing-kit\[web\]"'):
        read_article(page)


def test_trafilatura_missing_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    with pytest.raises(FramingError, match=r'install it with pip install "framing-kit\[web\]"'):
        read_article(PAGE, extractor="trafilatura")


def test_trafilatura_extractor_when_installed():
    pytest.importorskip("trafilatura", reason="the optional web extra is not installed")
    article = read_article(PAGE, extractor="trafilatura")
    assert article.headline.text == "Council votes to close bus depot"
    assert "Ana Ruiz" in article.text and "dataLayer" not in article.text
    assert article.meta["extracted_with"] == "trafilatura"


# --- Markdown ------------------------------------------------------------------------------------

MARKDOWN = """---
layout: post
---
# Depot to *close* after vote

The **city council** voted on Tuesday to close the [Elm Street](https://example.org/elm "Elm")
depot, a decision drivers called _reckless_.
![The depot](depot.jpg)

> "We cannot keep paying for a building we do not need," said Mayor Ana Ruiz.

## What happens next

- The depot closes in September.
- Routes move to the `North` garage.

```python
print("not article text")
```

Read the [council minutes][minutes].

[minutes]: https://example.org/minutes
"""


def test_markdown_keeps_the_words_and_drops_the_marks(tmp_path):
    path = tmp_path / "depot.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_article(path)
    assert lines(article) == [
        "Depot to close after vote",
        "The city council voted on Tuesday to close the Elm Street depot, "
        "a decision drivers called reckless.",
        '"We cannot keep paying for a building we do not need," said Mayor Ana Ruiz.',
        "What happens next",
        "The depot closes in September.",
        "Routes move to the North garage.",
        "Read the council minutes.",
    ]
    assert article.headline.text == "Depot to close after vote"
    assert article.meta["format"] == "markdown"


def test_markdown_front_matter_title_and_setext_headings(tmp_path):
    path = tmp_path / "bridge.markdown"
    path.write_text(
        'title: "ignored: not front matter"\n\nBridge Reopens\n==============\n\n'
        "The bridge reopened on Friday, the county said.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert lines(article)[-2:] == [
        "Bridge Reopens",
        "The bridge reopened on Friday, the county said.",
    ]

    path.write_text(
        '---\ntitle: "Bridge Reopens"\n---\nThe bridge reopened on Friday, the county said.\n',
        encoding="utf-8",
    )
    assert lines(read_article(path)) == [
        "Bridge Reopens",
        "The bridge reopened on Friday, the county said.",
    ]


# Three common page layouts, written for these tests: one <p> per block, text straight in <div>s,
# and a blog theme with comments and a sidebar.
STORY = [
    "The government announced new rules for migrants on Tuesday, officials said in a statement.",
    '"We are acting to protect our borders," the interior minister told parliament on Tuesday.',
    "Rights groups criticised the move. Amnesty International said the plan would hurt families.",
    "By then, the opposition said, it would challenge the rules in court.",
]
BLOCKS_LAYOUT = (
    "<html><head><meta property='og:title' content='Migrant rules unveiled'></head><body>"
    "<header><nav>Home News Sport</nav></header><main id='main-content'><article>"
    "<header><h1 id='main-heading'>Migrant rules unveiled</h1></header>"
    "<div data-component='byline-block'><div>By A Reporter</div></div>"
    + "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in STORY[:2])
    + "<div data-component='image-block'><figure><img src='x.jpg'>"
    "<figcaption>Officials at the border crossing on Tuesday</figcaption></figure></div>"
    + "".join(f"<div data-component='text-block'><p>{p}</p></div>" for p in STORY[2:])
    + "<div data-component='tag-list'><ul><li><a>Migration</a></li></ul></div>"
    "<section data-component='links-block'><h2>More on this story</h2><ul><li>"
    "<a href='/1'>Earlier rules were struck down in court after a long legal battle</a>"
    "</li></ul></section></article></main><footer>Copyright 2025</footer></body></html>"
)
DIVS_LAYOUT = (
    "<html><head><title>Migrant rules unveiled | Wire</title></head><body>"
    "<div class='site-header'>World Business Markets</div><div class='article__main'>"
    "<h1 data-testid='Heading'>Migrant rules unveiled</h1>"
    "<div class='article__byline'>By Jane Roe</div><div class='article-body__content'>"
    + "".join(f"<div data-testid='paragraph-{i}'>{p}</div>" for i, p in enumerate(STORY))
    + "<div>Reporting by Jane Roe; Editing by John Doe</div>"
    "<div class='trust-principles'>Our Standards: The Trust Principles.</div></div></div>"
    "<div class='related-coverage'><p>Other stories about migration in the coming year</p>"
    "</div></body></html>"
)
BLOG_LAYOUT = (
    "<html><head><title>Migrant rules unveiled &#8211; Town Blog</title>"
    "<meta property='og:site_name' content='Town Blog'></head>"
    "<body class='post-template has-sidebar'><div id='page'>"
    "<header id='masthead' class='site-header'><p class='site-title'>Town Blog</p></header>"
    "<div id='content' class='site-content'><main id='main'><article class='post'>"
    "<header class='entry-header'><h1 class='entry-title'>Migrant rules unveiled</h1>"
    "<div class='entry-meta'>Posted on May 1 by admin</div></header><div class='entry-content'>"
    + "".join(f"<p>{p}</p>" for p in STORY)
    + "<div class='sharedaddy'><h3>Share this:</h3><ul><li><a>Twitter</a></li></ul></div></div>"
    "<footer class='entry-footer'>Posted in News</footer></article>"
    "<div id='comments' class='comments-area'><ol><li><p>I completely disagree with this "
    "article and think the government is doing the right thing for everyone.</p></li></ol></div>"
    "</main><aside id='secondary' class='widget-area'><h2>Recent Posts</h2></aside>"
    "</div></div></body></html>"
)


@pytest.mark.parametrize(
    "page", [BLOCKS_LAYOUT, DIVS_LAYOUT, BLOG_LAYOUT], ids=["blocks", "divs", "blog"]
)
def test_common_page_layouts(page):
    assert lines(read_article(page)) == ["Migrant rules unveiled", *STORY]


def test_docstring_examples():
    import doctest

    import framing.reader

    assert doctest.testmod(framing.reader, optionflags=doctest.ELLIPSIS).failed == 0


# --- the outlet travels with the file; blank files ----------------------------------------------


def test_a_seed_file_read_by_path_has_the_same_metadata_as_by_name():
    path = Path(__file__).resolve().parent.parent / "seeds" / "cecot-tasnim.txt"
    by_path, by_name = read_article(path).meta, framing.load_seed().meta
    assert by_path["outlet"] == by_name["outlet"] == "Tasnim News Agency"
    assert by_path["outlet_country"] == by_name["outlet_country"]


def test_a_meta_json_beside_any_file_fills_what_is_not_given(tmp_path):
    (tmp_path / "depot.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "depot.meta.json").write_text(
        '{"outlet": "Riverside Gazette", "date": "2025-05-01", "register": "local news"}',
        encoding="utf-8",
    )
    meta = read_article(tmp_path / "depot.txt").meta
    assert (meta["outlet"], meta["date"], meta["register"]) == (
        "Riverside Gazette",
        "2025-05-01",
        "local news",
    )
    assert read_article(tmp_path / "depot.txt", outlet="Mine").meta["outlet"] == "Mine"
    (tmp_path / "depot.meta.json").write_text("{not json", encoding="utf-8")
    assert read_article(tmp_path / "depot.txt").meta["outlet"] is None


@pytest.mark.parametrize("blank", [" ", "\n\n\n", " \t \r\n \u00a0 \n", "\ufeff  \n"])
def test_a_file_of_blank_space_says_so_about_the_file(tmp_path, blank):
    path = tmp_path / "article.txt"
    path.write_text(blank, encoding="utf-8")
    with pytest.raises(FramingError) as error:
        read_article(path)
    message = one_sentence(error)
    assert message.startswith('"article.txt" has only blank space')
    assert "between the quotes" not in message
