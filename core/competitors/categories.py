"""Rule-based activity categories of a post (Dutch and English keywords), until Themes exists.

Seed article 000 names the kinds of activity employers compete on: vacancies, employer-branding
stories, referral recruitment, talent pools and alumni, events. The rules are data: a post
gets every category whose pattern it matches, in this order.
"""

from __future__ import annotations

import polars as pl

CATEGORIES: tuple[tuple[str, str], ...] = (
    (
        "vacancy",
        r"(?i)vacature|solliciteer|we zoeken|gezocht|word jij onze|we'?re hiring|job opening|"
        r"apply|join our team",
    ),
    ("referral", r"(?i)aanbreng|ken jij iemand|tip ons|refer(?:ral)?|know someone"),
    ("event", r"(?i)open dag|beurs|meet-?up|webinar|evenement|open day|career fair|event"),
    (
        "training",
        r"(?i)opleiding|academy|cursus|training|certificaat|diploma|bbl|leren|certification|"
        r"apprentice",
    ),
    ("pay", r"(?i)salaris|\bcao\b|loon|pensioen|salary|pay rise|raise|pension"),
    ("workload", r"(?i)werkdruk|overuren|onderbezet|burn-?out|workload|overtime|understaffed"),
    ("talent_pool", r"(?i)talentpool|oud-collega|alumni|zij-instro|career switch"),
    (
        "project",
        r"(?i)project|opgeleverd|installatie|warmtepomp|zonnepanel|duurzaam|renovatie|heat pump|"
        r"solar|installed",
    ),
    ("story", r"(?i)collega|team|jubileum|borrel|trots|werkplezier|colleague|proud|anniversary"),
)
NAMES = tuple(name for name, _ in CATEGORIES)


def categories(text: pl.Expr) -> pl.Expr:
    """A list of the categories a text matches (empty list when none)."""
    hits = [pl.when(text.str.contains(pattern)).then(pl.lit(name)) for name, pattern in CATEGORIES]
    return pl.concat_list(hits).list.drop_nulls()


def top_categories(posts: pl.DataFrame, n: int = 3) -> list[str]:
    """The most frequent categories in some posts."""
    if posts.is_empty():
        return []
    counts = (
        posts.select(categories(pl.col("text")).alias("c"))
        .explode("c")
        .drop_nulls()
        .group_by("c")
        .len()
    )
    return counts.sort(["len", "c"], descending=[True, False]).head(n).get_column("c").to_list()
