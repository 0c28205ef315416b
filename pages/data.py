"""Data: the datasets on this machine, which one is active, and what is in it."""

import re
from functools import partial

import polars as pl
import streamlit as st

from app import cache, state
from app import components as c
from app.views import upload, whoiswho
from core import export, fmt, settings, vocab

PREVIEW_ROWS = 200


def _source(name: str) -> str:
    """A file name as it is; the demo's generator in the interface language."""
    seed = re.fullmatch(r"demo generator \(seed (\d+)\)", name)
    return c.t("the demo generator (seed {seed})", seed=seed.group(1)) if seed else name


with c.page(vocab.NAV["data"]):
    lang = c.lang()
    store = cache.store()
    datasets = store.list()
    active = store.active()
    c.flash()
    if active is not None:
        st.markdown(c.t("Active dataset: **{name}**", name=fmt.plain(active.name)))
        whoiswho.editor(active, cache.posts(active))

    upload.upload_section()

    st.subheader(c.t("Datasets"))
    st.dataframe(
        pl.DataFrame(
            {
                c.t("Active"): ["●" if active and d.id == active.id else "" for d in datasets],
                c.t("Name"): [d.name for d in datasets],
                c.t("Kind"): [c.t(vocab.DATA_KIND[d.kind]) for d in datasets],
                c.t("Posts"): [fmt.number(d.rows, lang) for d in datasets],
                c.t("Saved"): [d.created_at.replace("T", " ")[:16] for d in datasets],
            }
        ),
        hide_index=True,
    )
    c.dataset_picker()

    if active is not None:
        st.subheader(c.t("About the active dataset"))
        sources = [_source(name) for name in active.sources]
        st.caption(
            c.t("Sources: {sources}", sources=", ".join(fmt.plain(x) for x in sources) or "—")
        )
        posts = cache.posts(active)
        st.caption(
            c.t("Preview (first {n} posts)", n=fmt.number(min(PREVIEW_ROWS, posts.height), lang))
        )
        local = pl.col("published_at").dt.convert_time_zone(settings.get("timezone"))
        st.dataframe(posts.head(PREVIEW_ROWS).with_columns(local), hide_index=True)
        st.download_button(
            c.t("Download as CSV"),
            data=partial(export.to_csv, posts),  # written on the click, not on every run
            file_name=f"{active.name}.csv",
            mime="text/csv",
            icon=":material/download:",
        )
        if active.kind == "demo" and st.button(
            c.t("Rebuild the demo dataset"), icon=":material/refresh:"
        ):
            store.delete(active.id)
            store.ensure_demo(int(settings.get("demo_seed")))
            cache.clear()
            st.session_state[state.FLASH] = c.t("The demo dataset was rebuilt.")
            st.rerun()
