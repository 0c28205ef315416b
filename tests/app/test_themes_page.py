"""Themes page: themes with names, a rename and a merge that survive a restart, search, downloads."""

from __future__ import annotations

import pytest

from app import state
from tests.app.conftest import open_page

PAGE = "../pages/themes.py"


def overview(at):
    return at.dataframe[0].value


def open_tab(at, label: str):
    at.session_state[state.THEMES_TAB] = label
    return at.run()


@pytest.mark.usefixtures("data_dir")
def test_themes_page_shows_named_themes_in_both_languages():
    for lang in ("nl", "en"):
        at = open_page(PAGE, lang)
        table = overview(at)
        assert len(table) >= 6 and table["theme_name"].str.len().min() >= 3
        assert table["posts"].is_monotonic_decreasing
        assert len(at.metric) == 4 and len(at.tabs) == 4
        assert 6 <= len(table) <= 15  # main themes
        assert table["subs"].sum() > len(table)  # each opens into its sub-themes
        assert len(at.dataframe) == 2  # the main themes, then the sub-themes of one
        labels = [b.label for b in at.get("download_button")]
        assert any("CSV" in x for x in labels) and any("Excel" in x for x in labels)
        detail = open_tab(
            at, "Thema bekijken en benoemen" if lang == "nl" else "Look at and name a theme"
        )
        assert not detail.exception and not detail.error
        assert len(detail.get("vega_lite_chart")) == 3  # platform, employer, month
        shown = open_tab(at, "Kaart" if lang == "nl" else "Map")
        assert len(shown.get("vega_lite_chart")) == 1 and not shown.exception


@pytest.mark.usefixtures("data_dir")
def test_rename_and_merge_survive_a_restart():
    at = open_page(PAGE, "en")
    before = overview(at)
    first, second = before["theme_name"].iloc[0], before["theme_name"].iloc[1]
    size = int(before["posts"].iloc[0]) + int(before["posts"].iloc[1])
    open_tab(at, "Look at and name a theme")
    at.text_input[0].set_value("Working here: what people say")
    at.multiselect[0].set_value([at.multiselect[0].options[0]])  # merge with the next-largest
    assert (
        at.selectbox(key=state.THEMES_PICK).format_func(at.selectbox(key=state.THEMES_PICK).value)
        == first
    )
    at.button[0].click().run()
    assert not at.exception and not at.error
    after = overview(open_tab(at, "Overview"))
    assert after["theme_name"].iloc[0] == "Working here: what people say"
    assert int(after["posts"].iloc[0]) == size and len(after) == len(before) - 1
    assert second not in set(after["theme_name"])

    restarted = open_page(PAGE, "en")  # a new session reads the names from TinyDB
    again = overview(restarted)
    assert again["theme_name"].iloc[0] == "Working here: what people say"
    assert int(again["posts"].iloc[0]) == size


@pytest.mark.usefixtures("data_dir")
def test_search_by_meaning():
    at = open_tab(open_page(PAGE, "en"), "Search by meaning")
    at.text_input(key=state.THEMES_QUERY).set_value("open day on Saturday, come and visit").run()
    assert not at.exception and not at.error
    found = at.dataframe[0].value
    assert len(found) == 20
    assert found["text"].str.contains("open d", case=False).sum() >= 5


@pytest.mark.usefixtures("data_dir")
def test_search_crosses_languages():
    """An English question finds the Dutch posts that mean the same (the default model puts
    Dutch and English in one meaning space)."""
    at = open_tab(open_page(PAGE, "en"), "Search by meaning")
    at.text_input(key=state.THEMES_QUERY).set_value(
        "far too much overtime, the workload is crushing us"
    ).run()
    assert not at.exception and not at.error
    texts = at.dataframe[0].value["text"].head(6)
    dutch = texts.str.contains("werkdruk|overuren|onderbezet|tandvlees|burn-?out", case=False)
    about = dutch | texts.str.contains("workload|overtime|hour week|burn", case=False)
    assert about.all() and dutch.sum() >= 3, texts.tolist()


def _all_sub_theme_names(at) -> set[str]:
    """Every sub-theme name, opening each main theme in the overview in turn."""
    opener = at.selectbox(key=state.THEMES_OPEN)
    found: set[str] = set()
    for index in range(len(opener.options)):
        at.selectbox(key=state.THEMES_OPEN).select_index(index).run()
        found |= set(at.dataframe[1].value["theme_name"])
    return found


@pytest.mark.usefixtures("data_dir")
def test_a_typed_sub_theme_name_sticks_through_reruns_recuts_and_sessions():
    at = open_tab(open_page(PAGE, "en"), "Look at and name a theme")
    sub = next(b for b in at.selectbox if str(b.key).startswith(state.THEMES_PICK_SUB))
    sub.select_index(1).run()  # the first sub-theme of the largest main theme
    at.text_input[0].set_value("Koudetechniek in Gent")
    at.run()  # an unrelated rerun (the field lost focus): the typed name stays
    assert at.text_input[0].value == "Koudetechniek in Gent"
    at.button[0].click().run()
    assert not at.exception and not at.error
    assert at.text_input[0].value == "Koudetechniek in Gent"  # saved, and shown as saved

    # Fewer main themes is a re-cut: the sub-theme and its name are kept.
    at.select_slider(key=state.THEMES_GRANULARITY).set_value(0.5).run()
    assert "Koudetechniek in Gent" in _all_sub_theme_names(open_tab(at, "Overview"))
    # A new session (a restart) reads it from TinyDB.
    assert "Koudetechniek in Gent" in _all_sub_theme_names(open_page(PAGE, "en"))
