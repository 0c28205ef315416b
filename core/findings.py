"""What stands out in a dataset: a handful of findings, each one sentence with its number and
period, ranked by how much it matters, each pointing to the page that shows it.

A finding the data cannot support is left out, never padded: no spike without mentions, no best
window without a measure of engagement, no competitor gap without competitors, and so on.

Each finder returns a :class:`Finding` (or None) with a ``weight`` between 0 and 1:

- ``spike``: the largest reputation spike of the own organisation and the words that drove it
  (Listening); weight grows with how far above the expectation it went, more when negative;
- ``window``: the best posting window of one platform against how often the own accounts post
  in it now (Audience timing); weight = lift above the typical post × the share of posts not
  yet in that window;
- ``competitor``: a competitor that out-posts the own organisation but engages less, or else
  one that engages more (Competitors); weight grows with the ratio;
- ``waiting``: questions and complaints waiting longer than a day for a first answer
  (Listening); weight grows with the count, 25 or more weighs fully;
- ``strain``: an ambassador showing signs of strain (Ambassadors); a fixed 0.6;
- ``channel``: a channel that brings a much larger share of the careers site's applications
  than of its visits (Impact; at least 10 applications, 1.5× or more); weight grows with the
  ratio, at most 0.65.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import polars as pl

from core import concepts, fmt, impact, vocab
from core.ambassadors import care
from core.ambassadors.roster import tracked
from core.competitors import Choice, Period, ranking
from core.i18n import t, tn
from core.listening import queue, reputation
from core.timing import accounts, available_rates, local_times, recommend
from core.timing.advice import block, weekdays

RECENT_DAYS = 91
"""The period findings look at: the last 13 weeks of the data, as Listening and Competitors."""
WAIT_HOURS = 24


@dataclass(frozen=True)
class Finding:
    """One thing that stands out: ``kind`` (see the module docstring), how much it matters,
    the page that shows it, and the values its sentence needs."""

    kind: str
    weight: float
    page: str
    values: dict = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The sentence in the interface language, numbers and dates in its format."""
        return _SENTENCES[self.kind](self.values, lang)


def findings(
    posts: pl.DataFrame,
    own: str | None,
    competitors: list[str],
    tz: str,
    *,
    entries: dict | None = None,
    roster: list[dict] | None = None,
    visits: pl.DataFrame | None = None,
    top: int = 6,
) -> list[Finding]:
    """Up to ``top`` findings about ``own``, most important first (empty without an own
    organisation or posts). ``visits``: the careers-site visits (web analytics), if any."""
    if own is None or posts.is_empty():
        return []
    end = posts.get_column("published_at").max().date()
    recent = posts.filter(
        pl.col("published_at") > pl.col("published_at").max() - pl.duration(days=RECENT_DAYS)
    )
    found = [
        _spike(posts, own, tz, [own, *competitors]),
        _window(posts, own, tz),
        _competitor(posts, own, competitors, tz, end),
        _waiting(recent, own, entries or {}),
        _strain(posts, roster or [], tz, end),
        _channel(posts, own, tz, visits, end),
    ]
    return sorted((f for f in found if f is not None), key=lambda f: -f.weight)[:top]


def _spike(posts: pl.DataFrame, own: str, tz: str, names: list[str]) -> Finding | None:
    mentions = reputation.mentions(posts, own)
    if mentions.is_empty():
        return None
    stop = [word for name in names for word in name.lower().split()]
    episodes = reputation.spikes(mentions, reputation.weekly(mentions, tz), tz, stop)
    if not episodes:
        return None
    spike = max(episodes, key=lambda s: s.mentions - s.baseline)
    ratio = spike.mentions / max(spike.baseline, 1.0)
    negative = (spike.negative_share or 0) > 0.5
    weight = min(1.0, 0.5 + (ratio - 1) / 8 + (0.25 if negative else 0))
    return Finding(
        "spike",
        weight,
        "listening",
        {
            "start": spike.start,
            "end": spike.end,
            "mentions": spike.mentions,
            "baseline": round(spike.baseline),
            "negative": spike.negative_share,
            "words": spike.words[:3],
        },
    )


def _window(posts: pl.DataFrame, own: str, tz: str) -> Finding | None:
    rates = available_rates(posts)
    if not rates:
        return None
    advice = [r for r in recommend(accounts(posts.lazy(), None), rates[0], tz) if not r.thin]
    if not advice:
        return None
    best = max(advice, key=lambda r: r.lift or 0)
    mine = (
        local_times(accounts(posts.lazy(), [own]), tz)
        .filter(pl.col("platform").cast(pl.String) == best.platform)
        .collect()
    )
    if mine.is_empty():
        return None
    hours = range(best.block, best.block + best.block_hours)
    inside = mine.filter(pl.col("weekday").is_in(best.weekdays) & pl.col("hour").is_in(hours))
    share = inside.height / mine.height
    weight = min(1.0, max(0.0, (best.lift or 1) - 1)) * (1 - share)
    return Finding(
        "window",
        weight,
        "timing",
        {
            "platform": best.platform,
            "weekdays": best.weekdays,
            "block": best.block,
            "hours": best.block_hours,
            "lift": best.lift,
            "share": share,
            "posts": mine.height,
        },
    )


def _competitor(
    posts: pl.DataFrame, own: str, competitors: list[str], tz: str, end: date
) -> Finding | None:
    if not competitors:
        return None
    period = Period(end - timedelta(days=RECENT_DAYS - 1), end)
    table = ranking(posts.lazy(), [own, *competitors], period, Choice(), tz)

    def value(employer: str, metric: str) -> float | None:
        row = table.filter((pl.col("employer") == employer) & (pl.col("metric") == metric))
        return row.get_column("value").item() if row.height else None

    mine_posts, mine_rate = value(own, "posts_per_week"), value(own, "rate")
    if not mine_posts or mine_rate is None:
        return None
    busiest = max(competitors, key=lambda c: value(c, "posts_per_week") or 0)
    their_posts, their_rate = value(busiest, "posts_per_week"), value(busiest, "rate")
    out_posts = bool(their_posts) and their_posts > mine_posts
    if out_posts and their_rate is not None and their_rate < mine_rate:
        ratio = their_posts / mine_posts
        return Finding(
            "competitor",
            min(1.0, 0.4 + (ratio - 1) / 4),
            "competitors",
            {
                "name": busiest,
                "posts": their_posts,
                "ratio": ratio,
                "rate": their_rate,
                "own_rate": mine_rate,
                "start": period.start,
                "end": period.end,
            },
        )
    return None


def _waiting(recent: pl.DataFrame, own: str, entries: dict) -> Finding | None:
    if "in_reply_to_id" not in recent.columns or recent.filter(concepts.reply([own])).is_empty():
        return None  # without the own accounts' replies, waiting cannot be measured
    handles = (
        recent.filter((pl.col("author_type") == "own") & (pl.col("employer") == own))
        .get_column("author_handle")
        .drop_nulls()
        .unique()
        .to_list()
    )
    items = queue.with_status(queue.candidates(recent, own, handles), entries)
    open_ = items.filter((pl.col("status") == "open") & (pl.col("waited_h") > WAIT_HOURS))
    if open_.is_empty():
        return None
    return Finding(
        "waiting",
        min(1.0, open_.height / 25),
        "listening",
        {"count": open_.height, "days": float(open_.get_column("waited_h").max()) / 24},
    )


def _strain(posts: pl.DataFrame, roster: list[dict], tz: str, end: date) -> Finding | None:
    until = min(date.today(), end)
    for person in roster:
        if person.get("status") not in ("active", "paused") or not tracked(person):
            continue
        warned = [s for s in care.strain(posts.lazy(), person, until, tz) if s.level == "warn"]
        if warned:
            return Finding(
                "strain", 0.6, "ambassadors", {"name": person["name"], "code": warned[0].code}
            )
    return None


def _channel(
    posts: pl.DataFrame, own: str, tz: str, visits: pl.DataFrame | None, end: date
) -> Finding | None:
    if visits is None or visits.is_empty():
        return None
    start = end - timedelta(days=RECENT_DAYS - 1)
    rows, span = impact.channel_rows(visits, start, end)
    if span is None or rows.is_empty():
        return None
    own_posts = impact.own_posts(posts.lazy(), own, tz, start, end).collect()
    table = impact.channel_table(rows, span, own_posts).filter(
        (pl.col("applications") >= 10) & (pl.col("share_sessions") > 0)
    )
    if table.is_empty():
        return None
    ratio = pl.col("share_applications") / pl.col("share_sessions")
    best = (
        table.with_columns(ratio.alias("ratio")).sort("ratio", descending=True).row(0, named=True)
    )
    if best["ratio"] < 1.5:
        return None
    return Finding(
        "channel",
        min(0.65, 0.2 + (best["ratio"] - 1) / 10),
        "impact",
        {
            "key": best["key"],
            "visits": best["share_sessions"],
            "applications": best["share_applications"],
            "rate": best["rate"],
            "start": span.start,
            "end": span.end,
        },
    )


# --- sentences ----------------------------------------------------------------------------


def _spike_text(v: dict, lang: str) -> str:
    text = t(
        "Reputation: {mentions} mentions from {start} to {end} where {baseline} were expected",
        lang,
        mentions=fmt.number(v["mentions"], lang),
        start=fmt.day(v["start"], lang),
        end=fmt.day(v["end"], lang),
        baseline=fmt.number(v["baseline"], lang),
    )
    if v["negative"] is not None:
        text += t(", {share} of them negative", lang, share=fmt.percent(v["negative"], lang, 0))
    if v["words"]:
        text += t(" — about {words}", lang, words=fmt.listing(v["words"], lang))
    return text + "."


def _window_text(v: dict, lang: str) -> str:
    name = vocab.PLATFORM.get(v["platform"], v["platform"])
    return t(
        "Best window on {platform}: {days} {time}, {lift}× the typical post; {share} of your "
        "{posts} posts there go out then.",
        lang,
        platform=t(name, lang),
        days=weekdays(v["weekdays"], lang),
        time=block(v["block"], v["hours"]),
        lift=fmt.number(v["lift"], lang, 2),
        share=fmt.percent(v["share"], lang, 0),
        posts=fmt.number(v["posts"], lang),
    )


def _competitor_text(v: dict, lang: str) -> str:
    return t(
        "{name} posts {posts} times a week, {ratio}× as often as you, but engages less: "
        "{rate} against your {own_rate} ({start} – {end}).",
        lang,
        name=v["name"],
        posts=fmt.number(v["posts"], lang, 1),
        ratio=fmt.number(v["ratio"], lang, 1),
        rate=fmt.percent(v["rate"], lang, 1),
        own_rate=fmt.percent(v["own_rate"], lang, 1),
        start=fmt.day(v["start"], lang),
        end=fmt.day(v["end"], lang),
    )


def _waiting_text(v: dict, lang: str) -> str:
    return tn(
        "{count} question or complaint of the last 13 weeks has waited longer than a day for "
        "an answer (the longest {days} days).",
        "{count} questions and complaints of the last 13 weeks have waited longer than a day "
        "for an answer (the longest {days} days).",
        v["count"],
        lang,
        count=fmt.number(v["count"], lang),
        days=fmt.number(v["days"], lang),
    )


def _strain_text(v: dict, lang: str) -> str:
    return t("{name} shows signs of strain: time for a check-in.", lang, name=v["name"])


def _channel_text(v: dict, lang: str) -> str:
    names = vocab.PLATFORM if v["key"] in vocab.PLATFORM else vocab.CHANNEL
    return t(
        "{channel} brings {visits} of the careers site's visits but {applications} of the "
        "applications: {rate} of its visitors apply ({start} – {end}).",
        lang,
        channel=t(names.get(v["key"], v["key"]), lang),
        visits=fmt.percent(v["visits"], lang, 0),
        applications=fmt.percent(v["applications"], lang, 0),
        rate=fmt.percent(v["rate"], lang, 1),
        start=fmt.day(v["start"], lang) if v["start"] else "?",
        end=fmt.day(v["end"], lang) if v["end"] else "?",
    )


_SENTENCES = {
    "channel": _channel_text,
    "spike": _spike_text,
    "window": _window_text,
    "competitor": _competitor_text,
    "waiting": _waiting_text,
    "strain": _strain_text,
}
