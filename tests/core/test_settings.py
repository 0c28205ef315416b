from __future__ import annotations

from pathlib import Path

import pytest

from core import settings

ROOT = Path(__file__).resolve().parents[2]


def test_environment_overrides_default(monkeypatch, tmp_path):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(tmp_path / "d"))
    assert settings.data_dir() == tmp_path / "d"
    assert (tmp_path / "d").is_dir()
    monkeypatch.delenv("EMPLOYER_RADAR_TIMEZONE", raising=False)
    assert settings.get("timezone") == "Europe/Amsterdam"


def test_unknown_setting():
    with pytest.raises(KeyError):
        settings.get("nope")


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented(setting):
    doc = (ROOT / "docs" / "SETTINGS.md").read_text(encoding="utf-8")
    assert f"`EMPLOYER_RADAR_{setting.name.upper()}`" in doc
    assert setting.help.split(".")[0] in doc
