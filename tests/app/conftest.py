"""Helpers for the AppTest page tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

MAIN = str(Path(__file__).resolve().parents[2] / "app" / "main.py")


def organisation_file(data_dir: Path, name: str) -> Path:
    """Where the active dataset's organisation keeps ``name`` (roster, queue, theme names)."""
    from core import scopes
    from core.datasets import DatasetStore

    info = DatasetStore(data_dir).active()
    return scopes.folder(data_dir, info.own_employer, info.id) / name


def open_page(
    script: str | None, lang: str | None = None, timeout: int = 90, clean: bool = True
) -> AppTest:
    """Run the app, set the language, switch to a page; by default assert it ran cleanly."""
    at = AppTest.from_file(MAIN, default_timeout=timeout)
    if lang:
        at.session_state["lang"] = lang
    at.run()
    if script:
        at.switch_page(script).run()
    if clean:
        assert not at.exception and not at.error, [e.value for e in at.error]
    return at


@pytest.fixture(scope="session", autouse=True)
def demo_read_once(tmp_path_factory):
    """What ``make run`` does at install (app.warm): the demo's texts read into the session's
    embedding cache, so pages on the demo compute at once instead of reading in the background."""
    from app import warm

    saved = os.environ.get("EMPLOYER_RADAR_DATA_DIR")
    os.environ["EMPLOYER_RADAR_DATA_DIR"] = str(tmp_path_factory.mktemp("warm-data"))
    try:
        assert warm.main() == 0
    finally:
        if saved is None:
            os.environ.pop("EMPLOYER_RADAR_DATA_DIR", None)
        else:
            os.environ["EMPLOYER_RADAR_DATA_DIR"] = saved
