"""Helpers for the AppTest page tests."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

MAIN = str(Path(__file__).resolve().parents[2] / "app" / "main.py")


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
