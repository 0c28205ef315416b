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


def _dataset(demo_posts: pl.DataFrame, n: int) -> None:
    """The demo's first n posts with texts no cache has seen."""
    texts = [
        f"Bericht {i} over {SUBJECTS[i % 4]} bij ons in {['Zwolle', 'Gent'][i % 2]} (week {i // 7})"
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
