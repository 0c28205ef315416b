"""Vacancy texts from files: plain text, Markdown, HTML, Word, PDF, or a table of posts.

Every function returns ``(name, text)`` pairs; a file that cannot be read raises
:class:`core.ingest.IngestError` with a message that names it.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import polars as pl

from core.ingest.archives import check_office
from core.ingest.messages import IngestError, Message, is_failure
from core.ingest.readers import ROW, decode, detail, read

MAX_CHARS = 50_000
"""Characters one vacancy text may have (a long vacancy has 10,000; the checks read every word)."""
MAX_DOCUMENT = 20 * 1024**2
"""Bytes a .docx may unpack to."""
MAX_PAGES = 30
"""Pages of a PDF read."""

TEXT_COLUMNS = (
    "description", "job description", "text", "tekst", "vacaturetekst", "omschrijving", "body",
    "content", "vacature", "functieomschrijving",
)  # fmt: skip
NAME_COLUMNS = (
    "title",
    "job title",
    "titel",
    "functie",
    "functietitel",
    "vacature",
    "name",
    "naam",
)


def _html(data: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(data)[0], "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return re.sub(r"\n{3,}", "\n\n", soup.get_text("\n")).strip()


def _docx(data: bytes, name: str = "document.docx") -> str:
    import docx

    check_office(name, data, MAX_DOCUMENT)  # a .docx is a zip: bounded before it is parsed
    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs).strip()


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    parts, size = [], 0
    for page in reader.pages[:MAX_PAGES]:
        parts.append(page.extract_text() or "")
        size += len(parts[-1])
        if size > MAX_CHARS:
            break
    return "\n".join(parts).strip()


def pick_column(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    lowered = {c.lower().strip(): c for c in columns}
    return next((lowered[c] for c in candidates if c in lowered), None)


def _table(name: str, data: bytes, column: str | None) -> list[tuple[str, str]]:
    posts = []
    for table in read(name, data):
        frame = table.frame.collect()
        text_col = column if column in table.columns else pick_column(table.columns, TEXT_COLUMNS)
        if text_col is None:
            longest = frame.select(pl.col(c).str.len_chars().mean().alias(c) for c in table.columns)
            text_col = (
                max(table.columns, key=lambda c: longest[c][0] or 0) if table.columns else None
            )
        if text_col is None:
            continue
        title_col = pick_column([c for c in table.columns if c != text_col], NAME_COLUMNS)
        for row in frame.iter_rows(named=True):
            text = row.get(text_col)
            if text and text.strip():
                label = row.get(title_col) if title_col else None
                posts.append((f"{table.name} #{row[ROW]}" + (f" {label}" if label else ""), text))
    return posts


def texts(name: str, data: bytes, column: str | None = None) -> list[tuple[str, str]]:
    """The vacancy texts in one file.

    Args:
        name: File name; its extension decides how it is read.
        data: File content.
        column: For CSV/Excel/JSON: the column with the text (guessed when None).
    """
    found = _texts(name, data, column)
    for label, text in found:
        if len(text) > MAX_CHARS:
            said = {"file": label, "count": len(text), "limit": MAX_CHARS}
            raise IngestError(Message("vacancy_too_long", said))
    return found


def _texts(name: str, data: bytes, column: str | None) -> list[tuple[str, str]]:
    suffix = Path(name).suffix.lower()
    try:
        if suffix in (".html", ".htm"):
            return [(name, _html(data))]
        if suffix == ".docx":
            return [(name, _docx(data, name))]
        if suffix == ".pdf":
            return [(name, _pdf(data))]
        if suffix in (".csv", ".tsv", ".xlsx", ".xls", ".json", ".ndjson", ".parquet"):
            return _table(name, data, column)
        return [(name, decode(data)[0].strip())]
    except IngestError:
        raise
    except BaseException as err:  # any library failure (a Rust panic too) names the file
        if not is_failure(err):
            raise
        raise IngestError(
            Message(
                "unreadable",
                {"file": name, "kind": suffix.lstrip(".").upper() or "TEXT", "detail": detail(err)},
            )
        ) from None
