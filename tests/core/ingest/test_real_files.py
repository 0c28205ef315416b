"""Real exports that people committed to public repositories load right.

Each folder in ``tests/fixtures/real/`` holds small slices of real files of one kind (header and
quirks exact, private people's names replaced) and an ``expected.json`` written by reading the
raw files, not our output: how many posts a person counts, the platform, and a few texts with
their UTC times. Where each file comes from is in ``tests/fixtures/real/SOURCES.md`` (made from
the manifests; a test keeps it current). A folder named ``*.zip.d`` is an archive's tree, zipped
here in memory as the platform delivers it.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import polars as pl
import pytest

from core.ingest import Loaded, ingest_all

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"
LOCAL = ZoneInfo("Europe/Amsterdam")


def cases() -> list[tuple[str, dict]]:
    found = []
    for manifest in sorted(REAL.glob("*/expected.json")):
        spec = json.loads(manifest.read_text(encoding="utf-8"))
        found += [(f"{manifest.parent.name}/{entry['file']}", entry) for entry in spec["files"]]
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


def sources_markdown() -> str:
    """SOURCES.md: every fixture with its repository, path, commit, licence and what was
    changed, from the manifests."""
    lines = [
        "# Where the real fixtures come from",
        "",
        "Small slices of real exports that people committed to public repositories; private",
        "people's names replaced, messages never kept. Made from the `expected.json` files by",
        "`tests/core/ingest/test_real_files.py::sources_markdown` (a test keeps this current).",
        "",
        "| fixture | repository | path | commit | licence | what was changed |",
        "|---|---|---|---|---|---|",
    ]
    for path, entry in cases():
        source = entry.get("source") or {}
        cells = [
            f"`{path}`",
            source.get("repo") or "",
            f"`{source.get('path') or ''}`",
            f"`{(source.get('commit') or '')[:12]}`",
            source.get("license") or "none stated",
            (entry.get("changes") or "").replace("|", "/").replace("\n", " "),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _utc(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


CASES = cases()


def test_enough_real_files_of_enough_kinds():
    kinds = {path.split("/")[0].rsplit("-", 1)[0] for path, _ in CASES}
    assert len(CASES) >= 40, len(CASES)
    assert len(kinds) >= 12, sorted(kinds)


def test_sources_file_is_current():
    written = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert written == sources_markdown(), "run: write sources_markdown() to SOURCES.md"


def _said(loaded: Loaded) -> list[str]:
    report = loaded.report
    return [m.text("en") for m in report.errors] + [s.message().text("en") for s in report.skipped]


def _other_kinds(path: str, name: str, entry: dict, loaded: Loaded) -> bool:
    """Checks for files that are not posts; True when the entry was one of them."""
    posts, report = loaded.posts, loaded.report
    expect = entry["expect"]
    if expect == "not_posts":
        assert posts.height == 0, f"{path}: loaded {posts.height} posts from a file of no posts"
        assert _said(loaded), f"{path}: not named in the report"
    elif expect == "refused":
        assert posts.height == 0
        said = " ".join(m.text("en") for m in report.errors)
        assert name in said, f"{path}: the refusal does not name the file: {said}"
    elif expect == "visits":
        assert loaded.visits.height >= 1 and posts.height == 0
        if "rows" in entry:
            rows = sum(f.visits for f in report.files)
            assert rows == entry["rows"], f"{path}: {rows} rows of visits, expected {entry['rows']}"
    elif expect == "account_days":
        assert loaded.days.height >= 1 and posts.height == 0
    else:
        return False
    return True


def _check_figures(path: str, posts: pl.DataFrame, sample: dict) -> None:
    hits = posts.filter(pl.col("url").str.contains(sample["url_contains"], literal=True))
    assert hits.height == 1, f"{path}: {hits.height} posts link {sample['url_contains']}"
    row = hits.row(0, named=True)
    for metric in ("impressions", "reactions", "comments", "shares"):
        if metric in sample:
            assert row[metric] == sample[metric], f"{path}: {metric} {row[metric]}"
    if "engagements" in sample:
        total = sum(row[m] or 0 for m in ("reactions", "comments", "shares"))
        assert total == sample["engagements"], f"{path}: engagements {total}"


def _check_sample(path: str, posts: pl.DataFrame, sample: dict) -> None:
    if sample.get("text_is_empty"):
        hits = posts.filter(pl.col("text").is_null())
    else:
        wanted = sample["text_contains"]
        hits = posts.filter(pl.col("text").str.contains(wanted, literal=True).fill_null(False))
    assert hits.height >= 1, f"{path}: no post contains {sample.get('text_contains')!r}"
    times = hits.get_column("published_at").to_list()
    exact = sample.get("published_utc") or sample.get("video_id_utc")
    if exact:
        want = _utc(exact)
        assert any(abs((t - want).total_seconds()) <= 120 for t in times), (
            f"{path}: {sample.get('text_contains', '')[:40]!r} at {times}, expected {want}"
        )
    elif "published_month" in sample:
        months = {(t + timedelta(hours=14)).strftime("%Y-%m") for t in times}
        months |= {t.strftime("%Y-%m") for t in times}
        assert sample["published_month"] in months, f"{path}: months {months}"
    elif "published_date" in sample:
        days = {t.date().isoformat() for t in times}
        days |= {t.astimezone(LOCAL).date().isoformat() for t in times}
        assert sample["published_date"] in days, f"{path}: dates {days}"


@pytest.mark.parametrize(("path", "entry"), CASES, ids=[p for p, _ in CASES])
def test_real_file_loads_right(path, entry):
    name, data = payload(REAL / path)
    loaded = ingest_all([(name, data)])
    if _other_kinds(path, name, entry, loaded):
        return
    posts, report = loaded.posts, loaded.report
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
            _check_figures(path, posts, sample)
        else:
            _check_sample(path, posts, sample)


def test_every_row_not_loaded_is_explained():
    """Across all real files: rows read = rows loaded + duplicates + rows dropped with a reason."""
    for path, entry in CASES:
        if entry["expect"] != "posts":
            continue
        report = ingest_all([payload(REAL / path)]).report
        dropped = sum(d.count for f in report.files for d in f.dropped)
        assert report.rows_read == report.rows_loaded + report.duplicates + dropped, path
