"""Command line: ``python -m core.ingest FILE... [--tz ZONE] [--out posts.parquet] [--json]``.

Who is who: ``--own NAME [--own-account @h ...] [--competitor NAME[=@a,@b] ...]
[--employee @h[=EMPLOYER] ...]`` or ``--brands who.json`` (the keys of
:class:`core.ingest.brands.BrandMap`). Prints the load report (as JSON with ``--json``) and
exits 1 with a clear message when nothing could be loaded, 0 otherwise. Account figures per day
are written next to ``--out`` as ``<name>.account_days.parquet``, careers-site visits (web
analytics) as ``<name>.visits.parquet``. Saved column mappings from the
data folder are used when present.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core import settings
from core.db import atomic_write_bytes
from core.ingest import BrandMap, MappingMemory, Message, ingest_all
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
    who = parser.add_argument_group("who is who")
    who.add_argument("--own", help="name of the own organisation")
    who.add_argument(
        "--own-account", action="append", default=[], help="an account of the own organisation"
    )
    who.add_argument(
        "--competitor",
        action="append",
        default=[],
        metavar="NAME[=@a,@b]",
        help="a competing employer, optionally with its accounts",
    )
    who.add_argument(
        "--employee",
        action="append",
        default=[],
        metavar="@handle[=EMPLOYER]",
        help="an employee's account (of the own organisation unless another is named)",
    )
    who.add_argument("--brands", type=Path, help="who is who as a JSON file")
    return parser


def brands_from(args: argparse.Namespace) -> BrandMap | None:
    """Who is who from the command line (a JSON file first, then the flags on top)."""
    brands = BrandMap()
    if args.brands:
        brands = BrandMap.from_dict(json.loads(args.brands.read_text(encoding="utf-8")))
    if args.own:
        brands.own = args.own
    brands.own_handles += [h for a in args.own_account for h in _split(a)]
    for item in args.competitor:
        name, _, handles = item.partition("=")
        brands.competitors[name.strip()] = _split(handles)
    for item in args.employee:
        handle, _, employer = item.partition("=")
        brands.employees[handle.strip()] = employer.strip() or brands.own or ""
    return None if brands.empty else brands


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


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
        if f.unmapped:
            lines.append(f"  not used: {', '.join(f.unused_text)}")
        lines += [
            f"  dropped {d.count} × {d.reason_text()} (rows {', '.join(map(str, d.rows))})"
            for d in f.dropped
        ]
        lines += [f"  warning: {w}" for w in f.warnings]
    days = report.account_days
    if days.get("rows"):
        lines.append(
            f"Account figures per day: {days['rows']} values over {days['days']} days "
            f"({days['first']} – {days['last']}): {', '.join(days['metrics'])}"
        )
    visits = report.visits
    if visits.get("rows"):
        lines.append(
            f"Careers-site visits (web analytics): {visits['rows']} rows "
            f"({visits['first']} – {visits['last']}; {', '.join(visits['tools'])}: "
            f"{', '.join(visits['reports'])})"
        )
    lines += [f"skipped: {s.message()}" for s in report.skipped]
    lines += [f"error: {e}" for e in report.errors] + [f"note: {w}" for w in report.warnings]
    return "\n".join(lines)


def _json(report: DatasetReport) -> dict:
    data = report.messages("en")
    for raw, f in zip(data["files"], report.files, strict=True):
        raw["dropped"] = {d.reason: {"count": d.count, "rows": d.rows} for d in f.dropped}
        raw["unused"] = raw.pop("unmapped")
        raw["format_match"] = {
            "named": f.mapping_source == "profile",
            "confidence": f.format_confidence,
        }
        for key in ("encoding", "delimiter", "header_row", "mapping_source", "format_confidence"):
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
    try:
        brands = brands_from(args)
    except (OSError, ValueError, TypeError) as err:
        print(f"error: cannot read --brands {args.brands}: {err}", file=sys.stderr)
        return 2
    loaded = ingest_all(files, args.tz, memory, brands)
    posts, report = loaded.posts, loaded.report
    report.errors = errors + report.errors
    print(
        json.dumps(_json(report), ensure_ascii=False, indent=2) if args.json else _summary(report)
    )
    if not report.ok:
        print("error: nothing could be loaded from the given files.", file=sys.stderr)
        return 1
    if args.out:
        _write(args.out, posts)
        if not loaded.days.is_empty():
            _write(args.out.with_name(f"{args.out.stem}.account_days.parquet"), loaded.days)
        if not loaded.visits.is_empty():
            _write(args.out.with_name(f"{args.out.stem}.visits.parquet"), loaded.visits)
    return 0


def _write(path: Path, frame) -> None:
    import io

    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    atomic_write_bytes(path, buffer.getvalue())


if __name__ == "__main__":
    sys.exit(main())
