"""Many vacancy posts at once: a table of scores and failing checks, exportable as XLSX."""

from __future__ import annotations

import io

import polars as pl

from core.export import neutralise_formulas
from core.vacancy import RULES, check


def check_many(posts: list[tuple[str, str]], lang: str = "auto", channels=None) -> pl.DataFrame:
    """One row per post: name, language, score, words, failing checks, and a column per rule."""
    rows = []
    for name, text in posts:
        result = check(text, lang, channels)
        row = {"name": name, "lang": result.lang, "score": result.score, "words": result.words}
        row["failing"] = ", ".join(result.failed)
        row |= {r.id: r.passed for r in result.results}
        rows.append(row)
    schema = {
        "name": pl.String,
        "lang": pl.String,
        "score": pl.Int64,
        "words": pl.Int64,
        "failing": pl.String,
    }
    schema |= {rule.id: pl.Boolean for rule in RULES}
    return pl.DataFrame(rows, schema=schema)


def to_xlsx(table: pl.DataFrame) -> bytes:
    """The batch table as an Excel file (text that looks like a formula neutralised)."""
    buffer = io.BytesIO()
    neutralise_formulas(table).write_excel(buffer, worksheet="vacancies", autofit=True)
    return buffer.getvalue()
