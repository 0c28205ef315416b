"""What a team keeps belongs to its organisation: one folder each, old global files adopted once."""

from __future__ import annotations

from core import scopes
from core.ambassadors.roster import Roster


def test_one_folder_per_organisation_and_one_per_dataset_without_one(tmp_path):
    a = scopes.folder(tmp_path, "Veldhuis Techniek", "d1")
    assert scopes.folder(tmp_path, " veldhuis  techniek ", "d2") == a  # same organisation
    assert scopes.folder(tmp_path, "Zorggroep Oost", "d1") != a
    lone = scopes.folder(tmp_path, None, "d3")
    assert lone.name == "dataset-d3" and lone != scopes.folder(tmp_path, None, "d4")
    assert scopes.folder(tmp_path, "../../etc", "d5").parent == tmp_path / scopes.SCOPES_DIR


def test_another_organisation_never_sees_the_roster(tmp_path):
    demo = Roster(scopes.folder(tmp_path, "Veldhuis Techniek", "demo") / "ambassadors.json")
    demo.add({"name": "Sanne Bakker", "handles": []})
    other = Roster(scopes.folder(tmp_path, "Zorggroep Oost", "upload") / "ambassadors.json")
    assert other.all() == []
    assert [p["name"] for p in demo.all()] == ["Sanne Bakker"]


def test_files_from_before_organisations_are_adopted_once_and_kept(tmp_path):
    Roster(tmp_path / "ambassadors.json").add({"name": "Sanne Bakker", "handles": []})
    first = scopes.folder(tmp_path, "Veldhuis Techniek", "demo")
    assert [p["name"] for p in Roster(first / "ambassadors.json").all()] == ["Sanne Bakker"]
    assert not (tmp_path / "ambassadors.json").exists()
    assert (tmp_path / f"ambassadors.json{scopes.LEGACY_SUFFIX}").exists()  # nothing lost
    second = scopes.folder(tmp_path, "Zorggroep Oost", "upload")
    assert Roster(second / "ambassadors.json").all() == []
