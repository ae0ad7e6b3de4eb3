"""Comparing coverage: several articles side by side, one row each.

`compare` turns analyses into a `Table` with the same columns for every
article: length, loaded terms per 1,000 words (by group, by category, and word choices by voice),
attributions by source type, the share of quoted words each type of source
gets, who speaks first and last, and the distancing and endorsing verbs used.
The columns are always the same and always in the same order, so tables from
different classes or different days line up.

What it can not tell you: two tellings can differ for reasons a table cannot
see (length limits, deadlines, what each reporter could find out). A column
that differs is a question to ask of the texts, not an answer.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .csvsafe import csv_text
from .errors import FramingError

if TYPE_CHECKING:
    from .analysis import Analysis
    from .lexicon import Lexicon
    from .text import Article

__all__ = [
    "Table",
    "compare",
    "comparison_columns",
    "consistent_types",
    "format_cell",
    "labelled_analyses",
]

_SHOWN_ROWS = 10


class Table:
    """Rows of plain values under fixed columns. Methods return new tables.

    >>> t = Table([{"article": "a", "words": 120}, {"article": "b", "words": 80}])
    >>> t.columns, len(t), t.column("words")
    (('article', 'words'), 2, (120, 80))
    >>> t.sorted_by("words").column("article")
    ('b', 'a')
    """

    def __init__(
        self,
        rows: Iterable[Mapping[str, Any]],
        columns: Sequence[str] | None = None,
        *,
        title: str = "",
    ) -> None:
        self._rows = tuple(dict(row) for row in rows)
        if columns is None:
            seen: dict[str, None] = {}
            for row in self._rows:
                seen.update(dict.fromkeys(row))
            columns = tuple(seen)
        self._columns = tuple(columns)
        self._rows = tuple({c: row.get(c) for c in self._columns} for row in self._rows)
        self.title = title

    # -- reading ----------------------------------------------------------------------------
    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in order."""
        return self._columns

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return iter(self.to_rows())

    def to_rows(self) -> list[dict[str, Any]]:
        """The rows as a list of fresh dicts (change them freely)."""
        return [dict(row) for row in self._rows]

    def column(self, name: str) -> tuple[Any, ...]:
        """The values of one column, top to bottom."""
        self._check_column(name)
        return tuple(row[name] for row in self._rows)

    def row(self, label: str) -> dict[str, Any]:
        """The row whose first column is ``label``."""
        first = self._columns[0] if self._columns else None
        for row in self._rows:
            if first is not None and row[first] == label:
                return dict(row)
        labels = ", ".join(str(row[first]) for row in self._rows) if first else ""
        raise FramingError(f'No row called "{label}". The rows are: {labels or "none"}.')

    # -- new tables -------------------------------------------------------------------------
    def select(self, *columns: str) -> Table:
        """A new table with only these columns, in this order."""
        for name in columns:
            self._check_column(name)
        return Table(self._rows, columns, title=self.title)

    def sorted_by(self, column: str, *, descending: bool = False) -> Table:
        """A new table with the rows sorted by ``column`` (empty cells last)."""
        self._check_column(column)
        filled = [r for r in self._rows if r[column] not in (None, "")]
        empty = [r for r in self._rows if r[column] in (None, "")]
        try:
            filled.sort(key=lambda r: r[column], reverse=descending)
        except TypeError:
            filled.sort(key=lambda r: str(r[column]), reverse=descending)
        return Table([*filled, *empty], self._columns, title=self.title)

    def without_empty_columns(self) -> Table:
        """A new table without the columns that are 0 or empty in every row."""
        return Table(self._rows, self._filled_columns(), title=self.title)

    # -- output -----------------------------------------------------------------------------
    def to_csv(self) -> str:
        """The table as CSV text, header first, safe to open in a spreadsheet."""
        return csv_text(self._columns, self._rows)

    def save(self, path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
        """Write the table to a CSV file; never replaces a file unless ``overwrite=True``."""
        from ._files import write_atomic

        return write_atomic(path, self.to_csv(), overwrite=overwrite)

    def to_text(
        self, *, width: int | None = None, transpose: bool | None = None, hide_empty: bool = True
    ) -> str:
        """A plain-text view for a terminal; columns empty in every row are left out.

        A wide table is shown turned on its side (one line per column), which reads
        better when there are more columns than rows; ``transpose`` forces either way.
        """
        columns = self._filled_columns() if hide_empty else list(self._columns)
        if width is None:
            width = max(60, shutil.get_terminal_size((100, 24)).columns - 1)
        if not self._rows or not columns:
            return f"{self.title or 'Table'}: no rows."
        if transpose is None:
            transpose = len(columns) > 10
        lines = [self.title] if self.title else []
        lines += self._sideways(columns, width) if transpose else self._upright(columns, width)
        hidden = len(self._columns) - len(columns)
        if hidden:
            lines.append(f"({hidden} columns that are empty for every row are not shown.)")
        return "\n".join(lines)

    def _upright(self, columns: list[str], width: int) -> list[str]:
        cells = [[format_cell(row[c]) for c in columns] for row in self._rows]
        # Only as narrow as the terminal needs: a wide terminal shows every cell in full.
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        while sum(widths) + 2 * len(widths) > width and max(widths) > 12:
            widths[widths.index(max(widths))] -= 1  # squeeze the widest column first
        lines = [
            "  ".join(_fit(c, w).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()
        ]
        lines.append("  ".join("-" * w for w in widths))
        for row in cells:
            lines.append(
                "  ".join(_fit(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
            )
        return lines

    def _sideways(self, columns: list[str], width: int) -> list[str]:
        labels, fields = columns[0], columns[1:]
        name_width = min(max(len(c) for c in fields) if fields else 10, max(32, width // 3))
        longest = max(
            (len(format_cell(row[name])) for row in self._rows for name in fields), default=8
        )
        cell_width = max(8, min(longest, (width - name_width - 2) // max(1, len(self._rows)) - 2))
        names = [str(row[labels]) for row in self._rows]
        lines = []
        if any(len(n) > cell_width for n in names):
            # Long labels get a number, and a key above the table says which is which.
            lines += [_fit(f"{i}. {n}", width) for i, n in enumerate(names, start=1)]
            names = [f"{i}." for i in range(1, len(names) + 1)]
            lines.append("")
        lines.append(" " * name_width + "  " + "  ".join(n.ljust(cell_width) for n in names))
        for name in fields:
            cells = [_fit(format_cell(row[name]), cell_width) for row in self._rows]
            line = _fit(name, name_width).ljust(name_width) + "  "
            lines.append(line + "  ".join(c.ljust(cell_width) for c in cells))
        return [line.rstrip() for line in lines]

    def to_html(self, *, max_rows: int | None = None, hide_empty: bool = True) -> str:
        """An HTML table (every value escaped)."""
        columns = self._filled_columns() if hide_empty else list(self._columns)
        shown = self._rows if max_rows is None else self._rows[:max_rows]
        head = "".join(f"<th>{escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(format_cell(row[c]))}</td>" for c in columns) + "</tr>"
            for row in shown
        )
        notes = []
        if len(self._rows) > len(shown):
            notes.append(f"… ({len(self._rows) - len(shown)} rows omitted)")
        hidden = len(self._columns) - len(columns)
        if hidden:
            notes.append(f"{hidden} columns that are empty for every row are not shown")
        caption = escape(self.title) if self.title else ""
        note = f"<p><small>{escape('; '.join(notes))}.</small></p>" if notes else ""
        return (
            f"<div><table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{note}</div>"
        )

    def __repr__(self) -> str:
        label = f" {self.title!r}" if self.title else ""
        return f"<Table{label}: {len(self._rows)} rows × {len(self._columns)} columns>"

    def _repr_html_(self) -> str:
        return self.to_html(max_rows=_SHOWN_ROWS)

    # -- helpers ----------------------------------------------------------------------------
    def _filled_columns(self) -> list[str]:
        return [
            c
            for i, c in enumerate(self._columns)
            if i == 0 or any(row[c] not in (None, "", 0, 0.0) for row in self._rows)
        ]

    def _check_column(self, name: str) -> None:
        if name not in self._columns:
            import difflib

            close = difflib.get_close_matches(str(name), self._columns, n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise FramingError(
                f'The column "{name}" is not in the table.{hint} '
                f"The table contains these columns: {', '.join(self._columns)}."
            )


def format_cell(value: Any) -> str:
    """A table cell as text: numbers with thousands commas, one decimal for rates.

    >>> format_cell(1200), format_cell(2.345), format_cell(None), format_cell(True)
    ('1,200', '2.3', '', 'yes')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- the comparison -------------------------------------------------------------------------


def comparison_columns() -> tuple[str, ...]:
    """The columns of every `compare` table, in order.

    >>> comparison_columns()[:4]
    ('article', 'outlet', 'words', 'word choices per 1k')

    Loaded terms come in three rates, never added together (see `GROUP_COLUMNS`), and
    the voice columns count word choices only: verbs, hedges and contested labels apart.
    """
    from .attribution import SOURCE_TYPES
    from .lexicon import CATEGORIES

    return (
        "article",
        "outlet",
        "words",
        *GROUP_COLUMNS.values(),
        *(f"{c} per 1k" for c in CATEGORIES if c != "verb-neutral"),
        *(f"{v} voice per 1k" for v in _VOICES),
        "attributions",
        *(f"attributions: {t}" for t in SOURCE_TYPES),
        *(f"% quoted words: {t}" for t in (*SOURCE_TYPES, "unknown")),
        "first voice",
        "first voice type",
        "last voice",
        "last voice type",
        "distancing verbs",
        "endorsing verbs",
    )


_VOICES = ("outlet", "quoted", "reported")
#: The column of each group of loaded terms (`framing.lexicon.GROUPS`).
GROUP_COLUMNS = {
    "word choice": "word choices per 1k",
    "verbs and hedges": "verbs and hedges per 1k",
    "contested": "contested labels per 1k",
}


def compare(
    analyses: Iterable[Analysis | Article | str] | Mapping[str, Analysis | Article | str],
    *,
    lexicon: Lexicon | None = None,
) -> Table:
    """One row per article, the same columns for all (see `comparison_columns`).

    Give analyses, articles or texts; a dict's keys become the row labels.
    Articles and texts are analysed with ``lexicon`` (the packaged one by default).

    >>> texts = {"calm": "Ana Ruiz said the plan works.", "loud": "Critics alleged a brutal plan."}
    >>> t = compare(texts)
    >>> t.column("article"), t.column("first voice")
    (('calm', 'loud'), ('Ana Ruiz', 'Critics'))
    """
    pairs = consistent_types(labelled_analyses(analyses, lexicon))
    rows = [_row(label, analysis) for label, analysis in pairs]
    return Table(rows, comparison_columns(), title="Comparing coverage")


def consistent_types(pairs: list[tuple[str, Analysis]]) -> list[tuple[str, Analysis]]:
    """The same source typed the same way in every article of a comparison: where one
    article says who a source is ("Ana Ruiz, a Salvadoran academic") and another does not,
    the type "other" (the engine's "no role word found") takes the type the other
    articles agree on; a surname alone ("Vos") is the one person whose full name it ends.
    A source the articles type differently keeps each article's type.

    >>> from framing import analyze
    >>> texts = ['"No," said Ana Ruiz, a lawyer.', "Ana Ruiz said no."]
    >>> pairs = [(text, analyze(text)) for text in texts]
    >>> [a.source("Ana Ruiz").type for _, a in consistent_types(pairs)]
    ['lawyer', 'lawyer']
    """
    known: dict[str, set[str]] = {}
    for _, analysis in pairs:
        for source in analysis.sources:
            if source.type != "other":
                known.setdefault(source.name.lower(), set()).add(source.type)
    # a surname alone ("Vos") is the one person of the comparison whose name it ends
    by_surname: dict[str, list[str]] = {}
    for key in known:
        if " " in key:
            by_surname.setdefault(key.split()[-1], []).append(key)
    result = []
    for label, analysis in pairs:
        overrides = {}
        for source in analysis.sources:
            key = source.name.lower()
            if key not in known and len(by_surname.get(key, ())) == 1:
                key = by_surname[key][0]
            if source.type == "other" and len(known.get(key, ())) == 1:
                overrides[source.name] = {"type": next(iter(known[key]))}
        result.append((label, analysis.with_overrides(overrides) if overrides else analysis))
    return result


def labelled_analyses(
    items: object, lexicon: Lexicon | None = None, *, caller: str = "compare"
) -> list[tuple[str, Analysis]]:
    """What `compare` accepts, as (label, analysis) pairs with labels that differ.

    A label is the dict key, else the article's name or headline, else "article N";
    a label seen before gets " (2)", " (3)" and so on.
    """
    from .analysis import as_analysis

    labelled = _labelled(items, caller)
    if not labelled:
        raise FramingError(
            f"{caller}() needs at least one article, for example "
            f"{caller}([framing.analyze(a) for a in framing.load_corpus()])."
        )
    pairs = []
    seen: dict[str, int] = {}
    for number, (given, item) in enumerate(labelled, start=1):
        analysis = as_analysis(item, f"{caller}()", lexicon=lexicon)
        label = given or _label(analysis) or f"article {number}"
        seen[label] = seen.get(label, 0) + 1
        pairs.append((label if seen[label] == 1 else f"{label} ({seen[label]})", analysis))
    return pairs


def _labelled(items: object, caller: str = "compare") -> list[tuple[str | None, Any]]:
    if isinstance(items, Mapping):
        return [(str(k), v) for k, v in items.items()]
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise FramingError(
            f"{caller}() takes a list of analyses (or articles), not one; "
            f"put them in square brackets: {caller}([a, b])."
        )
    return [(None, item) for item in items]


def _label(analysis: Analysis) -> str:
    article = analysis.article
    if article.name:
        return article.name
    if article.headline is not None:
        text = article.headline.text
        return text if len(text) <= 40 else text[:39] + "…"
    return ""


def _row(label: str | None, analysis: Analysis) -> dict[str, Any]:
    from .attribution import SOURCE_TYPES
    from .lexicon import CATEGORIES

    meta = analysis.article.meta
    by_category = analysis.terms_per_thousand("category")
    by_voice = analysis.terms_per_thousand("voice", group="word choice")
    by_group = analysis.terms_per_thousand("group")
    per_type = analysis.attributions_per_type()
    shares = analysis.quoted_share_by_type()
    first, last = analysis.first_source(), analysis.last_source()
    outlet = meta.get("outlet") or ("constructed text" if meta.get("constructed") else None)
    row: dict[str, Any] = {
        "article": label or _label(analysis),
        "outlet": outlet,
        "words": analysis.word_count,
    }
    for group, column in GROUP_COLUMNS.items():
        row[column] = by_group.get(group, 0.0)
    for category in CATEGORIES:
        if category != "verb-neutral":
            row[f"{category} per 1k"] = by_category.get(category, 0.0)
    for voice in _VOICES:
        row[f"{voice} voice per 1k"] = by_voice.get(voice, 0.0)
    row["attributions"] = len(analysis.attributions)
    for source_type in SOURCE_TYPES:
        row[f"attributions: {source_type}"] = per_type.get(source_type, 0)
    for source_type in (*SOURCE_TYPES, "unknown"):
        row[f"% quoted words: {source_type}"] = round(100 * shares.get(source_type, 0.0), 1)
    row["first voice"] = first.name if first else None
    row["first voice type"] = first.type if first else None
    row["last voice"] = last.name if last else None
    row["last voice type"] = last.type if last else None
    verbs = _verbs_by_stance(analysis)
    row["distancing verbs"] = ", ".join(verbs.get("distancing", ())) or None
    row["endorsing verbs"] = ", ".join(verbs.get("endorsing", ())) or None
    return row


def _verbs_by_stance(analysis: Analysis) -> dict[str, list[str]]:
    """Every verb of each stance, for all sources together, in reading order."""
    merged: dict[str, list[str]] = {}
    for stances in analysis.verbs_by_stance().values():
        for stance, verbs in stances.items():
            bucket = merged.setdefault(stance, [])
            bucket.extend(v for v in verbs if v not in bucket)
    return merged
