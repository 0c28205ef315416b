"""Ambassadors: find them in the data, agree and check in with them, look after them."""

import streamlit as st

from app import ambassadors_view as view
from app import components as c

with c.page("nav.ambassadors"):
    st.caption(c.t("amb.intro"))
    view.page(c.require_dataset())
