"""python -m core.ingest, run as users and scheduled jobs run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl

from core.schema import POST_SCHEMA

ROOT = Path(__file__).resolve().parents[3]


def cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "EMPLOYER_RADAR_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "core.ingest", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_report_and_parquet_out(tmp_path, dutch_csv):
    source = tmp_path / "export.csv"
    source.write_bytes(dutch_csv)
    out = tmp_path / "posts.parquet"
    result = cli(
        str(source), "--json", "--out", str(out), "--tz", "Europe/Brussels", data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["rows_read"] == 3 and report["rows_loaded"] == 3
    file = report["files"][0]
    assert file["file"] == "export.csv" and file["format"] == "automatic mapping"
    assert file["dropped"] == {} and file["platforms"] == {"linkedin": 1, "x": 1, "facebook": 1}
    assert pl.read_parquet(out).schema == POST_SCHEMA


def test_drop_reasons_in_json(tmp_path):
    source = tmp_path / "x.csv"
    source.write_text("date,text\n2026-01-01,a\nnope,b\n")
    report = json.loads(cli(str(source), "--json", data_dir=tmp_path).stdout)
    assert report["files"][0]["dropped"] == {"bad_date": {"count": 1, "rows": [3]}}


def test_nothing_loadable_exits_nonzero_with_message(tmp_path):
    image = tmp_path / "photo.csv"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = cli(str(image), str(tmp_path / "missing.csv"), data_dir=tmp_path)
    assert result.returncode == 1
    assert "photo.csv: this is a PNG file" in result.stdout
    assert "missing.csv: cannot be opened" in result.stdout
    assert "nothing could be loaded" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_time_zone(tmp_path, dutch_csv):
    source = tmp_path / "export.csv"
    source.write_bytes(dutch_csv)
    result = cli(str(source), "--tz", "Mars/Olympus", data_dir=tmp_path)
    assert result.returncode == 2 and "unknown time zone" in result.stderr


def test_web_analytics_next_to_the_posts(tmp_path, dutch_csv):
    from tests.core.ingest import exports as E

    (tmp_path / "export.csv").write_bytes(dutch_csv)
    (tmp_path / "ga4.csv").write_bytes(E.ga4_traffic_acquisition())
    out = tmp_path / "posts.parquet"
    result = cli(
        str(tmp_path / "export.csv"), str(tmp_path / "ga4.csv"), "--out", str(out),
        data_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    line = "Careers-site visits (web analytics): 160 rows (2026-03-01 – 2026-03-31; ga4: channel)"
    assert line in result.stdout
    assert "Loaded 3 of 3 rows" in result.stdout  # the visits are not rows of posts
    visits = pl.read_parquet(tmp_path / "posts.visits.parquet")
    assert visits.filter(pl.col("date").is_null())["sessions"].sum() == 2634
    assert pl.read_parquet(out).height == 3
