from __future__ import annotations

import io
import json

import polars as pl
import pytest
import xlsxwriter


def xlsx(sheets: dict[str, list[list]]) -> bytes:
    """A real .xlsx file with the given rows per sheet (datetimes written as Excel dates)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    date_format = book.add_format({"num_format": "dd-mm-yyyy hh:mm"})
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if hasattr(value, "year"):
                    sheet.write_datetime(r, c, value, date_format)
                elif value is not None:
                    sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def parquet(frame: pl.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    return buffer.getvalue()


def dumps(value) -> bytes:
    return json.dumps(value).encode("utf-8")


@pytest.fixture
def dutch_csv() -> bytes:
    """A Dutch-locale export: ';', decimal commas, thousands dots, dd-mm-yyyy, cp1252."""
    text = (
        "Datum;Tijd;Bericht;Auteur;Platform;Bereik;Vind-ik-leuks;Reacties;Gedeeld\n"
        "03-03-2026;08:30;Wij zoeken een monteur in Zwolle!;@veldhuis;LinkedIn;1.234;56;3;2\n"
        '04-03-2026;21:15;"Werkdruk is hoog; weer overuren";@piet;Twitter;87;1;-;0\n'
        "05-03-2026;12:00;Open dag zaterdag – kom langs!;@veldhuis;Facebook;2.500,0;12;1;1\n"
    )
    return text.encode("cp1252")
