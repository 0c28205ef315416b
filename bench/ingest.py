"""Benchmark: a 1,000,000-row Dutch-locale export → canonical post table.

Compares our reader (``core.ingest``) with a straightforward pandas path (``read_csv`` with
``sep=';'``, ``decimal=','``, ``thousands='.'`` and the equivalent normalisation: dates from
dd-mm-yyyy + time in Europe/Amsterdam to UTC, counts to nullable integers with '-' as empty and
negatives removed, platform names mapped, duplicates dropped). Each run is a separate process so
peak memory (max RSS) is its own. Prints a table; ``--json`` for machines.

Usage: python bench/ingest.py [--rows 1000000] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = (
    "datum;tijd;bericht;auteur;bron;url;bereik;volgers;sentiment;vind-ik-leuks;reacties;gedeeld"
)


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Write a Coosto-like export: ';', decimal commas, thousands dots, dd-mm-yyyy, cp1252."""
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(seed)
    day = rng.integers(1, 29, rows)
    month = rng.integers(1, 13, rows)
    words = np.array(["Wij zoeken", "Werkdruk; overuren", "Open dag", "Mooi project", "Vacature"])
    frame = pl.DataFrame(
        {
            "datum": [f"{d:02d}-{m:02d}-2026" for d, m in zip(day, month, strict=True)],
            "tijd": [
                f"{h:02d}:{mi:02d}"
                for h, mi in zip(rng.integers(0, 24, rows), rng.integers(0, 60, rows), strict=True)
            ],
            "bericht": words[rng.integers(0, 5, rows)]
            + " #"
            + rng.integers(0, 10**6, rows).astype(str),
            "auteur": np.char.add("@user", rng.integers(0, 20000, rows).astype(str)),
            "bron": np.array(["Twitter", "LinkedIn", "Facebook", "Instagram", "nu.nl"])[
                rng.integers(0, 5, rows)
            ],
            "url": np.char.add("https://example.invalid/p/", np.arange(rows).astype(str)),
            "bereik": rng.integers(0, 2_000_000, rows),
            "volgers": rng.integers(0, 50_000, rows),
            "sentiment": np.array(["positief", "neutraal", "negatief"])[rng.integers(0, 3, rows)],
            "vind-ik-leuks": rng.integers(-1, 500, rows),
            "reacties": rng.integers(0, 60, rows),
            "gedeeld": rng.integers(0, 30, rows),
        }
    )
    dutch = pl.col("bereik").cast(pl.String)
    # Thousands dots as Dutch exports write them: 1234567 -> 1.234.567
    dutch = dutch.str.reverse().str.replace_all(r"(\d{3})", "$1.").str.strip_chars_end(".")
    dutch = dutch.str.reverse()
    frame = frame.with_columns(
        dutch.alias("bereik"),
        pl.when(pl.col("vind-ik-leuks") < 0)
        .then(pl.lit("-"))
        .otherwise(pl.col("vind-ik-leuks").cast(pl.String))
        .alias("vind-ik-leuks"),
    )
    text = frame.write_csv(separator=";", quote_style="necessary", include_header=False)
    path.write_bytes((HEADER + "\n" + text).encode("cp1252"))


def run_ours(path: Path) -> int:
    from core.ingest import ingest

    posts, report = ingest([(path.name, path.read_bytes())], tz="Europe/Amsterdam")
    assert report.files[0].format == "Coosto export", report.files[0].format
    return posts.height


def run_pandas(path: Path) -> int:
    import numpy as np
    import pandas as pd

    df = pd.read_csv(
        path,
        sep=";",
        decimal=",",
        thousands=".",
        encoding="cp1252",
        dtype={"datum": str, "tijd": str, "bericht": str, "auteur": str, "bron": str, "url": str},
        na_values=["-", ""],
    )
    stamp = pd.to_datetime(df["datum"] + " " + df["tijd"], format="%d-%m-%Y %H:%M", errors="coerce")
    # Same DST rules as ours: the repeated hour takes its first occurrence, the skipped hour
    # moves on.
    first = np.ones(len(stamp), dtype=bool)
    local = stamp.dt.tz_localize("Europe/Amsterdam", ambiguous=first, nonexistent="shift_forward")
    df["published_at"] = local.dt.tz_convert("UTC")
    for source, target in [
        ("bereik", "reach"),
        ("volgers", "followers"),
        ("vind-ik-leuks", "reactions"),
        ("reacties", "comments"),
        ("gedeeld", "shares"),
    ]:
        values = pd.to_numeric(df[source], errors="coerce")
        df[target] = values.where(values >= 0).round().astype("Int64")
    platforms = {
        "twitter": "x",
        "linkedin": "linkedin",
        "facebook": "facebook",
        "instagram": "instagram",
    }
    df["platform"] = df["bron"].str.lower().map(platforms).fillna("other")
    df["sentiment"] = df["sentiment"].map(
        {"positief": "positive", "neutraal": "neutral", "negatief": "negative"}
    )
    df = df.rename(columns={"bericht": "text", "auteur": "author_name"})
    df = df.dropna(subset=["published_at"]).drop_duplicates(
        subset=["platform", "author_name", "published_at", "text"]
    )
    return len(df)


def child(kind: str, path: Path) -> None:
    # Import libraries before the clock starts: we time the work, not Python's start-up.
    import pandas  # noqa: F401
    import polars  # noqa: F401

    import core.ingest  # noqa: F401

    start = time.perf_counter()
    rows = {"ours": run_ours, "pandas": run_pandas}[kind](path)
    seconds = time.perf_counter() - start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_mib": peak_mib}))


def measure(kind: str, path: Path, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "rows": runs[0]["rows"],
        "seconds": statistics.median(r["seconds"] for r in runs),
        "seconds_all": [round(r["seconds"], 2) for r in runs],
        "peak_mib": max(r["peak_mib"] for r in runs),
    }


def machine() -> str:
    """CPU model, cores and Python, for the benchmark record."""
    import os

    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        model = names[0] if names else model
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "coosto-export.csv"
        generate(path, args.rows)
        size_mib = path.stat().st_size / 1024 / 1024
        ours = measure("ours", path, args.repeat)
        pandas = measure("pandas", path, args.repeat)
    result = {
        "rows": args.rows,
        "file_mib": round(size_mib, 1),
        "machine": machine(),
        "ours": ours,
        "pandas": pandas,
        "speedup": pandas["seconds"] / ours["seconds"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.rows:,} rows, {size_mib:.0f} MiB CSV (cp1252, ';', decimal commas)")
    print(result["machine"])
    print(f"{'path':<8} {'rows out':>10} {'median s':>9} {'runs':>20} {'peak MiB':>9}")
    for name in ("ours", "pandas"):
        r = result[name]
        runs = str(r["seconds_all"])
        print(f"{name:<8} {r['rows']:>10,} {r['seconds']:>9.2f} {runs:>20} {r['peak_mib']:>9.0f}")
    print(f"speed-up: {result['speedup']:.1f}x")


if __name__ == "__main__":
    main()
