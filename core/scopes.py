"""Where what a team keeps about its organisation lives: one folder per organisation.

The ambassador roster, the response team and the queue's statuses, and the theme names and
merges belong to the organisation a dataset is about (its own organisation in who-is-who), not
to the data folder as a whole: the demo's ambassadors must never appear, with overdue check-ins,
on an uploaded dataset about another employer. Datasets of one organisation share the folder,
so next month's export keeps the roster, the queue's decisions and the theme names. A dataset
whose own organisation is not set yet keeps a folder of its own.

Before this, the three files sat directly in the data folder. :func:`folder` moves them, once,
into the folder of the dataset that is active when the data folder is first opened by this
version — the only organisation they can have been about in most installs — and keeps a copy
named ``*.before-organisations`` beside, so nothing is lost whatever the guess.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from core.db import lock_for

SCOPES_DIR = "organisations"
FILES = ("ambassadors.json", "listening.json", "themes.json")
"""The files kept per organisation: roster, response queue and team, theme names."""
LEGACY_SUFFIX = ".before-organisations"


def key(own_employer: str | None, dataset_id: str) -> str:
    """The folder name of an organisation (or of a dataset without one): readable and unique.

    Names that differ only in case or spacing are the same organisation.
    """
    if own_employer and own_employer.strip():
        norm = " ".join(own_employer.split()).casefold()
        slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:40] or "org"
        return f"{slug}-{hashlib.sha1(norm.encode('utf-8')).hexdigest()[:8]}"
    return f"dataset-{re.sub(r'[^A-Za-z0-9_-]+', '-', dataset_id)}"


def folder(root: Path, own_employer: str | None, dataset_id: str) -> Path:
    """The folder of one organisation in a data folder, created (and old files moved) on need."""
    root = Path(root)
    target = root / SCOPES_DIR / key(own_employer, dataset_id)
    with lock_for(root / SCOPES_DIR / ".migration"):
        target.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            legacy = root / name
            if legacy.exists():
                _adopt(legacy, target / name)
    return target


def _adopt(legacy: Path, target: Path) -> None:
    """Move a pre-organisation file into ``target`` (unless one is there), keeping a copy."""
    if not target.exists():
        with lock_for(legacy):
            shutil.copy2(legacy, target)
    kept = legacy.with_name(legacy.name + LEGACY_SUFFIX)
    if not kept.exists():
        legacy.replace(kept)
    else:
        legacy.unlink()
