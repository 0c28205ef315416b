from __future__ import annotations

import csv
import io

import polars as pl
import pytest

from core import export
from core.schema import PLATFORMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Gewoon tekst = prima", "Gewoon tekst = prima"),
        (None, None),
    ],
)
def test_formulas_are_neutralised(text, expected):
    frame = pl.DataFrame({"text": [text], "n": [-5]}, schema={"text": pl.String, "n": pl.Int64})
    out = export.neutralise_formulas(frame)
    assert out["text"][0] == expected
    assert out["n"][0] == -5, "numbers are left alone"


def test_csv_has_bom_and_plain_enums(demo_posts):
    data = export.to_csv(demo_posts.head(3))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert {r["platform"] for r in rows} <= set(PLATFORMS)  # plain names, not enum codes
