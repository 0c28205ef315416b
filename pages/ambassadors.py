"""Ambassadors: find them in the data, agree and check in with them, look after them."""

import streamlit as st

from app import components as c
from app.views import ambassadors as view
from core import vocab

with c.page(vocab.NAV["ambassadors"]):
    st.caption(
        c.t(
            "Employees who talk about their work online are invaluable, but you "
            "ask them to spend more time online. Choose people who enjoy it, "
            "agree a plan together, facilitate, leave monitoring to comms or HR, "
            "check in regularly — and thank them."
        )
    )
    view.page(c.require_dataset())
