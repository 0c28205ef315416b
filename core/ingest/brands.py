"""Brand mapping: which accounts are the own organisation, which a competitor, who are employees.

Applied after loading: an account's posts get its employer and author type; for posts by anyone
else, the employer is the organisation whose name the text mentions (the own one first).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

import polars as pl


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

    def apply_days(self, days: pl.DataFrame) -> pl.DataFrame:
        """Account figures per day: the employer of the account, else the own organisation.

        Daily figures come from an account's own analytics, which only its admins can export.
        """
        if days.is_empty() or not self.employers:
            return days
        accounts = self._accounts()
        account = pl.col("account").str.strip_chars().str.strip_chars_start("@").str.to_lowercase()
        mapped = account.replace_strict(accounts, default=None, return_dtype=pl.String)
        return days.with_columns(pl.coalesce(mapped, pl.lit(self.own)).alias("employer"))

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> BrandMap:
        """A mapping from stored data; unknown keys are ignored, missing ones left empty."""
        data = data or {}
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @property
    def empty(self) -> bool:
        return not (self.own or self.competitors or self.employees or self.own_handles)


def _name_patterns(employer: str, accounts: dict[str, str]) -> list[str]:
    names = [re.escape(employer)] + [
        re.escape(h) for h, e in accounts.items() if e == employer and len(h) > 3
    ]
    return [rf"\b{n}\b" for n in names]


@dataclass(frozen=True)
class Suggestions:
    """What the data suggests for who-is-who.

    Attributes:
        employers: Employer names found in the data (an employer column), most posts first.
        accounts: Employer → handles whose names resemble it, then those that post most
            under it (for choosing its accounts).
        likely: Employer → only the handles whose names resemble it (preselected).
        people: Handles of authors, most posts first (for choosing employees).
    """

    employers: list[tuple[str, int]]
    accounts: dict[str, list[str]]
    people: list[str]
    likely: dict[str, list[str]] = field(default_factory=dict)


def _compact(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _resembles(handle: str, name: str) -> bool:
    """'@VeldhuisTechniek' resembles 'Veldhuis Techniek'; '@NoordkadeEng' 'Noordkade ...'."""
    h, n = _compact(handle), _compact(name)
    first = _compact(name.split()[0]) if name.split() else ""
    return len(h) >= 4 and (n in h or h in n or (len(first) >= 5 and h.startswith(first)))


def suggest(posts: pl.DataFrame, limit: int = 300) -> Suggestions:
    """Suggestions from the data: employer column values, their accounts, active authors."""
    named = posts.filter(pl.col("employer").is_not_null())
    employers = (
        named.group_by("employer")
        .len()
        .sort(["len", "employer"], descending=[True, False])
        .head(20)
        .rows()
    )
    who = pl.coalesce("author_handle", "author_name")
    authors = (
        posts.filter(who.is_not_null())
        .group_by(who.alias("who"))
        .agg(pl.len().alias("n"), pl.col("employer").drop_nulls().mode().first().alias("employer"))
        .sort(["n", "who"], descending=[True, False])
    )
    people = authors.get_column("who").head(limit).to_list()
    accounts: dict[str, list[str]] = {}
    likely: dict[str, list[str]] = {}
    for name, _ in employers:
        alike = [p for p in people if _resembles(p, name)]
        busiest = authors.filter(pl.col("employer") == name).get_column("who").head(3).to_list()
        accounts[name] = list(dict.fromkeys(alike + busiest))[:5]
        likely[name] = alike[:3]
    return Suggestions(employers, accounts, people, likely)


def occurs(posts: pl.DataFrame, brands: BrandMap) -> bool:
    """Whether the own organisation occurs in the data: as employer, as author, or by name."""
    if not brands.own:
        return True
    handles = [_handle(h) for h in brands.own_handles]
    who = pl.coalesce("author_handle", "author_name").str.strip_chars_start("@").str.to_lowercase()
    found = posts.select(
        (
            (pl.col("employer").str.to_lowercase() == brands.own.lower())
            | who.is_in(handles)
            | pl.col("text").str.contains("(?i)" + re.escape(brands.own))
        ).any()
    ).item()
    return bool(found)
