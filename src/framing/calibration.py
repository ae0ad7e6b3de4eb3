"""The class view: every student's annotation scored against the teacher's key and the kit.

`class_report(folder, key)` reads each ``*.json`` annotation in ``folder`` (the
schema of ``seeds/*.gold.json``), compares it with the key and with the kit's
own analysis using `framing.annotation.agreement`, and collects what the class
disagreed on most. A file that is not an annotation of this article gets one
line in ``report.skipped`` and is left out. ``framing calibrate FOLDER --key
KEY.json`` does the same from the command line.

What it can not tell you: agreement with the key is not a grade. Where many
students differ from the key, the key may be the one to revisit; the heatmap
shows where to start the discussion, not who is right.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .annotation import Agreement, agreement, read_annotation, validate_annotation
from .csvsafe import csv_text
from .errors import FramingError
from .text import Article

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "ClassReport",
    "StudentResult",
    "add_calibrate_arguments",
    "class_report",
    "run_calibrate",
]

_COLUMNS = {
    "quotes": "quotations found",
    "speakers": "speakers agreed",
    "attributions": "attributed sentences",
    "loaded_words": "loaded words found",
    "voices": "voices agreed",
}


@dataclass(frozen=True, slots=True)
class StudentResult:
    """One student's annotation, compared with the key and with the kit."""

    name: str
    file: str
    key: Agreement
    kit: Agreement

    def disagreements(self) -> dict[str, float]:
        """Item → how far this student differs from the key on it (0, 0.5 or 1)."""
        return {item: value for layer in self.key.layers for item, value in layer.outcomes}


@dataclass(frozen=True, slots=True)
class ClassReport:
    """Every student's agreement with the key and the kit, and what the class disagreed on."""

    article: str
    students: tuple[StudentResult, ...]
    skipped: tuple[str, ...]

    def rows(self) -> list[dict[str, Any]]:
        """One row per student: agreed/total for each layer, against the key and the kit."""
        rows = []
        for student in self.students:
            row: dict[str, Any] = {"student": student.name}
            for who, result in (("key", student.key), ("kit", student.kit)):
                for layer in result.layers:
                    row[f"{_COLUMNS[layer.name]} ({who})"] = f"{layer.agreed}/{layer.total}"
                row[f"marked beyond the {who}"] = sum(layer.extra for layer in result.layers)
            rows.append(row)
        return rows

    def most_disagreed(self, top: int = 12) -> list[tuple[str, float]]:
        """The items the class differed from the key on most, with the mean difference
        (1 = every student differs), most first."""
        totals: dict[str, float] = {}
        for student in self.students:
            for item, value in student.disagreements().items():
                totals[item] = totals.get(item, 0.0) + value
        n = len(self.students) or 1
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(item, round(total / n, 3)) for item, total in ranked[:top] if total > 0]

    def matrix(self, top: int = 12) -> tuple[list[str], list[str], list[list[float]]]:
        """Students, items and, for each student, how far they differ on each item."""
        items = [item for item, _ in self.most_disagreed(top)]
        names = [s.name for s in self.students]
        values = [[s.disagreements().get(item, 0.0) for item in items] for s in self.students]
        return names, items, values

    def figure(self, top: int = 12) -> Figure:
        """A heatmap of students × the items disagreed on most."""
        from .charts_calibration import disagreement_heatmap

        return disagreement_heatmap(self, top=top)

    def to_csv(self) -> str:
        """The per-student table as CSV text, safe to open in a spreadsheet."""
        rows = self.rows()
        return csv_text(list(rows[0]) if rows else ["student"], rows)

    def __str__(self) -> str:
        lines = [f"{len(self.students)} annotations of {self.article} compared with the key."]
        for student in self.students:
            numbers = ", ".join(
                f"{_COLUMNS[x.name]} {x.agreed}/{x.total}" for x in student.key.layers
            )
            lines.append(f"  {student.name}: {numbers}")
        if self.students:
            lines.append("Disagreed on most (share of the class that differs from the key):")
            lines += [f"  {share:.0%}  {item}" for item, share in self.most_disagreed(8)]
        lines += [f"skipped {line}" for line in self.skipped]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"<ClassReport {self.article!r}: {len(self.students)} students, "
            f"{len(self.skipped)} files skipped>"
        )

    def to_html(self, *, chart: bool = True) -> str:
        """A page for the projector: the heatmap, the items, the table; all text escaped."""
        rows = self.rows()
        head = "".join(f"<th>{escape(str(c))}</th>" for c in (rows[0] if rows else ["student"]))
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row.values()) + "</tr>"
            for row in rows
        )
        items = "".join(
            f"<li>{escape(item)}: {share:.0%} of the class differs from the key</li>"
            for item, share in self.most_disagreed()
        )
        skipped = "".join(f"<li>{escape(line)}</li>" for line in self.skipped)
        image = ""
        if chart and self.students:
            import base64

            from .charts import to_png

            data = base64.b64encode(to_png(self.figure())).decode("ascii")
            image = (
                f'<img alt="Heatmap: which students differ from the key on which items" '
                f'src="data:image/png;base64,{data}">'
            )
        return (
            f"<div><h2>Class annotations of {escape(self.article)}</h2>{image}"
            f"<h3>Disagreed on most</h3><ul>{items}</ul>"
            f"<h3>Each student</h3><table><tr>{head}</tr>{body}</table>"
            + (f"<h3>Files skipped</h3><ul>{skipped}</ul>" if skipped else "")
            + "</div>"
        )

    def _repr_html_(self) -> str:
        return self.to_html(chart=False)


def class_report(
    folder: str | os.PathLike[str],
    key: str | os.PathLike[str] | Mapping[str, Any],
    *,
    article: Article | str | None = None,
    anonymous: bool = False,
) -> ClassReport:
    """Score every annotation in ``folder`` against ``key`` (a file or a dict) and the kit.

    ``article`` is an `Article`, a bundled text's name or a file; without it, the key's
    ``article`` entry names it (a bundled text, or a file beside the key).
    ``anonymous=True`` shows students as "Student 1", "Student 2", ... for projecting.
    """
    from .analysis import analyze
    from .annotation import annotation_from_analysis

    where = Path(folder).expanduser()
    if not where.is_dir():
        raise FramingError(f'No folder at "{where}". Give the folder of the class annotations.')
    key_path = None if isinstance(key, Mapping) else Path(key).expanduser()
    key_data = dict(key) if isinstance(key, Mapping) else read_annotation(key_path)
    text = _article(article, key_data, key_path)
    validate_annotation(key_data, text, where="The key")
    kit = annotation_from_analysis(analyze(text))
    kept: list[tuple[Path, dict[str, Any]]] = []
    skipped: list[str] = []
    files = sorted(p for p in where.glob("*.json") if key_path is None or not _same(p, key_path))
    for file in files:
        try:
            data = read_annotation(file, text)
            _check_same_article(data, key_data, text, file)
        except FramingError as error:
            line = _one_line(error)
            skipped.append(line if file.name in line else f'"{file.name}": {line}')
            continue
        kept.append((file, data))
    students = []
    for number, (file, data) in enumerate(kept, 1):
        # numbered in the order kept, so skipped files leave no gaps
        name = f"Student {number}" if anonymous else str(data.get("student") or file.stem)
        students.append(
            StudentResult(
                name,
                "" if anonymous else file.name,
                agreement(data, key_data, text, student_name=name, other_name="the key"),
                agreement(data, kit, text, student_name=name, other_name="the kit"),
            )
        )
    return ClassReport(text.name or "the article", tuple(students), tuple(skipped))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _article(
    article: Article | str | None, key: Mapping[str, Any], key_path: Path | None
) -> Article:
    from .corpus import list_seeds, load_gold, load_seed
    from .reader import read_article

    if isinstance(article, Article):
        return article
    if article is not None:
        if article in list_seeds():
            return load_seed(article)
        if not Path(article).expanduser().is_file():
            raise FramingError(
                f'No bundled text or file named "{article}". The bundled texts are: '
                f"{', '.join(list_seeds())}."
            )
        return read_article(Path(article).expanduser())
    info = key.get("article") if isinstance(key.get("article"), Mapping) else {}
    label = str(info.get("name") or info.get("file") or "")
    stem = Path(label).stem
    for name in list_seeds():
        seed_file = load_gold(name).get("article", {}).get("file")
        if label and (stem == name or label == seed_file):
            return load_seed(name)
    if label and key_path is not None and (key_path.parent / label).is_file():
        return read_article(key_path.parent / label)
    raise FramingError(
        "The key does not say which article it annotates, or the article is not beside it. "
        "Name it with --article (a bundled text's name or a file)."
    )


def _check_same_article(
    data: Mapping[str, Any], key: Mapping[str, Any], text: Article, file: Path
) -> None:
    """A file that names another article than the key's is someone else's homework."""
    theirs = data.get("article") if isinstance(data.get("article"), Mapping) else {}
    label = str(theirs.get("name") or theirs.get("file") or "")
    if not label:
        return
    accepted = {Path(label).stem, label}
    ours = key.get("article") if isinstance(key.get("article"), Mapping) else {}
    known = {str(ours.get("file") or ""), str(ours.get("name") or ""), text.name or ""}
    known |= {Path(k).stem for k in known if k}
    if not accepted & (known - {""}):
        raise FramingError(
            f'it annotates another article ("{label}"), not {text.name or "this one"}.'
        )


# -- the command line: `framing calibrate` ----------------------------------------------
def add_calibrate_arguments(command: argparse.ArgumentParser) -> None:
    """The options of ``framing calibrate``; `framing.cli` calls this."""
    command.description = (
        "Compare every student annotation (.json) in FOLDER with the teacher's key and with "
        "the kit: a table per student, and the quotations and words the class differed on "
        "most. Files that are not annotations of the article are skipped, one line each."
    )
    command.add_argument("folder", metavar="FOLDER", help="the folder of student annotations")
    command.add_argument("--key", required=True, metavar="KEY.json", help="the teacher's key")
    command.add_argument(
        "--article", metavar="NAME_OR_FILE", help="a bundled text's name or a file (else the key's)"
    )
    command.add_argument(
        "--anonymous", action="store_true", help="number the students instead of naming them"
    )
    command.add_argument(
        "-o", "--output", metavar="OUT", help="write the report as .html or .csv to this file"
    )
    command.add_argument("--force", action="store_true", help="replace OUT if it exists")
    command.set_defaults(run=run_calibrate)


def run_calibrate(args: argparse.Namespace) -> int:
    """Run ``framing calibrate``; a `FramingError` is for the caller to show."""
    from ._files import write_atomic

    report = class_report(args.folder, args.key, article=args.article, anonymous=args.anonymous)
    print(report)
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() == ".csv":
            page = report.to_csv()
        else:
            title = escape(f"Class annotations of {report.article}")
            page = (
                f'<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>{title}</title>'
                f"<body>{report.to_html()}</body></html>\n"
            )
        write_atomic(out, page, overwrite=args.force)
        print(f"Wrote the report to {out}.")
    return 0
