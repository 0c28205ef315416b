"""How a table's columns become post-table columns: the plan, and how it is proposed.

:func:`propose` starts from a saved mapping (what the user confirmed) or from the known format
the table matches; every column the format does not claim still goes through header matching,
so a recognised format never swallows the rest. The values of a sample then settle what headers
cannot: a date column without times next to a column of times, a column of ``@handles``, a
table of figures per day rather than posts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import polars as pl

from core.ingest import normalise as vocab
from core.ingest.fields import auto_map, normalise, score
from core.ingest.looks import Look, category, fits, look, page_link
from core.ingest.profiles import Profile, examine
from core.ingest.readers import RawTable
from core.ingest.visits import VisitPlan, recognise

SAMPLE = 200
CLOCK = r"\d{1,2}:\d{2}"
TIME_ONLY = r"^\d{1,2}:\d{2}(:\d{2})?(\s?[AaPp]\.?[Mm]\.?)?$"
NUMBER_LIKE = r"^[\s\"'€$£%+\-]*\d[\d.,\s]*[%kKmM]?$"
TEXT_TARGETS = ("text", "title", "pros", "cons")
AUTHOR_TARGETS = ("author_handle", "author_name")
COUNT_TARGETS = (
    "impressions", "reach", "reactions", "comments", "shares", "clicks", "video_views",
    "engagements_total",
)  # fmt: skip
SURE = 0.9
"""Automatic matches below this confidence are shown to the user as uncertain."""


def signature(headers: list[str]) -> str:
    """A stable key for a header set: the same columns in any order give the same key."""
    joined = "\n".join(sorted(normalise(h) for h in headers))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


@dataclass
class Plan:
    """How a table's columns become post-table columns (or account figures per day).

    Attributes:
        mapping: ``target -> header`` (targets from :data:`core.ingest.fields.TARGETS`).
        source: ``profile`` (a known format, all columns accounted for), ``saved`` (the user's
            mapping), ``auto`` (header matching, possibly helped by a close format) or ``user``.
        profile: The known format whose signature the table carries, if any.
        confidence: ``target -> 0..1`` for automatic matches (1.0 for profile and saved).
        platform: Platform for every row when no column says it.
        author_type: Author type for every row when no column says it.
        post_type: Post type when no column says it.
        day_first: How to read dates such as 03/04/2026.
        fallbacks: ``target -> further headers`` used where the mapped one is empty.
        kind: ``posts``, ``days`` (account figures per day, see :mod:`core.ingest.days`) or
            ``visits`` (web analytics, see :mod:`core.ingest.visits`).
        zone: Time zone the format fixes for times without an offset (None: the user's).
        format_confidence: Share of the recognisable columns the matched format knows.
        ignored: Columns the format knows and deliberately leaves unused.
        concerns: Codes of what matters and is missing or uncertain (``no_time``, ``no_text``,
            ``no_metrics``, ``no_author``, ``no_employer``, ``uncertain``).
    """

    mapping: dict[str, str]
    source: str
    profile: Profile | None = None
    confidence: dict[str, float] = field(default_factory=dict)
    platform: str | None = None
    author_type: str | None = None
    post_type: str = "post"
    day_first: bool = True
    fallbacks: dict[str, list[str]] = field(default_factory=dict)
    kind: str = "posts"
    zone: str | None = None
    zone_source: str | None = None
    """Why :attr:`zone` is set: ``format`` (the vendor's convention, e.g. LinkedIn's archive is
    UTC), ``header`` (the date column says GMT or UTC) or ``user`` (chosen for this file)."""
    format_confidence: float | None = None
    ignored: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    """For ``days`` tables: the columns read as daily figures."""
    visits: VisitPlan | None = None
    """For ``visits`` tables (web analytics, :mod:`core.ingest.visits`): which column is what."""

    @property
    def needs_confirmation(self) -> bool:
        """Whether the user should look at the mapping before trusting it."""
        return self.source == "auto" and bool(self.concerns)

    @property
    def usable(self) -> bool:
        return "published_at" in self.mapping or self.visits is not None

    @property
    def named(self) -> bool:
        """True when the table really is a known format (its name is shown)."""
        return self.source == "profile" and self.profile is not None

    def used(self) -> set[str]:
        """Every header the plan reads."""
        fallbacks = {h for hs in self.fallbacks.values() for h in hs}
        read = set(self.visits.used()) if self.visits else set()
        return set(self.mapping.values()) | fallbacks | set(self.figures) | read


def _guess_platform(name: str) -> str | None:
    lowered = name.lower()
    named = [p for p in vocab.PLATFORM_PATTERNS if p[1] not in ("forum", "blog", "news")]
    for pattern, value in named:  # platforms and review sites, not the loose words for media
        if pl.select(pl.lit(lowered).str.contains(pattern)).item():
            return value
    return None


def _sample(table: RawTable) -> pl.DataFrame:
    try:
        return table.frame.head(SAMPLE).collect()
    except pl.exceptions.PolarsError:
        return pl.DataFrame()


def _share(sample: pl.DataFrame, header: str, pattern: str) -> float:
    """Share of the non-empty sample values of a column that match a pattern."""
    if header not in sample.columns:
        return 0.0
    values = sample.get_column(header).cast(pl.String).str.strip_chars()
    values = values.filter(values.is_not_null() & (values != ""))
    if values.is_empty():
        return 0.0
    return float(values.str.contains(pattern).mean())


def propose(table: RawTable, saved: dict[str, str] | None = None) -> Plan:
    """The plan for a table: a mapping the user saved, else its format plus header matching."""
    headers = table.columns
    visits = recognise(headers, [*table.preamble, table.name]) if not saved else None
    if visits is not None:  # web analytics: its own table, no mapping to confirm
        return Plan({}, "profile", kind="visits", visits=visits, format_confidence=1.0)
    found = examine(headers, table.kind)
    profile = found.profile
    defaults = profile or Profile("none", "none", (), {})
    sample = _sample(table)
    plan = Plan(
        {},
        "auto",
        profile,
        platform=defaults.platform or _guess_platform(table.name),
        author_type=defaults.author_type,
        post_type=defaults.post_type,
        day_first=defaults.day_first,
        kind=defaults.kind,
        zone=defaults.zone,
        format_confidence=found.confidence if profile else None,
    )
    if saved:  # what the user confirmed beats what we recognise
        plan.mapping = {target: header for target, header in saved.items() if header in headers}
        plan.source = "saved"
    elif plan.kind == "days":
        found = profile.mapping(headers)
        keep = ("published_at", "platform", "author_handle")
        plan.mapping = {t: found.get(t, "") for t in keep if t in found or t == "published_at"}
        plan.source = "profile"
    else:
        _match(plan, headers, sample, found.named)
    if plan.kind == "posts" and _looks_daily(plan, headers, sample):
        plan.kind = "days"
        plan.mapping = {"published_at": plan.mapping["published_at"]}
        plan.fallbacks, plan.confidence = {}, {"published_at": plan.confidence["published_at"]}
    if plan.kind == "days":
        date = plan.mapping.get("published_at")
        named = set(plan.mapping.values())
        plan.figures = [h for h in headers if h not in named and h not in plan.ignored]
        if not date:
            plan.mapping = {}
    _zone(plan)
    plan.concerns = _concerns(plan, sample)
    return plan


ZONE_WORDS = {"gmt": "UTC", "utc": "UTC", "z": "UTC"}


def _zone(plan: Plan) -> None:
    """The zone of times without an offset when the file states it: the format's convention,
    else a date column named '... (GMT)' or '... UTC'."""
    if plan.zone:
        plan.zone_source = plan.zone_source or "format"
        return
    for target in ("published_at", "published_time"):
        words = normalise(plan.mapping.get(target, "")).split()
        stated = next((ZONE_WORDS[w] for w in words if w in ZONE_WORDS), None)
        if stated:
            plan.zone, plan.zone_source = stated, "header"
            return


def _match(plan: Plan, headers: list[str], sample: pl.DataFrame, named: bool) -> None:
    """The format's columns, then header matching for every column it does not claim, checked
    against what the values look like; then what only the values can tell."""
    profile = plan.profile
    known: set[str] = set()
    looks: dict[str, Look] = {}

    def seen(header: str) -> Look:
        if header not in looks:
            looks[header] = look(sample, header)
        return looks[header]

    if profile is not None:
        plan.mapping = profile.mapping(headers)
        plan.fallbacks = profile.fallbacks(headers)
        plan.confidence = dict.fromkeys(plan.mapping, 1.0)
        known = profile.known(headers)
        plan.ignored = [h for h in headers if h in known and h not in plan.used()]
    matches = auto_map(
        [h for h in headers if h not in known],
        taken=set(plan.mapping),
        fits=lambda target, header: fits(target, seen(header)),
    )
    plan.mapping |= {target: m.header for target, m in matches.items()}
    plan.confidence |= {target: m.confidence for target, m in matches.items()}
    plan.source = "profile" if profile is not None and named else "auto"
    _more_text(plan, headers, seen)
    _free_text(plan, headers, seen)
    _page_links(plan, headers, seen)
    _date_and_time(plan, headers, sample)
    _handles(plan, headers, sample)
    if plan.source == "auto" and plan.author_type is None:
        own_analytics = "impressions" in plan.mapping and not set(AUTHOR_TARGETS) & set(
            plan.mapping
        )
        plan.author_type = "own" if own_analytics else None


RESEMBLANCE = 0.7
"""Confidence of a choice made on the values alone: shown to the user as one to check."""


def _free_text(plan: Plan, headers: list[str], seen) -> None:
    """The text is the free text that varies most: when no header says 'text', or the one that
    does holds a status or category, the column that reads most like what a person wrote is
    taken (and shown as a choice to check). A review's pros and cons are its text; a column
    of a few repeated sentences beside them is not."""
    if plan.profile is not None and plan.source == "profile" and "text" in plan.mapping:
        return
    reviews = {"pros", "cons"} <= set(plan.mapping)
    best = max(
        (h for h in _free(plan, headers) if seen(h).free_text > 0),
        key=lambda h: seen(h).free_text,
        default=None,
    )
    current = plan.mapping.get("text")
    if reviews:
        if current is None and best is not None and seen(best).free_text >= 20 * 0.9:
            _set(plan, "text", best, RESEMBLANCE)
        return
    if current is not None and seen(current).free_text >= (seen(best).free_text / 3 if best else 0):
        return
    if best is not None and seen(best).length >= 15 and seen(best).distinct >= 0.5:
        if current is not None:
            plan.fallbacks.pop("text", None)
        _set(plan, "text", best, RESEMBLANCE)


def _page_links(plan: Plan, headers: list[str], seen) -> None:
    """A link to the post beats a link to its media file on a content network (TikTok's
    ``webVideoUrl`` over the CDN download link)."""
    current = plan.mapping.get("url")
    if current is not None and page_link(seen(current)):
        return
    pages = [h for h in _free(plan, headers) if page_link(seen(h))]
    if pages and (current is None or seen(current).media >= 0.5):
        _set(plan, "url", pages[0], RESEMBLANCE if current is None else SURE)


def _set(plan: Plan, target: str, header: str, confidence: float) -> None:
    plan.mapping[target] = header
    plan.confidence[target] = confidence
    for further in plan.fallbacks.values():
        if header in further:
            further.remove(header)


def _free(plan: Plan, headers: list[str]) -> list[str]:
    return [h for h in headers if h not in plan.used() and h not in plan.ignored]


def _more_text(plan: Plan, headers: list[str], seen) -> None:
    """Further text columns (listening tools have a snippet, a hit sentence and a full text):
    each one fills in where the mapped text is empty, in the order of the file."""
    if "text" not in plan.mapping:
        return
    more = [
        h
        for h in _free(plan, headers)
        if score(h, "text") >= 0.99 and fits("text", seen(h)) and not category(seen(h))
    ]
    if more:
        plan.fallbacks["text"] = [*plan.fallbacks.get("text", []), *more]


def _date_and_time(plan: Plan, headers: list[str], sample: pl.DataFrame) -> None:
    """Separate date and time columns are combined, whatever their headers say."""
    date = plan.mapping.get("published_at")
    if date is None:
        return
    if _share(sample, date, TIME_ONLY) >= 0.8:  # 'Time' took the date's place: swap
        dates = [
            h
            for h in _free(plan, headers)
            if _share(sample, h, r"\d{1,4}[-/. ]\w{1,9}[-/. ]\d{1,4}|[A-Za-z]{3,} \d{1,2}") >= 0.8
        ]
        if dates:
            plan.mapping["published_time"] = date
            plan.mapping["published_at"] = date = dates[0]
            plan.confidence["published_at"] = plan.confidence["published_time"] = SURE
    if "published_time" in plan.mapping or _share(sample, date, CLOCK) > 0:
        return
    times = [h for h in _free(plan, headers) if _share(sample, h, TIME_ONLY) >= 0.8]
    if times:
        plan.mapping["published_time"] = times[0]
        plan.confidence["published_time"] = SURE


def _handles(plan: Plan, headers: list[str], sample: pl.DataFrame) -> None:
    """A column of ``@handles`` is the author's handle, whatever its header says."""
    if "author_handle" in plan.mapping:
        return
    candidates = [plan.mapping["author_name"]] if "author_name" in plan.mapping else []
    candidates += _free(plan, headers)
    for header in candidates:
        if _share(sample, header, r"^@[\w.]{2,}$") >= 0.8:
            plan.mapping["author_handle"] = header
            plan.confidence["author_handle"] = SURE
            if plan.mapping.get("author_name") == header:
                del plan.mapping["author_name"]
            return


def _looks_daily(plan: Plan, headers: list[str], sample: pl.DataFrame) -> bool:
    """A date and nothing but figures, one row per day: account figures, not posts."""
    date = plan.mapping.get("published_at")
    if date is None or sample.is_empty() or plan.source == "saved":
        return False
    describing = {"text", "title", "url", "post_id", "pros", "cons", *AUTHOR_TARGETS}
    if describing & set(plan.mapping):
        return False
    others = [h for h in headers if h != date]
    if not others or any(_share(sample, h, NUMBER_LIKE) < 0.9 for h in others):
        return False
    dates = sample.get_column(date).cast(pl.String).drop_nulls()
    if _share(sample, date, CLOCK) > 0 or not dates.n_unique() == len(dates) > 1:
        return False
    return _share(sample, date, r"\d{1,4}[-/. ]\w{1,9}[-/. ]\d{1,4}|[A-Za-z]{3,}\.? \d{1,2}") >= 0.9


def _concerns(plan: Plan, sample: pl.DataFrame) -> list[str]:
    if plan.kind == "days" or not plan.usable:
        return []
    m, out = plan.mapping, []
    date = m["published_at"]
    reviews = plan.platform == "reviews"
    stamps = _share(sample, date, r"^\d{9,}(\.\d+)?$") > 0.5  # Unix times carry the time
    clock = _share(sample, date, CLOCK) > 0
    if "published_time" not in m and not sample.is_empty() and not (clock or stamps or reviews):
        out.append("dates_only" if plan.named else "no_time")
    if not set(TEXT_TARGETS) & set(m):
        out.append("no_text")
    if not set(COUNT_TARGETS) & set(m) and not reviews:
        out.append("no_metrics")
    if not set(AUTHOR_TARGETS) & set(m) and plan.author_type != "own":
        out.append("no_author")
    if "employer" not in m and plan.author_type != "own" and plan.platform != "reviews":
        out.append("no_employer")
    if any(c < SURE for c in plan.confidence.values()):
        out.append("uncertain")
    return out
