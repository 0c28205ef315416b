"""The one-click report: what stands out, the five C's and each page's key tables and charts
for a period, as a PDF in the interface language — to hand out after a session.

- :mod:`core.report.content`: what the report says (:class:`~core.report.content.Inputs` in,
  a :class:`~core.report.content.Document` of sections out);
- :mod:`core.report.layout`: the layout (ReportLab), charts rendered offline (vl-convert);
- :func:`gather`: the inputs of a stored dataset, for the command line
  (``python -m core.report --out report.pdf [--dataset ID] [--lang nl|en|fr|nl_BE]``); the app
  passes what it has cached instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.report.content import Document, Inputs, build, default_period
from core.report.layout import render


def pdf(inputs: Inputs) -> bytes:
    """The report of ``inputs`` as PDF bytes."""
    return render(build(inputs))


def gather(
    root: Path,
    dataset_id: str | None = None,
    lang: str = "nl",
    start: date | None = None,
    end: date | None = None,
) -> Inputs:
    """Everything the report needs for a stored dataset (the active one, else the demo): the
    posts with sentiment, their themes, account figures, visits, roster and queue — read back
    from what the app keeps (:mod:`core.derived`) or computed as the pages would.

    Raises:
        KeyError: No dataset with ``dataset_id``.
    """
    import polars as pl

    from core import derived, scopes, settings
    from core.ambassadors.roster import Roster
    from core.datasets import DatasetStore, employer_names
    from core.embed import EmbeddingCache, embedder_for
    from core.i18n import t
    from core.listening.queue import QueueStore
    from core.themes import summary
    from core.themes.overrides import ThemeNames
    from core.themes.pipeline import recut

    store = DatasetStore(root)
    if dataset_id:
        info = store.get(dataset_id)
        if info is None:
            raise KeyError(dataset_id)
    else:
        info = store.active() or store.ensure_demo(int(settings.get("demo_seed")))
    posts = store.load(info.id).collect()
    stamp = store.path(info.id).stat().st_mtime
    embedder = embedder_for(settings.get("model"))
    cache = EmbeddingCache(settings.embedding_cache_dir())
    names = employer_names(info, posts)
    if posts.get_column("sentiment").null_count():
        posts = derived.labelled(store.root, info.id, stamp, posts, embedder, cache, names)[0]
        posts = posts.drop("sentiment_source")
    themed = None
    if posts.height:
        base = derived.fine_themes(store.root, info.id, stamp, posts, embedder, cache, names)
        found = recut(base)
        folder = scopes.folder(store.root, info.own_employer, info.id)
        kept = ThemeNames(folder / "themes.json")
        applied = kept.apply(found.model_id, found.clustering.centroids)
        applied_main = kept.apply(found.model_id, found.main_centroids, level="main")
        themed = summary.assign(
            posts, found, applied, t("Sub-theme", lang), applied_main, t("Theme", lang)
        )
    folder = scopes.folder(store.root, info.own_employer, info.id)
    tz = settings.get("timezone")
    first, last = default_period(posts, tz)
    return Inputs(
        info=info,
        posts=posts if posts.height else posts.with_columns(pl.col("sentiment")),
        visits=store.visits(info.id),
        days=store.days(info.id),
        lang=lang,
        tz=tz,
        start=start or first,
        end=end or last,
        themed=themed,
        roster=Roster(folder / "ambassadors.json").all(),
        entries=QueueStore(folder / "listening.json").entries(),
    )


__all__ = ["Document", "Inputs", "build", "default_period", "gather", "pdf", "render"]
