"""Command line: ``python -m core.ingest FILE... [--tz ZONE] [--out data.parquet] [--json]``.

Prints the load report (as JSON with ``--json``) and exits 1 with a clear message when nothing
could be loaded, 0 otherwise. Saved column mappings from the data folder are used when present.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core import settings
from core.db import atomic_write_bytes
from core.ingest import MappingMemory, Message, ingest
from core.ingest.report import DatasetReport


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m core.ingest", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        help="exported files (CSV, Excel, JSON, NDJSON, tweets.js, Parquet)",
    )
    parser.add_argument(
        "--tz",
        default=settings.get("timezone"),
        help="time zone for times without one (default %(default)s)",
    )
    parser.add_argument("--out", type=Path, help="write the post table to this Parquet file")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _summary(report: DatasetReport) -> str:
    lines = [
        f"Loaded {report.rows_loaded} of {report.rows_read} rows; "
        f"{report.duplicates} duplicates removed."
    ]
    if report.first:
        lines.append(f"Period: {report.first} – {report.last}")
    lines += [f"  {platform}: {n}" for platform, n in report.platforms.items()]
    for f in report.files:
        lines.append(f"{f.file}: {f.format}, {f.rows_loaded}/{f.rows_read} rows")
        lines += [
            f"  dropped {d.count} × {d.reason_text()} (rows {', '.join(map(str, d.rows))})"
            for d in f.dropped
        ]
        lines += [f"  warning: {w}" for w in f.warnings]
    lines += [f"error: {e}" for e in report.errors] + [f"note: {w}" for w in report.warnings]
    return "\n".join(lines)


def _json(report: DatasetReport) -> dict:
    data = report.messages("en")
    for raw, f in zip(data["files"], report.files, strict=True):
        raw["dropped"] = {d.reason: {"count": d.count, "rows": d.rows} for d in f.dropped}
        for key in ("unmapped", "encoding", "delimiter", "header_row", "mapping_source"):
            raw.pop(key, None)
    return data


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        print(
            f"error: unknown time zone {args.tz!r}; use a name such as Europe/Amsterdam",
            file=sys.stderr,
        )
        return 2
    files, errors = [], []
    for path in args.files:
        try:
            files.append((path.name, path.read_bytes()))
        except OSError as err:
            errors.append(Message("cannot_open", {"file": str(path), "detail": err.strerror}))
    memory_path = Path(settings.get("data_dir")) / "mappings.json"
    memory = MappingMemory(memory_path) if memory_path.exists() else None
    posts, report = ingest(files, args.tz, memory)
    report.errors = errors + report.errors
    print(
        json.dumps(_json(report), ensure_ascii=False, indent=2) if args.json else _summary(report)
    )
    if not report.ok:
        print("error: nothing could be loaded from the given files.", file=sys.stderr)
        return 1
    if args.out:
        import io

        buffer = io.BytesIO()
        posts.write_parquet(buffer)
        atomic_write_bytes(args.out, buffer.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
