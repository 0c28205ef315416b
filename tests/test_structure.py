"""The shape of the code: each feature in one package, no import cycles, views free of each
other, caching in one place, core free of Streamlit."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE_MODULES = {
    "charts", "concepts", "datasets", "db", "derived", "e5", "embed", "export", "findings", "fmt", "i18n",
    "metrics", "overview", "schema", "scorecard", "scopes", "settings", "vocab",
}  # fmt: skip
"""Shared building blocks at the top of core/; every feature is a package beside them."""
FEATURES = {
    "ingest",
    "themes",
    "timing",
    "competitors",
    "listening",
    "ambassadors",
    "vacancy",
    "impact",
    "report",
    "demo",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources() -> dict[str, Path]:
    return {module_name(p): p for folder in ("app", "core") for p in (ROOT / folder).rglob("*.py")}


def imports(path: Path, known: set[str]) -> set[str]:
    """Modules of this project a module imports when it is loaded (not those imported only
    for type checking or inside functions)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in known else node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name in known}


def test_core_holds_shared_modules_and_one_package_per_feature():
    modules = {p.stem for p in (ROOT / "core").glob("*.py")} - {"__init__"}
    packages = {p.parent.name for p in (ROOT / "core").glob("*/__init__.py")}
    assert modules == CORE_MODULES
    assert packages == FEATURES


def test_no_import_cycles():
    known = sources()
    graph = {name: imports(path, set(known)) - {name} for name, path in known.items()}
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            raise AssertionError("import cycle: " + " → ".join([*trail[trail.index(name) :], name]))
        if name in done:
            return
        for other in graph.get(name, ()):
            # a package importing its own submodules (a facade) is not a cycle back
            if not other.startswith(name + "."):
                visit(other, [*trail, name])
        done.add(name)

    for name in graph:
        visit(name, [])


def test_views_import_no_other_view():
    known = set(sources())
    for path in (ROOT / "app" / "views").glob("*.py"):
        views = {m for m in imports(path, known) if m.startswith("app.views.")}
        assert views <= {module_name(path)}, path.name


def test_caching_only_in_app_cache():
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "pages").glob("*.py")]:
        if path.name != "cache.py":
            text = path.read_text(encoding="utf-8")
            assert "st.cache_" not in text and "lru_cache" not in text, path.name


def test_core_never_imports_streamlit():
    for path in (ROOT / "core").rglob("*.py"):
        assert "import streamlit" not in path.read_text(encoding="utf-8"), path
