"""The Data page's upload flow in AppTest: what was recognised, unused columns, who is who."""

from __future__ import annotations

import polars as pl
import pytest
from streamlit.testing.v1 import AppTest

from app import state
from core.datasets import DatasetStore
from core.fmt import plain
from core.ingest import BrandMap, MappingMemory
from tests.app.conftest import open_page
from tests.core.ingest import exports as E

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


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    return (
        at.file_uploader(key=state.UPLOADS)
        .set_value([(name, data, "text/csv") for name, data in files])
        .run()
    )


def test_unknown_columns_are_proposed_shown_and_confirmed(data_dir):
    at = upload(data_page(), ("odd.csv", UNKNOWN), ("tweets.csv", KNOWN))
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert "Recognised format: **X (Twitter) analytics export**" in captions
    assert "No known format" in captions
    # The proposal found the likes ('Duimpjes') but not the date: the panel is open, and the
    # columns nothing uses are named in words.
    assert field(at, "reactions").value == "Duimpjes"
    assert field(at, "published_at").value is None
    assert any("Wanneer and Wat: not used." in m.value for m in at.markdown)  # Wie: @handles
    assert any(plain("odd.csv") in i.value for i in at.info)  # not loaded without a date
    field(at, "published_at").select("Wanneer")
    field(at, "text").select("Wat")
    button(at, "Confirm mapping").click().run()
    assert f"Mapping saved for {plain('odd.csv')}" in at.success[0].value
    at.text_input(key=state.UPLOAD_NAME).input("Maart").run()
    button(at, "Load and save as the active dataset").click().run()
    assert not at.exception
    assert "**Maart** is saved and active: 3 posts." in at.success[0].value
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rows read"] == "3" and metrics["Rows loaded"] == "3"
    assert any("1 negative value (row 3)" in w.value for w in at.warning)
    store = DatasetStore(data_dir)
    assert store.active().name == "Maart" and store.active().rows == 3


def test_one_click_puts_an_unused_column_to_use(data_dir):
    data = "Datum;Tijd;Bericht;Auteur;Kanaal;Bekeken\n01-09-2026;08:15;Hallo;@a;LinkedIn;1.200\n"
    at = upload(data_page("nl"), ("export.csv", data.encode("cp1252")))
    assert any("Bekeken: niet gebruikt." in m.value for m in at.markdown)
    choice = next(s for s in at.selectbox if (s.key or "").endswith(".Bekeken"))
    choice.select("impressions").run()
    assert not at.exception
    assert any("«Bekeken» wordt nu gebruikt als Impressies" in s.value for s in at.success)
    assert not any("niet gebruikt" in m.value for m in at.markdown)
    saved = MappingMemory(data_dir / "mappings.json")
    assert "Bekeken" in saved.path.read_text()
    button(at, "Inlezen en als actieve dataset opslaan").click().run()
    posts = pl.read_parquet(DatasetStore(data_dir).path(DatasetStore(data_dir).active().id))
    assert posts["impressions"].to_list() == [1200]


def test_dutch_export_with_employer_column_and_who_is_who_set_afterwards(data_dir):
    at = upload(data_page("nl"), ("monitoring.csv", E.dutch_monitoring()))
    assert not at.exception
    assert not any("niet gebruikt" in m.value for m in at.markdown), "every column is used"
    preview = at.dataframe[0].value
    assert "1 sep 2026 08:15" in preview.iloc[:, 0].tolist()  # the UI's date format
    button(at, "Inlezen en als actieve dataset opslaan").click().run()
    store = DatasetStore(data_dir)
    info = store.active()
    assert info.rows == 14 and not info.brands, "a new dataset starts with its own who-is-who"
    own = next(s for s in at.selectbox if (s.key or "") == f"who.{info.id}.own")
    assert own.options[:2] == ["Veldhuis Techniek", "Bremer Installaties"]
    own.select("Veldhuis Techniek").run()
    accounts = next(m for m in at.multiselect if m.label == "Accounts van Veldhuis Techniek")
    assert accounts.value == ["@VeldhuisTechniek"]  # suggested: the handle resembles the name
    next(m for m in at.multiselect if m.label == "Concurrenten").select("Bremer Installaties").run()
    next(m for m in at.multiselect if m.label == "Medewerkers van Veldhuis Techniek").select(
        "@piet"
    ).run()
    button(at, "Toepassen op deze dataset").click().run()
    assert not at.exception
    assert any("Wie is wie is toegepast" in s.value for s in at.success)
    posts = store.load(info.id).collect()
    kinds = dict(posts.group_by("author_type").len().iter_rows())
    assert kinds == {"own": 12, "employee": 2}
    assert store.get(info.id).own_employer == "Veldhuis Techniek"
    # Changed again, without uploading: Piet is no employee any more.
    at.multiselect(key=f"who.{info.id}.employees.Veldhuis Techniek").unselect("@piet").run()
    button(at, "Toepassen op deze dataset").click().run()
    posts = store.load(info.id).collect()
    assert dict(posts.group_by("author_type").len().iter_rows()) == {"own": 12, "public": 2}
    # The demo keeps its own who-is-who.
    assert store.get("demo-2026").own_employer == "Veldhuis Techniek"
    assert store.get("demo-2026").brands["competitors"] != {"Bremer Installaties": []}


def test_own_organisation_missing_from_the_data_is_flagged(data_dir):
    at = upload(data_page(), ("monitoring.csv", E.dutch_monitoring()))
    button(at, "Load and save as the active dataset").click().run()
    store = DatasetStore(data_dir)
    store.set_brands(store.active().id, BrandMap(own="Acme Staffing"))
    at = data_page()
    assert any("**Acme Staffing** does not occur in this dataset" in w.value for w in at.warning)
    at.selectbox(key=f"who.{store.active().id}.own").select("Veldhuis Techniek").run()
    assert not any("does not occur" in w.value for w in at.warning)


def test_mapping_survives_a_restart(data_dir):
    at = upload(data_page(), ("odd.csv", UNKNOWN))
    field(at, "published_at").select("Wanneer")
    button(at, "Confirm mapping").click().run()
    saved = MappingMemory(data_dir / "mappings.json")
    assert "Wanneer" in saved.path.read_text()
    fresh = upload(data_page("nl"), ("odd-april.csv", UNKNOWN))
    assert not fresh.exception
    assert any("Opgeslagen koppeling" in c.value for c in fresh.caption)
    assert not button(fresh, "Inlezen en als actieve dataset opslaan").disabled


def test_bad_files_are_explained_in_the_users_language(data_dir):
    at = data_page("nl")
    at.file_uploader(key=state.UPLOADS).set_value(
        [("foto.csv", b"\x89PNG\r\n\x1a\n" + bytes(30), "text/csv"), ("leeg.csv", b"", "text/csv")]
    ).run()
    assert not at.exception
    texts = [e.value for e in at.error]
    assert any(f"{plain('foto.csv')}: dit is een PNG-bestand" in x for x in texts)
    assert any(f"{plain('leeg.csv')}: het bestand is leeg" in x for x in texts)
    assert DatasetStore(data_dir).active().kind == "demo", "nothing was saved"


def test_nothing_loadable_saves_nothing(data_dir):
    at = data_page()
    header_only = b"date;text\n"
    at.file_uploader(key=state.UPLOADS).set_value([("empty.csv", header_only, "text/csv")]).run()
    button(at, "Load and save as the active dataset").click().run()
    assert not at.exception
    assert any("Nothing could be loaded" in e.value for e in at.error)
    assert any("has a header but no rows" in e.value for e in at.error)
    assert [d.kind for d in DatasetStore(data_dir).list()] == ["demo"]


def test_zip_archive_and_daily_sheet(data_dir):
    at = data_page()
    at.file_uploader(key=state.UPLOADS).set_value(
        [
            ("instagram.zip", E.instagram_archive(), "application/zip"),
            ("page.xls", E.xls(E.linkedin_sheets()), "application/vnd.ms-excel"),
        ]
    ).run()
    assert not at.exception
    assert any("Account figures per day (19 series)" in c.value for c in at.caption)
    button(at, "Load and save as the active dataset").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rows loaded"] == "44" and metrics["Days of account figures"] == "31"
    assert any("files from archives not read" in e.label for e in at.expander)
    store = DatasetStore(data_dir)
    assert store.days(store.active().id).height == 31 * 19


@pytest.mark.usefixtures("data_dir")
def test_a_file_in_the_uploader_is_read_once_not_on_every_rerun(monkeypatch):
    """Every click on the Data page reruns it; the files sitting in the uploader are read once
    (#26: a large or hostile file must not be parsed again and again)."""
    import core.ingest as ingest_module

    calls = []
    real = ingest_module.read_all

    def counting(name, data):
        calls.append(name)
        return real(name, data)

    monkeypatch.setattr(ingest_module, "read_all", counting)
    data = b"date,text\n2026-01-05 10:00,hallo eenmalig gelezen\n"
    at = upload(data_page(), ("eenmaal.csv", data))
    at.text_input(key=state.UPLOAD_NAME).input("Eenmaal").run()
    at.run()
    assert not at.exception
    assert calls.count("eenmaal.csv") == 1
