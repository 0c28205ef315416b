"""Every ``st.session_state`` key the app uses, in one place."""

LANG = "lang"
"""Interface language, ``nl`` or ``en``; owned by :func:`app.components.language_switch`."""
DATASET_PICK = "data.dataset_pick"
"""Dataset chosen in the Data page's picker."""
FLASH = "flash"
"""A one-off message shown after a rerun (e.g. 'dataset activated')."""
