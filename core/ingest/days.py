"""Account figures per day: the second table, next to the posts.

LinkedIn's 'Metrics' sheet, Meta's daily files (Views.csv, Follows.csv, ...), TikTok's
Overview.csv and follower histories hold one row per day for the whole account, not posts.
They become rows of ``date, platform, account, metric, value`` (see :data:`DAY_SCHEMA` and
``docs/DATA.md``) instead of being read as posts.
"""

from __future__ import annotations

import re
from datetime import date

import polars as pl

from core.ingest import normalise as vocab
from core.ingest.fields import normalise
from core.ingest.messages import Message
from core.ingest.parse import MONTHS, naive_local, number_style, plan_dates, to_number
from core.ingest.plan import Plan
from core.ingest.readers import ROW, RawTable

DAY_SCHEMA: dict[str, pl.DataType] = {
    "date": pl.Date(),
    "platform": pl.String(),
    "account": pl.String(),
    "metric": pl.String(),
    "value": pl.Float64(),
    "source": pl.String(),
    "employer": pl.String(),
}
DAY_DOCS: dict[str, str] = {
    "date": "The day the figure is for (the account's own day; no time).",
    "platform": "linkedin, facebook, instagram, tiktok, ... (empty when the file does not say).",
    "account": "The account or page, when the file or its name says which.",
    "metric": "What was counted, e.g. `impressions_total`, `followers` (the total on that day), "
    "`new_followers` (gained that day), `views`, `reach`, `profile_views`.",
    "value": "The figure for that day.",
    "source": "The file (and sheet) it came from.",
    "employer": "The employer whose account it is, from who-is-who (own analytics exports "
    "belong to the own organisation unless the account is mapped to another).",
}

# What a daily column counts, where its header alone would mislead: LinkedIn's 'Total
# followers' in the followers export is the day's new followers, TikTok's 'Followers' the total.
METRIC_NAMES: dict[str, dict[str, str]] = {
    "linkedin-followers": {
        "total followers": "new_followers",
        "organic followers": "new_followers_organic",
        "sponsored followers": "new_followers_sponsored",
        "auto invited followers": "new_followers_auto_invited",
    },
    "tiktok-followers": {
        "followers": "followers",
        "difference in followers from previous day": "new_followers",
    },
    "": {
        "follows": "new_followers",
        "new followers": "new_followers",
        "nieuwe volgers": "new_followers",
        "net followers": "new_followers",
        "followers": "followers",
        "volgers": "followers",
        "total followers": "followers",
        "fans": "followers",
        "page likes": "followers",
    },
}
_FILE_ACCOUNT = r"^(?P<account>.+?)_(content|followers|visitors|updates|competitors)_\d+"
_NO_YEAR = r"^\s*([A-Za-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]+\.?)\s*$"


def empty_days() -> pl.DataFrame:
    return pl.DataFrame(schema=DAY_SCHEMA)


def metric_name(header: str, profile_id: str, preamble: list[str]) -> str:
    """The metric a daily column holds, as a lower-case name with underscores."""
    words = normalise(header)
    if words == "primary" and preamble:  # Meta: the metric's name is the line above
        words = normalise(preamble[-1])
    for table in (METRIC_NAMES.get(profile_id, {}), METRIC_NAMES[""]):
        if words in table:
            return table[words]
    return words.replace(" ", "_") or "value"


def _platform(table: RawTable, plan: Plan) -> str | None:
    if plan.platform:
        return plan.platform
    text = " ".join([*table.preamble, table.name]).lower()
    return next(
        (value for pattern, value in vocab.PLATFORM_PATTERNS[:6] if re.search(pattern, text)),
        None,
    )


def account_of(file_name: str) -> str | None:
    """The page a LinkedIn export's file name carries ('veldhuis-techniek_content_17...')."""
    base = file_name.split(" › ")[-1].split("/")[-1]
    found = re.match(_FILE_ACCOUNT, base)
    return found.group("account") if found else None


def infer_years(months: pl.Series, days: pl.Series, today: date) -> pl.Series:
    """Years for dates written without one ('October 1'), in file order, ending by ``today``.

    The rows run forward in time, so a month-day lower than the one before means a new year.
    """
    key = months * 100 + days
    wraps = (key < key.shift(1)).fill_null(False).cast(pl.Int32).cum_sum()
    last_key = int(key[-1]) if len(key) else 0
    last_year = today.year if last_key <= today.month * 100 + today.day else today.year - 1
    return last_year - (int(wraps[-1]) if len(wraps) else 0) + wraps


def _dates(values: pl.Series, day_first: bool, today: date) -> tuple[pl.Series, bool]:
    """Parse a daily table's date column; True when the years had to be inferred."""
    text = values.cast(pl.String).str.strip_chars()
    if len(text) and text.drop_nulls().str.contains(_NO_YEAR).all():
        parts = text.str.to_lowercase().str.extract_groups(
            r"^(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[a-z]+)\.?)$"
        )
        frame = pl.DataFrame({"p": parts}).unnest("p")
        picked = frame.select(
            pl.coalesce("m1", "m2")
            .replace_strict(MONTHS, default=None, return_dtype=pl.Int32)
            .alias("m"),
            pl.coalesce("d1", "d2").cast(pl.Int32).alias("d"),
        )
        months, days = picked["m"], picked["d"]
        years = infer_years(months.fill_null(1), days.fill_null(1), today)
        parts = pl.DataFrame({"y": years, "m": months, "d": days})
        out = parts.select(pl.date("y", "m", "d")).to_series()
        return out, True
    iso = text.str.slice(0, 10).str.strptime(pl.Date, "%Y-%m-%d", strict=False)
    if iso.is_not_null().sum() == text.is_not_null().sum():
        return iso, False
    plan = plan_dates(text.drop_nulls().head(5000), day_first)
    naive = naive_local(pl.col("v"), plan)
    if naive is None:
        return pl.Series("d", [None] * len(text), dtype=pl.Date), False
    return pl.DataFrame({"v": text}).select(naive.dt.date()).to_series(), False


def to_days(
    table: RawTable, plan: Plan, today: date | None = None
) -> tuple[pl.DataFrame, list[Message], int]:
    """A daily table in long form.

    Returns:
        The rows (:data:`DAY_SCHEMA`), messages for the report, and the number of day rows
        dropped for an unreadable date.
    """
    raw = table.frame.collect()
    header = plan.mapping["published_at"]
    days, inferred = _dates(raw.get_column(header), plan.day_first, today or date.today())
    notes = [Message("years_inferred")] if inferred else []
    profile_id = plan.profile.id if plan.profile else ""
    metrics = []
    for column in plan.figures:
        style = ("dot", True) if table.numbers_typed else number_style(raw[column].head(500))
        value = pl.DataFrame({"v": raw[column].cast(pl.String)}).select(
            to_number(pl.col("v"), *style)
        )
        metrics.append((metric_name(column, profile_id, table.preamble), value.to_series()))
    bad = int(days.is_null().sum() - raw.get_column(header).is_null().sum())
    if bad:
        rows = raw.filter(days.is_null() & raw[header].is_not_null()).get_column(ROW).head(5)
        notes.append(Message("day_bad_date", {"count": bad, "rows": rows.to_list()}))
    # Per-row platform and account where the table names them (Sprout's profile reports hold
    # every network and profile in one file); else one for the whole file.
    per_row = {
        "platform": vocab.by_patterns(pl.col("p"), vocab.PLATFORM_PATTERNS[:6])
        if "platform" in plan.mapping
        else pl.lit(_platform(table, plan), dtype=pl.String),
        "account": pl.col("a").str.strip_chars().str.strip_chars_start("'")
        if "author_handle" in plan.mapping
        else pl.lit(account_of(table.file or table.name), dtype=pl.String),
    }
    who = pl.DataFrame(
        {
            "p": raw.get_column(plan.mapping.get("platform", header)).cast(pl.String),
            "a": raw.get_column(plan.mapping.get("author_handle", header)).cast(pl.String),
        }
    ).with_columns(per_row["platform"].alias("platform"), per_row["account"].alias("account"))
    who = who.select("platform", "account")
    frames = [
        pl.concat(
            [pl.DataFrame({"date": days, "metric": name, "value": values}), who], how="horizontal"
        )
        for name, values in metrics
        if values.is_not_null().any()
    ]
    if not frames:
        return empty_days(), notes, bad
    long = (
        pl.concat(frames)
        .filter(pl.col("date").is_not_null() & pl.col("value").is_not_null())
        .with_columns(
            pl.lit(table.name).alias("source"),
            pl.lit(None, dtype=pl.String).alias("employer"),
        )
    )
    return long.select(list(DAY_SCHEMA)).cast(DAY_SCHEMA), notes, bad


def merge_days(frames: list[pl.DataFrame]) -> tuple[pl.DataFrame, int]:
    """All daily figures, one value per day, platform, account and metric (the last file wins).

    Returns:
        The merged rows, and how many repeated rows were left out.
    """
    if not frames:
        return empty_days(), 0
    combined = pl.concat(frames)
    keys = ["date", "platform", "account", "metric"]
    kept = combined.unique(subset=keys, keep="last", maintain_order=True).sort(keys)
    return kept, combined.height - kept.height


def summary(days: pl.DataFrame) -> dict:
    """What the daily figures hold, for reports and the CLI's JSON."""
    if days.is_empty():
        return {"rows": 0}
    return {
        "rows": days.height,
        "days": days.get_column("date").n_unique(),
        "first": days.get_column("date").min().isoformat(),
        "last": days.get_column("date").max().isoformat(),
        "platforms": sorted({p for p in days.get_column("platform").to_list() if p}),
        "metrics": sorted(set(days.get_column("metric").to_list())),
        "files": dict(days.group_by("source").len().sort("source").iter_rows()),
    }


def days_markdown() -> str:
    """The account-figures table as a Markdown table (docs/DATA.md holds it; a test checks)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{name}` | {dtype} | {DAY_DOCS[name]} |" for name, dtype in DAY_SCHEMA.items()]
    return "\n".join(lines)
