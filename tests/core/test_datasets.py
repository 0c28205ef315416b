from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from core.datasets import DatasetStore
from core.schema import SchemaError


def test_save_load_round_trip(tmp_path, demo_posts):
    store = DatasetStore(tmp_path)
    info = store.save(demo_posts, "mine", own_employer="X", competitors=["Y"])
    assert_frame_equal(store.load(info.id).collect(), demo_posts)
    assert store.get(info.id).rows == demo_posts.height
    assert store.list()[0].competitors == ["Y"]


def test_active_dataset_survives_a_restart(tmp_path, demo_posts):
    store = DatasetStore(tmp_path)
    first = store.ensure_demo(2026)
    other = store.save(demo_posts.head(10), "small")
    store.set_active(other.id)
    reopened = DatasetStore(tmp_path)
    assert reopened.active().id == other.id
    assert reopened.ensure_demo(2026).id == other.id, "ensure_demo must not steal the active slot"
    assert {d.id for d in reopened.list()} == {first.id, other.id}


def test_invalid_frame_writes_nothing(tmp_path, demo_posts):
    store = DatasetStore(tmp_path)
    broken = demo_posts.head(5).with_columns(pl.lit("same").alias("post_id"))
    with pytest.raises(SchemaError, match="post_id"):
        store.save(broken, "broken", dataset_id="broken")
    assert store.list() == []
    assert not store.path("broken").exists()


def test_delete_clears_active_and_file(tmp_path, demo_posts):
    store = DatasetStore(tmp_path)
    info = store.save(demo_posts.head(3), "tiny")
    store.set_active(info.id)
    store.delete(info.id)
    assert store.active() is None
    assert not store.path(info.id).exists()


def test_active_ignores_a_missing_file(tmp_path, demo_posts):
    store = DatasetStore(tmp_path)
    info = store.save(demo_posts.head(3), "tiny")
    store.set_active(info.id)
    store.path(info.id).unlink()
    assert store.active() is None


def test_set_active_unknown_id(tmp_path):
    with pytest.raises(KeyError):
        DatasetStore(tmp_path).set_active("nope")


def test_leftovers_of_an_interrupted_write_are_removed_at_start(tmp_path, demo_posts):
    """A kill during a save leaves a temporary file and dataset files without a catalogue
    entry; the next start removes them (only when old enough that no writer is busy), and
    keeps every dataset the catalogue names."""
    import os
    import time

    from core.datasets import DATASET_DIR, DatasetStore

    store = DatasetStore(tmp_path)
    kept = store.save(demo_posts.head(20), "bewaard")
    folder = tmp_path / DATASET_DIR
    orphan = folder / "deadbeef0000.parquet"
    orphan.write_bytes(b"half")
    temporary = folder / ".abc.parquet.x1y2.tmp"
    temporary.write_bytes(b"half")
    fresh = folder / ".busy.parquet.z9.tmp"
    fresh.write_bytes(b"being written")
    old = time.time() - 3600
    for path in (orphan, temporary, store.path(kept.id)):
        os.utime(path, (old, old))
    removed = store.clean_up()
    assert set(removed) == {orphan, temporary}
    assert fresh.exists() and store.path(kept.id).exists()
    assert [i.id for i in store.list()] == [kept.id]
