"""Many new texts are read in the background: the Themes page shows progress and time left,
other pages work meanwhile, and the themes appear when reading is done."""

from __future__ import annotations

import time

import polars as pl
import pytest

from app import background
from core.datasets import DatasetStore
from core.settings import data_dir
from tests.app.conftest import open_page

SUBJECTS = ["werkdruk en overuren", "de nieuwe cao", "een open dag", "onze vacature voor monteur"]


def _dataset(demo_posts: pl.DataFrame, n: int, word: str = "Bericht") -> None:
    """The demo's first n posts with texts no cache has seen."""
    texts = [
        f"{word} {i} over {SUBJECTS[i % 4]} bij ons in {['Zwolle', 'Gent'][i % 2]} (week {i // 7})"
        for i in range(n)
    ]
    posts = demo_posts.head(n).with_columns(pl.Series("text", texts))
    store = DatasetStore(data_dir())
    info = store.save(posts, "Achtergrond", own_employer="Veldhuis Techniek")
    store.set_active(info.id)


@pytest.mark.usefixtures("data_dir")
def test_many_new_texts_are_read_in_the_background(demo_posts):
    _dataset(demo_posts, background.INLINE + 500)
    at = open_page("../pages/themes.py", "en")
    assert at.get("progress"), "the page shows the reading's progress"
    assert any("Reading texts in the background" in p.proto.text for p in at.get("progress"))
    timing = open_page("../pages/timing.py", "en")  # another page, meanwhile
    assert not timing.exception and not timing.error
    job = next(iter(background._JOBS.values()))
    deadline = time.monotonic() + 240
    while not job.finished and time.monotonic() < deadline:
        time.sleep(1)
    assert job.finished and job.error is None and job.done == job.total
    done = open_page("../pages/themes.py", "en")
    assert not done.get("progress") and len(done.dataframe) >= 1


@pytest.mark.usefixtures("data_dir")
def test_kept_themes_say_the_texts_are_read_without_asking_the_cache(demo_posts):
    """A dataset version whose fine themes are kept (core.derived) was read whole: a first
    page need not read a million texts to ask the embedding cache. Without them, new texts
    start the background job."""
    import numpy as np

    from app import cache
    from core import derived, settings

    _dataset(demo_posts, background.INLINE + 500, "Notitie")
    info = cache.active_dataset()
    mtime = cache.store().path(info.id).stat().st_mtime
    version = derived.Version(cache.store().root, info.id, mtime, cache.embedder().model_id)
    derived.save_fine(version, np.zeros(background.INLINE + 500, dtype=np.int32))
    key = ("encode", str(cache.store().root), info.id, mtime, settings.get("model"))
    try:
        assert cache.reading(info) is None
        assert background.job(key) is None  # nothing was started: the texts count as read
        version.path("themes", "npy").unlink()
        cache.clear()
        assert cache.reading(info) is not None  # now they are new: read in the background
    finally:
        for job in background._JOBS.values():
            while not job.finished:
                time.sleep(0.5)
