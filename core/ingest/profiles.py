"""Recognising known export formats (:mod:`core.ingest.formats`), and how sure that is.

A profile applies when all of its ``signature`` headers are present (compared after
:func:`core.ingest.fields.normalise`). Its name is shown only when the file really is that format:
no column that header matching recognises is foreign to it. Either way every column the format
does not claim still goes through header matching (:func:`core.ingest.plan.propose`).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.ingest.formats import PROFILES, Profile


@dataclass(frozen=True)
class Detection:
    """Which known format a table is, and how sure that is.

    Attributes:
        profile: The best matching format, or None.
        confidence: Share of the table's recognisable columns that the format knows (0–1).
        named: True when the file really is that format: no recognisable column is foreign to
            it. Otherwise its columns still help, but the load says 'automatic mapping'.
        foreign: Headers the format does not know that look like something we can use.
    """

    profile: Profile | None
    confidence: float = 0.0
    named: bool = False
    foreign: tuple[str, ...] = ()


def detect(headers: list[str], table_kind: str | None = None) -> Profile | None:
    """The most specific profile whose signature the headers carry, or None."""
    return examine(headers, table_kind).profile


def examine(headers: list[str], table_kind: str | None = None) -> Detection:
    """The best matching profile and how well it fits (see :class:`Detection`)."""
    from core.ingest.fields import auto_map

    matching = [p for p in PROFILES if p.matches(headers, table_kind)]
    if not matching:
        return Detection(None)
    profile = max(matching, key=lambda p: (p.table_kind is not None, len(p._sig)))
    if profile.kind == "days":  # a date and figures: every figure is one of its metrics
        return Detection(profile, 1.0, True)
    known = profile.known(headers)
    claimed = set(profile.found(headers))
    rest = [h for h in headers if h not in known]
    foreign = tuple(
        m.header for t, m in auto_map(rest, taken=claimed).items() if t not in profile.columns
    )
    recognisable = len(known) + len(foreign)
    confidence = len(known) / recognisable if recognisable else 1.0
    return Detection(profile, round(confidence, 2), not foreign, foreign)


def formats_markdown() -> str:
    """The known formats as a Markdown table (docs/FORMATS.md holds it; a test checks)."""
    lines = [
        "| format | recognised by | platform | kind | follows |",
        "|---|---|---|---|---|",
    ]
    for p in PROFILES:
        columns = ", ".join(f"`{c}`" for c in p.signature) or "its place in the archive"
        kind = "account figures per day" if p.kind == "days" else "posts"
        lines.append(
            f"| {p.name} | {columns} | {p.platform or 'from a column'} | {kind} | {p.note} |"
        )
    return "\n".join(lines)
