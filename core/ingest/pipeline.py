"""From a raw table and a column plan to rows of the post table, with a report of every drop.

:func:`propose` decides how a table's columns map (a known profile, a saved mapping, or the
automatic guess); :func:`to_posts` applies that plan in one lazy polars pass and returns the
posts with a :class:`~core.ingest.report.FileReport`.
"""

from __future__ import annotations

import html
from datetime import UTC as UTC_ZONE
from datetime import datetime

import polars as pl

from core.ingest import normalise as vocab
from core.ingest.messages import Message
from core.ingest.parse import (
    DatePlan,
    aware_utc,
    fix_dst_gap,
    is_null_token,
    localise,
    naive_local,
    number_style,
    plan_dates,
    to_number,
    to_utc,
)
from core.ingest.plan import Plan
from core.ingest.readers import ROW, RawTable
from core.ingest.report import Dropped, FileReport
from core.schema import METRIC_COLUMNS, conform

METRICS = METRIC_COLUMNS
TEXT_FIELDS = (
    "author_handle",
    "author_name",
    "employer",
    "url",
    "location",
    "in_reply_to_id",
    "thread_id",
)
SAMPLE_ROWS = 5000
UTC = pl.Datetime("us", "UTC")
HANDLE_SHAPE = r"^'?@?[\w.\-]{1,40}$"
HANDLE_IN_URL = r"(twitter|x|instagram|tiktok)\.com/@?([A-Za-z0-9_.]+)/(?:status|p|reel|video)/"


def _cell(header: str) -> pl.Expr:
    col = pl.col(header).cast(pl.String).str.strip_chars()
    return pl.when(is_null_token(col)).then(None).otherwise(col)


def _text(
    mapping: dict[str, str], target: str, fallbacks: dict[str, list[str]] | None = None
) -> pl.Expr | None:
    """A text column, or the first non-empty of the mapped column and its fallbacks."""
    header = mapping.get(target)
    if header is None:
        return None
    further = (fallbacks or {}).get(target, [])
    if not further:
        return _cell(header)
    return pl.coalesce([_cell(h) for h in [header, *further]])


def _body_text(mapping: dict[str, str], fallbacks: dict[str, list[str]]) -> pl.Expr:
    parts = [
        _text(mapping, "title", fallbacks),
        _text(mapping, "text", fallbacks),
        None if "pros" not in mapping else pl.lit("+ ") + _text(mapping, "pros"),
        None if "cons" not in mapping else pl.lit("− ") + _text(mapping, "cons"),
    ]
    parts = [p for p in parts if p is not None]
    if not parts:
        return pl.lit(None, dtype=pl.String)
    joined = pl.concat_str(parts, separator="\n", ignore_nulls=True)
    return pl.when(joined.str.len_chars() > 0).then(joined)


def _date_text(mapping: dict[str, str], sample: pl.DataFrame) -> pl.Expr | None:
    date = _text(mapping, "published_at")
    if date is None:
        return None
    if "published_time" in mapping:
        has_time = sample.select(
            pl.col(mapping["published_at"]).cast(pl.String).str.contains(r"\d:\d\d").any()
        ).item()
        if not has_time:
            return pl.concat_str(
                [date, _text(mapping, "published_time")], separator=" ", ignore_nulls=True
            )
    return date


def _by_values(raw: pl.DataFrame, header: str, build) -> pl.Expr:
    """Apply a value rule to each distinct value once, then look every row up.

    Platform, type, sentiment and language columns hold a handful of distinct values, so the
    regular expressions run on those instead of on every row.
    """
    values = raw.get_column(header).cast(pl.String).drop_nulls().unique()
    if len(values) > 20_000:
        return build(pl.col(header))
    mapped = pl.select(build(pl.lit(values))).to_series()
    lookup = {k: v for k, v in zip(values, mapped, strict=True) if v is not None}
    return (
        pl.col(header).cast(pl.String).replace_strict(lookup, default=None, return_dtype=pl.String)
    )


def _choice(column: pl.Expr | None, default: str | None, derived: pl.Expr) -> pl.Expr:
    parts = [e for e in (column, pl.lit(default) if default else None, derived) if e is not None]
    return pl.coalesce(parts)


def _columns(
    table: RawTable, plan: Plan, raw: pl.DataFrame
) -> tuple[list[pl.Expr], list[pl.Expr], list[Message], DatePlan | None]:
    """The expressions that build every post-table column, in two stages, warnings, and how
    the dates are read."""
    sample = raw.head(SAMPLE_ROWS)
    first, exprs, warnings, dates = _date_columns(plan, sample)
    exprs += _number_columns(table, plan.mapping, sample)
    exprs += _text_columns(plan)
    exprs.append(_platform_column(plan, raw))
    exprs += _kind_columns(plan, raw)
    exprs.append(pl.lit(table.name).alias("source"))
    return first, exprs, warnings, dates


def _date_columns(
    plan: Plan, sample: pl.DataFrame
) -> tuple[list[pl.Expr], list[pl.Expr], list[Message], DatePlan | None]:
    """The raw date text (first stage), then wall-clock time and zone-aware time, parsed in two
    steps (see to_posts and fix_dst_gap), with a warning when the day order is ambiguous."""
    date_text = _date_text(plan.mapping, sample)
    exprs: list[pl.Expr] = []
    warnings: list[Message] = []
    naive, aware, dates = None, None, None
    if date_text is not None:
        dates = plan_dates(sample.select(date_text.alias("d")).to_series(), plan.day_first)
        if dates.ambiguous:
            order = "day_first" if dates.day_first else "month_first"
            warnings.append(Message(f"ambiguous_dates_{order}"))
        raw_date = pl.col("__date_raw")  # computed once, in the stage before (see to_posts)
        naive, aware = naive_local(raw_date, dates), aware_utc(raw_date, dates)
        exprs.append(_time_known(raw_date, dates).alias("time_known"))
    exprs += [
        (naive if naive is not None else pl.lit(None, dtype=pl.Datetime("us"))).alias("__naive"),
        (aware if aware is not None else pl.lit(None, dtype=UTC)).alias("__aware"),
    ]
    first = [
        (date_text if date_text is not None else pl.lit(None, dtype=pl.String)).alias("__date_raw")
    ]
    return first, exprs, warnings, dates


def _number_columns(table: RawTable, m: dict[str, str], sample: pl.DataFrame) -> list[pl.Expr]:
    """Each mapped count parsed in the file's number style, and its raw text for warnings."""
    exprs = []
    for target in (*METRICS, "engagements_total"):
        header = m.get(target)
        if header is None:
            continue
        style = ("dot", True) if table.numbers_typed else number_style(sample[header])
        number = to_number(pl.col(header).cast(pl.String), *style)
        exprs.append(number.alias(f"__num_{target}"))
        exprs.append(pl.col(header).cast(pl.String).alias(f"__raw_{target}"))
    return exprs


def _text_columns(plan: Plan) -> list[pl.Expr]:
    m = plan.mapping
    exprs = []
    for target in TEXT_FIELDS:
        value = _text(m, target, plan.fallbacks)
        if target == "author_handle" and value is not None:
            # per row: a byline or a display name in a handle column is not a handle
            value = pl.when(value.str.contains(HANDLE_SHAPE)).then(value.str.strip_chars_start("'"))
        exprs.append((value if value is not None else pl.lit(None, dtype=pl.String)).alias(target))
    body = _body_text(m, plan.fallbacks)
    for pattern, replacement in plan.profile.text_rewrite if plan.profile else ():
        body = body.str.replace_all(pattern, replacement)
    exprs.append(body.alias("text"))
    return exprs


def _platform_column(plan: Plan, raw: pl.DataFrame) -> pl.Expr:
    """A fixed platform (the format's) wins; else the platform columns in order, then the link."""
    m = plan.mapping
    headers = [m["platform"], *plan.fallbacks.get("platform", [])] if "platform" in m else []
    fixed = plan.profile is not None and plan.profile.platform == plan.platform
    guess = [pl.lit(plan.platform)] if plan.platform else []
    parts = [*guess] if fixed else []
    parts += [_by_values(raw, h, _platform_rule) for h in headers]
    parts += [] if fixed else guess
    if "url" in m and not fixed:
        parts.append(_url_platform(raw, m["url"]))
    return pl.coalesce([*parts, pl.lit("other")]).alias("platform")


def _kind_columns(plan: Plan, raw: pl.DataFrame) -> list[pl.Expr]:
    """Post type, author type, sentiment (or stars) and language, from the values in the file."""
    m = plan.mapping
    kind = _by_values(raw, m["post_type"], _type_rule) if "post_type" in m else None
    reply = _text(m, "in_reply_to_id")
    derived_type = pl.when(reply.is_not_null()).then(pl.lit("reply")) if reply is not None else None
    types = [e for e in (derived_type, kind, pl.lit(plan.post_type)) if e is not None]
    who = _by_values(raw, m["author_type"], _author_rule) if "author_type" in m else None
    feeling = _by_values(raw, m["sentiment"], vocab.sentiment) if "sentiment" in m else None
    stars = _by_values(raw, m["rating"], vocab.sentiment_from_rating) if "rating" in m else None
    moods = [e for e in (feeling, stars) if e is not None] or [pl.lit(None, dtype=pl.String)]
    language = _by_values(raw, m["language"], vocab.language) if "language" in m else None
    return [
        pl.coalesce(types).alias("post_type"),
        _choice(who, plan.author_type, pl.lit("public")).alias("author_type"),
        pl.coalesce(moods).alias("sentiment"),
        (language if language is not None else pl.lit(None, dtype=pl.String)).alias("language"),
    ]


EARLIEST = datetime(1990, 1, 1, tzinfo=UTC_ZONE)
LATEST = datetime(2100, 1, 1, tzinfo=UTC_ZONE)
"""The span of publication dates a post can have; others are read as unreadable dates."""

DOMAIN = r"^\s*(?:https?://)?(?:www\.|m\.|mobile\.)?([^/?#\s]+)"


def _url_platform(raw: pl.DataFrame, header: str) -> pl.Expr:
    """The platform a link points to, decided once per distinct domain (links are unique, their
    domains are not, so the patterns run on a few hundred values instead of every row)."""
    domain = pl.col(header).cast(pl.String).str.to_lowercase().str.extract(DOMAIN)
    values = raw.select(domain.alias("d")).get_column("d").drop_nulls().unique()
    mapped = pl.select(vocab.by_patterns(pl.lit(values), vocab.PLATFORM_PATTERNS)).to_series()
    lookup = {k: v for k, v in zip(values, mapped, strict=True) if v is not None}
    return domain.replace_strict(lookup, default=None, return_dtype=pl.String)


def _time_known(raw_date: pl.Expr, dates) -> pl.Expr:
    """Whether a row's date carries its time of day (LinkedIn's page export gives days only)."""
    if dates.epoch:
        return pl.lit(True)
    if dates.excel_serial:
        return raw_date.cast(pl.Float64, strict=False).mod(1) != 0
    return raw_date.str.contains(r"\d:\d\d")


def _handles_in_urls(mapping: dict[str, str], sample: pl.DataFrame) -> bool:
    """Whether the export's links carry the author (x.com/name/status/...), judged on a sample."""
    if "url" not in mapping:
        return False
    urls = sample.get_column(mapping["url"]).cast(pl.String)
    return bool(urls.str.contains(HANDLE_IN_URL).any())


def _platform_rule(expr: pl.Expr) -> pl.Expr:
    return vocab.by_patterns(expr, vocab.PLATFORM_PATTERNS)


def _type_rule(expr: pl.Expr) -> pl.Expr:
    return vocab.by_patterns(expr, vocab.POST_TYPE_PATTERNS)


def _author_rule(expr: pl.Expr) -> pl.Expr:
    return vocab.by_words(expr, vocab.AUTHOR_TYPE_WORDS)


def _metrics(frame: pl.LazyFrame, plan: Plan) -> tuple[pl.LazyFrame, list[Message]]:
    """Whole, non-negative counts; everything else becomes empty, with a warning naming rows."""
    present = [t for t in (*METRICS, "engagements_total") if t in plan.mapping]
    if not present:
        return frame, []
    checks = []
    for target in present:
        num, raw = pl.col(f"__num_{target}"), pl.col(f"__raw_{target}")
        junk = num.is_null() & ~is_null_token(raw)
        checks += [
            pl.col(ROW).filter(junk).head(3).implode().alias(f"{target}|junk"),
            junk.sum().alias(f"{target}|junk_n"),
            pl.col(ROW).filter(num < 0).head(3).implode().alias(f"{target}|neg"),
            (num < 0).sum().alias(f"{target}|neg_n"),
        ]
    found = frame.select(checks).collect().row(0, named=True)
    warnings = []
    for target in present:
        header = plan.mapping[target]
        for kind, code in (("junk", "not_numbers"), ("neg", "negative")):
            if found[f"{target}|{kind}_n"]:
                values = {"column": header, "count": found[f"{target}|{kind}_n"]}
                warnings.append(Message(code, values | {"rows": found[f"{target}|{kind}"]}))
    counts = [
        pl.when(pl.col(f"__num_{target}") >= 0)
        .then(pl.col(f"__num_{target}").round())
        .cast(pl.Int64)
        .alias(target)
        for target in present
        if target in METRICS
    ]
    frame = frame.with_columns(counts)
    if "engagements_total" in present and not {"reactions", "comments", "shares"} & set(
        plan.mapping
    ):
        total = pl.col("__num_engagements_total")
        frame = frame.with_columns(
            pl.when(total >= 0).then(total.round()).cast(pl.Int64).alias("reactions")
        )
        warnings.append(Message("total_only", {"column": plan.mapping["engagements_total"]}))
    return frame, warnings


def _profile_ids(frame: pl.LazyFrame, plan: Plan) -> pl.LazyFrame:
    """A format whose id is made of parts (channel and message id) gets that id and the link
    built from it."""
    profile = plan.profile
    if profile is None or not profile.id_parts:
        return frame
    parts = [pl.col(h).cast(pl.String).str.strip_chars().str.strip_chars_start("@")
             for h in profile.id_parts]  # fmt: skip
    if not all(h in frame.collect_schema().names() for h in profile.id_parts):
        return frame
    frame = frame.with_columns(pl.concat_str(parts, separator="/").alias("__parts"))
    columns = [pl.col("__parts").alias("post_id")]
    if profile.link:
        prefix = profile.link.split("{}")[0]
        columns.append(pl.coalesce(pl.lit(prefix) + pl.col("__parts"), pl.col("url")).alias("url"))
    return frame.with_columns(columns).drop("__parts")


def _post_ids(frame: pl.LazyFrame, plan: Plan) -> pl.LazyFrame:
    """The export's id where a row has one; else one derived from what identifies the post.

    An empty id is no id: Meltwater leaves the tweet id empty on every row that is not a tweet,
    and those rows must not all share the empty id. Ids lose the quotes and apostrophes some
    exports put around them (``'1234`` keeps Excel from rounding a long number). The derived id
    is the same for the same post in a later export (polars' hash is stable for a given polars
    version, which requirements.txt pins); rows that share one are told apart in
    :func:`_disambiguate`.
    """
    key = pl.struct("platform", "author_handle", "author_name", "__date_raw", "text")
    frame = frame.with_columns(key.hash(seed=20261124).alias("__key"))
    derived = pl.lit("h") + pl.col("__key").cast(pl.String)
    if plan.profile is not None and plan.profile.id_parts:
        given = pl.col("post_id")
        return frame.with_columns(
            pl.coalesce(given, derived).alias("post_id"), given.is_null().alias("__derived")
        )
    if "post_id" not in plan.mapping:
        return frame.with_columns(derived.alias("post_id"), pl.lit(True).alias("__derived"))
    given = _text(plan.mapping, "post_id").str.strip_chars("\"' ")
    given = pl.when(given.str.len_chars() > 0).then(given)
    return frame.with_columns(given.alias("__given")).with_columns(
        pl.coalesce("__given", derived).alias("post_id"),
        pl.col("__given").is_null().alias("__derived"),
    )


def _disambiguate(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """Rows with the same derived id that differ in any column are different posts.

    Two replies with the same text in the same minute by one account are two posts: the second
    gets ``-2``, the third ``-3``, in the order they appear. Rows identical in every column keep
    one id and are reported as duplicates. Only the (rare) rows that share an id are hashed.
    """
    # On the number: faster than the text. Only derived ids: a given id is the export's word.
    shared = frame.get_column("__key").is_duplicated() & frame.get_column("__derived")
    if not shared.any():
        return frame
    rows = frame.with_row_index("__i").filter(shared)
    whole = rows.select(pl.struct(columns).hash(seed=20261124)).to_series() if columns else 0
    rows = rows.with_columns(pl.Series("__whole", whole) if columns else pl.lit(0).alias("__whole"))
    order = (
        rows.select("post_id", "__whole")
        .unique(maintain_order=True)
        .with_columns(pl.int_range(1, pl.len() + 1).over("post_id").alias("__nth"))
    )
    rows = rows.join(order, on=["post_id", "__whole"], how="left", maintain_order="left")
    ids = rows.select(
        pl.when(pl.col("__nth") > 1)
        .then(pl.col("post_id") + "-" + pl.col("__nth").cast(pl.String))
        .otherwise(pl.col("post_id"))
    ).to_series()
    return frame.with_columns(
        frame.get_column("post_id").scatter(rows.get_column("__i"), ids).alias("post_id")
    )


def _drop_reasons(frame: pl.LazyFrame, table: RawTable, plan: Plan) -> pl.LazyFrame:
    # Empty cells are already null after reading; a row of only '-' then counts as 'no date'.
    cells = [pl.col(c).is_not_null() for c in table.columns]
    filled = pl.sum_horizontal([c.cast(pl.Int32) for c in cells]) if cells else pl.lit(0)
    one_field = pl.lit(False)
    if len(cells) >= 3 and table.kind == "csv":
        # one filled cell holding delimiters: a line written with another delimiter
        other = pl.col(table.columns[0]).cast(pl.String).str.contains(r"[,;\t|]")
        one_field = (filled == 1) & cells[0] & other & pl.col("published_at").is_null()
    reason = (
        pl.when(filled == 0)
        .then(pl.lit("empty_row"))
        .when(one_field)
        .then(pl.lit("one_field"))
        .when(pl.col("__date_raw").is_null())
        .then(pl.lit("no_date"))
        .when(pl.col("published_at").is_null())
        .then(pl.lit("bad_date"))
    )
    content = [h for h in (plan.profile.content if plan.profile else ()) if h in table.columns]
    if content:
        empty = pl.all_horizontal(
            pl.col(h).is_null() | (pl.col(h).cast(pl.String).str.strip_chars() == "")
            for h in content
        )
        reason = reason.when(empty).then(pl.lit("no_content"))
    return frame.with_columns(reason.alias("__drop"))


def to_posts(table: RawTable, plan: Plan, tz: str) -> tuple[pl.DataFrame, FileReport]:
    """Apply a plan to a table.

    Returns:
        The posts (canonical schema, plus ``__row``) and the file's report.
    """
    raw = table.frame.collect()  # read the file once; every step below works from memory
    zone = plan.zone or tz  # a format that fixes the zone (Hootsuite: GMT) beats the choice
    first, exprs, warnings, dates = _columns(table, plan, raw)
    # A 'name' that is really a handle (@name) fills the handle when the export has none; so
    # does the account in the post's own link (x.com/name/status/...), never in a link to
    # another platform's post that it shares.
    handles = [
        pl.col("author_handle"),
        pl.when(pl.col("author_name").str.starts_with("@")).then(pl.col("author_name")),
    ]
    if "author_handle" not in plan.mapping and _handles_in_urls(plan.mapping, raw.head(200)):
        found = pl.col(plan.mapping["url"]).cast(pl.String).str.extract_groups(HANDLE_IN_URL)
        site = found.struct.field("1").replace({"twitter": "x"})
        own = site == pl.col("platform").cast(pl.String)
        handles.append(pl.when(own).then(pl.lit("@") + found.struct.field("2")))
    frame = (
        raw.lazy()
        .with_columns(first)
        .with_columns(exprs)
        .with_columns(pl.coalesce(handles).alias("author_handle"))
        .with_columns(
            _published(zone, tz).alias("published_at"),
            # A retweet is a repost whoever exported it (archives, listening tools).
            pl.when((pl.col("platform") == "x") & pl.col("text").str.starts_with("RT @"))
            .then(pl.lit("share"))
            .otherwise(pl.col("post_type"))
            .alias("post_type"),
        )
        .collect()
    )
    frame = fix_dst_gap(frame, "published_at", "__naive", zone)
    frame, found_zone = _times_from_ids(frame, plan)
    frame = frame.lazy()
    # A date outside what a post can have (a misread number, year 40000) is not readable:
    # dropped as such, instead of breaking every page that turns it into a calendar date.
    published = pl.col("published_at")
    frame = frame.with_columns(
        pl.when(published.is_between(EARLIEST, LATEST)).then(published).alias("published_at")
    )
    frame, metric_warnings = _metrics(frame, plan)
    frame = _drop_reasons(_post_ids(_profile_ids(frame, plan), plan), table, plan)
    collected = frame.collect()
    if collected.get_column("__derived").any():
        collected = _disambiguate(collected, table.columns)
    dropped = _dropped(collected.select("__drop", ROW, "__date_raw"))
    if table.bad_lines:  # lines the reader could not read as a record: lost, and said so
        dropped.append(Dropped("bad_line", len(table.bad_lines), table.bad_lines[:5], []))
    kept = collected.filter(pl.col("__drop").is_null()) if dropped else collected
    posts = _entities(conform(kept).collect().with_columns(kept.get_column(ROW).alias(ROW)))
    report = FileReport.build(
        table,
        plan,
        collected.height + len(table.bad_lines),
        posts,
        dropped,
        warnings + metric_warnings,
    )
    report.zone = zone
    offsets = dates is not None and (dates.aware or dates.epoch) and not dates.naive
    report.zone_source = "values" if offsets else (plan.zone_source if plan.zone else "chosen")
    if found_zone is not None:
        report.zone, report.zone_source = found_zone, "ids"
    return posts, report


ENTITY = r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});"


def _entities(posts: pl.DataFrame) -> pl.DataFrame:
    """HTML entities decoded in texts and names (X writes ``&amp;``, ``&lt;``; scrapes write
    ``&#39;``): a person reads the character. Only the rows that hold one are touched."""
    for column in ("text", "author_name"):
        values = posts.get_column(column)
        marked = values.str.contains(ENTITY).fill_null(False)
        if not marked.any():
            continue
        where = marked.arg_true()
        fixed = values.gather(where).map_elements(html.unescape, return_dtype=pl.String)
        posts = posts.with_columns(values.scatter(where, fixed).alias(column))
    return posts


X_EPOCH_MS = 1288834974657
ID_DIGITS = r"(?:^|status/|video/|/)(\d{15,20})(?:\D|$)"


def _id_times(frame: pl.DataFrame, plan: Plan) -> pl.Series | None:
    """The second a post was made, from its id where the platform writes it into the id: an X
    id (a 'snowflake') carries milliseconds since 2010-11-04 in its top bits, a TikTok video id
    the Unix second in its top 32 bits."""
    sources = [plan.mapping[t] for t in ("post_id", "url") if t in plan.mapping]
    platforms = set(frame.get_column("platform").drop_nulls().unique().to_list())
    if not sources or not platforms & {"x", "tiktok"}:
        return None
    text = pl.coalesce(
        [pl.col(h).cast(pl.String).str.extract(ID_DIGITS) for h in sources if h in frame.columns]
    )
    number = text.cast(pl.UInt64, strict=False)
    x = pl.from_epoch((number // 2**22 + X_EPOCH_MS).cast(pl.Int64), time_unit="ms")
    tiktok = pl.from_epoch((number // 2**32).cast(pl.Int64), time_unit="s")
    moment = (
        pl.when(pl.col("platform") == "x")
        .then(x)
        .when(pl.col("platform") == "tiktok")
        .then(tiktok)
        .dt.replace_time_zone("UTC")
    )
    times = frame.select(
        pl.when(moment.is_between(datetime(2010, 11, 5, tzinfo=UTC_ZONE), LATEST)).then(moment)
    ).to_series()
    return times if times.is_not_null().any() else None


ZONES_TRIED = (
    "UTC", "Europe/Amsterdam", "Europe/London", "Europe/Lisbon", "Europe/Helsinki",
    "Europe/Moscow", "America/New_York", "America/Chicago", "America/Denver",
    "America/Phoenix", "America/Los_Angeles", "America/Sao_Paulo", "Asia/Dubai",
    "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Africa/Lagos",
    "Africa/Johannesburg", "Africa/Nairobi", "Pacific/Auckland",
)  # fmt: skip
"""Zones whose clocks a file's times are tested against when its post ids give the true
moments and the zone the file was read in does not agree with them."""


def _zone_of_ids(frame: pl.DataFrame, diff: pl.Series) -> str | None:
    """The zone in whose clock the file's times agree with its ids (within two minutes, for
    eight rows in ten): daylight saving time included, so a year of posts fits one zone.
    None when the times already agree (nothing to move) or no zone fits."""
    if ((diff.abs() <= 2).mean() or 0) >= 0.8:
        return None  # already right
    rows = frame.filter(
        pl.col("__naive").is_not_null()
        & pl.col("__id_time").is_not_null()
        & pl.col("__aware").is_null()
    )
    for zone in ZONES_TRIED:
        local = rows.select(
            (
                (localise(pl.col("__naive"), zone) - pl.col("__id_time")).dt.total_seconds().abs()
                <= 120
            ).mean()
        ).item()
        if (local or 0) >= 0.8:
            return zone
    return None


def _times_from_ids(frame: pl.DataFrame, plan: Plan) -> tuple[pl.DataFrame, str | None]:
    """Times the file does not state right, taken from the posts' ids.

    Where the date has no time or no year (TikTok Studio's 'July 16'), the id gives the
    moment. Where the file's times carry no zone and the ids show that every one of them is
    off by the same whole quarter of an hour (Meltwater writes the time zone of the account
    that exported it, and does not say which), that is the file's offset: every time in the
    file, with an id or without, is read in it. Returns the frame and that zone (None when the
    file's times needed no other zone).
    """
    ids = _id_times(frame, plan)
    if ids is None:
        return frame, None
    frame = frame.with_columns(ids.alias("__id_time"))
    naive = pl.col("__naive").dt.replace_time_zone("UTC")
    known = pl.col("time_known").fill_null(True) if "time_known" in frame.columns else pl.lit(True)
    diff = (
        frame.filter(known & pl.col("__naive").is_not_null() & pl.col("__aware").is_null())
        .select(((naive - pl.col("__id_time")).dt.total_seconds() / 60.0).alias("d"))
        .to_series()
        .drop_nulls()
    )
    fixed = pl.col("published_at")
    chosen = plan.zone_source == "user"  # the user's word for this file beats the ids
    zone = _zone_of_ids(frame, diff) if len(diff) >= 2 and not chosen else None
    if zone is not None:
        moved = localise(pl.col("__naive"), zone)
        fixed = pl.when(pl.col("__naive").is_not_null() & known).then(moved).otherwise(fixed)
    # no date, or a date without its time: the id knows the moment
    unknown = pl.col("published_at").is_null() | ~known
    frame = frame.with_columns(
        pl.when(unknown & pl.col("__id_time").is_not_null())
        .then(pl.col("__id_time"))
        .otherwise(fixed)
        .alias("published_at"),
        (known | pl.col("__id_time").is_not_null()).alias("time_known")
        if "time_known" in frame.columns
        else pl.lit(True).alias("time_known"),
    )
    return frame.drop("__id_time"), zone


def _published(zone: str, tz: str) -> pl.Expr:
    """UTC times: offsets in the values win; else the file's zone for times of day. A date
    without a time stays on its date: local midnight in the zone the user reads in, whatever
    zone the file's times are in (a LinkedIn page export dated 2025-02-24 is that day here)."""
    timed = to_utc(pl.col("__aware"), pl.col("__naive"), zone)
    if zone == tz:
        return timed
    dated = to_utc(pl.col("__aware"), pl.col("__naive"), tz)
    return pl.when(pl.col("time_known").fill_null(True)).then(timed).otherwise(dated)


def _dropped(frame: pl.DataFrame) -> list[Dropped]:
    gone = frame.filter(pl.col("__drop").is_not_null())
    if gone.is_empty():
        return []
    summary = gone.group_by("__drop", maintain_order=True).agg(
        pl.len().alias("n"),
        pl.col(ROW).head(5).alias("rows"),
        pl.col("__date_raw").drop_nulls().head(3).alias("values"),
    )
    return [
        Dropped(r["__drop"], r["n"], r["rows"], r["values"]) for r in summary.iter_rows(named=True)
    ]
