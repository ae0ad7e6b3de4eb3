"""Build a gold annotation from a hand-written spec, computing every offset from the text.

Run: ``python bench/realnews/build_gold.py bench/realnews/work/NAME.spec [...]``
writes ``bench/realnews/NAME.gold.json`` (or ``second/NAME.gold.json`` with
``--second``) and prints each quotation it marked, so the annotator can read them
back. Specs live in the git-ignored ``work/`` folder; the text must be in
``texts/NAME.txt``.

A spec is one item per line, fields separated by `` | `` (see GUIDELINE.md for what
to mark)::

    url: https://example.org/story
    outlet: Example Gazette
    country: United States
    note: anything the about field should add
    annotator: who annotated it, when not the default (e.g. a later second annotator)
    S Dana Cole | politician | Mayor Dana Cole ; Cole ; she | country=United States
    S councilors | politician | Councilors | unnamed
    Q Every parent tomorrow | Dana Cole | direct | said | she
    Q We will act => this week. | Dana Cole | direct | said | Cole | a note
    Q reckless | - | partial | |
    A The mayor said@2 | Dana Cole | indirect | said | optional | a note
    N Council rejects budget | a headline without a speech verb

``Q`` gives the first words inside the quotation marks; the quotation runs to its
closing mark (over several paragraphs when each opens with a mark) or, after ``=>``,
to the end of the given words. ``@2`` picks the second occurrence. ``-`` as a speaker
means the text never says who. ``A`` gives the opening words of an attributed sentence,
``N`` of a tempting non-attribution.

What it can not tell you: whether the marking is right. It checks that every string
is in the text and every speaker is a declared source, nothing more.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSERS = {"“": "”", '"': '"', "‘": "’", "'": "'", "”": "”", "«": "»"}
ABOUT = (
    "Hand annotation of {file}, a published news page kept as the search tool returned "
    "it (page clutter included), annotated by {who} following bench/realnews/GUIDELINE.md. "
    "Paragraphs are the file's lines, counted from 0, blank lines included. 'starts' is "
    "the opening of the sentence. Offsets are character offsets into the file as UTF-8 "
    "decoded text, end exclusive, quotation marks not included. Source types are the "
    "kit's types, decided from everything the text says about the source."
)


class SpecError(ValueError):
    pass


def find(text: str, needle: str, after: int = 0) -> int:
    """Offset of ``needle`` (``words@n`` = the n-th occurrence), which must be unique."""
    match = re.fullmatch(r"(.*?)@(\d+)", needle)
    words, nth = (match.group(1), int(match.group(2))) if match else (needle, 0)
    places = [m.start() for m in re.finditer(re.escape(words), text[after:])]
    if not places:
        raise SpecError(f"not in the text: {words!r}")
    if nth == 0 and len(places) > 1:
        raise SpecError(f"{words!r} occurs {len(places)} times; add @1, @2, ...")
    if nth > len(places):
        raise SpecError(f"{words!r} occurs only {len(places)} times")
    return after + places[max(nth - 1, 0)]


def _is_closing(text: str, i: int, closer: str) -> bool:
    if text[i] != closer:
        return False
    if closer in "’'":  # an apostrophe sits between letters: "hasn’t", "Jaylen’s"
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalpha()
    return True


def quote_span(text: str, field: str) -> tuple[int, int]:
    """The span inside the quotation marks that starts with the given words."""
    first, _, last = (part.strip() for part in field.partition("=>"))
    start = find(text, first)
    opener = text[start - 1] if start else ""
    if opener not in CLOSERS:
        raise SpecError(f"no quotation mark before {first!r} (found {opener!r})")
    if last:
        return start, find(text, last, start) + len(re.sub(r"@\d+$", "", last))
    closer = CLOSERS[opener]
    i = start
    while i < len(text):
        if text[i] == "\n":
            rest = text[i:].lstrip("\n")
            if not rest.startswith(opener):
                raise SpecError(f"quotation {first!r} is not closed in its paragraph")
            i = len(text) - len(rest) + 1
            continue
        if _is_closing(text, i, closer):
            return start, i
        i += 1
    raise SpecError(f"quotation {first!r} is never closed")


def _fields(line: str) -> list[str]:
    return [part.strip() for part in line[2:].split("|")]


def _source(fields: list[str], text: str) -> tuple[str, dict]:
    key, kind, mentions, *extra = fields + [""] * (3 - len(fields))
    info: dict = {"type": kind, "mentions": [m.strip() for m in mentions.split(";") if m.strip()]}
    for mention in info["mentions"]:
        if mention not in text:
            raise SpecError(f"mention {mention!r} of {key!r} is not in the text")
    for item in extra:
        if item == "unnamed":
            info["unnamed"] = True
        elif "=" in item:
            name, _, value = item.partition("=")
            info[name.strip()] = value.strip()
    return key, info


def _flags(rest: list[str], item: dict) -> dict:
    for extra in rest:
        if extra == "optional":
            item["optional"] = True
        elif extra:
            item["note"] = extra
    return item


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def parse(spec: str, text: str) -> dict:
    """The gold annotation described by ``spec`` for ``text``."""
    header: dict[str, str] = {}
    gold: dict = {"sources": {}, "quotes": [], "attributions": [], "not_attributions": []}
    for number, line in enumerate(spec.splitlines(), 1):
        try:
            _parse_line(line.strip(), text, header, gold)
        except SpecError as error:
            raise SpecError(f"line {number}: {error}") from None
    for item in gold["quotes"]:
        if item["speaker"] is not None and item["speaker"] not in gold["sources"]:
            raise SpecError(f"quote speaker {item['speaker']!r} is not a declared source")
    for item in gold["attributions"]:
        if item["source"] not in gold["sources"]:
            raise SpecError(f"attribution source {item['source']!r} is not a declared source")
    return {"header": header, **gold}


def _parse_line(line: str, text: str, header: dict, gold: dict) -> None:
    if not line or line.startswith("#"):
        return
    if re.match(r"^[a-z_]+:", line):
        name, _, value = line.partition(":")
        header[name] = value.strip()
        return
    tag, fields = line[:1], _fields(line)
    if tag == "S":
        key, info = _source(fields, text)
        gold["sources"][key] = info
    elif tag == "Q":
        where, speaker, kind, cue, *rest = fields + [""] * (4 - len(fields))
        start, end = quote_span(text, where)
        item = {"start": start, "end": end, "speaker": None if speaker == "-" else speaker}
        item |= {"kind": kind, "cue": cue}
        if rest and rest[0]:
            item["speaker_written_as"] = rest[0]
        gold["quotes"].append(_flags(rest[1:], item))
    elif tag == "A":
        starts, source, kind, cue, *rest = fields + [""] * (4 - len(fields))
        offset = find(text, starts)
        item = {"paragraph": _line_of(text, offset), "starts": re.sub(r"@\d+$", "", starts)}
        item |= {"source": source, "kind": kind, "cue": cue}
        gold["attributions"].append(_flags(rest, item))
    elif tag == "N":
        offset = find(text, fields[0])
        item = {"paragraph": _line_of(text, offset), "starts": re.sub(r"@\d+$", "", fields[0])}
        gold["not_attributions"].append(item | {"why": fields[1] if len(fields) > 1 else ""})
    else:
        raise SpecError(f"unknown line {line[:30]!r}")


def build(spec_path: Path, second: bool) -> Path:
    name = spec_path.name.removesuffix(".spec")
    text = (HERE / "texts" / f"{name}.txt").read_text(encoding="utf-8")
    parsed = parse(spec_path.read_text(encoding="utf-8"), text)
    header = parsed.pop("header")
    who = "the second annotator (realnews-a)" if second else f"realnews-{name[0]}"
    who = header.get("annotator", who)  # a later second annotator names themself
    about = ABOUT.format(file=f"{name}.txt", who=who)
    if header.get("note"):
        about += " " + header["note"]
    gold = {
        "about": about,
        "article": {
            "file": f"{name}.txt",
            "outlet": header.get("outlet", ""),
            "outlet_country": header.get("country", ""),
            "url": header.get("url", ""),
        },
        **parsed,
    }
    out = HERE / ("second" if second else "") / f"{name}.gold.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for item in gold["quotes"]:
        shown = text[item["start"] : item["end"]].replace("\n", " / ")
        print(f"  {item['speaker']!s:24} {item['kind']:8} {shown[:70]}")
    print(
        f"{out.relative_to(HERE)}: {len(gold['quotes'])} quotations, "
        f"{len(gold['attributions'])} attributions, {len(gold['sources'])} sources"
    )
    return out


def main(argv: list[str]) -> int:
    second = "--second" in argv
    paths = [Path(a) for a in argv if a != "--second"]
    if not paths:
        print(__doc__)
        return 2
    status = 0
    for path in paths:
        try:
            build(path, second)
        except (SpecError, OSError) as error:
            print(f"{path.name}: {error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
