from __future__ import annotations

import polars as pl

from core import charts


def test_bar_keeps_frame_order_and_formats_labels_per_language():
    frame = pl.DataFrame({"label": ["LinkedIn", "X"], "posts": [2216, 939]})
    spec = charts.bar(frame, "label", "posts", ("Platform", "Berichten"), "nl").to_dict()
    bars, labels = spec["layer"]
    assert labels["encoding"]["text"]["field"] == "text"
    assert bars["encoding"]["y"]["sort"] == ["LinkedIn", "X"]
    assert bars["encoding"]["x"]["title"] == "Berichten"
    assert "labelExpr" in bars["encoding"]["x"]["axis"]
    values = next(iter(spec["datasets"].values()))
    assert [v["text"] for v in values] == ["2.216", "939"]
    english = charts.bar(frame, "label", "posts", ("Platform", "Posts"), "en").to_dict()
    assert [v["text"] for v in next(iter(english["datasets"].values()))] == ["2,216", "939"]
