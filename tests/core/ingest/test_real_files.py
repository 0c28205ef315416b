"""Real exports that people committed to public repositories load right.

Each folder in ``tests/fixtures/real/`` holds small slices of real files of one kind (header and
quirks exact, private people's names replaced) and an ``expected.json`` written by reading the
raw files, not our output: how many posts a person counts, the platform, and a few texts with
their UTC times. Where each file comes from is in ``tests/fixtures/real/SOURCES.md``. A folder
named ``*.zip.d`` is an archive's tree, zipped here in memory as the platform delivers it.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest

from core.ingest import ingest_all

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"


def cases() -> list[tuple[str, dict]]:
    found = []
    for manifest in sorted(REAL.glob("*/expected.json")):
        spec = json.loads(manifest.read_text(encoding="utf-8"))
        for entry in spec["files"]:
            found.append((f"{manifest.parent.name}/{entry['file']}", entry))
    return found


def payload(path: Path) -> tuple[str, bytes]:
    """The file's bytes; a ``*.zip.d`` folder zipped as the platform delivers it."""
    if not path.name.endswith(".zip.d"):
        return path.name, path.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(p for p in path.rglob("*") if p.is_file()):
            archive.write(member, member.relative_to(path).as_posix())
    return path.name.removesuffix(".d"), buffer.getvalue()


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


CASES = cases()


def test_enough_real_files_of_enough_kinds():
    kinds = {path.split("/")[0].rsplit("-", 1)[0] for path, _ in CASES}
    assert len(CASES) >= 40, len(CASES)
    assert len(kinds) >= 12, sorted(kinds)


@pytest.mark.parametrize(("path", "entry"), CASES, ids=[p for p, _ in CASES])
def test_real_file_loads_right(path, entry):
    name, data = payload(REAL / path)
    loaded = ingest_all([(name, data)])
    posts, report = loaded.posts, loaded.report
    expect = entry["expect"]
    if expect == "not_posts":
        assert posts.height == 0, f"{path}: loaded {posts.height} posts from a file of no posts"
        said = [m.text("en") for m in report.errors] + [s.message().text("en") for s in report.skipped]
        assert said, f"{path}: not named in the report"
        return
    if expect == "refused":
        assert posts.height == 0
        said = " ".join(m.text("en") for m in report.errors)
        assert name in said, f"{path}: the refusal does not name the file: {said}"
        return
    if expect == "visits":
        assert loaded.visits.height >= 1 and posts.height == 0
        if "rows" in entry:
            rows = sum(f.visits for f in report.files)
            assert rows == entry["rows"], f"{path}: {rows} rows of visits, expected {entry['rows']}"
        return
    if expect == "account_days":
        assert loaded.days.height >= 1 and posts.height == 0
        return
    assert report.rows_loaded == entry["rows"], (
        f"{path}: {report.rows_loaded} posts, expected {entry['rows']}; "
        f"errors {[str(e) for e in report.errors]}; dropped "
        f"{[(d.reason, d.count) for f in report.files for d in f.dropped]}"
    )
    if entry.get("platform"):
        platforms = set(posts.get_column("platform").cast(pl.String).unique())
        assert entry["platform"] in platforms, f"{path}: platforms {platforms}"
    if "account_days" in entry:
        days = loaded.days.get_column("date").n_unique() if loaded.days.height else 0
        assert days == entry["account_days"], f"{path}: {days} days of account figures"
    for sample in entry.get("samples", []):
        if "url_contains" in sample and "text_contains" not in sample:
            hits = posts.filter(pl.col("url").str.contains(sample["url_contains"], literal=True))
            assert hits.height == 1, f"{path}: {hits.height} posts link {sample['url_contains']}"
            row = hits.row(0, named=True)
            for metric in ("impressions", "reactions", "comments", "shares"):
                if metric in sample:
                    assert row[metric] == sample[metric], f"{path}: {metric} {row[metric]}"
            if "engagements" in sample:
                total = sum(row[m] or 0 for m in ("reactions", "comments", "shares"))
                assert total == sample["engagements"], f"{path}: engagements {total}"
            continue
        if sample.get("text_is_empty"):
            hits = posts.filter(pl.col("text").is_null())
        else:
            hits = posts.filter(
                pl.col("text").str.contains(sample["text_contains"], literal=True).fill_null(False)
            )
        assert hits.height >= 1, f"{path}: no post contains {sample['text_contains']!r}"
        times = hits.get_column("published_at").to_list()
        exact = sample.get("published_utc") or sample.get("video_id_utc")
        if exact:
            want = _utc(exact)
            assert any(abs((t - want).total_seconds()) <= 120 for t in times), (
                f"{path}: {sample['text_contains'][:40]!r} at {times}, expected {want}"
            )
        elif "published_month" in sample:
            months = {t.astimezone(UTC).strftime("%Y-%m") for t in times} | {
                (t + __import__("datetime").timedelta(hours=14)).strftime("%Y-%m") for t in times
            }
            assert sample["published_month"] in months, f"{path}: months {months}"
        elif "published_date" in sample:
            days = {t.astimezone(UTC).date().isoformat() for t in times}
            local = {
                t.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Amsterdam")).date().isoformat()
                for t in times
            }
            assert sample["published_date"] in days | local, f"{path}: dates {days}"
