"""Who is who, per dataset: a plain form, suggested from the data, applied at once.

The own organisation, its competitors, their accounts and their employees belong to the active
dataset. Saving applies them to the stored posts straight away (no re-upload); another dataset
keeps its own.
"""

from __future__ import annotations

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t
from core import fmt
from core.datasets import DatasetInfo
from core.ingest.brands import BrandMap, Suggestions, occurs, suggest


def _key(info: DatasetInfo, name: str) -> str:
    return f"who.{info.id}.{name}"


def _pick(label: str, options: list[str], chosen: list[str], key: str) -> list[str]:
    """A multiselect that also takes new values; what is chosen is always among the options."""
    return st.multiselect(
        label,
        list(dict.fromkeys([*chosen, *options])),
        default=chosen,
        key=key,
        accept_new_options=True,
        placeholder=t("Choose or type"),
    )


def editor(info: DatasetInfo, posts: pl.DataFrame) -> None:
    """The who-is-who form of one dataset."""
    brands = info.brand_map
    found = cache.computed((cache.version(info),), suggest, posts)  # per dataset version
    # The dataset's name in the label: another dataset's form opens and closes on its own.
    title = t("Who is who in {name}", name=fmt.plain(info.name))
    with st.expander(title, expanded=not brands.own, icon=":material/groups:"):
        st.caption(
            t(
                "Which organisation is your own, which are competitors, which "
                "accounts belong to whom and who are employees? It applies to this "
                "dataset only, at once. Posts by anyone else get the employer they "
                "mention."
            )
        )
        _found_line(found)
        employers = [name for name, _ in found.employers]
        own_options = list(dict.fromkeys([*([brands.own] if brands.own else []), *employers]))
        own = st.selectbox(
            t("Own organisation"),
            own_options,
            index=own_options.index(brands.own) if brands.own else None,
            key=_key(info, "own"),
            accept_new_options=True,
            placeholder=t("Choose or type a name"),
        )
        chosen = BrandMap(own=own or None)
        if own:
            chosen.own_handles = _pick(
                t("Accounts of {name}", name=own),
                [*found.accounts.get(own, []), *found.people],
                brands.own_handles if own == brands.own else found.likely.get(own, []),
                _key(info, f"accounts.{own}"),
            )
            rivals = _pick(
                t("Competitors"),
                [e for e in employers if e != own],
                [c for c in brands.competitors if c != own],
                _key(info, "competitors"),
            )
            for rival in rivals:
                chosen.competitors[rival] = _pick(
                    t("Accounts of {name}", name=rival),
                    [*found.accounts.get(rival, []), *found.people],
                    brands.competitors.get(rival, found.likely.get(rival, [])),
                    _key(info, f"accounts.{rival}"),
                )
            for employer in [own, *rivals]:
                current = [h for h, e in brands.employees.items() if e == employer]
                staff = _pick(
                    t("Employees of {name}", name=employer),
                    found.people,
                    current,
                    _key(info, f"employees.{employer}"),
                )
                chosen.employees |= dict.fromkeys(staff, employer)
            mentioned = cache.computed(
                (cache.version(info), chosen.own, tuple(chosen.own_handles)), occurs, posts, chosen
            )
            if not mentioned:
                st.warning(
                    t(
                        "**{name}** does not occur in this dataset: not as employer, not as "
                        "account, not in the text. Check the spelling or choose its accounts.",
                        name=own,
                    ),
                    icon=":material/search_off:",
                )
        if st.button(t("Apply to this dataset"), type="primary", key=_key(info, "save")):
            _apply(info, chosen)


def _found_line(found: Suggestions) -> None:
    if not found.employers:
        st.caption(t("The files name no employers; type the names yourself."))
        return
    language = lang()
    names = [f"{name} ({fmt.number(n, language)})" for name, n in found.employers[:8]]
    st.caption(
        t("In the data: {names}", names=fmt.listing([fmt.plain(n) for n in names], language))
    )


def _apply(info: DatasetInfo, brands: BrandMap) -> None:
    if not brands.own:
        st.error(t("Choose the own organisation first; competitors and employees go with it."))
        return
    store = cache.store()
    store.set_brands(info.id, brands)
    cache.clear()
    st.session_state[state.FLASH] = t(
        "Who is who was applied to **{name}**.", name=fmt.plain(info.name)
    )
    st.rerun()
