"""framing-kit: see how a news article frames its story.

>>> import framing
>>> article = framing.load_seed()
>>> len(framing.find_quotes(article))
11

Light modules load at once; NLTK loads on the first article, and the
presentation modules (render, charts, widgets) only when you use them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .corpus import list_seeds, load_gold, load_seed, seed_meta
from .errors import FramingError
from .quotes import Quote, find_quotes
from .text import Article

__version__ = "0.1.0"

# Names that live in heavier modules, imported on first use.
_LAZY = {
    "Lexicon": "lexicon",
    "LexiconEntry": "lexicon",
    "TermHit": "lexicon",
    "load_lexicon": "lexicon",
    "count_loaded_terms": "lexicon",
    "keyword_in_context": "lexicon",
    "analyze": "analysis",
    "Analysis": "analysis",
    "Source": "attribution",
    "Attribution": "attribution",
    "read_article": "reader",
    "compare": "comparison",
    "align_quotes": "align",
    "Table": "comparison",
    "load_corpus": "corpus",
    "corpus_table": "corpus",
    "outlet_note": "corpus",
}

__all__ = [
    "Article",
    "FramingError",
    "Quote",
    "find_quotes",
    "list_seeds",
    "load_gold",
    "load_seed",
    "seed_meta",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
