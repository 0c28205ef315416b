"""Settings, declared as a table of ``(name, default, help)``.

Every setting can be given as an environment variable ``EMPLOYER_RADAR_<NAME>`` (upper case).
The table is the documentation: ``docs/SETTINGS.md`` is checked against it by a test.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "EMPLOYER_RADAR_"


@dataclass(frozen=True)
class Setting:
    """One setting: its name, default value (as text) and what it does."""

    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data_dir",
        str(PROJECT_ROOT / "data"),
        "Folder where datasets (parquet), the catalogue and the local databases are kept. "
        "Nothing is stored anywhere else.",
    ),
    Setting(
        "model",
        "multilingual",
        "Embedding model for themes and search: `multilingual` (multilingual-e5-small, shipped "
        "inside a package, offline: Dutch, English and French in one meaning space), `bundled` "
        "(the English all-MiniLM-L6-v2), or any sentence-transformers model name or local folder.",
    ),
    Setting(
        "device",
        "auto",
        "Where the embedding model runs: `auto` (a CUDA GPU when torch sees one, else every CPU "
        "core), `cpu`, `cuda` or `cuda:N`. Vectors are the same either way, so the embedding "
        "cache is shared.",
    ),
    Setting(
        "embedding_cache",
        "",
        "Folder for cached sentence embeddings (one file per model, keyed by a hash of each "
        "text). Empty: `embeddings/` inside the data folder.",
    ),
    Setting(
        "timezone",
        "Europe/Amsterdam",
        "Time zone in which times are shown and naive times in uploads are read.",
    ),
    Setting(
        "language",
        "nl_NL",
        "Language of the interface at start: `nl_NL`, `nl_BE`, `fr_BE` or `en`.",
    ),
    Setting(
        "demo_seed",
        "2026",
        "Seed of the built-in demo dataset. The same seed always gives the same data.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The current value of a setting: the environment variable if set, else the default.

    Raises:
        KeyError: ``name`` is not a setting.
    """
    setting = _BY_NAME[name]
    return os.environ.get(ENV_PREFIX + name.upper(), setting.default)


def data_dir() -> Path:
    """The data folder, created if needed."""
    path = Path(get("data_dir")).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def embedding_cache_dir() -> Path:
    """Where embeddings are cached: the setting, or ``embeddings/`` in the data folder."""
    chosen = get("embedding_cache")
    return Path(chosen).expanduser() if chosen else data_dir() / "embeddings"
