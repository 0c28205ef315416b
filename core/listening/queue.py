"""The response queue: mentions that need an answer, in order of priority, with a status.

What needs an answer (seed article 000, reason 3: not responding works against you), among
the employer's mentions (:func:`core.concepts.mention`) that are not shares:

- a **question** (:func:`core.concepts.question`) to or about the employer — *direct* when it
  replies to one of the employer's posts or names its account, *indirect* otherwise;
- a **complaint**: a negative mention.

Employees' questions and complaints are in it too; the page shows them under the privacy rule
(:func:`core.concepts.private`).

Priority weighs who sees it (the author's reach), how negative it is, how long it has been
waiting, and whether it was addressed to the employer, each scaled to 0–1 (:data:`WEIGHTS`).
The status (open, answered, no reply needed), the owner — a comms/HR colleague, never an
ambassador (seed article 003) — and a note are kept in TinyDB. A question the employer's
account already replied to in the data is answered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from core import concepts
from core.db import lock_for, open_db

STATUSES = ("open", "answered", "no_reply")
WEIGHTS = {"reach": 0.35, "negativity": 0.3, "waiting": 0.2, "direct": 0.15}
WAIT_FULL_HOURS = 72
"""Waiting this long (or longer) counts fully."""
REACH_FULL = 100_000
"""An author seen by this many people (or more) counts fully; log scale below."""


def reach_score(reach: float | None) -> float:
    if not reach or reach <= 0:
        return 0.0
    return min(1.0, math.log10(1 + reach) / math.log10(1 + REACH_FULL))


def priority(
    reach: float | None, sentiment: str | None, waited_hours: float, direct: bool = False
) -> float:
    """0–1, the weighted sum (:data:`WEIGHTS`) of: reach (log scale), negativity (negative 1,
    unknown 0.3, neutral 0.2, positive 0), waiting (up to :data:`WAIT_FULL_HOURS`), and whether
    it is addressed to the employer directly (1) or said about it (0)."""
    negativity = {"negative": 1.0, "neutral": 0.2, "positive": 0.0}.get(sentiment or "", 0.3)
    waiting = min(1.0, max(0.0, waited_hours) / WAIT_FULL_HOURS)
    return (
        WEIGHTS["reach"] * reach_score(reach)
        + WEIGHTS["negativity"] * negativity
        + WEIGHTS["waiting"] * waiting
        + WEIGHTS["direct"] * float(bool(direct))
    )


def level(score: float) -> str:
    return "high" if score >= 0.6 else "medium" if score >= 0.4 else "low"


def candidates(
    posts: pl.DataFrame, employer: str, handles: list[str], now: datetime | None = None
) -> pl.DataFrame:
    """Mentions of ``employer`` that need an answer, with reason, priority and the data's reply.

    Args:
        posts: Post table (with sentiment filled where possible).
        employer: The organisation whose queue this is.
        handles: Its own accounts' handles (a mention of one makes a question direct).
        now: The moment waiting is measured to; default the last post in the data (a demo or
            an old export should not show every item waiting for months).

    Returns:
        One row per item: ``post_id``, ``published_at``, ``platform``, ``author_name``,
        ``author_handle``, ``author_type``, ``text``, ``url``, ``reason``
        (``question``/``complaint``), ``direct``, ``reach``, ``sentiment``, ``replied_at``,
        ``waited_h``, ``priority``, ``level``; highest priority first.
    """
    now = now or posts.get_column("published_at").max()
    own_posts = posts.filter((pl.col("author_type") == "own") & (pl.col("employer") == employer))
    replies = concepts.first_replies(posts, [employer])
    own_ids = set(own_posts.get_column("post_id").to_list())
    mentions = concepts.mentions(posts, employer).filter(pl.col("post_type") != "share")
    if mentions.is_empty():
        return _empty()
    handle_words = [f"@{h.lower().lstrip('@')}" for h in handles if h]
    text = pl.col("text").fill_null("").str.to_lowercase()
    named = text.str.contains_any(handle_words) if handle_words else pl.lit(False)
    frame = mentions.with_columns(
        concepts.question().alias("_question"),
        (pl.col("in_reply_to_id").is_in(list(own_ids)).fill_null(False) | named).alias("direct"),
        pl.coalesce(pl.col("reach"), pl.col("followers")).alias("reach"),
    ).filter(pl.col("_question") | (pl.col("sentiment") == "negative"))
    frame = frame.with_columns(
        pl.when(pl.col("_question"))
        .then(pl.lit("question"))
        .otherwise(pl.lit("complaint"))
        .alias("reason")
    ).join(replies, on="post_id", how="left")
    waited = (
        pl.coalesce(pl.col("replied_at"), pl.lit(now)) - pl.col("published_at")
    ).dt.total_minutes() / 60
    frame = frame.with_columns(waited.clip(lower_bound=0).alias("waited_h"))  # clock skew
    scores = [
        priority(r, s, w, d)
        for r, s, w, d in zip(
            frame.get_column("reach").to_list(),
            frame.get_column("sentiment").cast(pl.String).to_list(),
            frame.get_column("waited_h").to_list(),
            frame.get_column("direct").to_list(),
            strict=True,
        )
    ]
    return (
        frame.with_columns(
            pl.Series("priority", scores, dtype=pl.Float64),
            pl.Series("level", [level(x) for x in scores], dtype=pl.String),
            pl.col("sentiment").cast(pl.String),
            pl.col("platform").cast(pl.String),
            pl.col("author_type").cast(pl.String),
        )
        .select(_COLUMNS)
        .sort(["priority", "published_at"], descending=[True, False])
    )


_COLUMNS = [
    "post_id",
    "published_at",
    "platform",
    "author_name",
    "author_handle",
    "author_type",
    "text",
    "url",
    "reason",
    "direct",
    "reach",
    "sentiment",
    "replied_at",
    "waited_h",
    "priority",
    "level",
]


def _empty() -> pl.DataFrame:
    return pl.DataFrame(
        schema={
            "post_id": pl.String,
            "published_at": pl.Datetime("us", "UTC"),
            "platform": pl.String,
            "author_name": pl.String,
            "author_handle": pl.String,
            "author_type": pl.String,
            "text": pl.String,
            "url": pl.String,
            "reason": pl.String,
            "direct": pl.Boolean,
            "reach": pl.Int64,
            "sentiment": pl.String,
            "replied_at": pl.Datetime("us", "UTC"),
            "waited_h": pl.Float64,
            "priority": pl.Float64,
            "level": pl.String,
        }
    )


class QueueError(ValueError):
    """A decision that cannot be kept: ``field`` (status, owner, note, name) and ``reason``
    (unknown, ambassador, too_long, empty) say what to fix, for a message in any language."""

    def __init__(self, field: str, reason: str, value: str = "") -> None:
        super().__init__(f"{field}: {reason}" + (f" ({value})" if value else ""))
        self.field, self.reason, self.value = field, reason, value


@dataclass(frozen=True)
class Entry:
    """What the team decided about one queue item."""

    post_id: str
    status: str
    owner: str
    note: str
    updated_at: str


class QueueStore:
    """Statuses, owners and notes, and the response team, of one organisation, in TinyDB (one
    lock per file across processes, atomic writes)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def entries(self, dataset: str | None = None) -> dict[str, Entry]:
        """The decisions in this store (of one dataset, or all: datasets of one organisation
        share a store, so a post in next month's export keeps its status)."""
        with lock_for(self.path), open_db(self.path) as db:
            rows = db.table("queue").all()
        rows = sorted(rows, key=lambda r: r.get("updated_at", ""))  # the newest decision wins
        return {
            r["post_id"]: Entry(r["post_id"], r["status"], r["owner"], r["note"], r["updated_at"])
            for r in rows
            if dataset is None or r.get("dataset") == dataset
        }

    def set(
        self,
        dataset: str,
        post_id: str,
        status: str,
        owner: str = "",
        note: str = "",
        ambassadors: list[str] = (),
    ) -> Entry:
        """Record a decision. Raises :class:`QueueError` naming the field when something is wrong.

        Args:
            ambassadors: Names of the ambassadors; they may not own an item (seed 003: the
                comms/HR colleague answers reactions, the ambassador is not left alone with them).
        """
        if status not in STATUSES:
            raise QueueError("status", "unknown", status)
        owner = " ".join((owner or "").split())
        if owner and owner.casefold() in {a.casefold() for a in ambassadors}:
            raise QueueError("owner", "ambassador", owner)
        if len(owner) > 80 or len(note) > 2000:
            raise QueueError("owner" if len(owner) > 80 else "note", "too_long")
        from tinydb import Query

        row = {
            "dataset": dataset,
            "post_id": post_id,
            "status": status,
            "owner": owner,
            "note": note.strip(),
            "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        with lock_for(self.path), open_db(self.path) as db:
            q = Query()
            db.table("queue").upsert(row, (q.dataset == dataset) & (q.post_id == post_id))
        return Entry(post_id, row["status"], owner, row["note"], row["updated_at"])

    def team(self) -> list[str]:
        with lock_for(self.path), open_db(self.path) as db:
            return sorted(r["name"] for r in db.table("team").all())

    def add_member(self, name: str, ambassadors: list[str] = ()) -> None:
        name = " ".join(name.split())
        if not name:
            raise QueueError("name", "empty")
        if name.casefold() in {a.casefold() for a in ambassadors}:
            raise QueueError("owner", "ambassador", name)
        from tinydb import Query

        with lock_for(self.path), open_db(self.path) as db:
            db.table("team").upsert({"name": name}, Query().name == name)


def with_status(queue: pl.DataFrame, entries: dict[str, Entry]) -> pl.DataFrame:
    """The queue with ``status``, ``owner``, ``note``: the team's decision, else ``answered``
    when the data holds a reply from the employer, else ``open``."""
    ids = queue.get_column("post_id").to_list()
    replied = queue.get_column("replied_at").is_not_null().to_list()
    status = [
        entries[i].status if i in entries else ("answered" if r else "open")
        for i, r in zip(ids, replied, strict=True)
    ]
    return queue.with_columns(
        pl.Series("status", status, dtype=pl.String),
        pl.Series("owner", [entries[i].owner if i in entries else "" for i in ids], pl.String),
        pl.Series("note", [entries[i].note if i in entries else "" for i in ids], pl.String),
    )
