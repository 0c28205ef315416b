"""Many vacancy posts at once: a table of scores and failing checks, exportable as XLSX."""

from __future__ import annotations

import io

import polars as pl

from core.export import neutralise_formulas
from core.vacancy import RULES, check

VACANCY_CUE = (
    r"(?i)vacature|sollicit|we'?re hiring|we zoeken|gezocht|job opening|apply|"
    r"postuler|candidature|offre d'emploi"
)
"""Words that say a post is about a vacancy."""
JOB_AD_MIN_WORDS = 120
"""A job ad has at least this many words; shorter posts that name a vacancy are social posts
pointing to one (the checklist's length rule asks 300–700, so 120 leaves room for short ads)."""


def vacancy_posts(posts: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The own accounts' posts about vacancies, split in job ads and short social posts.

    A social post that announces a vacancy ("We zoeken een monteur! Solliciteer via ...") is
    not a job ad: scoring it on a job ad's checklist (length, salary, requirements) would fail it
    on rules that do not apply. Replies are left out; the same text is kept once.

    Returns:
        ``(ads, announcements)``: both with the columns of ``posts``.
    """
    about = posts.filter(
        (pl.col("author_type").cast(pl.String) == "own")
        & (pl.col("post_type").cast(pl.String) != "reply")
        & pl.col("text").str.contains(VACANCY_CUE)
    ).unique("text", keep="first", maintain_order=True)
    words = pl.col("text").str.count_matches(r"\w+")
    return about.filter(words >= JOB_AD_MIN_WORDS), about.filter(words < JOB_AD_MIN_WORDS)


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
