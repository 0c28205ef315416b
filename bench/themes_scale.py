"""Benchmark: the Themes pipeline on N posts whose N texts are all distinct to the model, with
their embeddings already cached — what a large listening export costs on its second look.

Encoding a million texts takes most of an hour on two cores, so the cache is planted: every
post is a demo post with a number added (read by the model as a different text) and its vector
is the demo text's real vector plus a little noise, normalised — themes stay findable, every
vector is distinct. Measured in fresh processes, each on its own copy of the data folder:

- ``fresh``: the fine themes found from scratch (masking, distinct texts, cache lookup,
  language alignment, clustering, word counts) and one cut into main themes;
- ``kept``: the same with the fine themes kept from the first run (``core.derived``), as the
  Themes page's first visit after a restart.

Each reports seconds and the process's peak memory. ``--baseline REV`` measures the code at git
revision REV on the same data in the same run (a git worktree, the same Python environment).

Usage: python bench/themes_scale.py N [--baseline REV] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(data: Path, n: int) -> None:
    """The stacked demo with a number on every text, and the planted embedding cache."""
    import numpy as np
    import polars as pl

    sys.path.insert(0, str(ROOT / "bench"))
    from core import demo, settings
    from core.datasets import DatasetStore, employer_names
    from core.embed import EmbeddingCache, embedder_for, text_key
    from core.themes.pipeline import masked
    from pages import stack

    store = DatasetStore(data)
    posts, _ = stack(n)
    posts = posts.with_columns(
        (pl.col("text") + " " + pl.int_range(pl.len()).cast(pl.String)).alias("text")
    )
    info = store.save(posts, f"Distinct × {n:,}", kind="upload", brands=demo.brand_map(),
                      apply_brands=False)  # fmt: skip
    store.set_active(info.id)
    texts = masked(posts.get_column("text"), employer_names(info, posts)).unique()
    texts = texts.filter(texts != "")
    originals = texts.str.replace(r" \d+$", "")
    distinct = originals.unique().to_list()
    embedder = embedder_for(settings.get("model"))
    cache = EmbeddingCache(data / "embeddings")
    real, _ = cache.embed(distinct, embedder)  # the demo's own texts, encoded once
    index = pl.DataFrame({"text": distinct}).with_row_index("i")
    rows = pl.DataFrame({"text": originals}).join(index, on="text", maintain_order="left")["i"]
    noise = np.random.default_rng(0).normal(scale=0.03, size=(len(texts), real.shape[1]))
    vectors = real[rows.to_numpy()] + noise.astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    planted = pl.DataFrame({"key": [text_key(t) for t in texts.to_list()]}).with_columns(
        pl.Series("vector", vectors).cast(pl.List(pl.Float32))
    )
    path = cache._path(embedder.model_id)
    pl.concat([pl.read_parquet(path), planted]).write_parquet(path)
    print(f"planted {len(texts):,} vectors", file=sys.stderr)


def measure(data: Path) -> dict:
    """The fine themes and one cut, in this process (the code on ``sys.path``)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from core import derived, settings
    from core.datasets import DatasetStore, employer_names
    from core.embed import EmbeddingCache, embedder_for
    from core.themes.pipeline import recut

    store = DatasetStore(data)
    info = store.active()
    posts = store.load(info.id).collect()
    embedder = embedder_for(settings.get("model"))
    cache = EmbeddingCache(settings.embedding_cache_dir())
    stamp = store.path(info.id).stat().st_mtime
    started = time.perf_counter()
    base = derived.fine_themes(
        store.root, info.id, stamp, posts, embedder, cache, employer_names(info, posts)
    )
    themes = recut(base)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    return {"s": round(seconds, 1), "peak_gib": round(peak, 2), "themes": themes.clustering.k}


def run_tree(tree: Path, data: Path) -> dict:
    """``fresh`` then ``kept``, each in a fresh process with the code of ``tree``."""
    work = Path(tempfile.mkdtemp(prefix="bench-themes-"))
    shutil.copytree(data, work / "data")
    env = os.environ | {
        "EMPLOYER_RADAR_DATA_DIR": str(work / "data"),
        "EMPLOYER_RADAR_EMBEDDING_CACHE": str(work / "data" / "embeddings"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(tree),
    }
    out = {}
    for step in ("fresh", "kept"):
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "0",
            "--measure",
            str(work / "data"),
        ]
        done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stderr[-3000:])
            raise SystemExit(f"the {step} run in {tree} failed")
        out[step] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"  {step:<6} {out[step]}", file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--baseline", help="git revision to measure side by side")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    if args.build:
        build(args.build, args.n)
        return 0
    data = Path(tempfile.mkdtemp(prefix="bench-distinct-"))
    env = os.environ | {
        "EMPLOYER_RADAR_DATA_DIR": str(data),
        "EMPLOYER_RADAR_EMBEDDING_CACHE": str(data / "embeddings"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(ROOT),
    }
    script = [sys.executable, str(Path(__file__).resolve()), str(args.n), "--build", str(data)]
    subprocess.run(script, cwd=ROOT, env=env, check=True)
    results = {}
    if args.baseline:
        sys.path.insert(0, str(ROOT / "bench"))
        from pages import worktree

        with worktree(args.baseline) as tree:
            print(f"baseline {args.baseline}:", file=sys.stderr)
            results["baseline"] = run_tree(tree, data)
    print("this tree:", file=sys.stderr)
    results["now"] = run_tree(ROOT, data)
    shutil.rmtree(data, ignore_errors=True)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{args.n:,} posts, {args.n:,} distinct texts (vectors planted in the cache) · "
          f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()} · "
          f"{date.today()}")  # fmt: skip
    print("| step | before | now | ratio |\n|---|---|---|---|")
    for step in ("fresh", "kept"):
        now = results["now"][step]
        if "baseline" in results:
            old = results["baseline"][step]
            print(f"| {step} | {old['s']} s, {old['peak_gib']} GiB | {now['s']} s, "
                  f"{now['peak_gib']} GiB | {now['s'] / old['s']:.2f} |")  # fmt: skip
        else:
            print(f"| {step} | — | {now['s']} s, {now['peak_gib']} GiB | — |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
