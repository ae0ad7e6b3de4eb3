"""Speed of the text model, quotations, lexicon matching and analyze().

Run: ``.venv/bin/python bench/core.py``. Prints medians in milliseconds and the
ratio to a single pass of NLTK's NLTKWordTokenizer over the same text, measured
in the same run (the baseline the issues name).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ms, synthetic_articles  # noqa: E402
from nltk.tokenize import NLTKWordTokenizer  # noqa: E402

from framing import Article, find_quotes, load_seed  # noqa: E402
from framing.analysis import analyze  # noqa: E402
from framing.lexicon import count_loaded_terms, load_lexicon  # noqa: E402


def import_time_ms() -> float:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import framing"], check=True)
        runs.append(time.perf_counter() - start)
    baseline = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - start)
    return (sorted(runs)[2] - sorted(baseline)[2]) * 1000


def main() -> None:
    text = load_seed().text
    lexicon = load_lexicon()
    tokenizer = NLTKWordTokenizer()
    nltk_ms = median_ms(lambda: list(tokenizer.span_tokenize(text)), repeat=200)

    def text_quotes_lexicon() -> None:
        article = Article(text)
        find_quotes(article)
        count_loaded_terms(article, lexicon)

    core_ms = median_ms(text_quotes_lexicon, repeat=200)
    analyze_ms = median_ms(lambda: analyze(text, lexicon=lexicon), repeat=200)
    print(f"seed article: {len(text):,} characters")
    print(f"  NLTKWordTokenizer, one pass (baseline)   {nltk_ms:7.2f} ms")
    print(f"  Article + quotes + lexicon               {core_ms:7.2f} ms  ({core_ms / nltk_ms:.2f}x baseline)")
    print(f"  analyze()                                {analyze_ms:7.2f} ms  ({analyze_ms / nltk_ms:.2f}x baseline)")

    corpus = synthetic_articles(1000)
    start = time.perf_counter()
    for item in corpus:
        text_quotes_lexicon()
    core_total = time.perf_counter() - start
    start = time.perf_counter()
    for item in corpus:
        analyze(item, lexicon=lexicon)
    analyze_total = time.perf_counter() - start
    medians = [median_ms(lambda t=t: analyze(t, lexicon=lexicon), repeat=5, warmup=0) for t in corpus[:100]]
    print(f"1,000 synthetic articles ({sum(len(t) for t in corpus) / 1000:,.0f} characters on average)")
    print(f"  Article + quotes + lexicon               {core_total:7.2f} s   ({1000 / core_total:,.0f} articles/s)")
    print(f"  analyze()                                {analyze_total:7.2f} s   ({1000 / analyze_total:,.0f} articles/s)")
    print(f"  analyze() median per article (first 100) {sorted(medians)[50]:7.2f} ms")
    print(f"python -c 'import framing' (minus bare start-up) {import_time_ms():6.1f} ms")


if __name__ == "__main__":
    main()
