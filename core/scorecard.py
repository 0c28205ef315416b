"""The five C's of seed article 002 as a scorecard: Connections, Conversations, Content,
Context, Continuous — each 0–100, with the figures behind it, its formula, what moved since the
previous period and one next step.

Each C is the mean of its parts; each part turns one figure into 0–100 against a stated target
(reaching the target scores 100, never more). A part the data cannot support is "n.b." with the
reason and left out of the mean; a C with no part left is "n.b." itself — never a made-up 0.

Parts and targets (:data:`PARTS`):

- Connections: follower growth (1% a month = 100), ambassadors (employees with 3 or more posts
  about the organisation in the period; 10 = 100), fans (people with 3 or more shares or
  replies on its posts; 20 = 100);
- Conversations: two-way share (replies among the accounts' posts and replies; 30% = 100),
  questions answered (share), reply time (median hours to the first answer; 0 h = 100, 24 h or
  more = 0);
- Content: mix (share of the posts in a platform-and-kind whose engagement rate is at least
  the accounts' overall rate), against competitors (own median engagement rate ÷ the best
  competitor's; equal or better = 100);
- Context: voices (share of mentions by media and influencers; 10% = 100), their tone (positive
  ÷ positive and negative among those mentions);
- Continuous: active weeks (weeks with a post ÷ weeks), answered within a day (share of
  questions), outside office hours (share of questions asked outside office hours answered
  within a day).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import polars as pl

from core import concepts
from core.i18n import N_
from core.impact.followers import follower_growth
from core.listening.voices import INFLUENCER_FOLLOWERS, MEDIA_NAME, MEDIA_PLATFORMS
from core.metrics import with_derived
from core.timing.slots import OFFICE_HOURS

CS: tuple[str, ...] = ("connections", "conversations", "content", "context", "continuous")

NAMES: dict[str, str] = {
    "connections": N_("Connections"),
    "conversations": N_("Conversations"),
    "content": N_("Content"),
    "context": N_("Context"),
    "continuous": N_("Continuous"),
}
MEANING: dict[str, str] = {
    "connections": N_("Followers and their growth, ambassadors and fans."),
    "conversations": N_("Two-way: replies, questions answered, how fast."),
    "content": N_("A mix of posts that fits what engages, against the competitors."),
    "context": N_("Media and influencers who give the content its reach."),
    "continuous": N_("No opening hours: present every week, answers within a day."),
}


@dataclass(frozen=True)
class Part:
    """One figure of a C: ``id``, the C it belongs to, its target, label, formula and next
    step (English source, translated where shown)."""

    id: str
    c: str
    target: float
    label: str
    formula: str
    step: str
    percent: bool = True


PARTS: tuple[Part, ...] = (
    Part(
        "growth", "connections", 0.01, N_("Follower growth per month"),
        N_("(followers at the end − at the start) ÷ at the start, per month of the period; "
           "scores 100 at a growth of 1% per month."),
        N_("Grow the following: ask employees to share vacancy and culture posts, and put "
           "the accounts on the careers site and in e-mail signatures."),
    ),
    Part(
        "ambassadors", "connections", 10, N_("Ambassadors"),
        N_("employees with 3 or more posts about the organisation in the period; 10 scores "
           "100."),
        N_("Invite the employees who already post to become ambassadors, and thank them."),
        percent=False,
    ),
    Part(
        "fans", "connections", 20, N_("Fans"),
        N_("people outside the organisation with 3 or more shares or replies on its posts; "
           "20 scores 100."),
        N_("Reply to the people who share and comment most; invite them to events."),
        percent=False,
    ),
    Part(
        "two_way", "conversations", 0.30, N_("Two-way share"),
        N_("replies by the accounts ÷ their posts and replies; scores 100 at 30%."),
        N_("Answer comments under the own posts, not only questions."),
    ),
    Part(
        "answered", "conversations", 1.0, N_("Questions answered"),
        N_("questions and complaints (mentions that ask something) the accounts replied to ÷ "
           "all of them."),
        N_("Work through the response queue on Listening until nothing waits."),
    ),
    Part(
        "reply_time", "conversations", 1.0, N_("Reply time"),
        N_("median hours from a question to the first reply; 0 hours scores 100, 24 hours "
           "or more 0."),
        N_("Agree who answers within hours, also when the webcare colleague is away."),
        percent=False,
    ),
    Part(
        "mix", "content", 1.0, N_("Mix that engages"),
        N_("posts of a platform and kind whose engagement rate is at least the accounts' "
           "overall rate ÷ all posts."),
        N_("Post more of the kinds that engage (see Impact, per kind of post) and fewer of "
           "the rest."),
    ),
    Part(
        "versus", "content", 1.0, N_("Against competitors"),
        N_("own median engagement rate (engagements ÷ impressions, else ÷ followers) ÷ the "
           "best competitor's; equal or better scores 100."),
        N_("Look at the competitor's top posts on Competitors and try their formats."),
    ),
    Part(
        "voices", "context", 0.10, N_("Media and influencers"),
        N_("mentions by media and influencers (10,000 followers or more) ÷ all mentions; "
           "scores 100 at 10%."),
        N_("Offer stories to trade media and invite influential voices to a project visit."),
    ),
    Part(
        "tone", "context", 1.0, N_("Their tone"),
        N_("positive ÷ (positive + negative) among the mentions by media and influencers."),
        N_("Answer critical media and influencers openly and quickly on Listening."),
    ),
    Part(
        "weeks", "continuous", 1.0, N_("Active weeks"),
        N_("weeks with at least one post by the accounts ÷ weeks in the period."),
        N_("Plan at least one post a week; schedule them in the best windows (Audience "
           "timing)."),
    ),
    Part(
        "within_day", "continuous", 1.0, N_("Answered within a day"),
        N_("questions answered within 24 hours ÷ all questions."),
        N_("Check the queue twice a day, also at weekends."),
    ),
    Part(
        "outside", "continuous", 1.0, N_("Outside office hours"),
        N_("questions asked outside office hours (weekdays 09–17) answered within 24 hours ÷ "
           "those questions."),
        N_("Share a rota for evenings and weekends, or an auto-reply that says when."),
    ),
)  # fmt: skip

REASONS: dict[str, str] = {
    "no_followers": N_("no follower counts in the exports"),
    "no_employees": N_("no employees marked in who-is-who"),
    "no_posts": N_("the accounts posted nothing in the period"),
    "no_questions": N_("no questions in the period"),
    "no_replies": N_("the exports hold no replies by the accounts"),
    "no_rate": N_("no impressions or followers to compute an engagement rate"),
    "no_competitors": N_("no competitors with posts in the period"),
    "no_mentions": N_("no mentions in the period"),
    "no_voices": N_("no mentions by media or influencers"),
    "no_sentiment": N_("no sentiment for those mentions"),
}


@dataclass(frozen=True)
class Figure:
    """A part's figure in one period: the value (a share, a count or hours), its 0–100 score,
    or the reason it is n.b."""

    part: Part
    value: float | None
    score: float | None
    reason: str | None = None


@dataclass(frozen=True)
class Score:
    """One C: its 0–100 score (None: n.b.), the change against the previous period, its
    figures and the next step (the weakest part's)."""

    c: str
    score: float | None
    change: float | None
    figures: list[Figure] = field(default_factory=list)
    step: str | None = None

    @property
    def reasons(self) -> list[str]:
        return [f.reason for f in self.figures if f.reason]


def _figure(part: Part, value: float | None, reason: str | None = None) -> Figure:
    if value is None:
        return Figure(part, None, None, reason)
    if part.id == "reply_time":
        return Figure(part, value, max(0.0, 100 * (1 - value / 24)))
    return Figure(part, value, min(100.0, 100 * value / part.target))


def _parts_by_id() -> dict[str, Part]:
    return {p.id: p for p in PARTS}


def _in(posts: pl.DataFrame, tz: str, start: date, end: date) -> pl.DataFrame:
    local = pl.col("published_at").dt.convert_time_zone(tz)
    return posts.with_columns(
        local.dt.date().alias("day"),
        local.dt.weekday().alias("weekday"),
        local.dt.hour().alias("hour"),
    ).filter(pl.col("day").is_between(start, end))


def _connections(
    frame: pl.DataFrame, own: str, days: pl.DataFrame, start: date, end: date
) -> list[Figure]:
    parts = _parts_by_id()
    accounts = frame.filter((pl.col("author_type") == "own") & (pl.col("employer") == own))
    growth = follower_growth(days, accounts.filter(pl.col("post_type") != "reply"), own, start, end)
    known = growth.filter(pl.col("first") > 0)
    months = max(1.0, ((end - start).days + 1) / 30.44)
    rate = known["growth"].sum() / known["first"].sum() / months if known.height else None
    out = [_figure(parts["growth"], rate, "no_followers")]
    employees = frame.filter(
        (pl.col("author_type") == "employee")
        & (pl.col("employer") == own)
        & (pl.col("post_type") != "reply")
    )
    handles = employees.group_by(pl.coalesce("author_handle", "author_name")).len()
    has_employees = frame.filter(pl.col("author_type") == "employee").height > 0
    out.append(
        _figure(
            parts["ambassadors"],
            float((handles["len"] >= 3).sum()) if has_employees else None,
            "no_employees",
        )
    )
    fans = (
        frame.filter(
            (pl.col("author_type") == "public")
            & (pl.col("employer") == own)
            & pl.col("post_type").is_in(["share", "reply"])
            & (pl.col("sentiment").cast(pl.String) != "negative").fill_null(True)
        )
        .group_by(pl.coalesce("author_handle", "author_name"))
        .len()
    )
    out.append(_figure(parts["fans"], float((fans["len"] >= 3).sum())))
    return out


def _questions(frame: pl.DataFrame, everything: pl.DataFrame, own: str) -> pl.DataFrame:
    mentions = concepts.mentions(frame.filter(pl.col("employer") == own))
    questions = mentions.filter(concepts.question())
    replies = concepts.first_replies(everything, [own])
    office = (pl.col("weekday") <= 5) & pl.col("hour").is_between(
        OFFICE_HOURS[0], OFFICE_HOURS[1] - 1
    )
    return questions.join(replies, on="post_id", how="left").with_columns(
        ((pl.col("replied_at") - pl.col("published_at")).dt.total_minutes() / 60).alias("wait_h"),
        office.alias("office"),
    )


def _conversations(
    frame: pl.DataFrame, questions: pl.DataFrame, own: str, replies_exist: bool
) -> list[Figure]:
    parts = _parts_by_id()
    accounts = frame.filter((pl.col("author_type") == "own") & (pl.col("employer") == own))
    two_way = (accounts["post_type"] == "reply").mean() if accounts.height else None
    out = [_figure(parts["two_way"], two_way, "no_posts")]
    if questions.is_empty():
        return [
            *out,
            _figure(parts["answered"], None, "no_questions"),
            _figure(parts["reply_time"], None, "no_questions"),
        ]
    if not replies_exist:
        return [
            *out,
            _figure(parts["answered"], None, "no_replies"),
            _figure(parts["reply_time"], None, "no_replies"),
        ]
    waits = questions["wait_h"].drop_nulls()
    return [
        *out,
        _figure(parts["answered"], questions["wait_h"].is_not_null().mean()),
        _figure(parts["reply_time"], waits.median() if len(waits) else None, "no_replies"),
    ]


RATE = pl.coalesce("er_impressions", "er_followers")
"""The engagement rate the content figures compare: per impression, else per follower."""


def _content(frame: pl.DataFrame, own: str, competitors: list[str]) -> list[Figure]:
    parts = _parts_by_id()
    accounts = (
        with_derived(frame.lazy())
        .filter((pl.col("author_type") == "own") & (pl.col("post_type") != "reply"))
        .with_columns(RATE.alias("rate"))
        .collect()
    )
    mine = accounts.filter((pl.col("employer") == own) & pl.col("rate").is_not_null())
    if mine.is_empty():
        reason = "no_posts" if accounts.filter(pl.col("employer") == own).is_empty() else "no_rate"
        return [_figure(parts["mix"], None, reason), _figure(parts["versus"], None, reason)]
    overall = mine["rate"].mean()
    kinds = mine.group_by("platform", "post_type").agg(
        pl.col("rate").mean().alias("kind_rate"), pl.len()
    )
    good = kinds.filter(pl.col("kind_rate") >= overall)["len"].sum()
    out = [_figure(parts["mix"], good / mine.height)]
    rivals = accounts.filter(pl.col("employer").is_in(competitors) & pl.col("rate").is_not_null())
    if rivals.is_empty():
        return [*out, _figure(parts["versus"], None, "no_competitors")]
    best = rivals.group_by("employer").agg(pl.col("rate").median())["rate"].max()
    ratio = mine["rate"].median() / best if best else None
    return [*out, _figure(parts["versus"], ratio, "no_competitors")]


def _context(frame: pl.DataFrame, own: str) -> list[Figure]:
    parts = _parts_by_id()
    mentions = concepts.mentions(frame.filter(pl.col("employer") == own))
    if mentions.is_empty():
        return [
            _figure(parts["voices"], None, "no_mentions"),
            _figure(parts["tone"], None, "no_mentions"),
        ]
    media = pl.col("platform").cast(pl.String).is_in(MEDIA_PLATFORMS) | pl.col(
        "author_name"
    ).fill_null("").str.contains("(?i)" + MEDIA_NAME.pattern)
    loud = (pl.col("author_type") != "employee") & (
        media | (pl.col("followers").fill_null(0) >= INFLUENCER_FOLLOWERS)
    )
    voices = mentions.filter(loud)
    out = [_figure(parts["voices"], voices.height / mentions.height)]
    felt = voices.filter(pl.col("sentiment").cast(pl.String).is_in(["positive", "negative"]))
    if voices.is_empty():
        return [*out, _figure(parts["tone"], None, "no_voices")]
    if felt.is_empty():
        return [*out, _figure(parts["tone"], None, "no_sentiment")]
    return [*out, _figure(parts["tone"], (felt["sentiment"] == "positive").mean())]


def _continuous(
    frame: pl.DataFrame,
    questions: pl.DataFrame,
    own: str,
    start: date,
    end: date,
    replies_exist: bool,
) -> list[Figure]:
    parts = _parts_by_id()
    accounts = frame.filter((pl.col("author_type") == "own") & (pl.col("employer") == own))
    weeks = max(1, round(((end - start).days + 1) / 7))
    active = accounts["day"].dt.truncate("1w").n_unique() if accounts.height else None
    out = [
        _figure(
            parts["weeks"], min(1.0, active / weeks) if active is not None else None, "no_posts"
        )
    ]
    reason = (
        "no_questions" if questions.is_empty() else ("no_replies" if not replies_exist else None)
    )
    if reason:
        return [
            *out,
            _figure(parts["within_day"], None, reason),
            _figure(parts["outside"], None, reason),
        ]
    within = (questions["wait_h"].fill_null(1e9) <= 24).mean()
    outside = questions.filter(~pl.col("office"))
    late = (outside["wait_h"].fill_null(1e9) <= 24).mean() if outside.height else None
    return [
        *out,
        _figure(parts["within_day"], within),
        _figure(parts["outside"], late, "no_questions"),
    ]


def figures(
    posts: pl.DataFrame, own: str, competitors: list[str], tz: str, start: date, end: date,
    days: pl.DataFrame | None = None,
) -> dict[str, list[Figure]]:  # fmt: skip
    """Every part's figure for one period, per C."""
    frame = _in(posts, tz, start, end)
    questions = _questions(frame, posts, own)
    replies_exist = posts.filter(concepts.reply([own])).height > 0
    found = [
        *_connections(frame, own, days if days is not None else pl.DataFrame(), start, end),
        *_conversations(frame, questions, own, replies_exist),
        *_content(frame, own, competitors),
        *_context(frame, own),
        *_continuous(frame, questions, own, start, end, replies_exist),
    ]
    return {c: [f for f in found if f.part.c == c] for c in CS}


def _mean(found: list[Figure]) -> float | None:
    scores = [f.score for f in found if f.score is not None]
    return sum(scores) / len(scores) if scores else None


def scorecard(
    posts: pl.DataFrame, own: str | None, competitors: list[str], tz: str, start: date, end: date,
    days: pl.DataFrame | None = None,
) -> list[Score]:  # fmt: skip
    """The five C's for a period, each with its change against the period of the same length
    just before (None where either is n.b.). Empty without an own organisation."""
    if own is None or posts.is_empty():
        return []
    from core.ingest.days import empty_days

    days = days if days is not None and not days.is_empty() else empty_days()
    now = figures(posts, own, competitors, tz, start, end, days)
    length = end - start
    before = figures(
        posts,
        own,
        competitors,
        tz,
        start - length - timedelta(days=1),
        start - timedelta(days=1),
        days,
    )
    out = []
    for c in CS:
        score, previous = _mean(now[c]), _mean(before[c])
        scored = [f for f in now[c] if f.score is not None]
        weakest = min(scored, key=lambda f: f.score) if scored else None
        change = score - previous if score is not None and previous is not None else None
        step = weakest.part.step if weakest is not None and weakest.score < 100 else None
        out.append(Score(c, score, change, now[c], step))
    return out
