"""Shared fixtures: a fresh data folder per test, the demo frame once per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import polars as pl
import pytest

from core import demo

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# One embedding cache for the whole test run (a real on-disk cache, as the app uses): the model
# encodes the demo texts once, not once per test's fresh data folder.
os.environ.setdefault(
    "EMPLOYER_RADAR_EMBEDDING_CACHE", tempfile.mkdtemp(prefix="employer-radar-embeddings-")
)

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder that the app and core.settings use for this test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def demo_posts() -> pl.DataFrame:
    """The demo dataset with the default seed (generated once per session)."""
    return demo.generate(2026)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip when it is absent (a user's clone)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present (only on the development machines)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def embedder():
    """The real default model (multilingual-e5-small from its package), loaded once per test
    session, offline."""
    from core.embed import default_embedder

    return default_embedder()
