"""The Streamlit layer: router, shared components, caching. Business logic lives in core/."""
