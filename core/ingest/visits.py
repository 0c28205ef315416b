"""Visits to the careers site: the third table, from web-analytics exports.

Google Analytics 4's "Traffic acquisition" and "Landing page" reports and Matomo's channel
reports (Channel type, Social networks, Websites, Campaigns, Entry pages) hold sessions, users
and key events (conversions, goals) per channel, source / medium, campaign or landing page —
for the whole date range of the export, or per day when a date dimension is added. They become
rows of :data:`VISIT_SCHEMA` instead of being read as posts.

How the formats look (followed here, no manual mapping needed):

- GA4 CSV download: ``#`` comment lines (report name, account, ``Start date: 20260101``,
  ``End date: 20260131``), then one or more tables separated by blank lines — the chart's series
  (``Nth day`` and one column per channel) and the table itself (``Session primary channel
  group (Default Channel Group)``, ``Sessions``, ``Engaged sessions``, ``Key events``, ...).
  Dutch interface: ``Sessies``, ``Belangrijke gebeurtenissen``, ``Bron/medium van sessie``.
- Matomo export (CSV, often UTF-16; TSV; Excel): ``label`` or the report's dimension
  (``Channel Type``, ``Social Network``, ``Website``, ``Campaign``, ``Entry page``) with
  ``nb_visits``/``Visits``, ``nb_uniq_visitors``/``Unique visitors``, ``nb_conversions``/
  ``Conversions``, and a ``date`` column when several periods are exported.

A key event is counted as an application: careers sites mark the submitted application as their
key event (GA4) or goal (Matomo). A column named for applications (``Applications``,
``Sollicitaties``, ``Key events (apply...)``) is preferred where the export has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import polars as pl

from core.ingest.fields import normalise
from core.ingest.parse import number_style, to_number
from core.ingest.readers import RawTable

VISIT_SCHEMA: dict[str, pl.DataType] = {
    "date": pl.Date(),
    "start": pl.Date(),
    "end": pl.Date(),
    "channel": pl.String(),
    "platform": pl.String(),
    "source": pl.String(),
    "medium": pl.String(),
    "campaign": pl.String(),
    "landing_page": pl.String(),
    "page": pl.String(),
    "event": pl.String(),
    "sessions": pl.Int64(),
    "views": pl.Int64(),
    "events": pl.Int64(),
    "users": pl.Int64(),
    "key_events": pl.Float64(),
    "report": pl.String(),
    "tool": pl.String(),
    "file": pl.String(),
}
VISIT_DOCS: dict[str, str] = {
    "date": "The day, when the export has a date dimension (GA4 `Date`/`Nth day`, Matomo "
    "`date`); empty when the row covers the whole range.",
    "start": "First day of the export's date range (GA4 `# Start date`), when known.",
    "end": "Last day of the export's date range, when known.",
    "channel": "Default channel group: `organic_social`, `paid_social`, `organic_search`, "
    "`paid_search`, `direct`, `referral`, `email`, `display`, `video`, `campaigns`, "
    "`unassigned` — as the export says it, or derived from source / medium.",
    "platform": "For social traffic: linkedin, facebook, instagram, x, tiktok, youtube (from "
    "the source).",
    "source": "Session source (e.g. `linkedin.com`, `google`), when the export has it.",
    "medium": "Session medium (e.g. `social`, `organic`, `referral`, `(none)`).",
    "campaign": "Session campaign (`utm_campaign`), when the export has it.",
    "landing_page": "Landing page (path and query string), for landing-page reports.",
    "page": "Page path or title, for page reports (GA4 'Pages and screens', explorations).",
    "event": "Event name, for event reports (GA4 'Events'): e.g. `apply_submit`.",
    "sessions": "Sessions (GA4) or visits (Matomo).",
    "views": "Views (GA4) or page views (Universal Analytics), for page reports.",
    "events": "Event count, for event reports.",
    "users": "Users, total users, active users (GA4) or unique visitors (Matomo).",
    "key_events": "Key events (GA4, formerly conversions) or conversions (Matomo goals); read "
    "as applications.",
    "report": "What the rows are split by: `channel`, `source`, `campaign`, `landing_page`, "
    "`page`, `event` or `day` (a table per day without another dimension).",
    "tool": "`ga4`, `matomo` or `web analytics` (another tool with the same columns).",
    "file": "The file (and table or sheet) the row came from.",
}

CHANNELS: tuple[str, ...] = (
    "organic_social",
    "paid_social",
    "organic_search",
    "paid_search",
    "direct",
    "referral",
    "email",
    "display",
    "video",
    "campaigns",
    "unassigned",
)

# Header words (after fields.normalise) for each field, most specific first.
_DATE = ("date", "datum", "day", "dag", "nth day", "ne dag", "n de dag", "day index", "dagindex")
_CHANNEL = (
    "session primary channel group default channel group",
    "session default channel group",
    "session primary channel group",
    "first user primary channel group default channel group",
    "first user default channel group",
    "default channel group",
    "primary channel group",
    "primaire kanaalgroep van sessie standaardkanaalgroep",
    "standaardkanaalgroep van sessie",
    "standaardkanaalgroep",
    "kanaalgroep",
    "channel type",
    "channel",
    "kanaaltype",
    "kanaal",
    "referrer type",
    "type verwijzer",
)
_SOURCE_MEDIUM = (
    "session source medium",
    "first user source medium",
    "source medium",
    "bron medium van sessie",
    "bron medium",
)
_SOURCE = (
    "session source",
    "first user source",
    "source",
    "bron van sessie",
    "bron",
    "social network",
    "sociaal netwerk",
    "website",
    "websites",
    "referrer",
)
_MEDIUM = ("session medium", "first user medium", "medium", "medium van sessie")
_CAMPAIGN = (
    "session campaign",
    "first user campaign",
    "campaign",
    "campaign name",
    "campagne van sessie",
    "campagne",
    "campagnenaam",
)
_LANDING = (
    "landing page query string",
    "landing page",
    "bestemmingspagina zoekreeks",
    "bestemmingspagina",
    "entry page",
    "entry page url",
    "instappagina",
)
_PAGE = (
    "page path and screen class",
    "page title and screen class",
    "page path query string",
    "page path",
    "page title",
    "page location",
    "page",
    "paginapad en schermklasse",
    "paginatitel en schermklasse",
    "paginapad",
    "paginatitel",
    "pagina",
)
_EVENT = ("event name", "naam van gebeurtenis", "gebeurtenisnaam", "event action")
_VIEWS = ("views", "pageviews", "screen page views", "weergaven", "paginaweergaven")
_EVENTS = ("event count", "aantal gebeurtenissen", "total events")
_SESSIONS = ("sessions", "sessies", "visits", "bezoeken", "nb visits")
_USERS = (
    "total users",
    "users",
    "active users",
    "totaal aantal gebruikers",
    "gebruikers",
    "actieve gebruikers",
    "unique visitors",
    "unieke bezoekers",
    "nb uniq visitors",
    "nb users",
    "new users",
    "nieuwe gebruikers",
)
_KEY_EVENTS = (
    "key events",
    "belangrijke gebeurtenissen",
    "conversions",
    "conversies",
    "nb conversions",
    "goal conversions",
    "doelconversies",
)
_APPLICATIONS = re.compile(r"applica|sollicit|apply|candidature|postul")
_LABEL = ("label",)
_TOTAL_ROW = re.compile(r"^\s*(grand\s+)?totaa?l\b|^\s*totals?\b|^\s*eindtotaal", re.IGNORECASE)

SOCIAL_SOURCES: dict[str, str] = {
    "linkedin": r"linkedin|lnkd\.in",
    "facebook": r"facebook|^fb$|^(l|lm|m)\.facebook|fb\.me",
    "instagram": r"instagram|^ig$",
    "x": r"^t\.co$|twitter|^x(\.com)?$",
    "tiktok": r"tiktok",
    "youtube": r"youtube|youtu\.be",
}
"""Which social platform a session source names (GA4 sources, Matomo social network labels)."""

_CHANNEL_WORDS: tuple[tuple[str, str], ...] = (
    (r"paid social|betaald sociaal|paid-social", "paid_social"),
    (r"organic social|organisch sociaal|social network|sociale netwerken|social", "organic_social"),
    (r"paid search|betaald zoeken|cpc|ppc", "paid_search"),
    (r"organic search|organisch zoeken|search engine|zoekmachine", "organic_search"),
    (r"direct", "direct"),
    (r"referral|verwijzing|website", "referral"),
    (r"e-?mail|nieuwsbrief|newsletter", "email"),
    (r"display", "display"),
    (r"video", "video"),
    (r"campaign|campagne", "campaigns"),
    (r"unassigned|niet toegewezen|\(other\)|other", "unassigned"),
)


def empty_visits() -> pl.DataFrame:
    return pl.DataFrame(schema=VISIT_SCHEMA)


@dataclass(frozen=True)
class VisitPlan:
    """Which headers of a web-analytics table hold what (header names as in the file)."""

    sessions: str | None = None
    date: str | None = None
    channel: str | None = None
    source_medium: str | None = None
    source: str | None = None
    medium: str | None = None
    campaign: str | None = None
    landing_page: str | None = None
    users: str | None = None
    key_events: str | None = None
    page: str | None = None
    event: str | None = None
    views: str | None = None
    events: str | None = None
    series: list[str] = field(default_factory=list)
    """For the chart table of a GA4 download (``Nth day`` and a column per channel): the
    channel columns, each holding that channel's sessions per day."""

    @property
    def report(self) -> str:
        if self.series or self.channel:
            return "channel"
        if self.source_medium or self.source:
            return "source"
        if self.campaign:
            return "campaign"
        if self.landing_page:
            return "landing_page"
        if self.page:
            return "page"
        if self.event:
            return "event"
        return "day"

    def used(self) -> list[str]:
        named = (
            self.date, self.channel, self.source_medium, self.source, self.medium,
            self.campaign, self.landing_page, self.sessions, self.users, self.key_events,
            self.page, self.event, self.views, self.events,
        )  # fmt: skip
        return [h for h in (*named, *self.series) if h]


def _find(headers: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if name in headers:
            return headers[name]
    return None


def recognise(columns: list[str], preamble: list[str] | None = None) -> VisitPlan | None:
    """The plan for a web-analytics table, or None when the table is something else.

    A table is web analytics when it counts sessions (or visits) by channel, source, campaign,
    landing page or day, or views by page, or events by name, or users per day — the column
    names GA4, Universal Analytics and Matomo use, in English or Dutch.
    """
    headers = {normalise(c): c for c in reversed(columns)}
    sessions = _find(headers, _SESSIONS)
    series = _series(headers)
    if series:
        return VisitPlan(sessions=series[0], date=_find(headers, _DATE), series=series)
    plan = VisitPlan(
        sessions=sessions,
        date=_find(headers, _DATE),
        channel=_find(headers, _CHANNEL),
        source_medium=_find(headers, _SOURCE_MEDIUM),
        source=_find(headers, _SOURCE),
        medium=_find(headers, _MEDIUM),
        campaign=_find(headers, _CAMPAIGN),
        landing_page=_find(headers, _LANDING),
        users=_find(headers, _USERS),
        key_events=_key_events(columns),
        page=_find(headers, _PAGE),
        event=_find(headers, _EVENT),
        views=_find(headers, _VIEWS),
        events=_find(headers, _EVENTS),
    )
    if not (plan.sessions or plan.views or plan.events or plan.users):
        return None
    label = _find(headers, _LABEL)
    dimensions = (plan.channel, plan.source_medium, plan.source, plan.campaign, plan.landing_page)
    if not any(dimensions) and label is not None and plan.sessions:
        plan = _label_plan(plan, label, preamble or [])
    visited = any((plan.channel, plan.source_medium, plan.source, plan.campaign, plan.landing_page))
    if sessions is not None and visited:
        return plan
    if plan.page and (plan.views or plan.users or plan.sessions or plan.events):
        return plan
    if plan.event and plan.events:
        return plan
    if plan.channel and plan.users:  # GA4 'User acquisition': users by first channel
        return plan
    if plan.date and (plan.users or plan.key_events or plan.views or plan.sessions):
        # a table per day: only with nothing that makes it posts (a text, a link, an author)
        other = [c for c in columns if c not in plan.used()]
        if not other or all(_number_header(c) for c in other):
            return plan
    return None


ANALYTICS_PREAMBLE = re.compile(
    r"^(start ?date|end ?date|startdatum|einddatum|property|account|eigendom)\b|^\d{8}-\d{8}$",
    re.IGNORECASE,
)


def from_analytics(preamble: list[str]) -> bool:
    """Whether a table comes from a web-analytics download (GA4's '# Start date: ...' lines,
    an exploration's '# 20250101-20250131')."""
    return any(ANALYTICS_PREAMBLE.search(line.strip()) for line in preamble)


def _number_header(header: str) -> bool:
    words = set(normalise(header).split())
    return bool(words & {"rate", "per", "average", "duration", "bounce", "revenue", "new", "time"})


def _key_events(columns: list[str]) -> str | None:
    applications = [c for c in columns if _APPLICATIONS.search(c.lower())]
    counted = [c for c in applications if not re.search(r"rate|ratio|percent|%", c.lower())]
    if counted:
        return counted[0]
    headers = {normalise(c): c for c in reversed(columns)}
    found = _find(headers, _KEY_EVENTS)
    if found:
        return found
    # GA4 can name the event: 'Key events (apply_submit)' normalises with the event's words.
    return next((c for c in columns if normalise(c).startswith("key events ")), None)


def _label_plan(plan: VisitPlan, label: str, preamble: list[str]) -> VisitPlan:
    """Matomo's API-style export calls the report's dimension 'label'; the report it came from
    (its file name or title) says which dimension that is. Without a hint: the channel type."""
    hint = " ".join(preamble).lower()
    if re.search(r"social", hint):
        return replace(plan, source=label)
    if re.search(r"website|referr", hint):
        return replace(plan, source=label)
    if re.search(r"campaign|campagne", hint):
        return replace(plan, campaign=label)
    if re.search(r"entry|landing|instap|bestemming", hint):
        return replace(plan, landing_page=label)
    return replace(plan, channel=label)


def _series(headers: dict[str, str]) -> list[str]:
    """GA4's chart table: 'Nth day' followed by one column per channel group."""
    nth = next((h for key, h in headers.items() if key in ("nth day", "ne dag", "n de dag")), None)
    if nth is None:
        return []
    channels = [h for key, h in headers.items() if h != nth and _channel_of(key) is not None]
    return sorted(channels, key=list(headers.values())[::-1].index)


def _channel_of(text: str | None) -> str | None:
    if text is None:
        return None
    lowered = text.strip().lower()
    for pattern, channel in _CHANNEL_WORDS:
        if re.search(pattern, lowered):
            return channel
    return None


def platform_of(source: str | None) -> str | None:
    """The social platform a session source (or Matomo social network) names, if any."""
    if not source:
        return None
    lowered = source.strip().lower()
    for platform, pattern in SOCIAL_SOURCES.items():
        if re.search(pattern, lowered):
            return platform
    return None


def channel_from(source: str | None, medium: str | None) -> str:
    """GA4's default channel group for a source / medium (its documented rules, simplified)."""
    s, m = (source or "").strip().lower(), (medium or "").strip().lower()
    social = platform_of(s) is not None or re.search(r"social|sm$|^sn$", m) is not None
    paid = re.search(r"^(.*cp.|ppc|retargeting|paid.*)$", m) is not None
    if s in ("(direct)", "direct") and m in ("(none)", "(not set)", "none", ""):
        return "direct"
    if social:
        return "paid_social" if paid else "organic_social"
    if re.search(r"e-?mail|newsletter|nieuwsbrief", f"{s} {m}"):
        return "email"
    search = re.search(r"google|bing|duckduckgo|ecosia|yahoo|baidu", s) is not None
    if m == "organic" or (search and not paid):
        return "organic_search"
    if paid:
        return "paid_search" if search else "display"
    if m == "referral":
        return "referral"
    if re.search(r"display|banner|cpm", m):
        return "display"
    return "unassigned"


def utm(url: str | None) -> dict[str, str]:
    """The ``utm_`` tags of a link (``source``, ``medium``, ``campaign``); empty without."""
    if not url or "utm_" not in url:
        return {}
    query = urlsplit(url if "://" in url else "https://x/" + url.lstrip("/")).query
    tags = parse_qs(query)
    return {k[4:]: v[0] for k, v in tags.items() if k.startswith("utm_") and v and v[0]}


def range_of(preamble: list[str]) -> tuple[date | None, date | None]:
    """The date range a GA4 download states above its tables (``Start date: 20260101``)."""
    found: dict[str, date] = {}
    for line in preamble:
        match = re.match(
            r"^\s*#?\s*(start\s*date|startdatum|end\s*date|einddatum|date de d[ée]but|"
            r"date de fin)\s*:\s*(\d{4})-?(\d{2})-?(\d{2})",
            line,
            re.IGNORECASE,
        )
        if match:
            which = "start" if re.match(r"start|date de d", match.group(1).lower()) else "end"
            found[which] = date(*(int(match.group(i)) for i in (2, 3, 4)))
    return found.get("start"), found.get("end")


def _numbers(raw: pl.DataFrame, header: str | None, typed: bool) -> pl.Series | None:
    if header is None:
        return None
    column = raw.get_column(header).cast(pl.String)
    style = ("dot", True) if typed else number_style(column.head(500))
    return pl.DataFrame({"v": column}).select(to_number(pl.col("v"), *style)).to_series()


def _dates(values: pl.Series, start: date | None, nth: bool) -> pl.Series:
    text = values.cast(pl.String).str.strip_chars()
    if nth and start is not None:
        offsets = text.cast(pl.Int64, strict=False)
        return pl.Series(
            [start + timedelta(days=int(n)) if n is not None else None for n in offsets],
            dtype=pl.Date,
        )
    compact = text.str.strptime(pl.Date, "%Y%m%d", strict=False)
    iso = text.str.slice(0, 10).str.strptime(pl.Date, "%Y-%m-%d", strict=False)
    dutch = text.str.slice(0, 10).str.strptime(pl.Date, "%d-%m-%Y", strict=False)
    slashed = text.str.slice(0, 10).str.strptime(pl.Date, "%d/%m/%Y", strict=False)
    # Universal Analytics writes 'Day Index' as 1/31/19 (month first, two-digit year)
    us = text.str.strptime(pl.Date, "%m/%d/%y", strict=False)
    return (
        pl.DataFrame({"a": compact, "b": iso, "c": dutch, "d": slashed, "e": us})
        .select(pl.coalesce("a", "b", "c", "d", "e"))
        .to_series()
    )


def tool_of(columns: list[str], preamble: list[str]) -> str:
    words = " ".join(normalise(c) for c in columns)
    head = " ".join(preamble).lower()
    if "nb visits" in words or "matomo" in head or "piwik" in head or "channel type" in words:
        return "matomo"
    if "session" in words or "key events" in words or "sessie" in words or "property" in head:
        return "ga4"
    return "web analytics"


def to_visits(table: RawTable, plan: VisitPlan) -> tuple[pl.DataFrame, int]:
    """A web-analytics table as rows of :data:`VISIT_SCHEMA`.

    Returns:
        The rows, and how many total rows ('Grand total', 'Totaal') were left out because they
        repeat the sum of the others.
    """
    raw = table.frame.collect()
    start, end = range_of(table.preamble)
    tool = tool_of(table.columns, table.preamble)
    n = raw.height
    if plan.series:
        return _series_rows(raw, plan, start, end, tool, table), 0
    nth = plan.date is not None and normalise(plan.date) in ("nth day", "ne dag", "n de dag")
    dates = _dates(raw.get_column(plan.date), start, nth) if plan.date else None
    text = {
        name: raw.get_column(header).cast(pl.String).str.strip_chars()
        if header
        else pl.Series([None] * n, dtype=pl.String)
        for name, header in (
            ("channel", plan.channel),
            ("source_medium", plan.source_medium),
            ("source", plan.source),
            ("medium", plan.medium),
            ("campaign", plan.campaign),
            ("landing_page", plan.landing_page),
            ("page", plan.page),
            ("event", plan.event),
        )
    }
    if plan.source_medium:
        parts = text["source_medium"].str.split_exact(" / ", 1).struct.rename_fields(["s", "m"])
        frame = pl.DataFrame({"p": parts}).unnest("p")
        text["source"] = frame["s"].str.strip_chars()
        text["medium"] = frame["m"].str.strip_chars()
    rows = pl.DataFrame(
        {
            "date": dates if dates is not None else pl.Series([None] * n, dtype=pl.Date),
            **{k: v for k, v in text.items() if k != "source_medium"},
            "sessions": _numbers(raw, plan.sessions, table.numbers_typed)
            if plan.sessions
            else pl.Series([None] * n, dtype=pl.Float64),
            "views": _numbers(raw, plan.views, table.numbers_typed)
            if plan.views
            else pl.Series([None] * n, dtype=pl.Float64),
            "events": _numbers(raw, plan.events, table.numbers_typed)
            if plan.events
            else pl.Series([None] * n, dtype=pl.Float64),
            "users": _numbers(raw, plan.users, table.numbers_typed)
            if plan.users
            else pl.Series([None] * n, dtype=pl.Float64),
            "key_events": _numbers(raw, plan.key_events, table.numbers_typed)
            if plan.key_events
            else pl.Series([None] * n, dtype=pl.Float64),
        }
    )
    label = pl.coalesce(
        pl.col("channel"),
        pl.col("source"),
        pl.col("campaign"),
        pl.col("landing_page"),
        pl.col("page"),
        pl.col("event"),
    ).fill_null("")
    totals = rows.select(label.str.contains("(?i)" + _TOTAL_ROW.pattern)).to_series()
    dimensions = [c for c in ("channel", "source", "campaign", "landing_page", "page", "event")]
    if plan.date:
        # a row with no dimension at all is the total (Universal Analytics: ',"2,800"')
        blank = rows.select(
            pl.all_horizontal(pl.col(c).is_null() | (pl.col(c) == "") for c in dimensions)
            & pl.col("date").is_null()
        ).to_series()
        totals = totals | blank
    counted = pl.any_horizontal(
        pl.col(c).is_not_null() for c in ("sessions", "views", "events", "users", "key_events")
    )
    rows = rows.filter(~totals & counted)
    rows = _tagged(rows)
    rows = rows.with_columns(
        pl.lit(start, dtype=pl.Date).alias("start"),
        pl.lit(end, dtype=pl.Date).alias("end"),
        pl.lit(plan.report).alias("report"),
        pl.lit(tool).alias("tool"),
        pl.lit(table.name).alias("file"),
    )
    return _finish(rows), int(totals.sum())


def _tagged(rows: pl.DataFrame) -> pl.DataFrame:
    """Fill source, medium and campaign from the utm tags of landing pages, then the channel and
    the platform from those."""
    tags = [utm(p) for p in rows.get_column("landing_page").to_list()]
    rows = rows.with_columns(
        pl.coalesce("source", pl.Series([t.get("source") for t in tags], dtype=pl.String)).alias(
            "source"
        ),
        pl.coalesce("medium", pl.Series([t.get("medium") for t in tags], dtype=pl.String)).alias(
            "medium"
        ),
        pl.coalesce(
            "campaign", pl.Series([t.get("campaign") for t in tags], dtype=pl.String)
        ).alias("campaign"),
    )
    channels = [
        _channel_of(c) if c else (channel_from(s, m) if (s or m) else None)
        for c, s, m in rows.select("channel", "source", "medium").iter_rows()
    ]
    platforms = [platform_of(s) for s in rows.get_column("source").to_list()]
    return rows.with_columns(
        pl.Series("channel", channels, dtype=pl.String),
        pl.Series("platform", platforms, dtype=pl.String),
    )


def _series_rows(
    raw: pl.DataFrame, plan: VisitPlan, start: date | None, end: date | None, tool: str, table
) -> pl.DataFrame:
    dates = _dates(raw.get_column(plan.date), start, True) if plan.date else None
    frames = []
    for header in plan.series:
        sessions = _numbers(raw, header, table.numbers_typed)
        frames.append(
            pl.DataFrame(
                {
                    "date": dates,
                    "channel": _channel_of(header),
                    "sessions": sessions,
                }
            )
        )
    rows = pl.concat(frames).filter(pl.col("sessions").is_not_null())
    return _finish(
        rows.with_columns(
            pl.lit(start, dtype=pl.Date).alias("start"),
            pl.lit(end, dtype=pl.Date).alias("end"),
            pl.lit("channel").alias("report"),
            pl.lit(tool).alias("tool"),
            pl.lit(table.name).alias("file"),
        )
    )


def _finish(rows: pl.DataFrame) -> pl.DataFrame:
    missing = [
        pl.lit(None, dtype=d).alias(c) for c, d in VISIT_SCHEMA.items() if c not in rows.columns
    ]
    rows = rows.with_columns(missing).with_columns(
        pl.col("sessions").round().cast(pl.Int64),
        pl.col("users").round().cast(pl.Int64),
        pl.col("views").round().cast(pl.Int64),
        pl.col("events").round().cast(pl.Int64),
    )
    return rows.select(list(VISIT_SCHEMA)).cast(VISIT_SCHEMA)


def format_name(visits: pl.DataFrame) -> str:
    """What the load report calls a web-analytics table."""
    tool = visits["tool"][0] if visits.height else "web analytics"
    names = {"ga4": "Google Analytics 4", "matomo": "Matomo"}
    reports = {
        "channel": "channels",
        "source": "source / medium",
        "campaign": "campaigns",
        "landing_page": "landing pages",
        "page": "pages",
        "event": "events",
        "day": "per day",
    }
    report = reports.get(visits["report"][0], "") if visits.height else ""
    return f"{names.get(tool, 'Web analytics')} ({report})" if report else names.get(tool, tool)


def merge_visits(frames: list[pl.DataFrame]) -> pl.DataFrame:
    return pl.concat(frames) if frames else empty_visits()


def summary(visits: pl.DataFrame) -> dict:
    """What the web-analytics rows hold, for reports and the CLI's JSON. No total of sessions:
    an export can hold the same visits twice (GA4's chart series and its table), and only the
    Impact page's choice of rows (:func:`core.impact.channel_rows`) says which to count."""
    if visits.is_empty():
        return {"rows": 0}
    days = pl.concat([visits["date"], visits["start"], visits["end"]]).drop_nulls()
    return {
        "rows": visits.height,
        "first": days.min().isoformat() if len(days) else None,
        "last": days.max().isoformat() if len(days) else None,
        "reports": sorted(set(visits["report"].to_list())),
        "tools": sorted(set(visits["tool"].to_list())),
        "files": dict(visits.group_by("file").len().sort("file").iter_rows()),
    }


def visits_markdown() -> str:
    """The visits table as a Markdown table (docs/DATA.md holds it; a test checks)."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{n}` | {d} | {VISIT_DOCS[n]} |" for n, d in VISIT_SCHEMA.items()]
    return "\n".join(lines)
