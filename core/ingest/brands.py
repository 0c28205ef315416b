"""Brand mapping: which accounts are the own organisation, which a competitor, who are employees.

Applied after loading: an account's posts get its employer and author type; for posts by anyone
else, the employer is the organisation whose name the text mentions (the own one first).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl
from tinydb.table import Document

from core.db import open_db


def _handle(value: str) -> str:
    return value.strip().lstrip("@").lower()


@dataclass
class BrandMap:
    """Who is who.

    Attributes:
        own: Name of the own organisation.
        own_handles: Its accounts (handles or page names), any platform.
        competitors: Competitor name → its accounts.
        employees: Employee handle → the employer they work for.
    """

    own: str | None = None
    own_handles: list[str] = field(default_factory=list)
    competitors: dict[str, list[str]] = field(default_factory=dict)
    employees: dict[str, str] = field(default_factory=dict)

    @property
    def employers(self) -> list[str]:
        return [n for n in [self.own, *self.competitors] if n]

    def _accounts(self) -> dict[str, str]:
        accounts = {_handle(h): self.own for h in self.own_handles if self.own}
        for name, handles in self.competitors.items():
            accounts |= {_handle(h): name for h in handles}
        return accounts

    def apply(self, posts: pl.LazyFrame) -> pl.LazyFrame:
        """Set ``employer``, ``employer_role`` and ``author_type`` from the mapping."""
        if not self.employers:
            return posts
        who = (
            pl.coalesce(pl.col("author_handle"), pl.col("author_name"))
            .str.strip_chars()
            .str.strip_chars_start("@")
            .str.to_lowercase()
        )
        name = pl.col("author_name").str.strip_chars().str.to_lowercase()
        accounts = self._accounts()
        staff = {_handle(h): e for h, e in self.employees.items()}
        account_of = pl.coalesce(
            who.replace_strict(accounts, default=None, return_dtype=pl.String),
            name.replace_strict(accounts, default=None, return_dtype=pl.String),
        )
        employee_of = who.replace_strict(staff, default=None, return_dtype=pl.String)
        mentioned = pl.lit(None, dtype=pl.String)
        for employer in reversed(self.employers):
            pattern = "(?i)" + "|".join(_name_patterns(employer, accounts))
            mentioned = (
                pl.when(pl.col("text").str.contains(pattern))
                .then(pl.lit(employer))
                .otherwise(mentioned)
            )
        employer = pl.coalesce(account_of, employee_of, pl.col("employer"), mentioned)
        author_type = (
            pl.when(account_of.is_not_null())
            .then(pl.lit("own"))
            .when(employee_of.is_not_null())
            .then(pl.lit("employee"))
            .when(pl.col("author_type") == "own")
            .then(pl.lit("own"))
            .otherwise(pl.col("author_type").cast(pl.String))
        )
        role = (
            pl.when(employer == self.own)
            .then(pl.lit("own"))
            .when(employer.is_in(list(self.competitors)))
            .then(pl.lit("competitor"))
        )
        return posts.with_columns(
            employer.alias("employer"),
            role.cast(pl.Enum(["own", "competitor"])).alias("employer_role"),
            author_type.cast(pl.Enum(["own", "employee", "public"])).alias("author_type"),
        )

    def to_dict(self) -> dict:
        return asdict(self)


def _name_patterns(employer: str, accounts: dict[str, str]) -> list[str]:
    import re

    names = [re.escape(employer)] + [
        re.escape(h) for h, e in accounts.items() if e == employer and len(h) > 3
    ]
    return [rf"\b{n}\b" for n in names]


class BrandStore:
    """The team's brand mapping, kept in one TinyDB file (it rarely changes between uploads)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> BrandMap:
        with open_db(self.path) as db:
            doc = db.table("brands").get(doc_id=1)
        return BrandMap(
            **{k: v for k, v in (doc or {}).items() if k in BrandMap.__dataclass_fields__}
        )

    def save(self, brands: BrandMap) -> None:
        with open_db(self.path) as db:
            db.table("brands").upsert(Document(brands.to_dict(), doc_id=1))
