"""Renames and merges are stored with theme centres in TinyDB and survive re-runs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.themes.overrides import MATCH, ThemeNames


def unit(rng, n, d=16):
    x = rng.normal(size=(n, d))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def nudge(vectors, rng, amount=0.05):
    moved = vectors + amount * unit(rng, len(vectors), vectors.shape[1])
    return (moved / np.linalg.norm(moved, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture
def centres():
    return unit(np.random.default_rng(1), 6)


def test_rename_survives_a_restart_and_a_rerun_with_moved_centres(tmp_path, centres):
    path = tmp_path / "themes.json"
    ThemeNames(path).save("m", "  Werkdruk   en overuren ", centres[[2]])
    again = ThemeNames(path)  # a new process reads the file
    rng = np.random.default_rng(5)
    moved = nudge(centres, rng)[[4, 2, 0, 1, 3, 5]]  # the re-run numbers themes differently
    applied = again.apply("m", moved)
    assert applied.names == {1: "Werkdruk en overuren"}
    assert applied.group == {i: i for i in range(6)}
    assert json.loads(path.read_text())  # plain JSON on disk


def test_merge_joins_themes_again_on_the_next_run(tmp_path, centres):
    store = ThemeNames(tmp_path / "t.json")
    store.save("m", "Vacatures", centres[[0, 3, 5]])
    applied = store.apply("m", nudge(centres, np.random.default_rng(2)))
    assert applied.group[3] == applied.group[5] == applied.group[0] == 0
    assert applied.names == {0: "Vacatures"}
    assert applied.group[1] == 1


def test_renaming_a_merged_theme_replaces_the_old_decision_and_forget_undoes(tmp_path, centres):
    store = ThemeNames(tmp_path / "t.json")
    first = store.save("m", "A", centres[[0, 1]])
    second = store.save("m", "B", centres[[0, 1]], replaces=[first])
    assert [d.name for d in store.decisions("m")] == ["B"]
    store.forget(second)
    assert store.apply("m", centres).names == {}


def test_unrelated_themes_other_models_and_each_centre_once(tmp_path, centres):
    store = ThemeNames(tmp_path / "t.json")
    store.save("m", "Events", centres[[1]])
    other = unit(np.random.default_rng(9), 6)
    assert (other @ centres[1] < MATCH).all()
    assert store.apply("m", other).names == {}
    assert store.apply("other-model", centres).names == {}
    # Two new themes both close to the stored centre: only the closest inherits the name.
    twins = np.vstack([centres[1], nudge(centres[[1]], np.random.default_rng(3), 0.02)])
    assert list(store.apply("m", twins).names) == [0]


def test_empty_names_are_refused(tmp_path, centres):
    with pytest.raises(ValueError):
        ThemeNames(tmp_path / "t.json").save("m", "   ", centres[[0]])
