"""The ``framing`` command: analyse, compare and list articles from a terminal.

    framing analyze FILE... [--format table|json|csv|html] [--lexicon CSV] [-o OUT] [--force]
                            [--jobs N]
    framing compare FILE FILE... [--quotes] [--format table|json|csv|html] [-o OUT] [--force]
    framing handout ARTICLE [-o FILE.html] [--lesson NN] [--paper auto|A4|letter] [--force]
    framing seeds
    framing grade SUBMISSIONS_DIR -o grades.csv

A FILE is a .txt, .md or .html file, a folder (every such file inside it), the
name of a bundled text (``cecot-wire``) or ``-`` for text piped in. Exit codes:
0 when it worked, 2 for bad input (with a one-line message), 1 when a part of
the kit is missing. Output files are never replaced without ``--force``.

What it can not tell you: the same as `framing.analyze`; the terminal report
shows the top of each list, and ``--format json`` has everything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from functools import partial
from html import escape
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._files import check_writable
from .errors import FramingError
from .folder import Input, analyse_all, default_jobs
from .progress import TerminalProgress, is_terminal
from .wording import one_line, plural

if TYPE_CHECKING:
    from .analysis import Analysis
    from .lexicon import Lexicon

__all__ = ["main"]

FORMATS = ("table", "json", "csv", "html")
PROGRAM = "framing"


# --- entry point --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 worked, 2 bad input, 1 kit incomplete)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(argv)
    try:
        args = parser.parse_args(argv)
    except _UsageError as error:
        _say(f"{PROGRAM}: {error}")
        return 2
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else 0
    if args.command is None:
        _say(
            f"{PROGRAM}: say what to do: analyze FILE, compare FILE FILE, handout FILE, seeds "
            f"or grade FOLDER (try {PROGRAM} --help)."
        )
        return 2
    try:
        return args.run(args)
    except FramingError as error:
        _say(f"{PROGRAM}: {one_line(str(error))}")
        return 2
    except KeyboardInterrupt:
        _say(f"{PROGRAM}: stopped.")
        return 130
    except BrokenPipeError:  # `framing analyze folder | head` closed the pipe early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # a folder it may not read, a full disk
        where = f' "{error.filename}"' if error.filename else ""
        _say(f"{PROGRAM}: could not use{where}: {error.strerror or error}.")
        return 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{message} (try {self.prog} --help).")


def _parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(
        prog=PROGRAM,
        description="See how news articles frame their story: loaded words, who gets quoted.",
    )
    parser.add_argument("--version", action="version", version=f"framing-kit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    analyze = commands.add_parser(
        "analyze",
        aliases=["analyse"],
        help="report on one or more articles",
        description="Report loaded terms with their voice, and sources with counts and verbs.",
    )
    _add_inputs(analyze)
    analyze.add_argument(
        "--top", type=_positive, default=10, metavar="N", help="terms to show per article (10)"
    )
    _add_jobs(analyze)
    analyze.set_defaults(run=_run_analyze)

    compare = commands.add_parser(
        "compare",
        help="compare articles side by side",
        description="One row per article: words, loaded terms, sources, first and last voice.",
    )
    _add_inputs(compare)
    compare.add_argument(
        "--quotes", action="store_true", help="follow each quotation across the articles"
    )
    compare.set_defaults(run=_run_compare)

    handout = commands.add_parser(
        "handout",
        help="write a printable handout: the article, questions and an answer sheet",
        description="One HTML page to print (A4 or Letter): the article with numbered "
        "paragraphs and room for notes, the lesson's questions, and the kit's analysis "
        "as an answer sheet on a separate page.",
    )
    handout.add_argument("file", metavar="ARTICLE", help="a file or a bundled text's name")
    handout.add_argument("-o", "--output", metavar="FILE.html", help="(NAME-handout.html)")
    handout.add_argument("--lesson", metavar="NN", help="add this lesson's questions (01 to 06)")
    handout.add_argument("--paper", choices=("auto", "A4", "letter"), default="auto")
    handout.add_argument("--force", action="store_true", help="replace FILE.html if it exists")
    handout.add_argument("--lexicon", metavar="CSV", help="use this lexicon instead of the kit's")
    handout.add_argument("--extra-terms", metavar="CSV", help="add the terms in this CSV")
    handout.add_argument(
        "--extractor", choices=("builtin", "trafilatura"), default="builtin", help=argparse.SUPPRESS
    )
    handout.set_defaults(run=_run_handout)

    seeds = commands.add_parser("seeds", help="list the bundled texts")
    seeds.add_argument("--format", choices=("table", "json", "csv"), default="table")
    seeds.set_defaults(run=_run_seeds)

    grade = commands.add_parser(
        "grade", help="grade a folder of exercise submissions into a CSV file"
    )
    # The grading module brings its own options; it is only imported for `framing grade`.
    grading = _grading_module() if list(argv[:1]) == ["grade"] else None
    add_arguments = getattr(grading, "add_grade_arguments", None)
    if add_arguments is not None:
        add_arguments(grade)
    else:
        grade.add_argument("submissions", metavar="SUBMISSIONS_DIR")
        grade.add_argument("-o", "--output", required=True, metavar="GRADES.csv")
        grade.add_argument("--force", action="store_true", help="replace the CSV if it exists")
    grade.set_defaults(run=_run_grade)

    from .calibration import add_calibrate_arguments

    add_calibrate_arguments(
        commands.add_parser("calibrate", help="compare a class's annotations with a key")
    )
    return parser


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".txt, .md or .html files, folders, bundled text names, or - for stdin",
    )
    command.add_argument("--format", choices=FORMATS, default="table", help="output (table)")
    command.add_argument("--lexicon", metavar="CSV", help="use this lexicon instead of the kit's")
    command.add_argument(
        "--extra-terms", metavar="CSV", help="add the terms in this CSV to the lexicon"
    )
    command.add_argument("-o", "--output", metavar="OUT", help="write to this file, not the screen")
    command.add_argument("--force", action="store_true", help="replace OUT if it exists")
    command.add_argument(
        "--extractor",
        choices=("builtin", "trafilatura"),
        default="builtin",
        help="how to pull the article out of a web page (builtin)",
    )
    command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: in a terminal, for a folder or a large file)",
    )


def _add_jobs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="how many files of a folder to analyse at the same time, each on its own "
        f"processor core (default: one per core, {default_jobs()} on this computer; "
        "1 = one file after another). A CSV compares the files with each other, so it is "
        "always made one file after another",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("give a number of 1 or more")
    return number


# --- inputs -------------------------------------------------------------------------------


def _inputs(names: Sequence[str], extractor: str, exclude: Path | None) -> list[Input]:
    from .corpus import list_seeds

    found: list[Input] = []
    stdin_used = False
    for name in names:
        path = Path(name).expanduser()
        if name == "-":
            if stdin_used:
                raise FramingError('Give "-" (text piped in) only once.')
            stdin_used = True
            text = sys.stdin.read()
            if not text.strip():
                raise FramingError(
                    'No text came in on standard input for "-"; pipe an article in, '
                    f"such as: {PROGRAM} analyze - < article.txt"
                )
            found.append(Input("stdin", text=text, size=len(text)))
        elif path.is_dir():
            found.extend(
                Input(str(f), f, extractor=extractor, in_folder=True, size=_size(f))
                for f in _articles_in(path, exclude)
            )
        elif not path.exists() and name in list_seeds():
            found.append(Input(name, seed=name))
        else:
            found.append(Input(name, path, extractor=extractor, size=_size(path)))
    return found


# Files in a folder that describe the folder rather than being one of its articles.
_NOT_ARTICLES = frozenset(
    "readme licence license changelog changes contributing authors copying notice".split()
)


def _articles_in(folder: Path, exclude: Path | None) -> list[Path]:
    """Every article file in a folder and its subfolders: no hidden files, no read-me."""
    from .reader import SUFFIXES

    candidates = sorted(
        f
        for f in folder.rglob("*")
        if f.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
        and f.is_file()
        and (exclude is None or f.resolve() != exclude)
    )
    articles = [f for f in candidates if f.stem.lower() not in _NOT_ARTICLES]
    left_out = [str(f) for f in candidates if f.stem.lower() in _NOT_ARTICLES]
    if left_out:
        _say(f"Left out {', '.join(left_out)}: a read-me or licence file is not an article.")
    if not articles:
        raise FramingError(
            f'The folder "{folder}" has no .txt, .md or .html articles in it; '
            "put the articles there, one file each."
        )
    return articles


def _size(path: Path) -> int:
    try:
        return max(1, path.stat().st_size)
    except OSError:  # missing or unreadable: the reader says so, in its own words
        return 1


def _check_output(args: argparse.Namespace) -> Path | None:
    """Fail before the work, not after it, when the output file cannot be written."""
    if not args.output:
        return None
    out = check_writable(args.output, overwrite=args.force, how_to_replace="add --force")
    return out.resolve()


def _lexicon(args: argparse.Namespace) -> Lexicon:
    from .lexicon import load_lexicon

    return load_lexicon(args.lexicon, extra=args.extra_terms)


def _analyse_all(
    inputs: list[Input], lexicon: Lexicon, args: argparse.Namespace, report: Any = None
) -> tuple[list[tuple[Input, Any]], list[tuple[str, str]]]:
    """Each input's report (its `Analysis` when no ``report`` is given) and the files
    skipped; only plain-data reports travel back from worker processes."""
    jobs = getattr(args, "jobs", None) or default_jobs()
    return analyse_all(
        inputs,
        lexicon,
        report or _just_the_analysis,
        progress=_progress(inputs, args.progress),
        jobs=jobs if report else 1,
    )


def _just_the_analysis(item: Input, analysis: Analysis) -> Analysis:
    return analysis


# Work that takes long enough to deserve a progress bar: this many files, or this many bytes
# (a megabyte of text is about 170,000 words).
_PROGRESS_FILES = 10
_PROGRESS_BYTES = 1_000_000


def _progress(inputs: list[Input], wanted: bool | None) -> TerminalProgress:
    """A bar measured in bytes; by default only on a terminal, for a folder or a large file."""
    total = sum(item.size for item in inputs)
    if wanted is None:
        wanted = (len(inputs) >= _PROGRESS_FILES or total >= _PROGRESS_BYTES) and is_terminal(
            sys.stderr
        )
    return TerminalProgress(total, enabled=wanted, label="analysing", count_total=len(inputs))


# --- analyze ------------------------------------------------------------------------------


def _run_analyze(args: argparse.Namespace) -> int:
    out = _check_output(args)
    lexicon = _lexicon(args)
    inputs = _inputs(args.files, args.extractor, out)
    # Each article's part of the report is made where it is analysed (in a worker, for a
    # folder), except the CSV's rows, which compare the articles with each other.
    report = {
        "json": _article_json,
        "html": _html_section,
        "table": partial(_text_report, top=args.top),
    }.get(args.format)
    done, skipped = _analyse_all(inputs, lexicon, args, report)
    if args.format == "json":
        text = _to_json([part for _, part in done], skipped, lexicon)
    elif args.format == "csv":
        text = _comparison(done).to_csv()
    elif args.format == "html":
        title = done[0][0].label if len(done) == 1 else f"{len(done)} articles"
        text = _page(f"framing-kit report: {title}", "".join(part for _, part in done), lexicon)
    else:
        text = "\n\n".join(part for _, part in done) + "\n"
        if skipped:
            text += f"\n({plural(len(skipped), 'file')} skipped; the reasons are above.)\n"
    _deliver(text, out, args.force, plural(len(done), "article"))
    return 0


def _text_report(item: Input, analysis: Analysis, *, top: int) -> str:
    label = item.label
    article = analysis.article
    headline = article.headline.text if article.headline else ""
    lines = [f"== {label} =="]
    if headline and headline != label:
        lines.append(headline)
    lines += [_summary_line(analysis, per_thousand=True), ""]
    lines += _terms_section(analysis, top)
    lines.append("")
    lines += _sources_section(analysis)
    unknown = sum(q.speaker is None and not q.nested for q in analysis.quotes)
    if unknown:
        lines.append(
            f"{plural(unknown, 'quotation')} {'has' if unknown == 1 else 'have'} "
            "no speaker the kit could find."
        )
    return "\n".join(lines)


def _terms_section(analysis: Analysis, top: int) -> list[str]:
    by_term: dict[str, list[Any]] = {}
    for hit in analysis.hits:
        by_term.setdefault(hit.term, []).append(hit)
    ranked = sorted(by_term.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    if not ranked:
        return ["No loaded terms from the lexicon."]
    rows = [
        {
            "term": term,
            "category": hits[0].category,
            "uses": f"{len(hits):,}",
            "whose voice": _voices(hits),
            "more neutral": hits[0].entry.neutral or "",
        }
        for term, hits in ranked[:top]
    ]
    lines = ["Loaded terms (most used first)", *_table_lines(rows)]
    if len(ranked) > top:
        lines.append(f"  … and {plural(len(ranked) - top, 'more term')} (--top N shows more).")
    return lines


def _sources_section(analysis: Analysis) -> list[str]:
    if not analysis.sources:
        return ["No quoted or attributed sources found."]
    per_source = analysis.attributions_per_source()
    words = analysis.words_quoted_per_source()
    verbs = analysis.verbs_by_stance()
    ordered = sorted(analysis.sources, key=lambda s: (-per_source.get(s.name, 0), s.name))
    rows = [
        {
            "source": source.name,
            "type": source.type,
            "attributions": f"{per_source.get(source.name, 0):,}",
            "words quoted": f"{words.get(source.name, 0):,}",
            "verbs": _verb_list(verbs.get(source.name, {})),
        }
        for source in ordered
    ]
    lines = ["Sources (most attributions first)", *_table_lines(rows)]
    first, last = analysis.first_source(), analysis.last_source()
    if first and last:
        lines.append(
            f"First voice: {first.name} ({first.type}). Last voice: {last.name} ({last.type})."
        )
    return lines


def _table_lines(rows: list[dict[str, str]], indent: str = "  ") -> list[str]:
    """A table for the terminal that wraps long cells onto more lines instead of cutting them,
    so a long name or a "more neutral" suggestion is always there in full."""
    columns = list(rows[0])
    cells = [[str(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    # A column narrows no further than its longest word (up to 20 letters), so words
    # wrap whole: "verb-distancing", not "verb-distancin" and "g".
    floors = [
        min(width, max(8, min(20, _longest_word([column, *(row[i] for row in cells)]))))
        for i, (column, width) in enumerate(zip(columns, widths, strict=True))
    ]
    room = max(60, shutil.get_terminal_size((100, 24)).columns - 1) - len(indent)
    while sum(widths) + 2 * (len(widths) - 1) > room:
        narrowable = [i for i, w in enumerate(widths) if w > floors[i]]
        if not narrowable:
            break  # the terminal wraps what is left
        widest = max(narrowable, key=lambda i: widths[i])
        widths[widest] -= 1  # narrow the widest column first
    lines = [*_table_row(columns, widths), "  ".join("-" * w for w in widths)]
    for row in cells:
        lines += _table_row(row, widths)
    return [(indent + line).rstrip() for line in lines]


def _longest_word(values: list[str]) -> int:
    return max((len(word) for value in values for word in value.split()), default=0)


def _table_row(values: list[str], widths: list[int]) -> list[str]:
    wrapped = [
        textwrap.wrap(value, width, break_on_hyphens=False) or [""]
        for value, width in zip(values, widths, strict=True)
    ]
    return [
        "  ".join(
            (cell[i] if i < len(cell) else "").ljust(width)
            for cell, width in zip(wrapped, widths, strict=True)
        )
        for i in range(max(len(cell) for cell in wrapped))
    ]


def _voices(hits: list[Any]) -> str:
    counts = Counter(
        f"{h.voice[len('reported: ') :]} (reported)"
        if h.voice.startswith("reported: ")
        else h.voice
        for h in hits
    )
    return ", ".join(f"{v} ×{n}" if n > 1 else v for v, n in counts.most_common())


def _verb_list(stances: dict[str, list[str]]) -> str:
    parts = list(stances.get("neutral", ()))
    for stance, verbs in stances.items():
        if stance != "neutral":
            parts.extend(f"{verb} ({stance})" for verb in verbs)
    return ", ".join(parts)


def _article_json(item: Input, analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "name": item.label,
        "file": str(item.path) if item.path else None,
        "seed": item.seed,
        "headline": article.headline.text if article.headline else None,
        "meta": dict(article.meta),
        "summary": analysis.summary(),
        "loaded_terms": [
            {
                "term": h.term,
                "text": h.text,
                "category": h.category,
                "voice": h.voice,
                "neutral": h.entry.neutral,
                "start": h.start,
                "end": h.end,
                "paragraph": h.paragraph,
                "sentence": h.sentence,
            }
            for h in analysis.hits
        ],
        "quotes": [
            {
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker.name if q.speaker else None,
                "start": q.start,
                "end": q.end,
                "paragraph": q.paragraph,
            }
            for q in analysis.quotes
            if not q.nested
        ],
        "sources": [
            {
                "name": s.name,
                "type": s.type,
                "country": s.country,
                "unnamed": s.unnamed,
                "side": s.side,
            }
            for s in analysis.sources
        ],
        "attributions": [
            {
                "source": a.source.name,
                "kind": a.kind,
                "cue": a.cue,
                "stance": a.stance,
                "sentence": a.sentence,
                "paragraph": a.paragraph,
            }
            for a in analysis.attributions
        ],
    }


def _to_json(
    articles: list[dict[str, Any]], skipped: list[tuple[str, str]], lexicon: Lexicon
) -> str:
    """One JSON document; each article on one line, so a thousand articles stay quick to write."""
    from . import __version__

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    lines = ",\n".join("    " + dump(article) for article in articles)
    reasons = ",\n".join(
        "    " + dump({"file": label, "reason": reason}) for label, reason in skipped
    )
    reasons = f"\n{reasons}\n  " if skipped else ""
    return (
        f'{{\n  "framing_kit": {dump(__version__)},\n  "lexicon": {dump(lexicon.name)},\n'
        f'  "articles": [\n{lines}\n  ],\n  "skipped": [{reasons}]\n}}\n'
    )


def _html_section(item: Input, analysis: Analysis) -> str:
    render = _render_module()
    article = analysis.article
    headline = article.headline.text if article.headline else ""
    heading = escape(item.label) + (f" · {escape(headline)}" if headline else "")
    return (
        f"<section><h2>{heading}</h2><p>{escape(_summary_line(analysis))}</p>"
        f"{_as_html(render.highlight(analysis))}"
        f"<h3>Who gets quoted</h3>{_as_html(render.source_ledger(analysis))}</section>"
    )


def _render_module() -> Any:
    try:
        return import_module("framing.render")
    except ModuleNotFoundError as error:
        if error.name != "framing.render":
            raise
        raise FramingError(
            "The HTML report needs framing.render, which this copy of the kit does not have yet; "
            "use --format json or csv for now."
        ) from None


def _as_html(value: Any) -> str:
    if isinstance(value, str):
        return value
    for attribute in ("_repr_html_", "to_html"):
        method = getattr(value, attribute, None)
        if callable(method):
            return str(method())
    for attribute in ("value", "data"):  # ipywidgets.HTML and IPython.display.HTML
        html = getattr(value, attribute, None)
        if isinstance(html, str):
            return html
    return f"<pre>{escape(str(value))}</pre>"


def _summary_line(analysis: Analysis, *, per_thousand: bool = False) -> str:
    """One line of counts; loaded terms by group, never added up into one number."""
    quotes = sum(not q.nested for q in analysis.quotes)
    line = (
        f"{plural(analysis.word_count, 'word')}, {plural(quotes, 'quotation')}, "
        f"{plural(len(analysis.sources), 'source')}, "
        f"{plural(len(analysis.attributions), 'attribution')}"
    )
    counts = analysis.loaded_terms_by_group()
    if not per_thousand:
        parts = [f"{group} {count}" for group, count in counts.items()]
        return f"{line}. Loaded terms: " + "; ".join(parts) + "."
    rates = analysis.terms_per_thousand("group")
    parts = [
        f"{group} {rates.get(group, 0.0)} ({plural(count, 'term')})"
        for group, count in counts.items()
    ]
    return f"{line}. Loaded terms per 1,000 words: " + "; ".join(parts) + "."


_PAGE_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5;
       max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
section { border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
table { border-collapse: collapse; } th, td { padding: .2rem .6rem; text-align: left;
        border-bottom: 1px solid #e5e5e5; vertical-align: top; }
.framing-note { color: #555; font-size: .9rem; }
"""


def _page(title: str, body: str, lexicon: Lexicon) -> str:
    from . import __version__

    note = (
        f"Made by framing-kit {escape(__version__)} with the lexicon "
        f"&ldquo;{escape(lexicon.name)}&rdquo;. Counts show what an article selects and how it "
        "words it, not whether it is fair or true."
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_PAGE_STYLE}</style>\n</head>\n<body>\n"
        f'<h1>{escape(title)}</h1>\n<p class="framing-note">{note}</p>\n{body}\n</body>\n</html>\n'
    )


# --- compare ------------------------------------------------------------------------------


def _comparison(done: list[tuple[Input, Analysis]]) -> Any:
    from .comparison import compare

    stems = [item.path.stem if item.path else item.label for item, _ in done]
    unique = len(set(stems)) == len(stems)
    labels = stems if unique else [item.label for item, _ in done]
    return compare(dict(zip(labels, (analysis for _, analysis in done), strict=True)))


def _run_compare(args: argparse.Namespace) -> int:
    out = _check_output(args)
    lexicon = _lexicon(args)
    inputs = _inputs(args.files, args.extractor, out)
    if len(inputs) < 2:
        raise FramingError("compare needs at least two articles; give two files, or a folder.")
    done, _ = _analyse_all(inputs, lexicon, args)
    table = _comparison(done)
    if args.quotes:  # one quote, many outlets: the words each article kept, cut or added
        from .align_report import quotes_report

        labelled = zip(table.column("article"), (a for _, a in done), strict=True)
        text = quotes_report(dict(labelled), args.format)
        if args.format == "html":
            text = _page("framing-kit: one quote, many outlets", text, lexicon)
        _deliver(text, out, args.force, f"the quotations of {len(done)} articles")
        return 0
    if args.format == "json":
        text = json.dumps(table.to_rows(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = table.to_csv()
    elif args.format == "html":
        text = _page("framing-kit: comparing coverage", table.to_html(), lexicon)
    else:
        text = table.to_text(transpose=True) + "\n"
    _deliver(text, out, args.force, f"a comparison of {plural(len(done), 'article')}")
    return 0


# --- handout ------------------------------------------------------------------------------


def _run_handout(args: argparse.Namespace) -> int:
    from .analysis import analyze
    from .handout import find_lesson, handout

    lesson = find_lesson(args.lesson) if args.lesson else None  # before the work, not after
    found = _inputs([args.file], args.extractor, None)
    if len(found) != 1:
        raise FramingError(
            f'A handout is for one article, and "{args.file}" holds {len(found)}; '
            "give one of its files."
        )
    item = found[0]
    if not args.output:
        stem = item.path.stem if item.path else item.label
        args.output = f"{stem}-handout.html"
    out = _check_output(args)
    page = handout(analyze(item.read(), lexicon=_lexicon(args)), lesson=lesson, paper=args.paper)
    _deliver(page, out, args.force, "a handout")
    _say("Open it in a browser and print it (File > Print); the answer sheet starts a new page.")
    return 0


# --- seeds and grade ----------------------------------------------------------------------


def _run_seeds(args: argparse.Namespace) -> int:
    from .comparison import Table
    from .corpus import corpus_table

    table = corpus_table()
    if args.format == "json":
        text = json.dumps(table.to_rows(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = table.to_csv()
    else:
        rows = [
            {
                "name": row["name"],
                "words": row["words"],
                "kind": row["kind"].split()[0],  # "published" or "constructed"
                "register": row["register"],
                "outlet": row["outlet"],
            }
            for row in table.to_rows()
        ]
        text = (
            Table(rows).to_text(transpose=False, hide_empty=False)
            + f"\n\nAnalyse one with: {PROGRAM} analyze {table.column('name')[0]}\n"
        )
    _emit(text)
    return 0


def _grading_module() -> Any:
    try:
        return import_module("framing.grading")
    except ModuleNotFoundError as error:
        if error.name != "framing.grading":
            raise
        return None


def _run_grade(args: argparse.Namespace) -> int:
    grading = _grading_module()
    if grading is None:
        _say(f"{PROGRAM}: grading is not part of this copy of the kit yet (no framing.grading).")
        return 1
    command = getattr(grading, "grade_command", None)
    if command is None:
        _say(f"{PROGRAM}: framing.grading has no grade_command, so grading cannot run.")
        return 1
    result = command(args)
    return 0 if result is None else int(result)


# --- writing ------------------------------------------------------------------------------


def _deliver(text: str, out: Path | None, force: bool, what: str) -> None:
    if out is None:
        _emit(text)
        return
    from ._files import write_atomic

    try:
        write_atomic(out, text, overwrite=force)
    except PermissionError:
        raise FramingError(f'You do not have permission to write "{out}".') from None
    except OSError as error:
        raise FramingError(f'"{out}" could not be written ({error.strerror}).') from None
    _say(f"Wrote {what} to {out}.")


def _emit(text: str, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:  # an old Windows console cannot show curly quotes
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))
    stream.flush()


def _say(message: str) -> None:
    _emit(message + "\n", sys.stderr)
