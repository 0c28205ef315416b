"""The demo's themes, found once per session with the real bundled model."""

from __future__ import annotations

import pytest

from core import demo
from core.embed import EmbeddingCache
from core.settings import embedding_cache_dir


@pytest.fixture(scope="session")
def demo_names() -> list[str]:
    return [e.name for e in demo.EMPLOYERS]


@pytest.fixture(scope="session")
def demo_themes(demo_posts, embedder, demo_names):
    from core.themes.pipeline import find_themes

    return find_themes(
        demo_posts.get_column("text").to_list(),
        embedder,
        EmbeddingCache(embedding_cache_dir()),
        demo_names,
    )
