"""The gettext catalogues match the code, translate everything, and fall back to the source."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from app.navigation import PAGES
from core import fmt, vocab
from core.concepts import SEGMENTS
from core.i18n import (
    CATALOGUE_NAMES,
    DOMAIN,
    KEYWORDS,
    LOCALE_DIR,
    LOCALES,
    normalise,
    placeholders,
    t,
    tn,
)
from core.schema import PLATFORMS

ROOT = Path(__file__).resolve().parents[2]


def read(name: str = ""):
    """A catalogue, or with no name the template."""
    path = (
        LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.po" if name else LOCALE_DIR / f"{DOMAIN}.pot"
    )
    with path.open("rb") as handle:
        return read_po(handle, locale=name or None)


def ids(catalog) -> set:
    return {m.id for m in catalog if m.id}


def test_the_template_holds_exactly_what_the_code_says():
    """`python -m core.i18n extract` was run after the last change to a text."""
    with (ROOT / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = {
        message if isinstance(message, str) else tuple(message)
        for _, _, message, _, _ in extract_from_dir(
            ROOT, method_map, options_map, keywords=KEYWORDS
        )
    }
    assert len(found) > 500, "extraction found too little: is babel.cfg still right?"
    in_template = ids(read(""))
    assert sorted(map(str, found - in_template)) == [], "run: python -m core.i18n"
    assert sorted(map(str, in_template - found)) == [], "run: python -m core.i18n"


@pytest.mark.parametrize("name", CATALOGUE_NAMES)
def test_every_catalogue_is_up_to_date_with_the_template(name):
    assert ids(read(name)) == ids(read("")), "run: python -m core.i18n update"


@pytest.mark.parametrize("name", ["nl", "fr"])
def test_dutch_and_french_translate_every_message(name):
    missing = [
        m.id
        for m in read(name)
        if m.id and (m.fuzzy or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    assert missing == []


@pytest.mark.parametrize("name", CATALOGUE_NAMES)
def test_translations_keep_the_placeholders_and_compile_cleanly(name):
    catalog = read(name)
    for message in catalog:
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for source, text in zip((sources * 2)[: len(strings)], strings, strict=True):
            if text:
                assert placeholders(text) <= placeholders(sources[-1]) | placeholders(source), (
                    name,
                    message.id,
                )
    assert [errors for _, errors in catalog.check()] == []


def test_untranslated_text_falls_back_to_the_source_and_flemish_to_dutch():
    assert t("A sentence no catalogue has", "fr_BE") == "A sentence no catalogue has"
    assert t("Outside office hours", "nl_NL") == "Buiten kantoortijd"
    assert t("Outside office hours", "nl_BE") == "Buiten kantooruren"  # Flemish differs
    assert t("Active dataset", "nl_BE") == "Actieve dataset"  # … and falls back to Dutch here
    assert t("Active dataset", "fr_BE") == "Jeu de données actif"
    assert t("Active dataset", "en") == "Active dataset"
    assert t("Active dataset", "xx") == "Active dataset"
    assert t("{n} h", "fr_BE", n=3) == "3 h"


def test_plurals_follow_each_language():
    def posts(n: int, lang: str) -> str:
        return tn("{posts} post · {start} – {end}", "{posts} posts · {start} – {end}", n, lang,
                  posts=n, start="a", end="b")  # fmt: skip

    assert posts(1, "nl_NL") == "1 bericht · a – b"
    assert posts(2, "nl_BE") == "2 berichten · a – b"
    assert posts(0, "fr_BE") == "0 message · a – b"  # French: 0 is singular
    assert posts(2, "fr_BE") == "2 messages · a – b"
    assert posts(1, "en") == "1 post · a – b"


def test_day_names_and_formats_come_from_cldr_per_region():
    assert [fmt.weekday(2, code) for code in LOCALES] == ["dinsdag", "dinsdag", "mardi", "Tuesday"]
    assert fmt.number(5801.5, "nl_BE", 1) == "5.801,5"
    assert fmt.number(5801.5, "fr_BE", 1) == "5\u202f801,5"
    assert fmt.number(5801.5, "en", 1) == "5,801.5"
    assert fmt.percent(0.026, "fr_BE") == "2,6\u00a0%"
    assert fmt.percent(0.026, "nl_NL") == "2,6%"
    # chart labels too: d3 writes '5.0%', French reads '5,0 %'
    assert "/%/g, '\u00a0%'" in fmt.vega_label_expr("fr_BE")
    assert "%" not in fmt.vega_label_expr("nl_NL")
    assert normalise("nl") == "nl_NL" and normalise("fr") == "fr_BE" and normalise("de") is None


def test_every_page_platform_and_speaker_has_a_name():
    for spec in PAGES:
        assert spec.key in vocab.NAV and spec.section in vocab.NAV_SECTION
        if spec.key != "home":
            assert spec.key in vocab.QUESTION
    assert set(PLATFORMS) <= set(vocab.PLATFORM)
    assert set(SEGMENTS) <= set(vocab.SEGMENT)


def test_no_placeholder_shadows_the_translate_arguments():
    reserved = {"message", "lang", "singular", "plural", "number"}
    clashes = {m.id for m in read("") if m.id and placeholders(str(m.id)) & reserved}
    assert clashes == set(), "rename these placeholders: t() and tn() take these themselves"
