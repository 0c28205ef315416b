"""The validation report of a load: what was read, kept, dropped (and why), and what to know."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from core.ingest.pipeline import Plan
    from core.ingest.readers import RawTable

WHAT_TO_DO = {
    "empty row": "Nothing to do: empty rows carry no post.",
    "no date": "Every post needs a publication date. Fill it in, or check that the right column "
    "is mapped to the date.",
    "date not readable": "Write dates as 31-01-2026 14:05 or 2026-01-31T14:05, or check that the "
    "right column is mapped to the date.",
    "only one field: a different delimiter or a broken line": "Save the file again with one "
    "delimiter throughout (Excel: 'Save as CSV'), or check for line breaks inside cells.",
}
AVAILABILITY = (
    ("impressions", "No impressions column: engagement rate per impression is unavailable."),
    ("reach", "No reach column: engagement rate per reach is unavailable."),
    ("followers", "No followers column: engagement rate per follower is unavailable."),
    ("text", "No text column: themes, listening and question detection are unavailable."),
    ("sentiment", "No sentiment column: sentiment will be computed where pages need it."),
)


@dataclass(frozen=True)
class Dropped:
    """Rows left out for one reason, with the first row numbers and raw values as examples."""

    reason: str
    count: int
    rows: list[int]
    values: list[str] = field(default_factory=list)

    @property
    def advice(self) -> str:
        return WHAT_TO_DO.get(self.reason, "")


@dataclass
class FileReport:
    """What happened to one file (or Excel sheet)."""

    file: str
    kind: str
    format: str
    mapping_source: str
    rows_read: int
    rows_loaded: int
    dropped: list[Dropped]
    mapped: dict[str, str]
    unmapped: list[str]
    warnings: list[str]
    notes: list[str]
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1
    first: str | None = None
    last: str | None = None
    platforms: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        table: RawTable,
        plan: Plan,
        rows_read: int,
        posts: pl.DataFrame,
        dropped: list[Dropped],
        warnings: list[str],
    ) -> FileReport:
        used = set(plan.mapping.values())
        first, last = (
            (posts["published_at"].min(), posts["published_at"].max())
            if posts.height
            else (None, None)
        )
        platforms = posts.group_by("platform").len().sort("len", descending=True)
        return cls(
            file=table.name,
            kind=table.kind,
            format=plan.profile.name
            if plan.profile
            else {"saved": "saved mapping", "user": "confirmed mapping"}.get(
                plan.source, "automatic mapping"
            ),
            mapping_source=plan.source,
            rows_read=rows_read,
            rows_loaded=posts.height,
            dropped=dropped,
            mapped=dict(plan.mapping),
            unmapped=[c for c in table.columns if c not in used],
            warnings=warnings,
            notes=list(table.notes),
            encoding=table.encoding,
            delimiter={"\t": "tab"}.get(table.delimiter or "", table.delimiter),
            header_row=table.header_row,
            first=_iso(first),
            last=_iso(last),
            platforms={str(p): n for p, n in platforms.iter_rows()},
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass
class DatasetReport:
    """The report of a whole load: every file, duplicates across files, and the result."""

    files: list[FileReport]
    errors: list[str]
    rows_read: int
    rows_loaded: int
    duplicates: int
    duplicate_examples: list[str]
    first: str | None
    last: str | None
    platforms: dict[str, int]
    author_types: dict[str, int]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return self.rows_loaded > 0

    def to_dict(self) -> dict:
        return asdict(self)

    def to_markdown(self) -> str:
        """A readable report to download or paste into a ticket."""
        lines = [
            "# Load report",
            "",
            f"Rows read: {self.rows_read}  ",
            f"Rows loaded: {self.rows_loaded}  ",
            f"Duplicates removed: {self.duplicates}  ",
            f"Period: {self.first or '—'} – {self.last or '—'}",
            "",
        ]
        lines += [f"- {p}: {n}" for p, n in self.platforms.items()]
        for error in self.errors:
            lines += ["", f"**Not loaded:** {error}"]
        for f in self.files:
            lines += [
                "",
                f"## {f.file}",
                "",
                f"Format: {f.format} ({f.kind}); rows read {f.rows_read}, loaded {f.rows_loaded}",
            ]
            lines += [
                f"- dropped {d.count} × {d.reason} (rows {', '.join(map(str, d.rows))}). {d.advice}"
                for d in f.dropped
            ]
            lines += [f"- mapped: {target} ← '{header}'" for target, header in f.mapped.items()]
            lines += [f"- note: {n}" for n in f.notes] + [f"- warning: {w}" for w in f.warnings]
        if self.warnings:
            lines += ["", "## Warnings", ""] + [f"- {w}" for w in self.warnings]
        return "\n".join(lines) + "\n"


def availability_warnings(posts: pl.DataFrame) -> list[str]:
    """Which figures the loaded data cannot support, so pages show them as unavailable."""
    return [
        message
        for column, message in AVAILABILITY
        if posts.height and posts[column].null_count() == posts.height
    ]
