"""Every speed benchmark of the kit, in one table.

Run: ``python3 kit.py bench`` (several minutes: each notebook runs three times;
``--quick`` runs each once, with fewer repeats: two to three minutes on 2 cores,
most of it the notebooks). Every figure is a median over repeated runs,
and every baseline is measured in the same run, on the same machine, so the
ratios hold even when the absolute times do not:

- start-up: ``python -c "import framing"`` minus a bare ``python -c pass``;
- the seed article: `framing.analyze` against one pass of NLTK's
  NLTKWordTokenizer and against a naive NLTK counter (tokens looked up in a set
  of the lexicon's one-word terms, plus a count of quotation marks), timed in
  alternation; textacy + spaCy too when they are installed (they are never a
  dependency of the kit);
- 1,000 synthetic articles (``bench/_common.py``): throughput of `analyze` and
  of the naive counter;
- widgets: from a control change to the new display (cases from ``bench/widgets.py``);
- notebooks: each notebook in ``notebooks/`` run headless with nbclient, from a
  temporary copy, kernel start included.

What it can not tell you: the synthetic articles repeat a small bank of
sentences, so caches help more than they would on real texts; the naive counter
finds no speakers, no voices and no multi-word terms, so being slower than it
is the price of doing more, not waste. Widget times leave out the browser's
drawing, and notebook times depend on the machine's disk and kernel start-up.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ms, needs_the_kits_python, paired_medians, synthetic_articles

try:
    import widgets as widget_bench
    from core import import_time_ms
    from nltk.tokenize import NLTKWordTokenizer

    import framing
    from framing.analysis import analyze
    from framing.lexicon import Lexicon, load_lexicon
except ModuleNotFoundError as missing:  # run with a Python that does not have the kit
    sys.exit(needs_the_kits_python(missing, "bench/run.py"))

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
QUOTE_MARKS = ('"', "“", "”")


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Repeats:
    seed: int  # paired runs on the seed article
    corpus: int  # passes over the 1,000 articles
    widget: int  # changes per widget case
    notebook: int  # runs per notebook


FULL = Repeats(seed=300, corpus=3, widget=40, notebook=3)
QUICK = Repeats(seed=60, corpus=1, widget=10, notebook=1)


def ms(value: float) -> str:
    return f"{value:,.2f} ms" if value < 100 else f"{value:,.0f} ms"


def naive_counter(lexicon: Lexicon) -> Callable[[str], tuple[int, int]]:
    """The baseline: NLTK tokens found in a set of one-word terms, and quotation marks / 2."""
    tokenizer = NLTKWordTokenizer()
    words = frozenset(entry.term.lower() for entry in lexicon if " " not in entry.term)

    def count(text: str) -> tuple[int, int]:
        terms = sum(1 for token in tokenizer.tokenize(text) if token.lower() in words)
        quotes = sum(text.count(mark) for mark in QUOTE_MARKS) // 2
        return terms, quotes

    return count


def textacy_counter(lexicon: Lexicon) -> Callable[[str], object] | str:
    """spaCy's small English pipeline and textacy's direct quotations, or why it is left out."""
    try:
        import spacy
        from textacy.extract import triples
    except ImportError:
        return "not installed (optional; never a dependency of the kit)"
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return "spaCy's en_core_web_sm model is not installed"
    words = frozenset(entry.term.lower() for entry in lexicon if " " not in entry.term)

    def count(text: str) -> tuple[int, int]:
        doc = nlp(text)
        terms = sum(1 for token in doc if token.lower_ in words)
        return terms, len(list(triples.direct_quotations(doc)))

    return count


def start_up() -> Section:
    return Section(
        "Start-up", (Row("import framing (minus a bare Python start)", ms(import_time_ms())),)
    )


def seed_article(lexicon: Lexicon, repeats: Repeats) -> Section:
    text = framing.load_seed().text
    tokenizer = NLTKWordTokenizer()
    naive = naive_counter(lexicon)

    def one_pass() -> None:
        list(tokenizer.span_tokenize(text))

    def run_analyze() -> None:
        analyze(text, lexicon=lexicon)

    token_ms, analyze_ms, token_ratio = paired_medians(one_pass, run_analyze, repeat=repeats.seed)
    # the stricter reading of "one pass": tokenize() alone, without aligning tokens to offsets
    plain_ms, _, plain_ratio = paired_medians(
        lambda: tokenizer.tokenize(text), run_analyze, repeat=repeats.seed
    )
    naive_ms, _, naive_ratio = paired_medians(lambda: naive(text), run_analyze, repeat=repeats.seed)
    rows = [
        Row(
            "analyze()",
            ms(analyze_ms),
            f"{token_ratio:.2f}x the tokenizer pass ({plain_ratio:.2f}x tokenize() alone); "
            f"{naive_ratio:.2f}x the naive counter",
        ),
        Row("NLTKWordTokenizer, one pass (span_tokenize)", ms(token_ms), "baseline"),
        Row("NLTKWordTokenizer.tokenize(), tokens only", ms(plain_ms), "baseline"),
        Row("naive NLTK counter", ms(naive_ms), "baseline"),
    ]
    heavy = textacy_counter(lexicon)
    if isinstance(heavy, str):
        rows.append(Row("textacy + spaCy (en_core_web_sm)", "-", heavy))
    else:
        spacy_ms, _, spacy_ratio = paired_medians(
            lambda: heavy(text), run_analyze, repeat=max(repeats.seed // 10, 5)
        )
        rows.append(
            Row(
                "textacy + spaCy (en_core_web_sm)",
                ms(spacy_ms),
                f"baseline; analyze() is {spacy_ratio:.2f}x",
            )
        )
    title = f"Seed article ({len(text):,} characters), {repeats.seed} runs in alternation"
    return Section(title, tuple(rows))


def corpus(lexicon: Lexicon, repeats: Repeats) -> Section:
    articles = synthetic_articles(1000)
    naive = naive_counter(lexicon)
    for text in articles[:20]:  # load NLTK and fill the caches a first article fills
        analyze(text, lexicon=lexicon)
    analyze_s, naive_s = [], []
    for _ in range(repeats.corpus):
        start = time.perf_counter()
        for text in articles:
            analyze(text, lexicon=lexicon)
        middle = time.perf_counter()
        for text in articles:
            naive(text)
        analyze_s.append(middle - start)
        naive_s.append(time.perf_counter() - middle)
    analyze_median, naive_median = statistics.median(analyze_s), statistics.median(naive_s)
    average = sum(map(len, articles)) // len(articles)
    title = f"1,000 synthetic articles (~{average:,} characters each), {repeats.corpus} pass(es)"
    rows = [
        Row(
            "analyze(), whole corpus",
            f"{analyze_median:.2f} s",
            f"{len(articles) / analyze_median:,.0f} articles/s; "
            f"{analyze_median / naive_median:.1f}x the naive counter",
        ),
        Row(
            "naive NLTK counter, whole corpus",
            f"{naive_median:.2f} s",
            f"{len(articles) / naive_median:,.0f} articles/s; baseline",
        ),
    ]
    return Section(title, tuple(rows))


def widget_updates(repeats: Repeats) -> Section:
    changes, built = widget_bench.cases()
    rows = []
    for widget, what, change in changes:
        label = f"{widget.replace('_', ' ')}: {what}"
        latency = median_ms(change, repeat=repeats.widget, warmup=4)
        verdict = "ok" if latency < widget_bench.TARGET_MS else "SLOW"
        rows.append(
            Row(label, ms(latency), f"{verdict} (target: under {widget_bench.TARGET_MS:.0f} ms)")
        )
    for widget in built:
        if "fk-error" in widget.message.value:
            rows.append(Row("  ! a widget showed an error", "", widget.message.value[-120:]))
    title = f"Widget update, control change to new display, {repeats.widget} changes each"
    return Section(title, tuple(rows))


def run_notebook(path: Path) -> float:
    import nbclient
    import nbformat

    with tempfile.TemporaryDirectory(prefix="framing-bench-") as folder:
        copy = Path(folder) / path.name
        shutil.copy2(path, copy)
        notebook = nbformat.read(copy, as_version=4)
        client = nbclient.NotebookClient(
            notebook,
            timeout=600,
            kernel_name="python3",
            resources={"metadata": {"path": folder}},
        )
        start = time.perf_counter()
        client.execute(stderr=subprocess.DEVNULL)  # a cell's error still raises, with its traceback
        return time.perf_counter() - start


def notebooks(repeats: Repeats) -> Section:
    rows = []
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    for path in paths:
        try:
            times = [run_notebook(path) for _ in range(repeats.notebook)]
        except Exception as error:  # report it in the table and go on with the others
            # nbclient's CellExecutionError names the cell's own error in ename and evalue.
            name = getattr(error, "ename", type(error).__name__)
            reason = getattr(error, "evalue", str(error))
            rows.append(Row(path.stem, "FAILED", f"{name}: {reason}"[:90]))
            continue
        rows.append(Row(path.stem, f"{statistics.median(times):.1f} s"))
    if not paths:
        rows.append(Row("no notebooks in notebooks/", "-"))
    title = (
        f"Notebooks, run headless with nbclient (kernel start included), {repeats.notebook} run(s)"
    )
    return Section(title, tuple(rows))


def print_table(sections: list[Section], header: str) -> None:
    label_width = max(len(r.label) for s in sections for r in s.rows)
    value_width = max(len(r.value) for s in sections for r in s.rows)
    rule = "-" * (
        label_width + value_width + 4 + max(len(r.note) for s in sections for r in s.rows)
    )
    print(header)
    print(rule)
    print(f"{'benchmark':{label_width}}  {'median':>{value_width}}  vs baseline / note")
    for section in sections:
        print(rule)
        print(section.title)
        for row in section.rows:
            print(f"{row.label:{label_width}}  {row.value:>{value_width}}  {row.note}".rstrip())
    print(rule)


def progress(step: str) -> None:
    """Say on stderr what runs now, so the table on stdout stays clean."""
    print(step, end="", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (two to three minutes)")
    options = parser.parse_args(argv)
    repeats = QUICK if options.quick else FULL
    lexicon = load_lexicon()
    steps = [
        ("start-up", start_up),
        ("seed article", lambda: seed_article(lexicon, repeats)),
        ("1,000 articles", lambda: corpus(lexicon, repeats)),
        ("widgets", lambda: widget_updates(repeats)),
        ("notebooks", lambda: notebooks(repeats)),
    ]
    sections = []
    progress("[bench] running:")
    for name, step in steps:
        progress(f" {name} ...")
        sections.append(step())
    progress(" done\n")
    header = (
        f"framing-kit {framing.__version__} benchmarks{' (--quick)' if options.quick else ''}: "
        f"Python {platform.python_version()}, {platform.system()}, {os.cpu_count()} CPUs"
    )
    print_table(sections, header)
    return 1 if any(row.value == "FAILED" for s in sections for row in s.rows) else 0


if __name__ == "__main__":
    sys.exit(main())
