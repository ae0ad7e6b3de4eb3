"""The real-news set on disk: manifests, texts, annotations (shared by the bench scripts).

Layout (see GUIDELINE.md): ``manifest-*.csv`` rows name each text; its annotation is
``NAME.gold.json`` beside the manifests; the text itself, third parties' copyright,
lives in the git-ignored ``texts/`` folder and is rebuilt from the url and query.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
SECOND = HERE / "second"
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True)
class Entry:
    """One manifest row: an article of the set."""

    name: str
    url: str
    outlet: str
    country: str
    genre: str
    split: str
    query: str
    sha256: str
    chars: int | None
    manifest: str

    @property
    def text_path(self) -> Path:
        return TEXTS / f"{self.name}.txt"

    @property
    def gold_path(self) -> Path:
        return HERE / f"{self.name}.gold.json"

    def read_text(self) -> str | None:
        """The text, or None when it is missing or is not the text the manifest names."""
        if not self.text_path.is_file():
            return None
        text = self.text_path.read_text(encoding="utf-8")
        return text if sha256(text) == self.sha256 else None

    def read_gold(self) -> dict:
        return json.loads(self.gold_path.read_text(encoding="utf-8"))

    def rebuild_hint(self) -> str:
        keep = f"keep its first {self.chars} characters, " if self.chars else ""
        return (
            f"search the 'pages' corpus for {self.query!r}, take the excerpt whose url is "
            f"{self.url}, {keep}and save it with add_text.py as texts/{self.name}.txt"
        )


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entries(split: str = "all") -> list[Entry]:
    """Every manifest row of the split, in manifest order (a's rows, then b's)."""
    rows: list[Entry] = []
    for manifest in sorted(HERE.glob("manifest-*.csv")):
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if split != "all" and row["split"] != split:
                    continue
                chars = row.get("chars") or ""
                rows.append(
                    Entry(
                        name=row["file"].removesuffix(".txt"),
                        url=row["url"],
                        outlet=row["outlet"],
                        country=row["country"],
                        genre=row["genre"],
                        split=row["split"],
                        query=row["query"],
                        sha256=row["sha256"],
                        chars=int(chars) if chars.isdigit() else None,
                        manifest=manifest.name,
                    )
                )
    return rows
