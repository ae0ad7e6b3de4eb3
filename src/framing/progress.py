"""A progress line on standard error, for long work on the command line.

It measures work in units the caller chooses (files, or the bytes of the files),
redraws at most ten times a second, and while one large item is being worked on,
a background ticker keeps the elapsed time moving so a long file never looks
like a hang. It draws only where asked to, or by default only on a terminal:
a log file or a pipe gets the notes, never the bar.

What it can not tell you: the time left is a straight-line guess from the work
done so far; a single large file shows its elapsed time, not a share, because
the analysis of one text does not report how far along it is.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

__all__ = ["TerminalProgress", "is_terminal"]


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal a person is watching."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class TerminalProgress:
    """``label [#####-----] 3/10 files 30% about 12 s left`` on one redrawn line.

    >>> import io
    >>> bar = TerminalProgress(2, enabled=True, label="analysing", stream=io.StringIO())
    >>> bar.start("a.txt"); bar.advance(); bar.start("b.txt"); bar.advance(); bar.close()
    >>> "2/2" in bar.stream.getvalue()
    True
    """

    WIDTH = 28
    TICK = 0.5  # seconds between redraws while one item is in progress

    def __init__(
        self,
        total: float,
        *,
        enabled: bool | None = None,
        label: str,
        count_total: int | None = None,
        stream: TextIO | None = None,
        log: bool = False,
    ) -> None:
        self.stream = stream or sys.stderr
        self.total = total  # in units of work (files, or bytes)
        self.count_total = count_total  # items, when the units are not items
        self.enabled = (is_terminal(self.stream) if enabled is None else enabled) and total > 0
        # where no bar is drawn (a log file, a pipe), ``log`` asks for a line per finished item
        self.log = log and not self.enabled
        self.label = label
        self.done = 0.0
        self.count = 0
        self.current = ""
        self.started = time.perf_counter()
        self.drawn_at = 0.0
        self.width = 0  # of the line last drawn, so a shorter one can cover it
        self.shown = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def start(self, name: str) -> None:
        """Say which item is being worked on now (shown until it is done)."""
        with self._lock:
            self.current = name
        if self.enabled and self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def advance(self, amount: float = 1, *, name: str = "") -> None:
        """Count one item as done (``name``: which, for the log line)."""
        with self._lock:
            self.done += amount
            self.count += 1
            finished, self.current = name or self.current, ""
            if self.log:
                self._write(f"{self.label}: {self.count}/{self._items()} done ({finished})\n")
            now = time.perf_counter()
            if self.enabled and (now - self.drawn_at >= 0.1 or self.done >= self.total):
                self._draw(now)

    def note(self, message: str) -> None:
        """Print a line above the bar (always, even when the bar is not drawn)."""
        with self._lock:
            if self.shown:
                self._write("\r" + " " * self.width + "\r")
            self._write(message + "\n")
            if self.shown:
                self._draw(time.perf_counter())

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self._ticker = None
        with self._lock:
            if self.shown:
                if self.done < self.total:  # stopped early: show where
                    self._draw(time.perf_counter())
                self._write("\n")
                self.shown = False

    def _tick(self) -> None:
        while not self._stop.wait(self.TICK):
            with self._lock:
                if self.current:
                    self._draw(time.perf_counter())

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except UnicodeEncodeError:  # an old Windows console cannot show every character
            encoding = getattr(self.stream, "encoding", None) or "ascii"
            self.stream.write(text.encode(encoding, "replace").decode(encoding))
        self.stream.flush()

    def _items(self) -> int:
        return self.count_total if self.count_total is not None else int(self.total)

    def _draw(self, now: float) -> None:
        self.drawn_at = now
        self.shown = True
        share = min(1.0, self.done / self.total)
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        items = self._items()
        elapsed = now - self.started
        if self.done >= self.total:
            tail = f"{elapsed:.1f} s"
        elif self.current:
            tail = f"{self.current} ({elapsed:.0f} s so far)"
        elif share > 0.02 and elapsed > 1.0:  # the first items include start-up time
            tail = f"about {elapsed / share * (1 - share):.0f} s left"
        else:
            tail = ""
        line = f"{self.label} [{bar}] {self.count}/{items} {share:4.0%} {tail}".rstrip()
        self._write("\r" + line.ljust(self.width))
        self.width = max(self.width, len(line))
