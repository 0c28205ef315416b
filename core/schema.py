"""The canonical post table that every page reads.

One row is one post, comment, share or review, from any platform or listening tool. Loaders
turn their files into this shape with :func:`conform`; derived columns (engagements, engagement
rates) are added in one place, :mod:`core.metrics`.

The table is declared once, in :data:`COLUMNS`, as ``(name, dtype, required, doc)``. The polars
schema, the documentation in ``docs/DATA.md`` and the validation all come from that table.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

PLATFORMS: tuple[str, ...] = (
    "linkedin",
    "x",
    "facebook",
    "instagram",
    "tiktok",
    "youtube",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "pinterest",
    "snapchat",
    "whatsapp",
    "news",
    "blog",
    "forum",
    "reviews",
    "other",
)
"""Platforms we know. Listening tools also report news sites, blogs, forums and review sites."""

SOCIAL_PLATFORMS: tuple[str, ...] = ("linkedin", "x", "facebook", "instagram", "tiktok", "youtube")

AUTHOR_TYPES: tuple[str, ...] = ("own", "employee", "public")
EMPLOYER_ROLES: tuple[str, ...] = ("own", "competitor")
POST_TYPES: tuple[str, ...] = (
    "post",
    "reply",
    "share",
    "video",
    "image",
    "article",
    "review",
    "other",
)
SENTIMENTS: tuple[str, ...] = ("positive", "neutral", "negative")

METRIC_COLUMNS: tuple[str, ...] = (
    "impressions",
    "reach",
    "reactions",
    "comments",
    "shares",
    "clicks",
    "video_views",
    "followers",
)


@dataclass(frozen=True)
class Column:
    """One column of the post table.

    Attributes:
        name: Column name, lower snake case.
        dtype: Polars data type.
        required: Whether every row must have a value.
        doc: What the column holds, for users who prepare their own files.
    """

    name: str
    dtype: pl.DataType
    required: bool
    doc: str


COLUMNS: tuple[Column, ...] = (
    Column("post_id", pl.String(), True, "Unique id of the post within the dataset."),
    Column("platform", pl.Enum(PLATFORMS), True, f"Where it was posted: {', '.join(PLATFORMS)}."),
    Column(
        "published_at",
        pl.Datetime("us", "UTC"),
        True,
        "When it was published, in UTC. Pages convert to the chosen time zone.",
    ),
    Column("author_handle", pl.String(), False, "Account handle of the author, e.g. `@name`."),
    Column("author_name", pl.String(), False, "Display name of the author."),
    Column(
        "employer",
        pl.String(),
        False,
        "The employer the post is by or about: the own organisation or a named competitor. "
        "Empty when the post is about neither.",
    ),
    Column(
        "employer_role",
        pl.Enum(EMPLOYER_ROLES),
        False,
        "`own` when `employer` is the own organisation, `competitor` for a named competitor.",
    ),
    Column(
        "author_type",
        pl.Enum(AUTHOR_TYPES),
        True,
        "Who wrote it: `own` (an official account of the employer), `employee` (someone who "
        "works there) or `public` (everyone else: candidates, fans, critics, media).",
    ),
    Column("text", pl.String(), False, "The text of the post, comment or review."),
    Column("url", pl.String(), False, "Link to the post."),
    Column("language", pl.String(), False, "ISO 639-1 language code, e.g. `nl`, `en`, `fr`."),
    Column(
        "post_type",
        pl.Enum(POST_TYPES),
        True,
        "`post` (original text or link post), `image`, `video`, `article`, `reply` (a comment "
        "on or reply to another post), `share` (repost, retweet), `review` (employer review), "
        "`other`.",
    ),
    Column(
        "impressions", pl.Int64(), False, "Times the post was shown (may count a person twice)."
    ),
    Column(
        "reach", pl.Int64(), False, "Unique accounts that saw the post (estimated by some tools)."
    ),
    Column("reactions", pl.Int64(), False, "Likes and other reactions."),
    Column("comments", pl.Int64(), False, "Comments or replies received."),
    Column("shares", pl.Int64(), False, "Shares, reposts, retweets."),
    Column(
        "clicks", pl.Int64(), False, "Link and content clicks, where the platform reports them."
    ),
    Column("video_views", pl.Int64(), False, "Video views, for video posts."),
    Column(
        "followers",
        pl.Int64(),
        False,
        "Followers of the author's account at the time of the post.",
    ),
    Column(
        "sentiment",
        pl.Enum(SENTIMENTS),
        False,
        "`positive`, `neutral` or `negative`, when the source tool provides it.",
    ),
    Column(
        "in_reply_to_id",
        pl.String(),
        False,
        "`post_id` of the post this one replies to or shares; empty for original posts.",
    ),
    Column(
        "thread_id",
        pl.String(),
        False,
        "`post_id` of the first post of the conversation this one belongs to.",
    ),
    Column("location", pl.String(), False, "Place or region of the author, where known."),
    Column("source", pl.String(), False, "File (or generator) the row was read from."),
    Column(
        "time_known",
        pl.Boolean(),
        False,
        "`false` when the export gives the day but not the time (LinkedIn's page export, "
        "reviews): pages that need the time of day leave such posts out. Empty means known.",
    ),
)

POST_SCHEMA: pl.Schema = pl.Schema({c.name: c.dtype for c in COLUMNS})
"""The polars schema of the canonical post table, in column order."""

REQUIRED: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.required)
DOCS: dict[str, str] = {c.name: c.doc for c in COLUMNS}


class SchemaError(ValueError):
    """Raised when a frame cannot be turned into the post table. The message says what to fix."""


def empty_posts() -> pl.DataFrame:
    """An empty post table with the canonical schema."""
    return pl.DataFrame(schema=POST_SCHEMA)


def conform(frame: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
    """Shape a frame into the post table: add missing optional columns, cast, order.

    Columns outside the schema are dropped. Strings for enum columns are lower-cased first.

    Args:
        frame: Any frame whose columns use the canonical names.

    Returns:
        A lazy frame with exactly :data:`POST_SCHEMA`.

    Raises:
        SchemaError: A required column is missing.
    """
    lf = frame.lazy()
    present = lf.collect_schema()
    missing = [name for name in REQUIRED if name not in present]
    if missing:
        raise SchemaError(
            f"Required column(s) missing: {', '.join(missing)}. See docs/DATA.md for the table."
        )
    exprs = []
    for col in COLUMNS:
        if col.name not in present:
            exprs.append(pl.lit(None, dtype=col.dtype).alias(col.name))
        elif isinstance(col.dtype, pl.Enum) and present[col.name] != col.dtype:
            exprs.append(
                pl.col(col.name).cast(pl.String).str.to_lowercase().cast(col.dtype).alias(col.name)
            )
        else:
            exprs.append(pl.col(col.name).cast(col.dtype).alias(col.name))
    return lf.select(exprs)


def validate(frame: pl.DataFrame) -> list[str]:
    """Check a collected post table and describe every problem found.

    Args:
        frame: A frame that claims to be the post table.

    Returns:
        Human-readable problems; empty when the frame is a valid post table.
    """
    problems: list[str] = []
    if frame.schema != POST_SCHEMA:
        wrong = [
            f"{name} (expected {dtype}, got {frame.schema.get(name)})"
            for name, dtype in POST_SCHEMA.items()
            if frame.schema.get(name) != dtype
        ]
        extra = [name for name in frame.columns if name not in POST_SCHEMA]
        if wrong:
            problems.append("Columns with the wrong type or missing: " + "; ".join(wrong))
        if extra:
            problems.append("Columns not in the post table: " + ", ".join(extra))
        if wrong:
            return problems
    nulls = frame.select(pl.col(REQUIRED).null_count()).row(0, named=True)
    problems += [f"{n} rows have no {name}" for name, n in nulls.items() if n]
    dupes = frame.height - frame.get_column("post_id").n_unique()
    if dupes:
        problems.append(f"{dupes} rows repeat a post_id that is already used")
    negative = frame.select([(pl.col(name) < 0).sum().alias(name) for name in METRIC_COLUMNS]).row(
        0, named=True
    )
    problems += [f"{n} rows have a negative {name}" for name, n in negative.items() if n]
    return problems


def schema_markdown() -> str:
    """The post table as a Markdown table (used in docs/DATA.md, checked by a test)."""
    lines = ["| column | type | required | meaning |", "|---|---|---|---|"]
    for col in COLUMNS:
        kind = "enum" if isinstance(col.dtype, pl.Enum) else str(col.dtype)
        lines.append(f"| `{col.name}` | {kind} | {'yes' if col.required else ''} | {col.doc} |")
    return "\n".join(lines)
