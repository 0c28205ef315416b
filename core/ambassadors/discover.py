"""Who already speaks up for the organisation (candidates) and who amplifies it (fans).

Seed article 000, reasons 5 and 6: look for the positive voices, not for Big-Brother
monitoring. This page profiles individuals, so it applies the privacy rule
(:mod:`core.concepts`) to everyone, not only to employees: people are shown under a stable
pseudonym until their consent is recorded in the roster; only then their name and their activity
over time.
"""

from __future__ import annotations

import polars as pl

from core.competitors.categories import categories, top_categories
from core.concepts import consented, handle_key, pseudonym
from core.metrics import with_derived


def _who() -> pl.Expr:
    return (
        pl.coalesce("author_handle", "author_name")
        .str.strip_chars()
        .str.to_lowercase()
        .str.strip_chars_start("@")
    )


def known_handles(roster: list[dict]) -> dict[str, dict]:
    """Normalised handle (lower case, no @) → the roster record it belongs to."""
    return {handle_key(h["handle"]): person for person in roster for h in person.get("handles", [])}


WORDS = {"employee": "employee", "person": "person", "fan": "fan"}
"""Words for pseudonyms; the page passes them in the interface language."""


def candidates(
    posts: pl.LazyFrame, own: str | None, roster: list[dict], limit: int = 20, words: dict = WORDS
) -> pl.DataFrame:
    """Employees (and others) who post often and positively about the own organisation.

    Returns:
        ``key`` (handle), ``label`` (name if consented, else a pseudonym), ``kind``
        (employee/public), ``posts``, ``positive`` (share), ``reach``, ``engagement``
        (median engagements), ``topics`` (most frequent activity categories), ``in_roster``;
        best first.
    """
    mine = with_derived(posts).filter(
        pl.col("author_type").is_in(["employee", "public"])
        & ~pl.col("post_type").is_in(["share", "reply"])
    )
    if own:
        mine = mine.filter(pl.col("employer") == own)
    mine = mine.filter((pl.col("employer_role") == "own") | pl.col("employer_role").is_null())
    keyed = mine.with_columns(_who().alias("key")).filter(pl.col("key").is_not_null()).collect()
    stats = (
        keyed.group_by("key")
        .agg(
            pl.col("author_type").cast(pl.String).mode().first().alias("kind"),
            pl.len().alias("posts"),
            (pl.col("sentiment") == "positive").mean().alias("positive"),
            pl.col("reach").sum().alias("reach"),
            pl.col("engagements").median().alias("engagement"),
        )
        .filter((pl.col("posts") >= 3) & (pl.col("positive").fill_null(0) >= 0.5))
        .with_columns((pl.col("posts") * pl.col("positive").fill_null(0)).alias("score"))
        .sort(["score", "key"], descending=[True, False])
        .head(limit)
    )
    found = stats.join(_topics(keyed, stats), on="key", how="left", maintain_order="left")
    return _label(
        found.with_columns(pl.col("topics").fill_null("")).drop("score"), roster, "employee", words
    )


def _topics(keyed: pl.DataFrame, people: pl.DataFrame, n: int = 3) -> pl.DataFrame:
    """Each person's ``n`` most frequent activity categories (``key``, ``topics``: comma-
    separated, ties by name), in one pass over their posts."""
    counts = (
        keyed.filter(pl.col("key").is_in(people.get_column("key").implode()))
        .select("key", categories(pl.col("text")).alias("c"))
        .explode("c")
        .drop_nulls()
        .group_by("key", "c")
        .len()
        .sort(["key", "len", "c"], descending=[False, True, False])
    )
    return counts.group_by("key", maintain_order=True).agg(
        pl.col("c").head(n).str.join(", ").alias("topics")
    )


def fans(
    posts: pl.LazyFrame, own: str | None, roster: list[dict], limit: int = 20, words: dict = WORDS
) -> pl.DataFrame:
    """People who share and comment on the own organisation's posts most, positively."""
    frame = posts.filter(
        (pl.col("author_type") == "public")
        & pl.col("post_type").is_in(["share", "reply"])
        & (pl.col("sentiment") != "negative")
    )
    if own:
        frame = frame.filter(pl.col("employer") == own)
    stats = (
        frame.with_columns(_who().alias("key"))
        .group_by("key")
        .agg(
            pl.len().alias("interactions"),
            (pl.col("post_type") == "share").sum().alias("shares"),
            pl.col("followers").max().alias("followers"),
        )
        .filter(pl.col("interactions") >= 3)
        .sort(["interactions", "key"], descending=[True, False])
        .head(limit)
        .collect()
    )
    return _label(stats, roster, "fan", words)


def _label(
    stats: pl.DataFrame, roster: list[dict], prefix: str, words: dict = WORDS
) -> pl.DataFrame:
    """Names for the consented, stable pseudonyms (by kind: employee, person, fan) for others."""
    known = known_handles(roster)
    keys = stats.get_column("key").to_list()
    kinds = stats.get_column("kind").to_list() if "kind" in stats.columns else [prefix] * len(keys)
    prefixes = [prefix if kind == "employee" or prefix == "fan" else "person" for kind in kinds]
    labels = [
        known[k]["name"] if k in known and consented(known[k]) else pseudonym(k, words[p])
        for k, p in zip(keys, prefixes, strict=True)
    ]
    return stats.with_columns(
        pl.Series("label", labels, dtype=pl.String),
        pl.Series("in_roster", [k in known for k in keys], dtype=pl.Boolean),
    )


def activity(posts: pl.LazyFrame, person: dict, tz: str) -> dict:
    """Posts, reach, engagement, topics and posting hours of one consented ambassador."""
    from core.ambassadors.care import their_posts

    mine = (
        with_derived(their_posts(posts, person))
        .with_columns(
            pl.when(pl.col("time_known").fill_null(True))
            .then(pl.col("published_at").dt.convert_time_zone(tz).dt.hour())
            .alias("hour")
        )
        .collect()
    )
    if mine.is_empty():
        return {"posts": 0}
    topics = top_categories(mine)
    return {
        "posts": mine.height,
        "reach": int(mine.get_column("reach").sum() or 0),
        "engagement": mine.get_column("engagements").median(),
        "positive": mine.select((pl.col("sentiment") == "positive").mean()).item(),
        "topics": topics,
        "hours": mine.group_by("hour").len().sort("hour"),
        "platforms": {
            str(k): v
            for k, v in mine.group_by("platform").len().sort("len", descending=True).iter_rows()
        },
    }


def top_themes(posts: pl.DataFrame, keys: list[str], top: int = 2) -> dict[str, str]:
    """Per person (``key`` as in :func:`candidates`): their most frequent themes, when the posts
    carry ``theme_name`` (from the Themes page)."""
    if "theme_name" not in posts.columns or not keys:
        return {}
    counts = (
        posts.with_columns(_who().alias("key"))
        .filter(pl.col("key").is_in(keys) & pl.col("theme_name").is_not_null())
        .group_by("key", "theme_name")
        .len()
        .sort(["key", "len", "theme_name"], descending=[False, True, False])
        .group_by("key", maintain_order=True)
        .agg(pl.col("theme_name").head(top))
    )
    return {k: " | ".join(v) for k, v in counts.iter_rows()}
