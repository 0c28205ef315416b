"""'Continuous' (seed article 002): social media has no opening hours.

How much of what is said to and about the organisation arrives outside office hours and at
weekends, and how long it waits for an answer where the data holds the replies — input for
webcare staffing.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from core import concepts
from core.timing.slots import OFFICE_HOURS, local_times


@dataclass(frozen=True)
class Continuity:
    """Figures about mentions of one organisation (or several).

    Attributes:
        mentions: Mentions of the organisation (:func:`core.concepts.mention`).
        questions: Those that ask something (:func:`core.concepts.question`).
        outside_share: Share of mentions outside office hours (weekday 09–17) or at weekends.
        weekend_share: Share of mentions on Saturday or Sunday.
        questions_outside_share: Share of questions outside office hours.
        answered_share: Share of questions the organisation's accounts replied to, judged by
            :func:`core.concepts.first_replies` (None when the data holds no replies at all).
        within_day_share: Share of questions answered within 24 hours.
        wait_office_h: Median hours to the first reply for questions asked in office hours.
        wait_outside_h: Same, for questions asked outside office hours.
        by_hour: ``hour``, ``office`` (bool), ``mentions`` — for a chart.
    """

    mentions: int
    questions: int
    outside_share: float | None
    weekend_share: float | None
    questions_outside_share: float | None
    answered_share: float | None
    within_day_share: float | None
    wait_office_h: float | None
    wait_outside_h: float | None
    by_hour: pl.DataFrame


def _office() -> pl.Expr:
    return (pl.col("weekday") <= 5) & pl.col("hour").is_between(
        OFFICE_HOURS[0], OFFICE_HOURS[1] - 1
    )


def continuity(posts: pl.LazyFrame, tz: str, employers: list[str] | None = None) -> Continuity:
    """Mentions and questions by time of arrival, and how long questions wait for an answer.

    Args:
        posts: Post table.
        tz: Time zone that defines office hours.
        employers: Organisations to look at (their mentions, their accounts' replies); all
            when None.
    """
    frame = local_times(posts, tz).with_columns(_office().alias("office"))
    if employers is not None:
        frame = frame.filter(pl.col("employer").is_in(employers))
    mentions = concepts.mentions(frame).collect()
    questions = mentions.filter(concepts.question())
    first_reply = concepts.first_replies(frame, employers).collect()
    waited = questions.join(first_reply, on="post_id", how="left").with_columns(
        ((pl.col("replied_at") - pl.col("published_at")).dt.total_minutes() / 60).alias("wait_h")
    )
    has_replies = first_reply.height > 0

    def share(frame: pl.DataFrame, expr: pl.Expr) -> float | None:
        return frame.select(expr.mean()).item() if frame.height else None

    answered = waited.filter(pl.col("wait_h").is_not_null())
    by_hour = (
        mentions.group_by("hour", "office").agg(pl.len().alias("mentions")).sort("hour", "office")
    )
    return Continuity(
        mentions=mentions.height,
        questions=questions.height,
        outside_share=share(mentions, ~pl.col("office")),
        weekend_share=share(mentions, pl.col("weekday") >= 6),
        questions_outside_share=share(questions, ~pl.col("office")),
        answered_share=share(waited, pl.col("wait_h").is_not_null()) if has_replies else None,
        within_day_share=share(waited, pl.col("wait_h") <= 24) if has_replies else None,
        wait_office_h=answered.filter(pl.col("office")).get_column("wait_h").median()
        if has_replies
        else None,
        wait_outside_h=answered.filter(~pl.col("office")).get_column("wait_h").median()
        if has_replies
        else None,
        by_hour=by_hour,
    )
