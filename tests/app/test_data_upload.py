"""The Data page's upload flow in AppTest: two files, a mapping to confirm, the report."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from app import state
from core.datasets import DatasetStore
from core.ingest import MappingMemory
from tests.app.conftest import open_page

UNKNOWN = "Wanneer;Wat;Wie;Duimpjes\n03-03-2026 08:30;Wij zoeken een monteur;@veldhuis;12\n04-03-2026 21:15;Werkdruk!;@piet;-3\n".encode(
    "cp1252"
)
KNOWN = (
    b'"Tweet id","Tweet permalink","Tweet text","time","impressions","likes","retweets","replies"\n'
    b'"1","https://twitter.com/veldhuis/status/1","Vacature!","2026-03-02 09:00 +0000","1000.0","10.0","1.0","0.0"\n'
)


def data_page(lang: str = "en") -> AppTest:
    return open_page("../pages/data.py", lang)


def field(at: AppTest, target: str):
    """The mapping selectbox of one target field (keys are data.map.<signature>.<target>)."""
    return next(
        s
        for s in at.selectbox
        if (s.key or "").startswith("data.map.") and s.key.endswith("." + target)
    )


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_upload_two_files_confirm_mapping_and_load(data_dir):
    at = data_page()
    at.file_uploader(key=state.UPLOADS).set_value(
        [("odd.csv", UNKNOWN, "text/csv"), ("tweets.csv", KNOWN, "text/csv")]
    ).run()
    assert not at.exception
    assert any("Unknown format" in w.value for w in at.warning)
    assert "odd.csv" in at.info[0].value  # waiting for the mapping
    assert button(at, "Load and save as the active dataset").disabled
    # The proposal found the likes ('Duimpjes') but not the date: the user picks it, and the text.
    assert field(at, "reactions").value == "Duimpjes"
    assert field(at, "published_at").value is None
    button(at, "Confirm mapping").click().run()
    assert any("Choose the column with the publication date" in e.value for e in at.error)
    field(at, "published_at").select("Wanneer")
    field(at, "text").select("Wat")
    button(at, "Confirm mapping").click().run()
    assert "Mapping saved for odd.csv" in at.success[0].value
    load = button(at, "Load and save as the active dataset")
    assert not load.disabled
    at.text_input(key=state.UPLOAD_NAME).input("Maart").run()
    button(at, "Load and save as the active dataset").click().run()
    assert not at.exception
    assert "**Maart** is saved and active: 3 posts." in at.success[0].value
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rows read"] == "3" and metrics["Rows loaded"] == "3"
    assert any("negative value" in w.value and "rows 3" in w.value for w in at.warning)
    store = DatasetStore(data_dir)
    assert store.active().name == "Maart" and store.active().rows == 3


def test_mapping_survives_a_restart(data_dir):
    at = data_page()
    at.file_uploader(key=state.UPLOADS).set_value([("odd.csv", UNKNOWN, "text/csv")]).run()
    field(at, "published_at").select("Wanneer")
    button(at, "Confirm mapping").click().run()
    saved = MappingMemory(data_dir / "mappings.json")
    assert "Wanneer" in saved.path.read_text()
    fresh = data_page("nl")
    fresh.file_uploader(key=state.UPLOADS).set_value([("odd-april.csv", UNKNOWN, "text/csv")]).run()
    assert not fresh.exception
    assert not fresh.warning, "a saved mapping is applied without asking again"
    assert not button(fresh, "Inlezen en als actieve dataset opslaan").disabled


def test_bad_files_are_explained_in_the_users_language(data_dir):
    at = data_page("nl")
    at.file_uploader(key=state.UPLOADS).set_value(
        [("foto.csv", b"\x89PNG\r\n\x1a\n" + bytes(30), "text/csv"), ("leeg.csv", b"", "text/csv")]
    ).run()
    assert not at.exception
    texts = [e.value for e in at.error]
    assert any("foto.csv: dit is een PNG-bestand" in x for x in texts)
    assert any("leeg.csv: het bestand is leeg" in x for x in texts)
    assert DatasetStore(data_dir).active().kind == "demo", "nothing was saved"


def test_nothing_loadable_saves_nothing(data_dir):
    at = data_page()
    header_only = b"date;text\n"
    at.file_uploader(key=state.UPLOADS).set_value([("empty.csv", header_only, "text/csv")]).run()
    button(at, "Confirm mapping").click().run()
    button(at, "Load and save as the active dataset").click().run()
    assert not at.exception
    assert any("Nothing could be loaded" in e.value for e in at.error)
    assert any("has a header but no rows" in e.value for e in at.error)
    assert [d.kind for d in DatasetStore(data_dir).list()] == ["demo"]
