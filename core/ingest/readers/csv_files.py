"""CSV and TSV files, as tools really write them.

The dialect (delimiter, quote, escape character) is detected by CleverCSV, whose detection was
measured on thousands of real CSV files; the records are then read one by one with the standard
library's parser, so a line that cannot be read costs that line, reported with its number, never
the whole file:

- a quote that does not pair up (one stray ``"`` in a review) would swallow every line up to the
  next quote: the record it opens is cut back to its own line, read with the quote taken as a
  character, and reading goes on at the next line;
- backslash-escaped quotes (LinkedIn's ``\\"``), doubled quotes and line breaks inside quoted
  fields are part of the dialect;
- a line with more filled fields than the header has is reported and left out.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import polars as pl

from core.ingest.messages import Message
from core.ingest.readers.base import (
    ROW,
    RawTable,
    decode,
    header_index,
    is_description_row,
    unique_headers,
)

DELIMITERS = (";", ",", "\t", "|")
SNIFF_CHARS = 32_000
"""Characters of the file CleverCSV looks at (a few hundred lines; detection grows with it)."""
CHUNK = 50_000
"""Records turned into a frame at a time, so a large file never sits in memory as Python text
lists all at once."""


@dataclass(frozen=True)
class Dialect:
    delimiter: str
    quotechar: str = '"'
    escapechar: str | None = None

    def reader_options(self) -> dict:
        return {
            "delimiter": self.delimiter,
            "quotechar": self.quotechar or '"',
            "escapechar": self.escapechar or None,
            "doublequote": True,
            "strict": False,
            "quoting": csv.QUOTE_MINIMAL if self.quotechar else csv.QUOTE_NONE,
        }


def _rows(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return [line.split(delimiter) for line in lines]


def _consistency(sample_lines: list[str]) -> str:
    """The delimiter that splits the sample into the most consistent number of fields (the
    fallback when CleverCSV has no answer, e.g. a one-column file)."""
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        widths = [len(r) for r in _rows(sample_lines, delimiter) if any(c.strip() for c in r)]
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count * min(width, 50) / len(sample_lines)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sniff(lines: list[str]) -> Dialect:
    """The file's dialect, from its first lines.

    CleverCSV decides delimiter, quote and escape character. Lines above the header (titles,
    notes, a ``sep=,`` line) are left out of its sample when they are much narrower than the
    table, so they cannot outvote it.
    """
    fallback = _consistency(lines[:80])
    rows = _rows(lines[:40], fallback)
    start = header_index(rows) if rows else 0
    sample = "\n".join(lines[start:])[:SNIFF_CHARS]
    try:
        import clevercsv

        found = clevercsv.Detector().detect(sample, delimiters=list(DELIMITERS))
    except Exception:  # detection is a help, never a failure
        found = None
    if found is None or found.delimiter not in DELIMITERS:
        return Dialect(fallback)
    if found.delimiter != fallback and _width(sample, found.delimiter) < 2:
        return Dialect(fallback)
    return Dialect(found.delimiter, found.quotechar or '"', found.escapechar or None)


def _width(sample: str, delimiter: str) -> int:
    widths = [len(r) for r in _rows(sample.splitlines()[:20], delimiter) if r]
    return Counter(widths).most_common(1)[0][0] if widths else 0


def _shape(cell: str) -> str:
    """What a first field looks like, for telling a record from a line of text: digits as 9,
    letters as a, runs collapsed ('2019-03-27 10:00' → '9-9-9 9:9')."""
    return re.sub(r"([9a])\1+", r"\1", re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", cell.strip())))


class Records:
    """Records of a CSV text, each with the line it starts on, and the lines that could not be
    read. See the module docstring for what is recovered."""

    def __init__(self, lines: list[str], dialect: Dialect, width: int | None = None) -> None:
        self.lines = lines
        self.options = dialect.reader_options()
        self.width = width
        self.bad: list[int] = []
        """Lines (1-based) left out: more filled fields than the header has."""
        self.stray: list[int] = []
        """Lines (1-based) whose quote did not pair up, read with the quote as a character."""
        self.first_shape: str | None = None
        self.continued: list[int] = []
        """Lines (1-based) that continued the text of the record above."""

    def _from(self, start: int) -> Iterator[str]:
        lines = self.lines
        for k in range(start, len(lines)):
            yield lines[k]

    def _fit(self, fields: list[str], span: int) -> list[str] | None:
        width = self.width
        if width is None or len(fields) == width:
            return fields
        if len(fields) < width:
            return fields + [""] * (width - len(fields)) if span == 1 else None
        extra = fields[width:]
        return fields[:width] if not any(f.strip() for f in extra) else None

    def _alone(self, line: str) -> list[str] | None:
        """One line as a record of its own: with quotes, with a quote inside a quoted field
        taken as a character, else with every quote as a character."""
        text = line.rstrip("\r\n")
        lenient = self._fit(lenient_split(text, self.options), 1)
        if lenient is not None and self.width and len(lenient) == self.width:
            return lenient
        for quoting in (self.options, self.options | {"quoting": csv.QUOTE_NONE}):
            try:
                fields = next(csv.reader([text], **quoting), [])
            except csv.Error:
                continue
            fitted = self._fit(fields, 1)
            if fitted is not None and len(fields) >= (self.width or 1) - 1:
                return [f.strip().strip(self.options["quotechar"]) for f in fitted]
        return None

    def _swallowed(self, begin: int, end: int) -> bool:
        """Whether a multi-line record holds lines that are records themselves: a quote that
        did not pair up ran on into the next rows."""
        if self.first_shape is None or self.width is None or self.width < 2:
            return False
        for k in range(begin + 1, end):
            fields = self._alone_strict(self.lines[k])
            if fields is not None and _shape(fields[0]) == self.first_shape:
                return True
        return False

    def _alone_strict(self, line: str) -> list[str] | None:
        try:
            fields = next(csv.reader([line.rstrip("\r\n")], **self.options), [])
        except csv.Error:
            return None
        return fields if len(fields) == self.width else None

    def read(self, start: int, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        """``(line index, fields)`` from line ``start`` on (at most ``limit`` records).

        A line that does not start the way the file's records start (a date, an id), with fewer
        fields than the header, continues the text of the record above: an export that wrote a
        line break without quotes (LinkedIn's Comments.csv did).
        """
        held: tuple[int, list[str]] | None = None
        for line, fields in self._records(start, limit):
            if held is not None and self._continues(line, fields):
                last = max(i for i, f in enumerate(held[1]) if f.strip() or i == 0)
                held[1][last] = held[1][last] + "\n" + self.lines[line].rstrip("\r\n")
                self.continued.append(line + 1)
                continue
            if held is not None:
                yield held
            held = (line, fields)
        if held is not None:
            yield held

    def _continues(self, line: int, fields: list[str]) -> bool:
        shape = self.first_shape
        if shape is None or "9" not in shape or self.width is None or self.width < 2:
            return False
        text = self.lines[line].strip()
        filled = [f for f in fields if f.strip()]
        return (
            bool(text)
            and bool(fields[0].strip())
            and len(filled) < self.width
            and not _shape(fields[0]).startswith(shape)
        )

    def _records(self, start: int, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
        pos, count = start, 0
        while pos < len(self.lines):
            reader = csv.reader(self._from(pos), **self.options)
            consumed, restart = 0, False
            try:
                for fields in reader:
                    begin, end = pos + consumed, pos + reader.line_num
                    consumed = reader.line_num
                    if not fields or (len(fields) == 1 and not fields[0].strip()):
                        continue  # a blank line is no record
                    span = end - begin
                    fitted = self._fit(fields, span)
                    if fitted is not None and span > 1 and self._swallowed(begin, end):
                        fitted = None
                    if fitted is None and span > 1:  # a quote ran on: cut back to one line
                        alone = self._alone(self.lines[begin])
                        if alone is None:
                            self.bad.append(begin + 1)
                        else:
                            self.stray.append(begin + 1)
                            yield begin, alone
                            count += 1
                        pos, restart = begin + 1, True
                        break
                    if fitted is None:  # too many fields: a stray quote inside a quoted field?
                        alone = self._alone(self.lines[begin])
                        if alone is None:
                            self.bad.append(begin + 1)
                            continue
                        self.stray.append(begin + 1)
                        fitted = alone
                    if self.first_shape is None and span == 1 and count > 0:
                        self.first_shape = _shape(fitted[0])
                    yield begin, fitted
                    count += 1
                    if limit is not None and count >= limit:
                        return
            except csv.Error:  # e.g. a NUL byte: that line goes, reading goes on
                begin = pos + consumed
                self.bad.append(begin + 1)
                pos, restart = begin + 1, True
            if not restart:
                return


def lenient_split(line: str, options: dict) -> list[str]:
    """Split one line where a quote inside a quoted field is a character unless a delimiter or
    the end of the line follows it (``"Mortgage "Formerly N) is ..."`` stays one field): how a
    person reads a line whose quotes a scraper did not double."""
    delimiter, quote = options["delimiter"], options["quotechar"]
    escape = options.get("escapechar")
    fields, buffer, quoted, start, i, n = [], [], False, True, 0, len(line)
    while i < n:
        char = line[i]
        if escape and char == escape and i + 1 < n:
            buffer.append(line[i + 1])
            i, start = i + 2, False
            continue
        if start and char == quote:
            quoted, start = True, False
        elif quoted and char == quote:
            following = line[i + 1] if i + 1 < n else ""
            if following == quote:
                buffer.append(quote)
                i += 1
            elif following in (delimiter, ""):
                quoted = False
            else:
                buffer.append(char)
        elif not quoted and char == delimiter:
            fields.append("".join(buffer))
            buffer, start = [], True
        else:
            buffer.append(char)
            start = False
        i += 1
    fields.append("".join(buffer))
    return fields


def _frame(rows: list[tuple[int, list[str]]], headers: list[str]) -> pl.DataFrame:
    columns = list(zip(*(fields for _, fields in rows), strict=True)) if rows else []
    data = {h: list(columns[i]) if columns else [] for i, h in enumerate(headers)}
    frame = pl.DataFrame(data, schema=dict.fromkeys(headers, pl.String))
    frame = frame.with_columns(
        pl.when(pl.col(h).str.len_bytes() > 0).then(pl.col(h)).alias(h) for h in headers
    )
    numbers = pl.Series(ROW, [line + 1 for line, _ in rows], dtype=pl.Int64)
    return frame.insert_column(0, numbers)


def read_csv(name: str, data: bytes) -> RawTable:
    text, encoding = decode(data)
    lines = text[:400_000].splitlines(keepends=True)[:300]  # enough to find dialect and header
    if lines and lines[0].lower().strip().startswith("sep=") and len(lines[0].strip()) <= 6:
        sep = lines[0].strip()[4:] or ","  # Excel's 'sep=,' line names the delimiter
        dialect = Dialect(sep if sep in DELIMITERS else ",")
    else:
        dialect = sniff([line.rstrip("\r\n") for line in lines[:200]])
    head = list(Records(lines, dialect).read(0, limit=40))
    top = [fields for _, fields in head]
    h = header_index(top) if top else 0
    header_line = head[h][0] if head else 0
    described = len(top) > h + 1 and is_description_row(
        top[h + 1], top[h + 2] if len(top) > h + 2 else None
    )
    headers, notes = unique_headers(top[h] if top else [])
    firsts = [fields[0] for _, fields in head[h + 1 + described :] if fields]
    frame = _fast(data, text, encoding, dialect, header_line, described, headers, firsts)
    bad: list[int] = []
    if frame is None:  # the careful reader, line by line (see the module docstring)
        frame, bad, more = _careful(text, dialect, header_line, described, headers)
        notes += more
    if header_line:
        notes.insert(0, Message("skipped_lines", {"count": header_line}))
    if described:
        notes.append(Message("description_row", {"row": header_line + 2}))
    preamble = [line.strip().strip('"') for line in lines[:header_line] if line.strip(' ,;"\t\r\n')]
    table = RawTable(
        name,
        frame.lazy(),
        "csv",
        encoding,
        dialect.delimiter,
        header_line + 1,
        notes,
        preamble=preamble,
    )
    table.bad_lines = bad
    return table


def _careful(
    text: str, dialect: Dialect, header_line: int, described: bool, headers: list[str]
) -> tuple[pl.DataFrame, list[int], list[Message]]:
    """Every record read one by one, with the recoveries of :class:`Records`."""
    records = Records(text.splitlines(keepends=True), dialect, len(headers))
    body = records.read(header_line + 1)
    if described:
        next(body, None)
    frames, chunk = [], []
    for item in body:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            frames.append(_frame(chunk, headers))
            chunk = []
    frames.append(_frame(chunk, headers))
    frame = pl.concat(frames) if len(frames) > 1 else frames[0]
    notes = []
    if records.continued:
        lines = records.continued[:5]
        notes.append(Message("continued_lines", {"count": len(records.continued), "lines": lines}))
    if records.stray:
        lines = records.stray[:5]
        notes.append(Message("stray_quotes", {"count": len(records.stray), "lines": lines}))
    return frame, records.bad, notes


def _pattern(shape: str) -> str:
    """A regular expression for values of one shape ('9-9-9 9:9' → digits, dashes, ...)."""
    parts = [r"\d+" if c == "9" else "[A-Za-z]+" if c == "a" else re.escape(c) for c in shape]
    return "".join(parts)


def _fast(
    data: bytes,
    text: str,
    encoding: str,
    dialect: Dialect,
    header_line: int,
    described: bool,
    headers: list[str],
    firsts: list[str],
) -> pl.DataFrame | None:
    """The whole file in one pass of polars' reader, when nothing in it needs the careful one;
    None otherwise. Checked, not assumed: polars knows no escape character; a line with more
    fields than the header makes it fail; a quote that does not pair up shows as a field that
    swallowed lines starting like records; a line that does not start like a record may be a
    text's continuation. Any of these: the careful reader reads the file instead."""
    if dialect.escapechar or not headers or not firsts:
        return None
    shapes = {_shape(f) for f in firsts if f.strip()}
    if len(shapes) != 1:
        return None
    start = _pattern(next(iter(shapes)))
    if encoding == "utf-8":
        payload = data
    elif encoding == "utf-8-sig":
        payload = data[3:]
    else:
        payload = text.encode("utf-8")
    try:
        frame = pl.read_csv(
            io.BytesIO(payload),
            separator=dialect.delimiter,
            quote_char=dialect.quotechar or None,
            has_header=False,
            skip_rows=header_line + 1 + int(described),
            infer_schema=False,
            truncate_ragged_lines=False,
            raise_if_empty=False,
            new_columns=None,
        )
    except pl.exceptions.PolarsError:
        return None
    if frame.width != len(headers):
        return None
    frame.columns = headers
    frame = frame.with_columns(
        pl.when(pl.col(h).str.len_bytes() > 0).then(pl.col(h)).alias(h) for h in headers
    )
    first = frame.get_column(headers[0])
    if not first.drop_nulls().str.contains("^" + start + "$").all():
        return None  # a line that does not start like a record: read carefully
    breaks = pl.sum_horizontal(pl.col(h).str.count_matches("\n").fill_null(0) for h in headers)
    counts = frame.select(breaks.alias("n")).get_column("n")
    if counts.sum():
        swallowed = "\n" + start + re.escape(dialect.delimiter)
        if frame.select(
            pl.any_horizontal(pl.col(h).str.contains(swallowed) for h in headers).any()
        ).item():
            return None
    first_line = header_line + 2 + int(described)
    index = pl.int_range(pl.len(), dtype=pl.Int64) + first_line
    numbers = frame.select((index + counts.cum_sum().shift(1, fill_value=0)).alias(ROW))
    return frame.insert_column(0, numbers.get_column(ROW))


def read_sections(name: str, data: bytes) -> list[RawTable]:
    """A CSV of several tables, as Google Analytics 4 downloads them: ``#`` comment lines (the
    report, the date range), then tables separated by blank lines. One table per section, each
    with the comment lines as its preamble; an empty list for any other CSV."""
    text, _ = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].lstrip("\ufeff").startswith("#"):
        return []
    comments, blocks, current = [], [], []
    for line in lines:
        if line.startswith("#") or not line.strip(' ,;\t"'):
            note = line.lstrip("#").strip()
            if line.startswith("#") and note.strip("-"):
                comments.append(note)
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    empty = [b[0] for b in blocks if len(b) < 2]
    blocks = [b for b in blocks if len(b) >= 2]
    if not blocks:
        return []
    tables = []
    for block in blocks:
        first = _rows(block[:1], _consistency(block[:20]))[0][0].strip()
        label = f"{name} › {first}" if len(blocks) > 1 else name
        table = read_csv(label, "\n".join(block).encode("utf-8"))
        table.preamble = comments
        table.file = name
        tables.append(table)
    if empty:  # a card with a header and no rows: said, not silently left out
        names = [_rows([header], _consistency([header]))[0][0].strip() for header in empty]
        tables[0].notes.append(Message("empty_tables", {"count": len(empty), "names": names}))
    return tables
