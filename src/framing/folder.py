"""Analysing many articles: one after another, or several at a time in worker processes.

`analyse_all` takes the articles a command was given (`Input` records) and turns each
into a report with the caller's ``report`` function. A bad file in a folder is skipped
with a one-line reason; a kit that fails on every file stops with the error. With
``jobs`` above 1 and a folder of at least `MIN_FILES_FOR_WORKERS` files, the files are
shared out to that many worker processes, each holding its own copy of the lexicon, and
the reports come back as plain data (an `Analysis` itself does not travel between
processes) and are put back in the order of the inputs.

What it can not tell you: while several files are worked on at once, the progress bar
names the earliest of them that is not finished, not every one in progress.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import FramingError
from .progress import TerminalProgress
from .wording import one_line, plural, shorten

if TYPE_CHECKING:
    from .analysis import Analysis
    from .lexicon import Lexicon
    from .text import Article

__all__ = ["MIN_FILES_FOR_WORKERS", "Input", "analyse_all", "default_jobs"]

# Fewer files than this are analysed in this process: starting workers would cost
# more than it saves.
MIN_FILES_FOR_WORKERS = 8

# How many files in a row may fail with an error of the kit's own before it stops.
GIVE_UP_AFTER = 10


@dataclass(frozen=True)
class Input:
    """One article a command was given: a file, a bundled text's name, or piped-in text.

    It holds where the article is, not the article, so it can be sent to a worker.
    """

    label: str  # how the article is called in reports: the path as given, or the seed's name
    path: Path | None = None
    seed: str | None = None
    text: str | None = None  # text piped in on standard input
    extractor: str = "builtin"  # how to pull the article out of a web page
    in_folder: bool = False
    size: int = 1  # bytes, for the progress bar (at least 1, so every file moves it)

    def read(self) -> Article:
        from .corpus import load_seed
        from .reader import read_article

        if self.seed is not None:
            return load_seed(self.seed)
        if self.text is not None:
            return read_article(self.text)
        return read_article(self.path or Path(self.label), extractor=self.extractor)


def default_jobs() -> int:
    """How many files to analyse at a time by default: one per processor core."""
    return os.cpu_count() or 1


Report = Callable[[Input, "Analysis"], Any]


@dataclass
class _Tally:
    """The results so far, and the rules for a file that fails: a bad file in a folder is
    skipped with its reason; the kit's own error on a file given by name, or on the first
    `GIVE_UP_AFTER` files of a folder with nothing done yet, stops the run."""

    progress: TerminalProgress
    done: dict[int, Any] = field(default_factory=dict)
    skipped: dict[int, tuple[str, str]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)  # each reason shown once

    def record(self, index: int, item: Input, report: Any, error: BaseException | None) -> None:
        if error is None:
            self.done[index] = report
        elif isinstance(error, FramingError):
            if not item.in_folder:
                raise error
            reason = one_line(str(error))
            self.skipped[index] = (item.label, reason)
            where = "" if item.label in reason else f" {item.label}"
            self.progress.note(f"skipped{where}: {reason}")
        elif isinstance(error, Exception):  # one odd file must not stop a folder of a thousand
            # ... but a kit that fails on every file has a bug: show it, do not hide it.
            if not item.in_folder or (not self.done and len(self.skipped) >= GIVE_UP_AFTER):
                raise error
            reason = f"the kit failed on it ({type(error).__name__}: {error}); please report this"
            self.skipped[index] = (item.label, reason)
            if reason not in self.failures:
                self.progress.note(f"skipped {item.label}: {reason}")
            self.failures[reason] = self.failures.get(reason, 0) + 1
        else:
            raise error  # Ctrl+C and the like
        self.progress.advance(item.size, name=_short_name(item))


def analyse_all(
    inputs: list[Input],
    lexicon: Lexicon,
    report: Report,
    *,
    progress: TerminalProgress,
    jobs: int = 1,
) -> tuple[list[tuple[Input, Any]], list[tuple[str, str]]]:
    """Each input's ``report(input, analysis)``, in the order of the inputs, and the
    (label, reason) of each file skipped. With ``jobs`` above 1, ``report`` must be a
    module-level function (or a `functools.partial` of one) that returns plain data."""
    tally = _Tally(progress)
    try:  # the bar is closed however the work ends: an error, Ctrl+C
        if jobs > 1 and len(inputs) >= MIN_FILES_FOR_WORKERS:
            _in_workers(inputs, lexicon, report, tally, min(jobs, len(inputs)))
        else:
            _in_this_process(inputs, lexicon, report, tally)
    finally:
        progress.close()
    for reason, count in tally.failures.items():
        if count > 1:
            progress.note(
                f"({plural(count - 1, 'more file')} skipped for the same reason: {reason})"
            )
    if not tally.done:
        raise FramingError(
            f"None of the {plural(len(inputs), 'file')} could be analysed; see the messages above."
        )
    done = [(inputs[index], tally.done[index]) for index in sorted(tally.done)]
    return done, [tally.skipped[index] for index in sorted(tally.skipped)]


def _in_this_process(inputs: list[Input], lexicon: Lexicon, report: Report, tally: _Tally) -> None:
    for index, item in enumerate(inputs):
        tally.progress.start(_short_name(item))
        try:
            result = _analyse_one(item, lexicon, report)
        except Exception as error:
            tally.record(index, item, None, error)
        else:
            tally.record(index, item, result, None)


def _short_name(item: Input) -> str:
    return shorten(Path(item.label).name, 40)


def _analyse_one(item: Input, lexicon: Lexicon, report: Report) -> Any:
    from .analysis import analyze

    return report(item, analyze(item.read(), lexicon=lexicon))


# --- worker processes ------------------------------------------------------------------------


def _in_workers(
    inputs: list[Input], lexicon: Lexicon, report: Report, tally: _Tally, jobs: int
) -> None:
    """Share the inputs out to ``jobs`` worker processes; record each result as it comes."""
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(
        jobs, initializer=_start_worker, initargs=(lexicon, report, os.getpid())
    )
    workers = []
    try:
        futures = {pool.submit(_work, item): index for index, item in enumerate(inputs)}
        workers = [p for p in multiprocessing.active_children() if p not in before]
        unfinished = set(futures.values())
        tally.progress.start(_short_name(inputs[0]))
        for future in as_completed(futures):
            index = futures[future]
            unfinished.discard(index)
            tally.record(index, inputs[index], *_outcome(future))
            if unfinished:
                tally.progress.start(_short_name(inputs[min(unfinished)]))
    except BaseException:
        # Stop at once, even in the middle of a long file: end the workers, drop the files
        # not started, wait until the pool has noticed, and only then let the error through.
        for worker in workers:
            worker.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _outcome(future: Future[Any]) -> tuple[Any, BaseException | None]:
    error = future.exception()
    if isinstance(error, BrokenProcessPool):
        raise FramingError(
            "A helper process stopped without finishing (the computer may be short of "
            "memory); try again with --jobs 1 to analyse one file at a time."
        ) from error
    return (None, error) if error is not None else (future.result(), None)


# What each worker holds: the lexicon and the report function, given once at its start.
_worker: dict[str, Any] = {}


def _start_worker(lexicon: Lexicon, report: Report, parent: int) -> None:
    # Ctrl+C is for the main process, which ends the workers itself; a worker that
    # stopped on its own would print its own traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(lexicon=lexicon, report=report)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    """End this worker when the main process has ended without ending it (killed, or its
    terminal closed), instead of waiting for files that will never come."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _work(item: Input) -> Any:
    return _analyse_one(item, _worker["lexicon"], _worker["report"])
