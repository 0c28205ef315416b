"""Derived columns of the post table, computed in this one place.

Each derived column is declared in :data:`DERIVED` with its formula in words, so pages can show
"how is this computed" next to every figure. Industry definitions differ (LinkedIn divides by
impressions, others by reach or by followers), so we keep each variant as its own column and
never silently pick one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from core.concepts import speaker_segment
from core.i18n import N_


def _engagements() -> pl.Expr:
    parts = ["reactions", "comments", "shares"]
    # Null only when the source reports none of the three; a missing part counts as zero.
    return (
        pl.when(pl.any_horizontal(pl.col(parts).is_not_null()))
        .then(pl.sum_horizontal(pl.col(parts).fill_null(0)))
        .otherwise(pl.lit(None, dtype=pl.Int64))
    )


def _rate(denominator: str) -> Callable[[], pl.Expr]:
    def expr() -> pl.Expr:
        den = pl.col(denominator)
        return pl.when(den > 0).then(_engagements() / den).otherwise(pl.lit(None, dtype=pl.Float64))

    return expr


@dataclass(frozen=True)
class Derived:
    """A derived column: its name, the formula in words (marked for translation where pages
    show it), and the polars expression."""

    name: str
    formula: str
    expr: Callable[[], pl.Expr]


DERIVED: tuple[Derived, ...] = (
    Derived(
        "engagements",
        N_(
            "reactions + comments + shares (a missing part counts as 0; empty when all three "
            "are missing). Clicks and video views are kept apart because not every platform "
            "reports them."
        ),
        _engagements,
    ),
    Derived(
        "er_impressions",
        N_("engagements ÷ impressions (LinkedIn's definition); empty without impressions."),
        _rate("impressions"),
    ),
    Derived("er_reach", N_("engagements ÷ reach; empty without reach."), _rate("reach")),
    Derived(
        "er_followers",
        N_("engagements ÷ followers of the posting account at the time; empty without followers."),
        _rate("followers"),
    ),
    Derived(
        "segment",
        "own_account, own_employees, competitor_accounts, competitor_employees or public, "
        "from author_type and employer_role (own or employee posts with no employer_role count "
        "as the own organisation's).",
        speaker_segment,
    ),
)

FORMULAS: dict[str, str] = {d.name: d.formula for d in DERIVED}


def with_derived(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Add every derived column of :data:`DERIVED` to a post table, in one ``with_columns``."""
    return lf.with_columns([d.expr().alias(d.name) for d in DERIVED])
