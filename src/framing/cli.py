"""The ``framing`` command: analyse, compare and list articles from a terminal.

    framing analyze FILE... [--format table|json|csv|html] [--lexicon CSV] [-o OUT] [--force]
    framing compare FILE FILE... [--format table|json|csv|html] [-o OUT] [--force]
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
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ._files import check_writable
from .errors import FramingError

if TYPE_CHECKING:
    from .analysis import Analysis
    from .lexicon import Lexicon
    from .text import Article

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
            f"{PROGRAM}: say what to do: analyze FILE, compare FILE FILE, seeds or "
            f"grade FOLDER (try {PROGRAM} --help)."
        )
        return 2
    try:
        return args.run(args)
    except FramingError as error:
        _say(f"{PROGRAM}: {_one_line(str(error))}")
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
    analyze.set_defaults(run=_run_analyze)

    compare = commands.add_parser(
        "compare",
        help="compare articles side by side",
        description="One row per article: words, loaded terms, sources, first and last voice.",
    )
    _add_inputs(compare)
    compare.set_defaults(run=_run_compare)

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
        help="show a progress bar (default: for many files, in a terminal)",
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


@dataclass(frozen=True)
class _Input:
    label: str  # how the article is called in reports: the path as given, or the seed's name
    read: Callable[[], Article]
    path: Path | None = None
    seed: str | None = None
    in_folder: bool = False


def _inputs(names: Sequence[str], extractor: str, exclude: Path | None) -> list[_Input]:
    from .corpus import list_seeds, load_seed
    from .reader import SUFFIXES, read_article

    def reader(path: Path) -> Callable[[], Article]:
        return lambda: read_article(path, extractor=extractor)

    found: list[_Input] = []
    stdin_used = False
    for name in names:
        path = Path(name).expanduser()
        if name == "-":
            if stdin_used:
                raise FramingError('Give "-" (text piped in) only once.')
            stdin_used = True
            text = sys.stdin.read()
            found.append(_Input("stdin", lambda t=text: read_article(t)))
        elif path.is_dir():
            inside = sorted(
                f
                for f in path.rglob("*")
                if f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
                and f.is_file()
                and (exclude is None or f.resolve() != exclude)
            )
            if not inside:
                raise FramingError(
                    f'The folder "{path}" has no .txt, .md or .html files in it; '
                    "put the articles there, one file each."
                )
            found.extend(_Input(str(f), reader(f), f, in_folder=True) for f in inside)
        elif not path.exists() and name in list_seeds():
            found.append(_Input(name, lambda n=name: load_seed(n), seed=name))
        else:
            found.append(_Input(name, reader(path), path))
    return found


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
    inputs: list[_Input], lexicon: Lexicon, progress: _Progress
) -> tuple[list[tuple[_Input, Analysis]], list[tuple[str, str]]]:
    from .analysis import analyze

    done: list[tuple[_Input, Analysis]] = []
    skipped: list[tuple[str, str]] = []
    failures: dict[str, int] = {}  # the kit's own errors, each shown once
    for item in inputs:
        try:
            done.append((item, analyze(item.read(), lexicon=lexicon)))
        except FramingError as error:
            if not item.in_folder:
                raise
            reason = _one_line(str(error))
            skipped.append((item.label, reason))
            where = "" if item.label in reason else f" {item.label}"
            progress.note(f"skipped{where}: {reason}")
        except Exception as error:  # one odd file must not stop a folder of a thousand
            # ... but a kit that fails on every file has a bug: show it, do not hide it.
            if not item.in_folder or (not done and len(skipped) >= _GIVE_UP_AFTER):
                progress.close()
                raise
            reason = f"the kit failed on it ({type(error).__name__}: {error}); please report this"
            skipped.append((item.label, reason))
            if reason not in failures:
                progress.note(f"skipped {item.label}: {reason}")
            failures[reason] = failures.get(reason, 0) + 1
        progress.advance()
    progress.close()
    for reason, count in failures.items():
        if count > 1:
            _say(f"({count - 1} more files skipped for the same reason: {reason})")
    if not done:
        raise FramingError(
            f"None of the {len(inputs)} files could be analysed; see the messages above."
        )
    return done, skipped


# How many files in a row may fail with an error of the kit's own before it stops.
_GIVE_UP_AFTER = 10


# --- analyze ------------------------------------------------------------------------------


def _run_analyze(args: argparse.Namespace) -> int:
    out = _check_output(args)
    lexicon = _lexicon(args)
    inputs = _inputs(args.files, args.extractor, out)
    progress = _Progress(len(inputs), args.progress, label="analysing")
    done, skipped = _analyse_all(inputs, lexicon, progress)
    if args.format == "json":
        text = _to_json(done, skipped, lexicon)
    elif args.format == "csv":
        text = _comparison(done).to_csv()
    elif args.format == "html":
        text = _html_report(done, lexicon)
    else:
        reports = [_text_report(item.label, analysis, args.top) for item, analysis in done]
        text = "\n\n".join(reports) + "\n"
        if skipped:
            text += f"\n({len(skipped)} files skipped; the reasons are above.)\n"
    _deliver(text, out, args.force, f"{len(done)} article{'s' if len(done) != 1 else ''}")
    return 0


def _text_report(label: str, analysis: Analysis, top: int) -> str:
    from .comparison import Table
    from .lexicon import per_thousand

    article = analysis.article
    headline = article.headline.text if article.headline else ""
    quotes = sum(not q.nested for q in analysis.quotes)
    lines = [f"== {label} =="]
    if headline and headline != label:
        lines.append(_cut(headline, 200))
    lines += [
        f"{analysis.word_count:,} words, {quotes} quotations, {len(analysis.sources)} sources, "
        f"{len(analysis.attributions)} attributions; {len(analysis.hits)} loaded terms "
        f"({per_thousand(len(analysis.hits), analysis.word_count)} per 1,000 words)",
        "",
    ]
    by_term: dict[str, list[Any]] = {}
    for hit in analysis.hits:
        by_term.setdefault(hit.term, []).append(hit)
    ranked = sorted(by_term.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    if ranked:
        rows = [
            {
                "term": term,
                "category": hits[0].category,
                "uses": len(hits),
                "whose voice": _voices(hits),
                "more neutral": hits[0].entry.neutral or "",
            }
            for term, hits in ranked[:top]
        ]
        lines.append("Loaded terms (most used first)")
        table = Table(rows).to_text(transpose=False, hide_empty=False)
        lines.extend("  " + line for line in table.splitlines())
        if len(ranked) > top:
            lines.append(f"  … and {len(ranked) - top} more terms (--top N shows more).")
    else:
        lines.append("No loaded terms from the lexicon.")
    lines.append("")
    per_source = analysis.attributions_per_source()
    words = analysis.words_quoted_per_source()
    verbs = analysis.verbs_by_stance()
    if analysis.sources:
        ordered = sorted(analysis.sources, key=lambda s: (-per_source.get(s.name, 0), s.name))
        rows = [
            {
                "source": source.name,
                "type": source.type,
                "attributions": per_source.get(source.name, 0),
                "words quoted": words.get(source.name, 0),
                "verbs": _verb_list(verbs.get(source.name, {})),
            }
            for source in ordered
        ]
        lines.append("Sources (most attributions first)")
        table = Table(rows).to_text(transpose=False, hide_empty=False)
        lines.extend("  " + line for line in table.splitlines())
        first, last = analysis.first_source(), analysis.last_source()
        if first and last:
            lines.append(
                f"First voice: {first.name} ({first.type}). Last voice: {last.name} ({last.type})."
            )
    else:
        lines.append("No quoted or attributed sources found.")
    unknown = sum(q.speaker is None and not q.nested for q in analysis.quotes)
    if unknown:
        lines.append(f"{unknown} quotations have no speaker the kit could find.")
    return "\n".join(lines)


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


def _article_json(item: _Input, analysis: Analysis) -> dict[str, Any]:
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
    done: list[tuple[_Input, Analysis]], skipped: list[tuple[str, str]], lexicon: Lexicon
) -> str:
    """One JSON document; each article on one line, so a thousand articles stay quick to write."""
    from . import __version__

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    articles = ",\n".join("    " + dump(_article_json(item, a)) for item, a in done)
    reasons = ",\n".join(
        "    " + dump({"file": label, "reason": reason}) for label, reason in skipped
    )
    reasons = f"\n{reasons}\n  " if skipped else ""
    return (
        f'{{\n  "framing_kit": {dump(__version__)},\n  "lexicon": {dump(lexicon.name)},\n'
        f'  "articles": [\n{articles}\n  ],\n  "skipped": [{reasons}]\n}}\n'
    )


def _html_report(done: list[tuple[_Input, Analysis]], lexicon: Lexicon) -> str:
    render = _render_module()
    sections = []
    for item, analysis in done:
        article = analysis.article
        headline = article.headline.text if article.headline else ""
        heading = escape(item.label) + (f" · {escape(headline)}" if headline else "")
        sections.append(
            f"<section><h2>{heading}</h2><p>{escape(_summary_line(analysis))}</p>"
            f"{_as_html(render.highlight(analysis))}"
            f"<h3>Who gets quoted</h3>{_as_html(render.source_ledger(analysis))}</section>"
        )
    title = done[0][0].label if len(done) == 1 else f"{len(done)} articles"
    return _page(f"framing-kit report: {title}", "".join(sections), lexicon)


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


def _summary_line(analysis: Analysis) -> str:
    quotes = sum(not q.nested for q in analysis.quotes)
    return (
        f"{analysis.word_count:,} words, {quotes} quotations, {len(analysis.sources)} sources, "
        f"{len(analysis.attributions)} attributions, {len(analysis.hits)} loaded terms."
    )


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


def _comparison(done: list[tuple[_Input, Analysis]]) -> Any:
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
    progress = _Progress(len(inputs), args.progress, label="analysing")
    done, _ = _analyse_all(inputs, lexicon, progress)
    table = _comparison(done)
    if args.format == "json":
        text = json.dumps(table.to_rows(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = table.to_csv()
    elif args.format == "html":
        text = _page("framing-kit: comparing coverage", table.to_html(), lexicon)
    else:
        text = table.to_text(transpose=True) + "\n"
    _deliver(text, out, args.force, f"a comparison of {len(done)} articles")
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


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class _Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    WIDTH = 28

    def __init__(self, total: int, enabled: bool | None, *, label: str) -> None:
        self.total = total
        self.stream = sys.stderr
        if enabled is None:
            enabled = total >= 10 and _is_terminal(self.stream)
        self.enabled = enabled and total > 0
        self.label = label
        self.count = 0
        self.started = time.perf_counter()
        self.drawn_at = 0.0
        self.shown = False

    def advance(self) -> None:
        self.count += 1
        now = time.perf_counter()
        if self.enabled and (now - self.drawn_at >= 0.1 or self.count == self.total):
            self._draw(now)

    def note(self, message: str) -> None:
        """Print a line above the bar."""
        if self.shown:
            self.stream.write("\r" + " " * self._line_width() + "\r")
        _emit(message + "\n", self.stream)
        if self.shown:
            self._draw(time.perf_counter())

    def close(self) -> None:
        if self.shown:
            if self.count != self.total:
                self._draw(time.perf_counter())
            _emit("\n", self.stream)
            self.shown = False

    def _line_width(self) -> int:
        return len(self.label) + self.WIDTH + 40

    def _draw(self, now: float) -> None:
        self.drawn_at = now
        self.shown = True
        share = self.count / self.total
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        elapsed = now - self.started
        if self.count == self.total:
            tail = f"{elapsed:.1f} s"
        elif self.count >= 3 and elapsed > 1.0:  # the first files include start-up time
            tail = f"about {elapsed / self.count * (self.total - self.count):.0f} s left"
        else:
            tail = ""
        line = f"{self.label} [{bar}] {self.count}/{self.total} {share:4.0%} {tail}"
        _emit("\r" + line.ljust(self._line_width()), self.stream)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
