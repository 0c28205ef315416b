"""Read the demo's texts once, at install, so the demo's Themes page opens in seconds.

``make run`` calls this before starting the app: it encodes the demo dataset's post texts,
the themes' candidate name words and the sentiment reference sentences into the embedding
cache of the configured data folder, and keeps the demo's fine themes and sentiment
(:mod:`core.derived`) — exactly what the pages would compute on a first visit — and does
nothing when they are there already. Usage: ``python -m app.warm``.
"""

from __future__ import annotations

import os
import sys
import time


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from app.cache import embedded_texts, employer_names
    from core import derived, settings
    from core.datasets import DatasetStore
    from core.embed import EmbeddingCache, embedder_for

    started = time.monotonic()
    store = DatasetStore(settings.data_dir())
    info = store.ensure_demo(int(settings.get("demo_seed")))
    posts = store.load(info.id).collect()
    embedder = embedder_for(settings.get("model"))
    cache = EmbeddingCache(settings.embedding_cache_dir())
    missing = cache.missing(embedded_texts(info, posts), embedder.model_id)
    if missing:
        print(f"Reading the demo's {missing:,} texts once (about a minute)…", flush=True)
    names = employer_names(info, posts)
    stamp = store.path(info.id).stat().st_mtime
    derived.fine_themes(store.root, info.id, stamp, posts, embedder, cache, names)
    derived.labelled(store.root, info.id, stamp, posts, embedder, cache, names)
    if missing:
        print(f"Done in {time.monotonic() - started:.0f} s.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
