"""The timing advice in words, Dutch or English."""

from __future__ import annotations

from babel.lists import format_list

from core import fmt, vocab
from core.i18n import t
from core.timing.slots import Recommendation


def weekdays(days: tuple[int, ...] | list[int], lang: str) -> str:
    """'dinsdag en woensdag' / 'Tuesday and Wednesday' (1 = Monday)."""
    names = [fmt.weekday(d, lang) for d in days]
    return format_list(names, locale=fmt.locale(lang)) if names else ""


def block(start: int, hours: int) -> str:
    return f"{start:02d}:00–{(start + hours) % 24:02d}:00"


def sentence(rec: Recommendation, metric: str, lang: str, min_posts: int) -> str:
    """One line of advice for one platform, with its sample size and rates."""
    platform = t(vocab.PLATFORM[rec.platform], lang)
    if rec.thin:
        return t(
            "**{platform}**: too little data to tell ({posts} posts in {slots} "
            "slots; it takes a slot with at least {min} posts that is clearly "
            "better).",
            lang,
            platform=platform,
            posts=fmt.number(rec.total_posts, lang),
            slots=rec.slots_tried,
            min=min_posts,
        )
    return t(
        "**{platform}**: {days} {time}; {posts} posts, median {metric} "
        "{rate} vs {overall} for all posts (lift {lift}, interval {low}–{high}).",
        lang,
        platform=platform,
        days=weekdays(rec.weekdays, lang),
        time=block(rec.block, rec.block_hours),
        posts=fmt.number(rec.posts, lang),
        metric=t(vocab.METRIC[metric], lang),
        rate=fmt.percent(rec.rate, lang),
        overall=fmt.percent(rec.overall, lang),
        lift=fmt.number(rec.lift, lang, 2),
        low=fmt.number(rec.low, lang, 2),
        high=fmt.number(rec.high, lang, 2),
    )
