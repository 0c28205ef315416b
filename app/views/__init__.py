"""One module per page's screen (the Data page has two: upload and who-is-who).

A view draws with Streamlit and takes its numbers from ``core``; views never import each other
(shared widgets live in :mod:`app.components`, caching in :mod:`app.cache`).
"""
