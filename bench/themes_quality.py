"""Benchmark: theme quality on labelled short-text sets, ours against BERTopic's defaults.

Each file holds ``label<TAB>text`` lines (as ``../shared/data/short-text/*.tsv``). Every text is
embedded once with the app's embedder (``--model``: the default multilingual-e5-small, or
``bundled`` for all-MiniLM-L6-v2; cached on disk); then on the *same* embeddings:

- ours, told the true number of classes (``cluster(k=...)``);
- ours, choosing the number by itself (the app's default, no outliers);
- BERTopic 0.17 with its default pipeline (UMAP + HDBSCAN; its outlier topic -1 counts as one
  cluster), the ``bertopic`` package from ``bench/requirements.txt``.

Scores: NMI and accuracy after Hungarian matching of clusters to classes. The SCCL paper's
accuracy (Zhang et al., NAACL 2021, which fine-tunes its encoder) is printed where known.

Usage: python bench/themes_quality.py PATH.tsv... [--model multilingual|bundled|NAME] [--json]
[--no-bertopic] [--cache DIR]. A path ``DIR/mix.tsv`` that does not exist is built from the
five sets in DIR (see :func:`read`).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCCL_ACCURACY = {"tweet": 0.782, "searchsnippets": 0.852, "agnews": 0.882, "biomedical": 0.462}


MIX = ("tweet", "searchsnippets", "agnews", "stackoverflow", "biomedical")


def read(path: Path) -> tuple[np.ndarray, list[str]]:
    """``label<TAB>text`` lines; ``mix.tsv`` in a folder with the five sets is built instead:
    every Tweet plus 2,000 drawn (seed 0) from each other set, labels kept apart per set — a
    many-topic set (141 classes in 10,472 texts) whose coarse structure is which set."""
    if path.name == "mix.tsv" and not path.exists():
        rng = np.random.default_rng(0)
        labels_all: list[str] = []
        texts_all: list[str] = []
        for name in MIX:
            labels, texts = read(path.parent / f"{name}.tsv")
            pick = (
                np.arange(len(texts))
                if name == "tweet"
                else rng.choice(len(texts), 2000, replace=False)
            )
            labels_all += [f"{name}:{labels[i]}" for i in pick]
            texts_all += [texts[i] for i in pick]
        return np.array(labels_all), texts_all
    labels, texts = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        labels.append(label)
        texts.append(text)
    return np.array(labels), texts


def accuracy(truth: np.ndarray, found: np.ndarray) -> float:
    """Share of texts whose cluster maps to their class, clusters matched one-to-one (Hungarian)."""
    from scipy.optimize import linear_sum_assignment

    classes = np.unique(truth, return_inverse=True)[1]
    clusters = np.unique(found, return_inverse=True)[1]
    table = np.zeros((clusters.max() + 1, classes.max() + 1))
    np.add.at(table, (clusters, classes), 1)
    rows, cols = linear_sum_assignment(-table)
    return float(table[rows, cols].sum() / len(truth))


def score(truth: np.ndarray, found: np.ndarray, seconds: float) -> dict:
    from sklearn.metrics import normalized_mutual_info_score

    return {
        "nmi": round(float(normalized_mutual_info_score(truth, found)), 3),
        "acc": round(accuracy(truth, found), 3),
        "clusters": len(np.unique(found)),
        "seconds": round(seconds, 1),
    }


def bertopic(texts: list[str], vectors: np.ndarray) -> tuple[np.ndarray, float]:
    from bertopic import BERTopic

    started = time.perf_counter()
    topics, _ = BERTopic().fit_transform(texts, embeddings=vectors)
    return np.asarray(topics), time.perf_counter() - started


def run(path: Path, cache_dir: Path, with_bertopic: bool, model: str = "multilingual") -> dict:
    from core.embed import EmbeddingCache, embedder_for
    from core.themes.cluster import cluster

    truth, texts = read(path)
    k = len(np.unique(truth))
    started = time.perf_counter()
    vectors, _ = EmbeddingCache(cache_dir).embed(texts, embedder_for(model))
    encoded = time.perf_counter() - started
    out = {"dataset": path.stem, "texts": len(texts), "classes": k, "encode_s": round(encoded, 1)}
    started = time.perf_counter()
    true_k = cluster(vectors, k=k, outlier_budget=0)
    out["ours_true_k"] = score(truth, true_k.labels, time.perf_counter() - started)
    started = time.perf_counter()
    auto = cluster(vectors, outlier_budget=0)
    out["ours_auto"] = score(truth, auto.labels, time.perf_counter() - started)
    if with_bertopic:
        topics, seconds = bertopic(texts, vectors)
        out["bertopic"] = score(truth, topics, seconds) | {
            "outliers": round(float((topics < 0).mean()), 3)
        }
    if path.stem in SCCL_ACCURACY:
        out["sccl_acc"] = SCCL_ACCURACY[path.stem]
    return out


def verdict(row: dict) -> str:
    notes = []
    if "bertopic" in row:
        b = row["bertopic"]
        for name in ("ours_true_k", "ours_auto"):
            o = row[name]
            ok = o["nmi"] >= b["nmi"] and o["acc"] >= b["acc"]
            notes.append(f"{name} {'≥' if ok else '<'} BERTopic")
    if "sccl_acc" in row:
        best = max(row["ours_true_k"]["acc"], row["ours_auto"]["acc"])
        gap = row["sccl_acc"] - best
        notes.append(f"SCCL gap {gap * 100:+.1f} pts ({'within' if gap <= 0.05 else 'over'} 5)")
    return "; ".join(notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-bertopic", action="store_true", help="skip the BERTopic baseline")
    parser.add_argument(
        "--cache", type=Path, default=ROOT / "artifacts" / "bench-cache", help="embedding cache"
    )
    parser.add_argument(
        "--model", default="multilingual", help="multilingual (default), bundled, or a name"
    )
    args = parser.parse_args()
    rows = [run(p, args.cache, not args.no_bertopic, args.model) for p in args.paths]
    report = {
        "model": args.model,
        "date": date.today().isoformat(),
        "machine": f"{platform.processor() or platform.machine()}, {_cores()} cores",
        "rows": rows,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{report['date']} · {report['machine']}")
    head = "| dataset | texts | classes | ours, true k NMI / ACC | ours, auto (k) NMI / ACC |"
    head += " BERTopic (topics, outliers) NMI / ACC | SCCL ACC | verdict |"
    print(head)
    print("|---" * 8 + "|")
    for r in rows:
        t, a = r["ours_true_k"], r["ours_auto"]
        b = r.get("bertopic")
        bert = (
            f"{b['nmi']:.3f} / {b['acc']:.3f} ({b['clusters']}, {b['outliers']:.0%}, "
            f"{b['seconds']} s)"
            if b
            else "—"
        )
        sccl = f"{r['sccl_acc']:.3f}" if "sccl_acc" in r else "—"
        print(
            f"| {r['dataset']} | {r['texts']:,} | {r['classes']} | {t['nmi']:.3f} / {t['acc']:.3f}"
            f" ({t['seconds']} s) | {a['nmi']:.3f} / {a['acc']:.3f} ({a['clusters']}, "
            f"{a['seconds']} s) | {bert} | {sccl} | {verdict(r)} |"
        )


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
