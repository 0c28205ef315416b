"""What a column's values look like, so a mapping is judged on the values, not only the name.

A header says what a column should hold; the values say what it does. 'Employement Status'
matches the word *status* (X calls a tweet a status) but holds REGULAR and FORMER; 'Threads'
matches *thread* but counts threads; an ``is_verified`` column is never an author. Each
:class:`Look` is computed once per column from the sample the plan is made on, and
:func:`fits` says whether a target may take the column.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from core.ingest.parse import NULL_TOKENS

BOOLEANS = (
    "true", "false", "yes", "no", "y", "n", "ja", "nee", "waar", "onwaar", "oui", "non", "t", "f",
)  # fmt: skip
NUMBER = r"^[\s\"'€$£%+\-]*\d[\d.,\s]*[%kKmM]?$"
DATE = r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\d{8}$|^[A-Za-z]{3,9}\.? \d{1,2},? \d{4}"
SMALL_INT = r"^\d{1,4}$"
URL = r"^(?i:https?://|www\.)\S+$"
HANDLE = r"^@?[\w.\-]{2,40}$"
MEDIA_HOSTS = (
    r"(?i)^(?:https?://)?[^/]*(?:cdn|fbcdn|akamai|twimg|muscdn|tiktokv|byteoversea|ibyteimg|"
    r"cloudfront|media\.licdn|dms\.licdn|scontent|video\.|googleusercontent)[^/]*/"
    r"|(?i)\.(?:mp4|mov|jpe?g|png|gif|webp|m3u8|heic)(?:\?|$)"
)
"""Links to a file on a content network, not to the post: a CDN host or a media file."""


@dataclass(frozen=True)
class Look:
    """Shares of a column's non-empty sample values that look a certain way."""

    filled: int = 0
    boolean: float = 0.0
    number: float = 0.0
    small_int: float = 0.0
    url: float = 0.0
    media: float = 0.0
    handle: float = 0.0
    spaced: float = 0.0
    date: float = 0.0
    distinct: float = 0.0
    length: float = 0.0
    """Mean length in characters."""

    @property
    def free_text(self) -> float:
        """How much this column reads like free text a person wrote: long, varied values
        with spaces, not numbers, links or yes/no."""
        if self.filled < 5 or max(self.number, self.url, self.boolean, self.date) > 0.5:
            return 0.0  # too few values to judge, or numbers, links, yes/no, dates
        return self.distinct * min(self.length, 400) * max(self.spaced, 0.05)


def look(sample: pl.DataFrame, header: str) -> Look:
    if header not in sample.columns:
        return Look()
    values = sample.get_column(header).cast(pl.String).str.strip_chars()
    values = values.filter(~values.str.to_lowercase().is_in(NULL_TOKENS).fill_null(True))
    if values.is_empty():
        return Look()
    lowered = values.str.to_lowercase()
    stats = pl.DataFrame({"v": values, "l": lowered}).select(
        pl.col("l").is_in(BOOLEANS).mean().alias("boolean"),
        pl.col("v").str.contains(NUMBER).mean().alias("number"),
        pl.col("v").str.contains(SMALL_INT).mean().alias("small_int"),
        pl.col("v").str.contains(URL).mean().alias("url"),
        pl.col("v").str.contains(MEDIA_HOSTS).mean().alias("media"),
        pl.col("v").str.contains(HANDLE).mean().alias("handle"),
        pl.col("v").str.contains(r"\s").mean().alias("spaced"),
        pl.col("v").str.contains(DATE).mean().alias("date"),
        (pl.col("v").n_unique() / pl.len()).alias("distinct"),
        pl.col("v").str.len_chars().mean().alias("length"),
    )
    return Look(len(values), **{k: float(v or 0) for k, v in stats.row(0, named=True).items()})


IDS = frozenset({"post_id", "thread_id", "in_reply_to_id"})
NAMES = frozenset({"author_name", "employer", "location"})
COUNTS = frozenset(
    {"impressions", "reach", "reactions", "comments", "shares", "clicks", "video_views",
     "followers", "engagements_total", "rating"}
)  # fmt: skip


def fits(target: str, seen: Look) -> bool:
    """Whether the values allow a column to be mapped to ``target`` (an empty column may)."""
    if seen.filled == 0:
        return True
    if seen.boolean > 0.5 and target not in ("sentiment", "author_type", "post_type"):
        return False  # true/false is never a name, a handle, a text or a count
    if target == "author_handle":
        return seen.handle >= 0.6 and seen.url < 0.5 and seen.number < 0.8
    if target in NAMES:
        return seen.number < 0.5 and seen.url < 0.5
    if target == "text":  # never a status or category column, a number or a link
        return not category(seen) and seen.number < 0.5 and seen.url < 0.5
    if target == "title":
        return seen.number < 0.5 and seen.url < 0.5
    if target == "url":
        return seen.url >= 0.6
    if target in IDS:
        counts = seen.small_int >= 0.9 and seen.distinct < 0.9
        return not counts and seen.url < 0.5 if target != "post_id" else seen.distinct >= 0.5
    if target in COUNTS:
        return seen.number >= 0.8
    return True


def page_link(seen: Look) -> bool:
    """A column of links to pages (posts, profiles), not to media files on a CDN."""
    return seen.url >= 0.6 and seen.media < 0.5


def category(seen: Look) -> bool:
    """A column of a few repeated values (a status, a type), whatever its header says."""
    return seen.filled >= 5 and seen.distinct < 0.3
