"""Embeddings with the real bundled model: shape, normalisation, de-duplication, the cache."""

from __future__ import annotations

import numpy as np
import pytest

from core.embed import EmbeddingCache, SentenceEmbedder

TEXTS = [
    "Vacature: servicemonteur in Zwolle",
    "De werkdruk is niet normaal",
    "Open dag op zaterdag",
    "Vacature: servicemonteur in Zwolle",
]


class Counting:
    """Wraps the real embedder and counts how many texts it is asked to encode."""

    def __init__(self, inner):
        self.inner, self.model_id, self.encoded = inner, inner.model_id, 0

    def embed(self, texts, progress=None):
        self.encoded += len(texts)
        return self.inner.embed(texts, progress)


def test_vectors_are_float32_normalised_and_meaningful(embedder):
    vectors = embedder.embed(TEXTS)
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert vectors[0] @ vectors[3] > 0.999
    assert vectors[0] @ vectors[1] < vectors[0] @ vectors[3]


def test_cache_encodes_each_distinct_text_once(tmp_path, embedder):
    counting = Counting(embedder)
    cache = EmbeddingCache(tmp_path)
    first, new = cache.embed(TEXTS, counting)
    assert (new, counting.encoded) == (3, 3)
    again, new = EmbeddingCache(tmp_path).embed([*TEXTS, "Nieuwe collega's gezocht"], counting)
    assert (new, counting.encoded) == (1, 4), "only the new text is encoded"
    assert np.allclose(again[:4], first)


def test_progress_is_reported(tmp_path, embedder):
    seen = []
    EmbeddingCache(tmp_path).embed(
        [f"tekst {i}" for i in range(300)], embedder, lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (300, 300) and len(seen) >= 2


@pytest.mark.skipif(
    not __import__("core.embed", fromlist=["x"]).cpu_has_bf16(),
    reason="this CPU has no native bf16",
)
def test_bf16_stays_close_to_fp32(embedder):
    fp32 = SentenceEmbedder("bundled", precision="fp32").embed(TEXTS)
    bf16 = SentenceEmbedder("bundled", precision="bf16").embed(TEXTS)
    cosines = (fp32 * bf16).sum(axis=1)
    assert cosines.mean() >= 0.99 and cosines.min() >= 0.98
