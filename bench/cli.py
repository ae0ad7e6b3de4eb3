"""Benchmark ``framing analyze FOLDER --format json`` on 1,000 synthetic articles.

    .venv/bin/python bench/cli.py [--count 1000] [--seed 7] [--jobs N] [--repeat 3]
    .venv/bin/python bench/cli.py --folder bench/realnews/texts [--jobs N] [--repeat 3]
    .venv/bin/python bench/cli.py --transport

Writes the articles (mostly .txt, some .md and saved-page .html) into a
temporary folder, runs the command line in this process, checks that every
article is in the JSON, and prints the total time and articles per second:
once with ``--jobs 1`` (one file after another, in this process) and once with
``--jobs N`` (N worker processes; by default one per processor core), then the
ratio of the two times and whether the JSON documents are the same. Both are
run ``--repeat`` times, alternating, and the medians compared; each run also
shows its CPU seconds (this process and the workers), which other work on the
machine does not change, with the load average before it. The issue's bar:
1,000 articles within 10 s on 2 cores.

``--folder PATH`` times a folder of your own instead (for example ``bench/realnews/texts``,
real articles, where each source has a name of its own, unlike the generated articles'
eight): each run is a fresh ``python -m framing analyze PATH``, as a user starts it, so
nothing one run learned (a cached reading, a compiled pattern) helps the next.

``--transport`` measures instead what it costs to send one article's result from
a worker back to the main process (pickling, then unpickling): the JSON record
the workers send, against the `Analysis` itself, which does not pickle as it is
(a read-only mapping inside), and which, made to pickle with the lexicon left out,
is what a worker would have to send for the CSV's comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path
from types import MappingProxyType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import needs_the_kits_python

try:
    from framing.cli import main
except ModuleNotFoundError as missing:  # run with a Python that does not have the kit
    sys.exit(needs_the_kits_python(missing, "bench/cli.py"))

NAMES = [
    ("Ana Ruiz", "the mayor"),
    ("Tom Baker", "a union leader"),
    ("Leila Haddad", "a lawyer for the families"),
    ("Kwame Mensah", "an analyst at the Policy Institute"),
    ("Olga Petrova", "the interior minister"),
    ("Jin Park", "a spokesperson for Amnesty International"),
    ("Rosa Delgado", "a mother of one of the detainees"),
    ("Samuel Okafor", "a professor of law"),
]
PLACES = ["RIVERSIDE", "SAN SALVADOR", "CARACAS", "GENEVA", "LAGOS", "SEOUL", "TORONTO"]
TOPICS = ["the new border rules", "the prison transfers", "the depot closure", "the court order"]
VERBS = ["said", "said", "said", "told reporters", "claimed", "warned", "noted", "insisted"]
SENTENCES = [
    '"We will not back down on {topic}," said {name}, {role}.',
    "{name}, {role}, {verb} that {topic} could fail within a year.",
    'The ministry said in a statement that it "regrets" {topic}.',
    "Critics called the crackdown draconian and warned of mass deportations.",
    '"It is a flagrant abuse," {name} told reporters. "We will appeal."',
    "According to {name}, more than 1,200 people were detained on Monday.",
    "Officials insisted the measures were lawful, while advocates fear innocent people suffer.",
    "The U.S. embassy announced that talks on {topic} would resume in Jan. next year.",
    "Residents said the notorious gang had left the area, though police disputed that account.",
    "{name} denied the allegations and said the so-called report was a hoax.",
    "The government has defended {topic} as necessary to protect public safety.",
    "Lawyers for the families said they had not been allowed to see their clients.",
    "{name} {verb} that the plan was a dangerous step toward authoritarian practices.",
    "The court is expected to rule on {topic} before the end of the month.",
    "Thousands of people marched through the capital on Sunday to protest {topic}.",
]


def synthetic_article(number: int, rng: random.Random) -> tuple[str, list[str]]:
    """A headline and 400-800 words of paragraphs built from the template bank."""
    topic = rng.choice(TOPICS)
    headline = f"Report {number}: Officials Defend {topic.title()[4:]} as Critics Object"
    place = rng.choice(PLACES)
    paragraphs: list[str] = []
    words = 0
    target = rng.randint(400, 800)
    while words < target:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            name, role = rng.choice(NAMES)
            template = rng.choice(SENTENCES)
            sentences.append(
                template.format(name=name, role=role, verb=rng.choice(VERBS), topic=topic)
            )
        paragraph = " ".join(sentences)
        paragraph = paragraph[0].upper() + paragraph[1:]
        words += len(paragraph.split())
        paragraphs.append(paragraph)
    paragraphs[0] = f"{place} (Bench Wire) - {paragraphs[0]}"
    return headline, paragraphs


def write_corpus(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for number in range(count):
        headline, paragraphs = synthetic_article(number, rng)
        kind = number % 10
        if kind == 8:
            body = "\n\n".join(paragraphs)
            (folder / f"article-{number:04}.md").write_text(
                f"# {headline}\n\n{body}\n", encoding="utf-8"
            )
        elif kind == 9:
            body = "".join(f"<p>{escape(p, quote=False)}</p>\n" for p in paragraphs)
            page = (
                f"<!DOCTYPE html><html><head><title>{escape(headline)} | Bench Wire</title>"
                "<script>window.ads = [];</script><style>p { margin: 0 }</style></head><body>"
                "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                f"<article><h1>{escape(headline)}</h1><div class='story-body'>{body}</div>"
                "</article><footer>© Bench Wire</footer></body></html>"
            )
            (folder / f"article-{number:04}.html").write_text(page, encoding="utf-8")
        else:
            text = headline + "\n" + "\n".join(paragraphs) + "\n"
            (folder / f"article-{number:04}.txt").write_text(text, encoding="utf-8")


def run(folder: Path, count: int, jobs: int) -> tuple[float, float, str]:
    """Seconds on the clock and of CPU (this process and its workers) for
    ``framing analyze FOLDER --format json --jobs N``, and the JSON it wrote."""
    out = folder.parent / f"out-{jobs}.json"
    argv = ["analyze", str(folder), "--format", "json", "--jobs", str(jobs), "-o", str(out)]
    load = _load()
    main_before, workers_before = _cpu_seconds()
    start = time.perf_counter()
    code = main([*argv, "--force"])
    seconds = time.perf_counter() - start
    main_after, workers_after = _cpu_seconds()
    in_main, in_workers = main_after - main_before, workers_after - workers_before
    cpu = in_main + in_workers
    if code != 0:
        sys.exit(f"framing analyze failed with exit code {code}")
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    analysed = len(document["articles"])
    if analysed != count or document["skipped"]:
        sys.exit(f"expected {count} articles in the JSON, found {analysed}")
    print(
        f"--jobs {jobs}: {count} articles in {seconds:.1f} s ({count / seconds:,.0f} per "
        f"second), {cpu:.1f} s of CPU ({in_main:.1f} in this process); "
        f"JSON {len(text.encode()) / 1e6:.1f} MB; load average before: {load}"
    )
    return seconds, cpu, text


def run_fresh(folder: Path, out: Path, jobs: int) -> tuple[float, float, str]:
    """`run` for a folder of the user's own, in a new process each time: seconds on the
    clock and of CPU (that process and its workers), and the JSON it wrote."""
    argv = ["analyze", str(folder), "--format", "json", "--jobs", str(jobs), "-o", str(out)]
    load = _load()
    _, before = _cpu_seconds()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "framing", *argv, "--force"], check=True)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds()[1] - before
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    analysed, skipped = len(document["articles"]), len(document["skipped"])
    print(
        f"--jobs {jobs}: {analysed} articles ({skipped} skipped) in {seconds:.2f} s "
        f"({analysed / seconds:,.0f} per second), {cpu:.2f} s of CPU; load average before: {load}"
    )
    return seconds, cpu, text


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process, and of its child processes that have ended (the workers)."""
    times = os.times()
    return times.user + times.system, times.children_user + times.children_system


def _load() -> str:
    try:
        return " ".join(f"{n:.2f}" for n in os.getloadavg())
    except OSError:  # not on every system
        return "unknown"


def transport(count: int = 50, seed: int = 7) -> None:
    """Milliseconds per article to analyse, and to pickle and unpickle its result."""
    import copyreg
    import io
    import pickle

    from framing import analyze
    from framing.lexicon import Lexicon, load_lexicon
    from framing.reader import read_article

    def per_article(work: Callable[[], object]) -> float:
        start = time.perf_counter()
        work()
        return (time.perf_counter() - start) / count * 1000

    class WithoutLexicon(pickle.Pickler):  # what it would take to send an Analysis
        dispatch_table = copyreg.dispatch_table.copy()
        dispatch_table[MappingProxyType] = lambda proxy: (_read_only, (dict(proxy),))
        dispatch_table[Lexicon] = lambda lexicon: (load_lexicon, ())

    def dumps(value: object) -> bytes:
        buffer = io.BytesIO()
        WithoutLexicon(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        return buffer.getvalue()

    rng, lexicon = random.Random(seed), load_lexicon()
    texts = []
    for number in range(count):
        headline, paragraphs = synthetic_article(number, rng)
        texts.append(headline + "\n" + "\n".join(paragraphs) + "\n")
    analyses: list = []
    ms = per_article(
        lambda: analyses.extend(analyze(read_article(t), lexicon=lexicon) for t in texts)
    )
    print(f"analyse: {ms:.1f} ms per article ({count} articles)")
    try:
        pickle.dumps(analyses[0])
    except (TypeError, pickle.PicklingError) as error:
        print(f"an Analysis does not pickle as it is: {error}")
    records = _json_records(texts)
    for what, values, pickler in (
        ("JSON record", records, pickle.dumps),
        ("Analysis without its lexicon", analyses, dumps),
    ):
        blobs: list[bytes] = []
        to = per_article(lambda: blobs.extend(pickler(v) for v in values))  # noqa: B023
        back = per_article(lambda: [pickle.loads(b) for b in blobs])  # noqa: B023
        size = sum(map(len, blobs)) / count / 1000
        print(f"{what}: pickle {to:.2f} ms, unpickle {back:.2f} ms, {size:.0f} kB per article")


def _json_records(texts: list[str]) -> list[dict]:
    """The JSON record of each text, as ``framing analyze --format json`` writes it."""
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as temp:
        for number, text in enumerate(texts):
            (Path(temp) / f"article-{number:04}.txt").write_text(text, encoding="utf-8")
        out = Path(temp) / "out.json"
        main(["analyze", temp, "--format", "json", "--jobs", "1", "-o", str(out)])
        return json.loads(out.read_text(encoding="utf-8"))["articles"]


def _read_only(mapping: dict) -> MappingProxyType:
    return MappingProxyType(mapping)


def _main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to generate (1000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (7)")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (one per core)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, alternating (3)")
    parser.add_argument(
        "--transport", action="store_true", help="time sending results between processes"
    )
    parser.add_argument(
        "--folder", type=Path, help="a folder of your own articles, each run a fresh process"
    )
    args = parser.parse_args()
    if args.transport:
        transport(seed=args.seed)
        return 0
    print(f"framing analyze FOLDER --format json, {os.cpu_count()} cores")
    times: dict[int, list[float]] = {1: [], args.jobs: []}
    cpu: dict[int, list[float]] = {1: [], args.jobs: []}
    texts = set()
    with tempfile.TemporaryDirectory(prefix="framing-bench-") as temp:
        folder = args.folder or Path(temp) / "articles"
        if args.folder is None:
            folder.mkdir()
            write_corpus(folder, args.count, args.seed)
        for _ in range(args.repeat):  # alternating, so a busy minute slows both alike
            for jobs in (1, args.jobs):
                seconds, cpu_seconds, text = (
                    run_fresh(folder, Path(temp) / "out.json", jobs)
                    if args.folder
                    else run(folder, args.count, jobs)
                )
                times[jobs].append(seconds)
                cpu[jobs].append(cpu_seconds)
                texts.add(text)
    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    same = "the same" if len(texts) == 1 else "DIFFERENT"
    print(
        f"medians: --jobs 1 {one:.2f} s ({statistics.median(cpu[1]):.2f} s CPU), "
        f"--jobs {args.jobs} {many:.2f} s ({statistics.median(cpu[args.jobs]):.2f} s CPU); "
        f"--jobs {args.jobs} takes {many / one:.2f} of the time of --jobs 1; "
        f"the JSON is {same} every time"
    )
    return 0 if len(texts) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(_main())
