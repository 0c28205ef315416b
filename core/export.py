"""Files we hand back to users. Text cells that a spreadsheet would run as a formula are
neutralised (OWASP's CSV-injection advice: prefix with an apostrophe)."""

from __future__ import annotations

import polars as pl

_FORMULA_START = r"^[=+\-@\t\r]"


def neutralise_formulas(frame: pl.DataFrame) -> pl.DataFrame:
    """Prefix ``'`` to every text cell that starts like a formula (``=``, ``+``, ``-``, ``@``)."""
    text_columns = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    return frame.with_columns(
        pl.when(pl.col(name).str.contains(_FORMULA_START))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name in text_columns
    )


def to_csv(frame: pl.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark (so Excel reads accents right), formulas neutralised,
    and every text cell quoted: a cell such as ``Top werkgever!;=1+1`` would otherwise be split
    by an Excel whose list separator is ``;`` (Dutch and Belgian settings) into a formula."""
    safe = neutralise_formulas(frame.with_columns(pl.col(pl.Enum, pl.Categorical).cast(pl.String)))
    return b"\xef\xbb\xbf" + safe.write_csv(quote_style="non_numeric").encode("utf-8")


def chart_image(chart, kind: str) -> bytes:
    """An Altair chart as PNG or SVG, rendered offline by vl-convert (no browser needed)."""
    import vl_convert

    spec = chart.to_json()
    if kind == "png":
        return vl_convert.vegalite_to_png(spec, scale=2)
    return vl_convert.vegalite_to_svg(spec).encode("utf-8")


def to_xlsx(sheets: dict[str, pl.DataFrame]) -> bytes:
    """Several tables as one Excel workbook, one sheet each (formula-looking text neutralised)."""
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    # Text stays text: no hyperlink is made from a value that looks like a link (http://,
    # mailto:, external:\\host\share\x.exe), and no formula from one that looks like one.
    options = {"in_memory": True, "strings_to_urls": False, "strings_to_formulas": False}
    with xlsxwriter.Workbook(buffer, options) as book:
        for name, frame in sheets.items():
            plain = frame.with_columns(pl.col(pl.Enum, pl.Categorical).cast(pl.String))
            neutralise_formulas(plain).write_excel(book, worksheet=name[:31], autofit=True)
    return buffer.getvalue()
