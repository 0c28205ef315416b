"""Exported files in, one post table out.

Typical use::

    prepared, errors = prepare([("export.csv", data)], memory)
    posts, report = load(prepared, tz="Europe/Amsterdam", brands=brand_map, errors=errors)

:func:`prepare` reads every file and proposes a column plan per table (a known format, a saved
mapping, or an automatic guess the user confirms); :func:`load` applies the plans, merges the
files, removes duplicates and reports what happened. Nothing is written anywhere: saving the
result is the caller's choice (:class:`core.datasets.DatasetStore`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import polars as pl

from core.ingest import days as daily
from core.ingest import visits as web
from core.ingest.archives import Skipped
from core.ingest.brands import BrandMap
from core.ingest.formats import not_posts
from core.ingest.memory import MappingMemory
from core.ingest.messages import IngestError, Message, is_failure
from core.ingest.pipeline import to_posts
from core.ingest.plan import Plan, propose, signature
from core.ingest.readers import ROW, RawTable, detail, read_all
from core.ingest.report import DatasetReport, FileReport, availability_warnings
from core.schema import conform, empty_posts

MAX_FILE_MB = 200


@dataclass
class Prepared:
    """A table read from a file, with the plan for its columns."""

    table: RawTable
    plan: Plan
    signature: str
    skipped: list[Skipped] = field(default_factory=list)
    """Files of the same archive that were not read (kept on its first table)."""


@dataclass
class Loaded:
    """The result of a load: posts, account figures per day, visits to the careers site (web
    analytics), and the report."""

    posts: pl.DataFrame
    days: pl.DataFrame
    report: DatasetReport
    visits: pl.DataFrame = field(default_factory=web.empty_visits)


def prepare(
    files: list[tuple[str, bytes]],
    memory: MappingMemory | None = None,
    max_mb: int = MAX_FILE_MB,
    reader: Callable[[str, bytes], tuple[list[RawTable], list[Skipped]] | Message] | None = None,
) -> tuple[list[Prepared], list[Message]]:
    """Read files and propose a plan for each table.

    Args:
        reader: How a file is read (:func:`read_file` by default); the Data page passes one
            that keeps what it read, so a file is not read again on every rerun.

    Returns:
        The tables that could be read, and one message per file that could not.
    """
    prepared, errors = [], []
    for name, data in files:
        read = (reader or partial(read_file, max_mb=max_mb))(name, data)
        if isinstance(read, Message):
            errors.append(read)
            continue
        tables, skipped = list(read[0]), list(read[1])  # a kept result is never changed
        if not tables:
            errors.append(Message("no_sheets", {"file": name}))
            errors += [s.message() for s in skipped]
            continue
        if len(tables) > 1:  # a workbook's sheets without dates beside sheets with posts
            tables = _dated_sheets(tables, skipped)
        first = len(prepared)
        for table in tables:
            known = not_posts(table.columns)
            if known is not None:  # reactions given, connections, a profile: named, not loaded
                what = {"file": table.name, "what": known.name}
                skipped.append(
                    Skipped(table.name, "known_not_posts", Message("skipped_known_not_posts", what))
                )
                continue
            try:
                key = signature(table.columns)
                saved = memory.get(key) if memory else None
                prepared.append(Prepared(table, propose(table, saved), key))
            except BaseException as err:  # never let one odd table take the others down
                if not is_failure(err):
                    raise
                errors.append(Message("failed", {"file": table.name, "detail": detail(err)}))
        if len(prepared) > first:
            prepared[first].skipped = skipped
        else:
            errors += [s.message() for s in skipped]
    return prepared, errors


def read_file(
    name: str, data: bytes, max_mb: int = MAX_FILE_MB
) -> tuple[list[RawTable], list[Skipped]] | Message:
    """One uploaded file's tables and the files in it left out, or the message why it could
    not be read; any failure of a reader (a Rust panic too) costs this file only."""
    if len(data) > max_mb * 1024 * 1024:
        size = round(len(data) / 1024 / 1024)
        return Message("too_big", {"file": name, "size": size, "limit": max_mb})
    try:
        return read_all(name, data)
    except IngestError as err:
        return err.message
    except BaseException as err:
        if not is_failure(err):
            raise
        kind = name.rsplit(".", 1)[-1].upper() if "." in name else "FILE"
        return Message("unreadable", {"file": name, "kind": kind, "detail": detail(err)})


def _dated_sheets(tables: list[RawTable], skipped: list[Skipped]) -> list[RawTable]:
    """Sheets of a workbook with no date column at all (demographics, totals) are named and
    left out when another sheet of it has dates; a file with one table keeps its error."""
    from core.ingest.fields import score

    def dated(table: RawTable) -> bool:
        return any(score(h, "published_at") > 0 for h in table.columns)

    if {t.kind for t in tables} != {"excel"} or not any(dated(t) for t in tables):
        return tables
    kept = []
    for table in tables:
        if dated(table) or not_posts(table.columns):
            kept.append(table)
        else:
            skipped.append(Skipped(table.name, "sheet_without_dates"))
    return kept


def load(
    prepared: list[Prepared],
    tz: str = "Europe/Amsterdam",
    brands: BrandMap | None = None,
    errors: list[Message] | None = None,
) -> tuple[pl.DataFrame, DatasetReport]:
    """Apply the plans, merge all tables, drop duplicates, apply the brand mapping."""
    result = load_all(prepared, tz, brands, errors)
    return result.posts, result.report


def load_all(
    prepared: list[Prepared],
    tz: str = "Europe/Amsterdam",
    brands: BrandMap | None = None,
    errors: list[Message] | None = None,
) -> Loaded:
    """Like :func:`load`, with the account figures per day as a second table."""
    errors = list(errors or [])
    frames, reports, day_frames, visit_frames = [], [], [], []
    skipped = [s for item in prepared for s in item.skipped]
    for item in prepared:
        if _left_out(item, errors, skipped):
            continue
        side = {"visits": (_visits, visit_frames), "days": (_days, day_frames)}
        if item.plan.kind in side and item.table.typed is None:
            reader, kept = side[item.plan.kind]
            read = reader(item, errors)
            if read is not None:
                kept.append(read[0])
                reports.append(read[1])
            continue
        if item.table.typed is not None:
            posts, report = _typed(item)
        else:
            try:
                posts, report = to_posts(item.table, item.plan, tz)
            except BaseException as err:  # a malformed file must never take the whole load down
                if not is_failure(err):
                    raise
                errors.append(Message("failed", {"file": item.table.name, "detail": detail(err)}))
                continue
        if report.rows_read and not report.rows_loaded:
            errors.append(
                Message("none_loaded", {"file": item.table.name, "rows": report.rows_read})
            )
        elif not report.rows_read:
            errors.append(Message("header_only", {"file": item.table.name}))
        frames.append(posts)
        reports.append(report)
    # One file whose ids we derived from the content: the id check already is the content check.
    content_check = len(frames) > 1 or any("post_id" in r.mapped for r in reports)
    posts, report = _merge(frames, reports, errors, brands, content_check)
    days, repeated = daily.merge_days(day_frames)
    if brands is not None:
        days = brands.apply_days(days)
    report.account_days = daily.summary(days) | {"repeated": repeated}
    visits = web.merge_visits(visit_frames)
    report.visits = web.summary(visits)
    report.skipped = skipped
    return Loaded(posts, days, report, visits)


def _left_out(item: Prepared, errors: list[Message], skipped: list[Skipped]) -> bool:
    """Whether a table is not loaded: a card of a web-analytics download that holds no visits
    (countries, retention, averages: named), or a table without a date (an error)."""
    if item.plan.kind != "visits" and web.from_analytics(item.table.preamble):
        skipped.append(Skipped(item.table.name, "analytics_not_visits"))
        return True
    if not item.plan.usable:
        columns = ", ".join(item.table.columns[:12])
        errors.append(Message("no_date", {"file": item.table.name, "columns": columns}))
        return True
    return False


def _days(item: Prepared, errors: list[Message]) -> tuple[pl.DataFrame, FileReport] | None:
    """A file of account figures per day, with its report; None (and an error) when it
    cannot be read."""
    try:
        days, notes, _ = daily.to_days(item.table, item.plan)
    except BaseException as err:  # a malformed file must never take the whole load down
        if not is_failure(err):
            raise
        errors.append(Message("failed", {"file": item.table.name, "detail": detail(err)}))
        return None
    report = FileReport.build(item.table, item.plan, 0, _no_posts(), [], notes)
    report.rows_read = item.table.frame.select(pl.len()).collect().item()
    report.account_days = days.height
    return days, report


def _visits(item: Prepared, errors: list[Message]) -> tuple[pl.DataFrame, FileReport] | None:
    """A web-analytics table with its report; None (and an error) when it cannot be read."""
    try:
        visits, totals = web.to_visits(item.table, item.plan.visits)
    except BaseException as err:  # a malformed file must never take the whole load down
        if not is_failure(err):
            raise
        errors.append(Message("failed", {"file": item.table.name, "detail": detail(err)}))
        return None
    notes = [Message("total_rows", {"count": totals})] if totals else []
    report = FileReport.build(item.table, item.plan, 0, _no_posts(), [], notes)
    report.rows_read = item.table.frame.select(pl.len()).collect().item()
    report.visits = visits.height
    report.format = web.format_name(visits)
    if not visits.height:
        errors.append(Message("none_loaded", {"file": item.table.name, "rows": report.rows_read}))
    return visits, report


def _no_posts() -> pl.DataFrame:
    posts = empty_posts()
    return posts.collect() if isinstance(posts, pl.LazyFrame) else posts


def _typed(item: Prepared) -> tuple[pl.DataFrame, FileReport]:
    posts = item.table.typed.with_columns(
        pl.col("source").fill_null(item.table.name),
        pl.int_range(1, pl.len() + 1).cast(pl.Int64).alias(ROW),
    )
    plan = Plan({c: c for c in posts.columns if c != ROW}, "profile")
    report = FileReport.build(item.table, plan, posts.height, posts, [], [])
    report.format = "Employer Radar post table (Parquet)"
    return posts, report


def _complete(posts: pl.DataFrame) -> pl.DataFrame:
    """Rows that share an id are one post told in parts: the first row keeps its values and
    takes what it lacks from the others, and different texts are joined (a review scraped as a
    pros row and a cons row with one id; LinkedIn's top posts by engagement and by impressions;
    one row per image of a LinkedIn share). The later rows are then dropped as repeats.
    Only the rows that share an id are touched."""
    shared = posts.get_column("post_id").is_duplicated()
    if not shared.any():
        return posts
    rows = posts.with_row_index("__i").filter(shared)
    keep = [c for c in posts.columns if c not in ("post_id", "text", ROW)]
    whole = rows.group_by("post_id", maintain_order=True).agg(
        pl.col("__i").first(),
        *[pl.col(c).drop_nulls().first().alias(c) for c in keep],
        pl.col("text").drop_nulls().unique(maintain_order=True).str.join("\n").alias("text"),
    )
    whole = whole.with_columns(pl.when(pl.col("text") != "").then(pl.col("text")).alias("text"))
    first = rows.group_by("post_id", maintain_order=True).agg(pl.col("__i").first())
    merged = first.join(whole.drop("__i"), on="post_id", how="left", maintain_order="left")
    out = posts.with_row_index("__i")
    patch = out.filter(pl.col("__i").is_in(merged["__i"].implode()))
    patched = (
        patch.select("__i", ROW)
        .join(merged, on="__i", how="left", maintain_order="left")
        .select(out.columns)
    )
    return (
        pl.concat([out.filter(~pl.col("__i").is_in(merged["__i"].implode())), patched])
        .sort("__i")
        .drop("__i")
    )


def _merge(
    frames, reports, errors, brands, content_check=True
) -> tuple[pl.DataFrame, DatasetReport]:
    combined = (
        pl.concat(frames, how="vertical")
        if frames
        else empty_posts().with_columns(pl.lit(None, dtype=pl.Int64).alias(ROW))
    )
    combined = _complete(combined)
    content = pl.struct(
        pl.col("platform"), pl.coalesce("author_handle", "author_name"), "published_at", "text"
    )
    repeated = ~pl.col("post_id").is_first_distinct()
    if content_check:  # the same post in another file (overlapping exports of one tool)
        elsewhere = pl.col("source").first().over(content) != pl.col("source")
        repeated = repeated | (pl.col("text").is_not_null() & elsewhere)
    duplicate = combined.select(repeated).to_series()
    if duplicate.any():
        gone = combined.filter(duplicate)
        kept = combined.filter(~duplicate).drop(ROW)
    else:
        gone, kept = combined.head(0), combined.drop(ROW)
    examples = [f"{s} row {r}" for s, r in gone.select("source", ROW).head(5).iter_rows()]
    if brands is not None:
        kept = brands.apply(kept.lazy()).collect()
    posts = conform(kept).collect()
    first, last = (
        (posts["published_at"].min(), posts["published_at"].max()) if posts.height else (None, None)
    )
    report = DatasetReport(
        files=reports,
        errors=errors,
        rows_read=sum(r.rows_read for r in reports if not (r.account_days or r.visits)),
        rows_loaded=posts.height,
        duplicates=gone.height,
        duplicate_examples=examples,
        first=first.isoformat() if first else None,
        last=last.isoformat() if last else None,
        platforms={
            str(k): v
            for k, v in posts.group_by("platform").len().sort("len", descending=True).iter_rows()
        },
        author_types={
            str(k): v
            for k, v in posts.group_by("author_type").len().sort("len", descending=True).iter_rows()
        },
        warnings=availability_warnings(posts),
    )
    return posts, report


def ingest(
    files: list[tuple[str, bytes]],
    tz: str = "Europe/Amsterdam",
    memory: MappingMemory | None = None,
    brands: BrandMap | None = None,
) -> tuple[pl.DataFrame, DatasetReport]:
    """Read, map (automatically where needed), merge: the whole load in one call."""
    prepared, errors = prepare(files, memory)
    return load(prepared, tz, brands, errors)


def ingest_all(
    files: list[tuple[str, bytes]],
    tz: str = "Europe/Amsterdam",
    memory: MappingMemory | None = None,
    brands: BrandMap | None = None,
) -> Loaded:
    """:func:`ingest` with the account figures per day."""
    prepared, errors = prepare(files, memory)
    return load_all(prepared, tz, brands, errors)


__all__ = [
    "BrandMap",
    "DatasetReport",
    "IngestError",
    "Loaded",
    "MappingMemory",
    "Prepared",
    "ingest",
    "ingest_all",
    "load",
    "load_all",
    "prepare",
    "read_file",
]


def preview(item: Prepared, tz: str = "Europe/Amsterdam", rows: int = 5) -> pl.DataFrame:
    """The first rows of a table as they will load: posts, or account figures per day."""
    from dataclasses import replace

    head = replace(item.table, frame=item.table.frame.head(rows))
    if not item.plan.usable:
        return _no_posts()
    if item.plan.kind == "days":
        return daily.to_days(head, item.plan)[0]
    if item.plan.kind == "visits":
        return web.to_visits(head, item.plan.visits)[0]
    return to_posts(head, item.plan, tz)[0].drop(ROW)
