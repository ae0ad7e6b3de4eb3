"""A printable handout for a class without laptops: ``framing handout ARTICLE``.

One self-contained HTML page (no scripts, no files it links to) that prints on A4
or Letter: the article with numbered paragraphs and a margin to write in, what to
mark, the lesson's discussion questions (taken from the lesson's notebook, their
one home), and, starting on a new page, the kit's own analysis as the answer
sheet, drawn by `framing.render.highlight`. Every piece of article text is escaped.

What it can not tell you: the answer sheet is the kit's reading, with the kit's
mistakes; a student who disagrees with it and quotes the sentence may be right.
Print it from a browser (File ▸ Print); page counts depend a little on the
browser and the printer's margins.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from . import render
from .analysis import Analysis, analyze
from .errors import FramingError
from .text import Article
from .wording import plural

__all__ = ["PAPERS", "Lesson", "find_lesson", "handout", "lesson_from_notebook"]

#: Paper sizes a handout can be set to; "auto" leaves the choice to the printer.
PAPERS = ("auto", "A4", "letter")

# What every handout asks students to mark, whatever the lesson: the kit's four layers.
MARKING = (
    "Underline every word that carries a judgement (a loaded word), and write a more "
    "neutral word in the margin.",
    "Put a box around each quotation and write who said it next to the box.",
    "Circle the verb that introduces each source (said, warned, alleged ...).",
    "Put a star next to the first and the last person who gets to speak.",
)


@dataclass(frozen=True, slots=True)
class Lesson:
    """A lesson's number, title and discussion questions (each as plain Markdown)."""

    number: str
    title: str
    questions: tuple[str, ...]


# --- the lesson's questions, from its notebook ------------------------------------------------

_QUESTIONS_HEADING = re.compile(r"^##\s+Discussion questions\s*$", re.MULTILINE | re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+", re.MULTILINE)


def lesson_from_notebook(path: str | Path) -> Lesson:
    """The title and the "Discussion questions" of a lesson notebook (``NN-name.ipynb``)."""
    path = Path(path)
    try:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        texts = [
            "".join(cell.get("source", ""))
            for cell in notebook["cells"]
            if cell.get("cell_type") == "markdown"
        ]
    except (OSError, ValueError, KeyError, TypeError):
        raise FramingError(f'"{path.name}" could not be read as a lesson notebook.') from None
    titles = (t.lstrip()[2:].splitlines()[0].strip() for t in texts if t.lstrip().startswith("# "))
    title = next(titles, path.stem)
    for text in texts:
        heading = _QUESTIONS_HEADING.search(text)
        if heading:
            items = _NUMBERED.split(text[heading.end() :])[1:]
            # Each item runs to the next number, or to a blank line after the list.
            questions = tuple(" ".join(item.split("\n\n")[0].split()) for item in items)
            questions = tuple(q for q in questions if q)
            if questions:
                return Lesson(path.stem[:2], title, questions)
    raise FramingError(f'"{path.name}" has no "Discussion questions" list to print.')


def find_lesson(lesson: str, folder: str | Path | None = None) -> Lesson:
    """Lesson ``"02"`` from ``notebooks/02-*.ipynb`` in ``folder`` (or the kit's folder
    around the current one)."""
    number = str(lesson).strip().zfill(2)
    folders = [Path(folder)] if folder else _notebook_folders()
    for place in folders:
        found = sorted(place.glob(f"{number}-*.ipynb"))
        if found:
            return lesson_from_notebook(found[0])
    where = ", ".join(f'"{p}"' for p in folders) or "the current folder"
    raise FramingError(
        f'No notebook for lesson "{number}" in {where}; run the command in the kit\'s '
        "folder, or give a lesson number from 00 to 06."
    )


def _notebook_folders() -> list[Path]:
    """``notebooks/`` in the current folder or the nearest folder above it that has one."""
    here = Path.cwd()
    return [p / "notebooks" for p in (here, *here.parents) if (p / "notebooks").is_dir()][:1]


# --- the page ---------------------------------------------------------------------------------


def handout(
    article: Analysis | Article | str,
    *,
    lesson: Lesson | None = None,
    paper: str = "auto",
    title: str | None = None,
) -> str:
    """The handout as one HTML page, ready to save and print.

    >>> page = handout("Depot Closes\\nThe <b>notorious</b> depot shut, said Ana Ruiz.")
    >>> "&lt;b&gt;notorious&lt;/b&gt;" in page, "<script" in page, page.count('class="para"')
    (True, False, 1)
    """
    if paper not in PAPERS:
        raise FramingError(f'Paper size is one of {", ".join(PAPERS)}, not "{paper}".')
    analysis = article if isinstance(article, Analysis) else analyze(article)
    doc = analysis.article
    heading = title or (doc.headline.text if doc.headline else doc.name or "An article")
    parts = [
        f'<header><p class="kicker">{escape(_kicker(lesson))}</p>'
        f"<h1>{escape(heading)}</h1>"
        f'<p class="source">{escape(_source_line(doc))}</p>'
        '<p class="name">Name: <span class="blank"></span> Date: <span class="blank short">'
        "</span></p></header>",
        _marking_section(),
        _article_section(doc),
    ]
    if lesson is not None:
        parts.append(_questions_section(lesson))
    parts.append(_answer_sheet(analysis))
    return _page(heading, "\n".join(parts), paper)


def _kicker(lesson: Lesson | None) -> str:
    if lesson is None:
        return "framing-kit handout"
    return f"framing-kit handout · lesson {lesson.number}: {lesson.title}"


def _source_line(doc: Article) -> str:
    meta = doc.meta
    if meta.get("constructed"):
        who = "A constructed teaching text, written for framing-kit (not a published article)"
    elif meta.get("outlet"):
        who = f"Published by {meta['outlet']}"
        if meta.get("outlet_country"):
            who += f" ({meta['outlet_country']})"
    else:
        who = "Publisher not given"
    date = meta.get("event_date") or meta.get("date")
    return f"{who}{f', {date}' if date else ''}. {plural(doc.word_count, 'word')}."


def _marking_section() -> str:
    items = "".join(f"<li>{escape(item)}</li>" for item in MARKING)
    return f'<section class="marking"><h2>As you read</h2><ol>{items}</ol></section>'


def _article_section(doc: Article) -> str:
    rows = []
    body = [p for p in doc.paragraphs if doc.headline is None or p.index != doc.headline.index]
    for number, paragraph in enumerate(body, start=1):
        rows.append(
            f'<div class="para"><span class="num">{number}</span>'
            f'<p>{escape(paragraph.text)}</p><span class="notes" aria-hidden="true"></span></div>'
        )
    return (
        '<section class="article"><h2>The article <span class="hint">(paragraphs numbered; '
        "notes in the margin)</span></h2>" + "".join(rows) + "</section>"
    )


def _inline_markdown(text: str) -> str:
    """Escaped text with the notebook's **bold**, *italic* and `code` kept."""
    html = escape(text)
    html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
    html = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", html)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html)


def _questions_section(lesson: Lesson) -> str:
    items = "".join(
        f'<li><p>{_inline_markdown(q)}</p><div class="lines" aria-hidden="true"></div></li>'
        for q in lesson.questions
    )
    return (
        f'<section class="questions"><h2>Questions · lesson {escape(lesson.number)}: '
        f"{escape(lesson.title)}</h2><ol>{items}</ol></section>"
    )


def _answer_sheet(analysis: Analysis) -> str:
    first, last = analysis.first_source(), analysis.last_source()
    quotes = sum(not q.nested for q in analysis.quotes)
    facts = [
        f"{plural(len(analysis.hits), 'loaded term')}, {plural(quotes, 'quotation')}, "
        f"{plural(len(analysis.sources), 'source')}.",
    ]
    if first and last:
        facts.append(f"First voice: {first.name}. Last voice: {last.name}.")
    facts_html = "".join(f"<p>{escape(fact)}</p>" for fact in facts)
    return (
        '<section class="answers"><h2>Answer sheet: what the kit found</h2>'
        "<p class=\"hint\">The kit's reading, with the kit's mistakes: check it against the "
        "text. Each loaded word has a tag after it and an underline (solid: the outlet's own "
        "words, dotted: inside a quotation, dashed: reported speech); each quotation has a box "
        "with the speaker's name on it; attribution verbs are bold and underlined.</p>"
        f'<div class="facts">{facts_html}</div>{render.highlight(analysis)}</section>'
    )


_STYLE = """
* { box-sizing: border-box; }
body { font-family: Georgia, "Times New Roman", serif; font-size: 10pt; line-height: 1.4;
       color: #000; background: #fff; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 15pt; margin: .1rem 0 .2rem; line-height: 1.2; }
h2 { font-size: 11.5pt; margin: .7rem 0 .3rem; border-bottom: 1px solid #000; }
.hint { font-weight: normal; font-size: 9pt; }
.kicker, .source { font-size: 9pt; margin: 0; }
.name { margin: .3rem 0 0; }
.blank { display: inline-block; width: 16rem; border-bottom: 1px solid #000; }
.blank.short { width: 8rem; }
.marking ol { margin: 0; padding-left: 1.4rem; font-size: 9pt; columns: 2; column-gap: 1.5rem; }
.para { display: grid; grid-template-columns: 1.4rem 1fr 21%; column-gap: .5rem;
        break-inside: avoid; margin: 0 0 .15rem; }
.para .num { font-weight: bold; font-family: Arial, sans-serif; font-size: 9pt;
             padding-top: .2rem; }
.para p { margin: 0; line-height: 1.55; }
.para .notes { border-left: 1px dotted #000; }
.questions ol { padding-left: 1.4rem; margin: 0; }
.questions li { margin-bottom: .15rem; break-inside: avoid; }
.questions li p { margin: 0; }
.questions .lines { height: 1.8em; border-bottom: 1px solid #999; }
.answers { break-before: page; page-break-before: always; }
.answers .facts p { margin: 0; }
.answers .fk { font-size: 9pt !important; line-height: 1.35 !important;
               max-width: none !important; border: 0 !important; padding: 0 !important; }
.answers .fk .fk-article { line-height: 1.9 !important; }
.answers .fk .fk-headline { font-size: 1.15em !important; }
.answers .fk .fk-legend { line-height: 1.8 !important; }
.answers .fk .fk-caption { font-size: .9em !important; }
/* Paper has no hover: the legend's line about tooltips is left out. */
.answers .fk .fk-legend-row.fk-count { display: none; }
/* The same paragraph numbers as on the article's pages, so answers can be compared. */
.answers .fk .fk-article { counter-reset: paragraph; }
.answers .fk .fk-p::before { counter-increment: paragraph; content: counter(paragraph) "  ";
                             font-weight: bold; font-family: Arial, sans-serif; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
"""


def _page(title: str, body: str, paper: str) -> str:
    size = "" if paper == "auto" else f"size: {paper};"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{_STYLE}\n@page {{ {size} margin: 12mm 13mm 14mm; }}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
