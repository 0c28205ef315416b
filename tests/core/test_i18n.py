"""Every UI string exists in both languages, and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.navigation import PAGES
from core.concepts import SEGMENTS
from core.i18n import LANGUAGES, TEXTS, placeholders, t
from core.schema import PLATFORMS

ROOT = Path(__file__).resolve().parents[2]
KEY_USE = re.compile(r"""\bt\(\s*f?["']([a-z_.{}]+)["']""")


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_present_with_same_placeholders(key):
    texts = TEXTS[key]
    assert len(texts) == len(LANGUAGES)
    assert all(text.strip() for text in texts), key
    assert placeholders(texts[0]) == placeholders(texts[1]), key


def literal_keys() -> set[str]:
    keys = set()
    for path in [*ROOT.glob("app/*.py"), *ROOT.glob("pages/*.py"), *ROOT.glob("core/*.py")]:
        keys |= {k for k in KEY_USE.findall(path.read_text(encoding="utf-8")) if "{" not in k}
    return keys


def test_every_literal_key_used_in_code_exists():
    keys = literal_keys()
    assert len(keys) > 20, "the scan found too few keys; is the pattern still right?"
    assert sorted(keys - set(TEXTS)) == []


def test_every_dynamic_key_family_is_complete():
    for spec in PAGES:
        assert f"nav.{spec.key}" in TEXTS
        assert f"nav.section.{spec.section}" in TEXTS
        if spec.key != "home":
            assert f"question.{spec.key}" in TEXTS
    for platform in PLATFORMS:
        assert f"platform.{platform}" in TEXTS
    for segment in SEGMENTS:
        assert f"segment.{segment}" in TEXTS


def test_t_formats_and_falls_back_to_key():
    assert t("sidebar.dataset_line", "en", posts="5", start="a", end="b") == "5 posts · a – b"
    assert t("sidebar.dataset_line", "nl", posts="5", start="a", end="b") == "5 berichten · a – b"
    assert t("no.such.key", "nl") == "no.such.key"
    assert t("nav.home", "xx") == "nav.home"


def test_no_placeholder_shadows_the_translate_arguments():
    reserved = {"key", "lang"}
    clashes = {key for key, texts in TEXTS.items() if placeholders(texts[0]) & reserved}
    assert clashes == set(), "rename these placeholders: t() takes key and lang itself"
