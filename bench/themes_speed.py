"""Benchmark: how fast themes come — encoding, clustering, and a warm Themes page.

Texts: the labelled short-text sets from ``../shared/data/short-text`` (when present) plus demo
posts from several seeds, mixed to ``--rows`` (default 100,000) — post text repeats itself
(templates, reshares) the way the demo does.

1. Encoding, on the same ``--sample`` texts drawn from that mix: the plain loop
   (``SentenceTransformer.encode``, fp32, batch 32) against our path (de-duplication,
   length-sorted batches, bf16 where the CPU has it natively); texts per second and the mean
   (and minimum) cosine similarity of our vectors to the plain ones. Then our path on all rows.
2. Clustering all rows: ours (``core.themes.cluster``) against BERTopic's default UMAP + HDBSCAN
   (n_neighbors 15, 5 components, min_dist 0, cosine; min_cluster_size 10) on the same vectors.
3. Warm: the same rows again from the on-disk cache; and the demo as after ``make run``: the
   install step that reads its texts once, the Themes page in a fresh process (AppTest, the
   whole page script) and a re-cut to fewer main themes.

Usage: python bench/themes_speed.py [--rows 100000] [--sample 4000] [--json] [--no-baseline]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHORT_TEXT = ROOT.parent / "shared" / "data" / "short-text"


def corpus(rows: int, seed: int = 7) -> tuple[list[str], str]:
    """``rows`` post texts and a description of where they come from."""
    from core import demo

    texts: list[str] = []
    sources = []
    if SHORT_TEXT.is_dir():
        for path in sorted(SHORT_TEXT.glob("*.tsv")):
            texts += [line.partition("\t")[2] for line in path.read_text().splitlines()]
        sources.append(f"{len(texts):,} short-text benchmark texts")
    demo_count = 0
    s = 2026
    while len(texts) < rows:
        batch = demo.generate(s).get_column("text").drop_nulls().to_list()
        texts += batch
        demo_count += len(batch)
        s += 1
    sources.append(f"{demo_count:,} demo posts ({s - 2026} seeds)")
    rng = np.random.default_rng(seed)
    chosen = rng.permutation(len(texts))[:rows]
    return [texts[i] for i in chosen], " + ".join(sources)


def encoding(texts: list[str], sample: int) -> dict:
    from sentence_transformers import SentenceTransformer

    from core.embed import EmbeddingCache, SentenceEmbedder, model_location

    subset = texts[:sample]
    plain = SentenceTransformer(model_location("bundled"), device="cpu")
    plain.encode(subset[:64])  # warm-up
    started = time.perf_counter()
    reference = plain.encode(subset, batch_size=32, normalize_embeddings=True)
    plain_s = time.perf_counter() - started
    ours = SentenceEmbedder()
    ours.embed(subset[:64])  # warm-up (loads the model)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        vectors, encoded = EmbeddingCache(Path(folder)).embed(subset, ours)
        ours_s = time.perf_counter() - started
    cosine = np.einsum("ij,ij->i", vectors, reference)
    return {
        "sample": len(subset),
        "distinct_in_sample": encoded,
        "plain_texts_per_s": round(len(subset) / plain_s, 1),
        "ours_texts_per_s": round(len(subset) / ours_s, 1),
        "speedup": round(plain_s / ours_s, 2),
        "precision": ours.precision,
        "mean_cosine": round(float(cosine.mean()), 4),
        "min_cosine": round(float(cosine.min()), 4),
    }


def full(texts: list[str], cache: Path) -> tuple[np.ndarray, dict]:
    from core.embed import EmbeddingCache, SentenceEmbedder

    embedder = SentenceEmbedder()
    embedder.embed(["warm-up"])
    started = time.perf_counter()
    vectors, encoded = EmbeddingCache(cache).embed(texts, embedder)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    again, again_encoded = EmbeddingCache(cache).embed(texts, embedder)
    warm = time.perf_counter() - started
    assert again_encoded == 0 and np.array_equal(vectors, again)
    return vectors, {
        "rows": len(texts),
        "distinct": encoded,
        "cold_s": round(cold, 1),
        "cold_texts_per_s": round(len(texts) / cold, 1),
        "warm_s": round(warm, 2),
    }


def clustering(vectors: np.ndarray, baseline: bool) -> dict:
    from core.themes.cluster import cluster

    started = time.perf_counter()
    ours = cluster(vectors)
    out = {"ours_s": round(time.perf_counter() - started, 1), "ours_themes": ours.k}
    if baseline:
        import hdbscan
        import umap

        started = time.perf_counter()
        reduced = umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine")
        low = reduced.fit_transform(vectors)
        labels = hdbscan.HDBSCAN(
            min_cluster_size=10, metric="euclidean", cluster_selection_method="eom"
        ).fit_predict(low)
        out["umap_hdbscan_s"] = round(time.perf_counter() - started, 1)
        out["umap_hdbscan_topics"] = int(labels.max() + 1)
        out["umap_hdbscan_outliers"] = round(float((labels < 0).mean()), 3)
        out["speedup"] = round(out["umap_hdbscan_s"] / max(out["ours_s"], 1e-9), 1)
    return out


PAGE_PROBE = """
import sys, time
sys.path.insert(0, {root!r})
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({main!r}, default_timeout=300)
at.run()
started = time.perf_counter()
at.switch_page("../pages/themes.py").run()
seconds = time.perf_counter() - started
assert not at.exception and not at.error, [e.value for e in at.error]
assert not at.get("progress"), "themes shown, not reading progress"
started = time.perf_counter()
at.select_slider(key="themes.granularity").set_value(0.5).run()
recut = time.perf_counter() - started
assert not at.exception and not at.error, [e.value for e in at.error]
print(seconds, recut)
"""


def page(cache: Path) -> dict:
    """The demo as after ``make run``: the install step (``python -m app.warm``, reading the
    demo's texts once) timed, then the Themes page in a fresh process (the whole page script,
    AppTest) and a re-cut to fewer main themes, timed."""
    with tempfile.TemporaryDirectory() as data:
        env = os.environ | {
            "EMPLOYER_RADAR_DATA_DIR": data,
            "EMPLOYER_RADAR_EMBEDDING_CACHE": str(cache),
            "HF_HUB_OFFLINE": "1",
        }
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app.warm"], env=env, cwd=ROOT, check=True)
        install = time.perf_counter() - started
        probe = PAGE_PROBE.format(root=str(ROOT), main=str(ROOT / "app" / "main.py"))
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        seconds, recut = map(float, done.stdout.strip().splitlines()[-1].split())
    return {"install_s": round(install, 1), "page_s": round(seconds, 1), "recut_s": round(recut, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=4000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-baseline", action="store_true", help="skip UMAP + HDBSCAN")
    parser.add_argument("--page-only", action="store_true", help="only the demo's Themes page")
    args = parser.parse_args()
    if args.page_only:
        with tempfile.TemporaryDirectory() as cache:
            print(json.dumps(page(Path(cache))))
        return
    texts, source = corpus(args.rows)
    report = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores",
        "texts": source,
        "encoding": encoding(texts, args.sample),
    }
    with tempfile.TemporaryDirectory() as cache:
        vectors, report["full"] = full(texts, Path(cache))
        report["clustering"] = clustering(vectors, not args.no_baseline)
    with tempfile.TemporaryDirectory() as cache:
        report["page"] = page(Path(cache))
    if args.json:
        print(json.dumps(report, indent=2))
        return
    e, f, c, p = report["encoding"], report["full"], report["clustering"], report["page"]
    print(f"{report['date']} · {report['machine']} · {report['texts']}")
    print(
        f"encoding, same {e['sample']:,} texts: plain {e['plain_texts_per_s']}/s, ours "
        f"{e['ours_texts_per_s']}/s ({e['precision']}, {e['distinct_in_sample']:,} distinct) → "
        f"{e['speedup']}×; cosine to plain mean {e['mean_cosine']}, min {e['min_cosine']}"
    )
    print(
        f"all {f['rows']:,} rows ({f['distinct']:,} distinct): {f['cold_s']} s cold "
        f"({f['cold_texts_per_s']}/s), {f['warm_s']} s from the cache"
    )
    line = f"clustering {f['rows']:,}: ours {c['ours_s']} s ({c['ours_themes']} themes)"
    if "umap_hdbscan_s" in c:
        line += (
            f"; UMAP + HDBSCAN {c['umap_hdbscan_s']} s ({c['umap_hdbscan_topics']} topics, "
            f"{c['umap_hdbscan_outliers']:.0%} outliers) → {c['speedup']}×"
        )
    print(line)
    print(
        f"demo after the install step ({p['install_s']} s): Themes page {p['page_s']} s in a "
        f"fresh process, re-cut {p['recut_s']} s"
    )


if __name__ == "__main__":
    main()
