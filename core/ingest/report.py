"""The validation report of a load: what was read, kept, dropped (and why), and what to know."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import polars as pl

from core import vocab
from core.i18n import t
from core.ingest.archives import Skipped
from core.ingest.messages import Message

if TYPE_CHECKING:
    from core.ingest.plan import Plan
    from core.ingest.readers import RawTable

AVAILABILITY = (
    ("impressions", "no_impressions"),
    ("reach", "no_reach"),
    ("followers", "no_followers"),
    ("text", "no_text"),
    ("sentiment", "no_sentiment"),
)


@dataclass(frozen=True)
class Dropped:
    """Rows left out for one reason, with the first row numbers and raw values as examples.

    ``reason`` is a code: ``empty_row``, ``no_date``, ``bad_date`` or ``one_field``.
    """

    reason: str
    count: int
    rows: list[int]
    values: list[str] = field(default_factory=list)

    def reason_text(self, lang: str = "en") -> str:
        return t(vocab.DROP[self.reason], lang)

    def advice(self, lang: str = "en") -> str:
        return t(vocab.ADVICE[self.reason], lang)


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
    warnings: list[Message]
    notes: list[Message]
    encoding: str | None = None
    delimiter: str | None = None
    header_row: int = 1
    first: str | None = None
    last: str | None = None
    platforms: dict[str, int] = field(default_factory=dict)
    format_confidence: float | None = None
    ignored: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    account_days: int = 0
    """Rows of account figures per day this table gave (it then gives no posts)."""
    visits: int = 0
    """Rows of web-analytics figures (visits to the careers site) this table gave."""
    zone: str | None = None
    """The time zone times without an offset were read in."""
    zone_source: str | None = None
    """Why that zone: ``values`` (every time carries its offset: no zone assumed), ``format``
    (the vendor's convention), ``header`` (the column says GMT/UTC), ``user`` (chosen for this
    file) or ``chosen`` (the zone chosen for the whole upload)."""

    def zone_text(self, lang: str = "en") -> str:
        """'Times in UTC (the date column says so)', in the user's language."""
        why = t(vocab.ZONE_SOURCE.get(self.zone_source or "chosen", ""), lang)
        if self.zone_source == "values":
            return t("Times with their own offset ({why})", lang, why=why)
        return t("Times in {zone} ({why})", lang, zone=self.zone, why=why)

    @property
    def unused_text(self) -> list[str]:
        """Every column not used, the ones the format knows and leaves aside last."""
        return [c for c in self.unmapped if c not in self.ignored] + [
            c for c in self.unmapped if c in self.ignored
        ]

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
        used = plan.used()
        first, last = (
            (posts["published_at"].min(), posts["published_at"].max())
            if posts.height
            else (None, None)
        )
        platforms = posts.group_by("platform").len().sort("len", descending=True)
        return cls(
            file=table.name,
            kind=table.kind,
            format=format_name(plan),
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
            format_confidence=plan.format_confidence,
            ignored=list(plan.ignored),
            concerns=list(plan.concerns),
        )


def format_name(plan: Plan) -> str:
    """What the report calls the way a table was read."""
    if plan.named:
        return plan.profile.name
    return {"saved": "saved mapping", "user": "confirmed mapping"}.get(
        plan.source, "automatic mapping"
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass
class DatasetReport:
    """The report of a whole load: every file, duplicates across files, and the result."""

    files: list[FileReport]
    errors: list[Message]
    rows_read: int
    rows_loaded: int
    duplicates: int
    duplicate_examples: list[str]
    first: str | None
    last: str | None
    platforms: dict[str, int]
    author_types: dict[str, int]
    warnings: list[Message]
    account_days: dict = field(default_factory=lambda: {"rows": 0})
    """Summary of the account figures per day (see :func:`core.ingest.days.summary`)."""
    skipped: list[Skipped] = field(default_factory=list)
    """Files inside archives that were not read, with the reason."""
    visits: dict = field(default_factory=lambda: {"rows": 0})
    """Summary of the web-analytics rows (see :func:`core.ingest.visits.summary`)."""

    @property
    def ok(self) -> bool:
        days, visits = self.account_days.get("rows", 0), self.visits.get("rows", 0)
        return self.rows_loaded > 0 or days > 0 or visits > 0

    def to_dict(self) -> dict:
        return asdict(self)

    def to_markdown(self, lang: str = "en") -> str:
        """A readable report to download or paste into a ticket."""

        def tr(key: str) -> str:
            return t(key, lang)

        lines = [("# " + tr("Report of the last upload")), ""]
        lines += [
            ("- " + tr("Rows read") + f": {self.rows_read}"),
            ("- " + tr("Rows loaded") + f": {self.rows_loaded}"),
        ]
        lines += [
            ("- " + tr("Duplicates removed") + f": {self.duplicates}"),
            ("- " + tr("Period") + f": {self.first or '—'} – {self.last or '—'}"),
        ]
        lines += [f"- {platform}: {n}" for platform, n in self.platforms.items()]
        for error in self.errors:
            lines += ["", ("**" + tr("Not read") + f":** {error.text(lang)}")]
        for f in self.files:
            lines += [
                "",
                f"## {f.file}",
                "",
                tr("Format")
                + f": {f.format} ({f.kind}); "
                + tr("Rows read")
                + f": {f.rows_read}; "
                + tr("Rows loaded")
                + f": {f.rows_loaded}"
                + (f"; {f.zone_text(lang)}" if f.zone else ""),
                "",
            ]
            lines += [
                "- "
                + t(
                    "{count} × {reason} (e.g. rows {rows}). {advice}",
                    lang,
                    count=d.count,
                    reason=d.reason_text(lang),
                    rows=", ".join(map(str, d.rows)),
                    advice=d.advice(lang),
                )
                for d in f.dropped
            ]
            lines += [f"- {target} ← '{header}'" for target, header in f.mapped.items()]
            if f.unmapped:
                lines.append(("- " + tr("Not used") + ": ") + ", ".join(f.unused_text))
            if f.account_days:
                lines.append(
                    "- " + t("{rows} daily account figures (not posts)", lang, rows=f.account_days)
                )
            if f.visits:
                lines.append(
                    "- " + t("{rows} rows of careers-site visits (not posts)", lang, rows=f.visits)
                )
            lines += [f"- {m.text(lang)}" for m in [*f.notes, *f.warnings]]
        if self.skipped:
            lines += ["", ("## " + tr("Not read from archives")), ""]
            lines += [f"- {s.message().text(lang)}" for s in self.skipped]
        if self.warnings:
            lines += ["", ("## " + tr("Good to know")), ""] + [
                f"- {w.text(lang)}" for w in self.warnings
            ]
        return "\n".join(lines) + "\n"

    def messages(self, lang: str = "en") -> dict:
        """The report as plain data with every message rendered, for JSON output."""
        data = self.to_dict()
        data["errors"] = [m.text(lang) for m in self.errors]
        data["warnings"] = [m.text(lang) for m in self.warnings]
        data["skipped"] = [{"file": s.file, "reason": s.message().text(lang)} for s in self.skipped]
        for f, raw in zip(self.files, data["files"], strict=True):
            raw["warnings"] = [m.text(lang) for m in f.warnings]
            raw["notes"] = [m.text(lang) for m in f.notes]
            raw["concerns"] = [t(vocab.CONCERN[c], lang) for c in f.concerns]
        return data


def availability_warnings(posts: pl.DataFrame) -> list[Message]:
    """Which figures the loaded data cannot support, so pages show them as unavailable."""
    return [
        Message(code)
        for column, code in AVAILABILITY
        if posts.height and posts[column].null_count() == posts.height
    ]
