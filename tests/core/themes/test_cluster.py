"""Clustering on vectors with known centres: found, deterministic, granular, bounded outliers."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.datasets import make_blobs
from sklearn.metrics import normalized_mutual_info_score

from core.themes.cluster import DIRECT, cluster, outliers


def blobs(n: int, centers: int, seed: int = 3, std: float = 1.0, dim: int = 32):
    x, y = make_blobs(
        n_samples=n, centers=centers, n_features=dim, cluster_std=std, random_state=seed
    )
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32), y


def test_finds_the_number_of_groups_by_itself():
    x, y = blobs(1500, 6)
    result = cluster(x)
    assert result.k == 6 and result.k_auto == 6
    assert normalized_mutual_info_score(y, result.labels) > 0.95


def test_same_input_same_themes():
    x, _ = blobs(1200, 5, seed=9)
    assert np.array_equal(cluster(x).labels, cluster(x).labels)


@pytest.mark.parametrize(("granularity", "more"), [(0.5, False), (2.0, True)])
def test_granularity_gives_fewer_or_more_themes(granularity, more):
    x, _ = blobs(1500, 6)
    k = cluster(x, granularity=granularity).k
    assert (k > 6) if more else (k < 6)


def test_large_data_goes_through_micro_clusters_and_stays_right():
    x, y = blobs(DIRECT * 3, 10, seed=5, dim=64)
    result = cluster(x)
    assert result.k == 10 and normalized_mutual_info_score(y, result.labels) > 0.95


def test_outliers_are_bounded_by_the_budget():
    x, _ = blobs(1000, 4, seed=1)
    noise = np.random.default_rng(0).normal(size=(400, 32)).astype(np.float32)
    noise /= np.linalg.norm(noise, axis=1, keepdims=True)
    data = np.vstack([x, noise])
    for budget in (0.0, 0.05, 0.2):
        result = cluster(data, outlier_budget=budget, k=4)
        assert result.unassigned <= budget + 1e-9
    assert cluster(data, outlier_budget=0.2, k=4).unassigned > 0.1, "noise is what gets left out"


def test_leaving_posts_out_never_empties_a_theme():
    """A small theme of odd posts all far below the others keeps its closest post: an emptied
    theme left a gap in the numbering (k themes counted, k - 1 shown)."""
    x, y = blobs(400, 2, seed=5, std=0.5)
    odd = np.random.default_rng(1).normal(size=(3, 32)).astype(np.float32)
    odd /= np.linalg.norm(odd, axis=1, keepdims=True)
    vectors = np.vstack([x, odd])
    labels = np.r_[y, np.full(3, 2)]
    centres = np.stack([vectors[labels == i].mean(axis=0) for i in range(3)])
    centres[2] = -centres[0]  # as far from the odd posts as a centre can be
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    out = outliers(vectors, labels, centres, budget=0.2)
    assert set(np.unique(out[out >= 0])) == {0, 1, 2}
    assert (out[400:] == -1).sum() == 2  # the two others of the odd theme are left out


def test_fixed_k_and_tiny_inputs():
    x, _ = blobs(300, 3)
    assert cluster(x, k=5).k == 5
    assert cluster(x[:2]).k == 1
    assert cluster(x[:0]).k == 0


def test_weighted_rows_cluster_as_the_rows_repeated():
    """One row per distinct text, weighted by its posts, gives the themes, centres and outliers
    of the posts themselves (what the pipeline relies on to work per distinct text)."""
    x, _ = blobs(900, 5, seed=11)
    weights = np.random.default_rng(2).integers(1, 6, size=len(x))
    repeated = np.repeat(x, weights, axis=0)
    for budget in (0.0, 0.1):
        rows = cluster(x, outlier_budget=budget, weights=weights)
        posts = cluster(repeated, outlier_budget=budget)
        assert rows.k == posts.k and rows.k_auto == posts.k_auto
        assert np.array_equal(np.repeat(rows.labels, weights), posts.labels)
        assert np.allclose(rows.centroids, posts.centroids, atol=1e-5)
        assert rows.unassigned <= budget + 1e-9


def test_many_distinct_vectors_are_fit_on_a_sample_and_all_assigned(monkeypatch):
    """Above FIT distinct vectors the themes come from a fixed sample and every vector joins
    its closest theme: the planted groups are still found, the same every time."""
    from core.themes import cluster as module

    monkeypatch.setattr(module, "FIT", 1000)
    x, y = blobs(6000, 8, seed=4, dim=48)
    result = cluster(x, outlier_budget=0.0)
    assert result.k == 8 and (result.labels >= 0).all()
    assert normalized_mutual_info_score(y, result.labels) > 0.95
    assert np.array_equal(result.labels, cluster(x, outlier_budget=0.0).labels)
