"""Hostile files against the loader: time and peak memory per file, each in its own process.

    .venv/bin/python bench/hostile.py [--baseline REV] [--bomb-mib 1024] [--csvs 19999]

The set (built in a temporary folder, nothing downloaded):

- ``bomb.zip``: one member of ``--bomb-mib`` MiB of zeros (about 1 MB packed);
- ``sheet-bomb.xlsx``: a workbook whose one sheet unpacks to ``--bomb-mib`` MiB;
- ``many.zip``: ``--csvs`` CSV files of two rows each;
- ``deep.zip``: JSON nested 200,000 levels deep beside a good CSV;
- ``ok.csv``: a normal small export, uploaded with each of the others (it must still load).

Each file goes through ``core.ingest.ingest`` (what the Data page and the command line do) in a
fresh Python process; the peak memory is that process's maximum resident set. ``--baseline``
runs the same set with the code of another revision (a git worktree) side by side; a run that
takes longer than ``--timeout`` seconds is stopped and reported as such.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import worktree

ROOT = Path(__file__).resolve().parents[1]
OK = b"date,text\n2026-01-05 10:00,hallo\n"


def _zeros_member(archive: zipfile.ZipFile, name: str, mib: int, head: bytes = b"") -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as member:
        member.write(head)
        chunk = b"0" * 1024**2
        for _ in range(mib):
            member.write(chunk)


def build(folder: Path, bomb_mib: int, csvs: int) -> dict[str, Path]:
    files = {}
    path = folder / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _zeros_member(archive, "posts.csv", bomb_mib, b"date,text\n")
    files["zip bomb"] = path
    path = folder / "sheet-bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        _zeros_member(archive, "xl/worksheets/sheet1.xml", bomb_mib, b"<worksheet><sheetData>")
    files["xlsx sheet bomb"] = path
    path = folder / "many.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(csvs):
            archive.writestr(f"part-{i}.csv", OK)
    path.write_bytes(buffer.getvalue())
    files[f"zip of {csvs:,} CSVs"] = path
    path = folder / "deep.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("deep.json", b"[" * 200_000 + b"]" * 200_000)
        archive.writestr("posts.csv", OK)
    files["deeply nested JSON in a zip"] = path
    (folder / "ok.csv").write_bytes(OK)
    return files


CHILD = """
import json, sys, time
from pathlib import Path
from core.ingest import ingest
hostile, ok = Path(sys.argv[1]), Path(sys.argv[2])
started = time.perf_counter()
try:
    posts, report = ingest([(hostile.name, hostile.read_bytes()), (ok.name, ok.read_bytes())])
    outcome = {"posts": posts.height, "said": [e.code for e in report.errors]}
except BaseException as err:
    outcome = {"failed": type(err).__name__}
outcome["seconds"] = round(time.perf_counter() - started, 2)
import resource
outcome["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(outcome))
"""


def measure(tree: Path, hostile: Path, ok: Path, timeout: int) -> dict:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(hostile), str(ok)],
            cwd=tree,
            env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    outcome = json.loads(lines[-1]) if lines else {"failed": done.stderr.strip()[-200:]}
    outcome["wall"] = round(time.perf_counter() - started, 2)
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="git revision measured side by side")
    parser.add_argument("--bomb-mib", type=int, default=1024)
    parser.add_argument("--csvs", type=int, default=19_999)
    parser.add_argument("--timeout", type=int, default=120)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    files = build(folder, args.bomb_mib, args.csvs)
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    trees = [("this tree", ROOT)]
    results: dict[str, dict[str, dict]] = {}
    with worktree(args.baseline) if args.baseline else _none() as base:
        if base is not None:
            trees.append((f"baseline {args.baseline}", base))
        for label, tree in trees:
            for what, path in files.items():
                results.setdefault(what, {})[label] = measure(
                    tree, path, folder / "ok.csv", args.timeout
                )
    for what, by_tree in results.items():
        size = files[what].stat().st_size
        print(f"\n{what} ({size / 1024**2:.1f} MB packed)")
        for label, outcome in by_tree.items():
            print(f"  {label:24} {json.dumps(outcome)}")


class _none:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


if __name__ == "__main__":
    main()
