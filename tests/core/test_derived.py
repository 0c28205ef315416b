"""Fine themes and sentiment kept next to a dataset: read back when the file and model match,
recomputed when not, deleted with the dataset."""

from __future__ import annotations

import numpy as np

from core import derived
from core.datasets import DatasetStore
from core.embed import EmbeddingCache
from core.settings import embedding_cache_dir


def test_kept_results_are_reused_and_deleted_with_the_dataset(demo_posts, embedder, tmp_path):
    store = DatasetStore(tmp_path)
    posts = demo_posts.head(800)
    info = store.save(posts, "sample")
    stamp = store.path(info.id).stat().st_mtime
    cache = EmbeddingCache(embedding_cache_dir())
    first = derived.fine_themes(tmp_path, info.id, stamp, posts, embedder, cache, [])
    kept = derived.load_fine(derived.Version(tmp_path, info.id, stamp, embedder.model_id))
    assert len(kept) == posts.height  # kept per post, whatever the rows are
    assert np.array_equal(kept, first.per_post(first.fine.labels))
    again = derived.fine_themes(tmp_path, info.id, stamp, posts, embedder, cache, [])
    assert np.array_equal(again.fine.labels, first.fine.labels)
    assert np.allclose(again.fine.centroids, first.fine.centroids, atol=1e-5)
    changed = derived.Version(tmp_path, info.id, stamp + 1, embedder.model_id)
    assert derived.load_fine(changed) is None  # the file changed since

    labelled, _ = derived.labelled(tmp_path, info.id, stamp, posts, embedder, cache, [])
    reread, report = derived.labelled(tmp_path, info.id, stamp, posts, embedder, cache, [])
    assert reread.equals(labelled) and "sources" in report

    store.delete(info.id)
    assert not list(derived.folder(tmp_path).glob(f"{info.id}.*"))
