"""Benchmark: every page of the app on N posts — first visit and warm rerun — with AppTest.

The demo dataset is stacked to N posts: each copy gets fresh post ids (replies and threads point
into their own copy), its public authors fresh handles, and every text a copy-specific link, so
texts are distinct but read the same to the model (links are left out of what is embedded, as in
the app): the embedding cache filled once for the demo serves every copy, which is the "Themes
with cached embeddings" case. The careers-site visits of the demo come along.

One process per code version prepares the data folder; another, as one app server, measures:
the pages are visited in navigation order, each
in a fresh AppTest session (first visit: the whole script run, caches of earlier pages kept, as on
a server), then run again (warm rerun: what a widget change costs). Peak memory is the process's
maximum resident set.

``--baseline REV`` measures the code at git revision REV the same way in the same run (a git
worktree in a temporary folder, the same Python environment) and prints the ratio per page.

Usage: python bench/pages.py N [--baseline REV] [--pages home,timing,...] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def stack(n: int):
    """The demo stacked to ``n`` posts (see the module docstring), with its visits."""
    import polars as pl

    from core import demo

    base = demo.generate(2026)
    visits = demo.careers_site_visits(base)
    copies = []
    for k in range((n + base.height - 1) // base.height):
        suffix = f"-c{k}" if k else ""
        public = pl.col("author_type").cast(pl.String) == "public"
        copies.append(
            base.with_columns(
                (pl.col("post_id") + suffix).alias("post_id"),
                (pl.col("in_reply_to_id") + suffix).alias("in_reply_to_id"),
                (pl.col("thread_id") + suffix).alias("thread_id"),
                pl.when(public & (k > 0))
                .then(pl.col("author_handle") + str(k))
                .otherwise(pl.col("author_handle"))
                .alias("author_handle"),
                (pl.col("text") + (f" https://copy.invalid/{k}" if k else "")).alias("text"),
            )
        )
    return pl.concat(copies).head(n), visits


def prepare(data: Path, n: int) -> None:
    """Save the stacked dataset as the active one and read the demo's texts once."""
    os.environ["EMPLOYER_RADAR_DATA_DIR"] = str(data)
    from core import demo
    from core.datasets import DatasetStore

    store = DatasetStore(data)
    posts, visits = stack(n)
    kwargs = {"visits": visits} if "visits" in DatasetStore.save.__code__.co_varnames else {}
    info = store.save(
        posts, f"Demo × {n:,}", kind="upload", brands=demo.brand_map(), apply_brands=False,
        **kwargs,
    )  # fmt: skip
    store.set_active(info.id)
    from app import warm  # reads the demo's texts into the embedding cache (as `make run`)

    warm.main()
    store.set_active(info.id)


def worker(n: int, pages: list[str], data: Path, tree: Path) -> dict:
    """Time the pages in this process (run inside the code version to measure), on the data
    folder a separate process prepared (so the peak memory is the app's alone)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["EMPLOYER_RADAR_DATA_DIR"] = str(data)
    from streamlit.testing.v1 import AppTest

    from app.navigation import PAGES

    main = str(tree / "app" / "main.py")
    results = {}
    for spec in [s for s in PAGES if s.key in pages]:
        at = AppTest.from_file(main, default_timeout=1800)
        at.session_state["lang"] = "nl"
        t0 = time.perf_counter()
        if spec.key == "home":
            at.run()
        else:
            at.run()  # the session starts on Start (cached by then), then the page is opened
            t0 = time.perf_counter()
            at.switch_page(spec.script).run()
        first = time.perf_counter() - t0
        t0 = time.perf_counter()
        at.run()
        warm = time.perf_counter() - t0
        errors = [str(e.value)[:200] for e in at.exception]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
        results[spec.key] = {
            "first_s": round(first, 2),
            "warm_s": round(warm, 3),
            "peak_gib": round(peak, 2),
            "errors": errors,
        }
        print(
            f"  {spec.key:<12} first {first:7.2f} s   warm {warm:6.3f} s   peak {peak:5.2f} GiB",
            file=sys.stderr,
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    return {"posts": n, "pages": results, "peak_gib": round(peak, 2)}


@contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """The code at a git revision, checked out in a temporary worktree for the block."""
    tree = Path(tempfile.mkdtemp(prefix="bench-baseline-")) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", str(tree), revision],
                   cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    try:
        yield tree
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT,
                       check=False, capture_output=True)  # fmt: skip


def run_tree(tree: Path, n: int, pages: list[str]) -> dict:
    """Run the worker with the code of ``tree`` in a fresh process."""
    data = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    env = os.environ | {
        "EMPLOYER_RADAR_DATA_DIR": str(data),
        "EMPLOYER_RADAR_EMBEDDING_CACHE": str(data / "embeddings"),
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": str(tree),
    }
    script = [sys.executable, str(Path(__file__).resolve()), str(n), "--tree", str(tree)]
    started = time.perf_counter()
    built = subprocess.run([*script, "--prepare", str(data)], cwd=tree, env=env, check=False)
    if built.returncode:
        raise SystemExit(f"preparing {n} posts in {tree} failed")
    build_s = time.perf_counter() - started
    command = [*script, "--worker", str(data), "--pages", ",".join(pages)]
    out = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=False)
    sys.stderr.write(out.stderr[-4000:] if out.returncode else "")
    if out.returncode:
        raise SystemExit(f"the run in {tree} failed")
    return json.loads(out.stdout.strip().splitlines()[-1]) | {"build_s": round(build_s, 1)}


def print_table(result: dict, pages: list[str]) -> None:
    """The figures as the Markdown table docs/BENCHMARKS.md holds."""
    runs = {k: result[k] for k in ("baseline", "now") if k in result}
    print(f"{result['posts']:,} posts · {result['machine']} · {result['date']}")
    header = "| page | first visit | warm rerun |"
    if "baseline" in runs:
        header = "| page | first: before → now (ratio) | warm: before → now (ratio) |"
    print(header + "\n|---|---|---|")
    for key in pages:
        now = runs["now"]["pages"][key]
        if "baseline" in runs:
            was = runs["baseline"]["pages"][key]
            print(
                f"| {key} | {was['first_s']} → {now['first_s']} s "
                f"({now['first_s'] / max(was['first_s'], 1e-3):.2f}) | {was['warm_s']} → "
                f"{now['warm_s']} s ({now['warm_s'] / max(was['warm_s'], 1e-3):.2f}) |"
            )
        else:
            print(f"| {key} | {now['first_s']} s | {now['warm_s']} s |")
    for name, run in runs.items():
        print(f"peak memory ({name}): {run['peak_gib']} GiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--baseline", help="git revision to measure side by side")
    parser.add_argument("--pages", help="comma-separated page keys (default: all)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        sys.path.insert(0, str(args.tree or ROOT))
        prepare(args.prepare, args.n)
        return 0
    if args.worker:
        sys.path.insert(0, str(args.tree or ROOT))
        tree = args.tree or ROOT
        print(json.dumps(worker(args.n, args.pages.split(","), args.worker, tree)))
        return 0
    sys.path.insert(0, str(ROOT))
    from app.navigation import PAGES

    pages = args.pages.split(",") if args.pages else [s.key for s in PAGES]
    runs = {}
    if args.baseline:
        with worktree(args.baseline) as base:
            print(f"baseline {args.baseline}:", file=sys.stderr)
            runs["baseline"] = run_tree(base, args.n, pages)
    print("this tree:", file=sys.stderr)
    runs["now"] = run_tree(ROOT, args.n, pages)
    result = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "posts": args.n,
        **runs,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print_table(result, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
