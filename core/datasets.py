"""Datasets on disk: one parquet file per dataset plus a small catalogue (TinyDB).

The catalogue remembers which dataset is active, so a restarted app reopens it. Writes are
ordered so that nothing is ever half-written: the parquet file is written atomically first, and
only then is the catalogue entry added.

Who is who (own organisation, competitors, employees) belongs to a dataset: it is kept in the
catalogue entry and applied to the stored posts. The employer and author type as the files gave
them are kept beside the posts (``<id>.origin.parquet``), so who-is-who can be changed later and
applied again without uploading anything. Account figures per day, when the files had any, are
kept as ``<id>.days.parquet``.
"""

from __future__ import annotations

import io
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from tinydb import Query
from tinydb.table import Document

from core import demo
from core.db import atomic_write_bytes, open_db
from core.ingest.brands import BrandMap
from core.ingest.days import DAY_SCHEMA, empty_days
from core.ingest.visits import VISIT_SCHEMA, empty_visits
from core.schema import SchemaError, validate

ORIGIN_COLUMNS = ("employer", "author_type")

CATALOG_FILE = "catalog.json"
LEFTOVER_SECONDS = 600.0
"""Age after which a temporary or unlisted file is a leftover of an interrupted write."""
DATASET_DIR = "datasets"


@dataclass(frozen=True)
class DatasetInfo:
    """A catalogue entry.

    Attributes:
        id: Stable identifier; the parquet file is ``datasets/<id>.parquet``.
        name: Name shown to users.
        kind: ``demo`` or ``upload``.
        created_at: ISO timestamp (UTC) of when it was saved.
        rows: Number of posts.
        own_employer: Name of the own organisation.
        competitors: Names of the competing employers.
        sources: Files (or generator) the posts came from.
        brands: Who is who for this dataset (:class:`core.ingest.brands.BrandMap` as a dict).
        days: Rows of account figures per day stored with it.
        visits: Rows of careers-site visits (web analytics) stored with it.
    """

    id: str
    name: str
    kind: str
    created_at: str
    rows: int
    own_employer: str | None = None
    competitors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    brands: dict = field(default_factory=dict)
    days: int = 0
    visits: int = 0

    @property
    def brand_map(self) -> BrandMap:
        if self.brands:
            return BrandMap.from_dict(self.brands)
        return BrandMap(own=self.own_employer, competitors={key: [] for key in self.competitors})


class DatasetStore:
    """The datasets kept in one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.catalog = self.root / CATALOG_FILE
        (self.root / DATASET_DIR).mkdir(parents=True, exist_ok=True)

    def path(self, dataset_id: str) -> Path:
        return self.root / DATASET_DIR / f"{dataset_id}.parquet"

    def clean_up(self, older_than: float = LEFTOVER_SECONDS) -> list[Path]:
        """Remove what an interrupted write left behind (the app calls this when it starts):
        temporary files of an atomic write, and dataset files that no catalogue entry names
        (a save writes its files first and the catalogue entry last, so a kill in between
        leaves them). Only files older than ``older_than`` seconds: another process may be
        writing right now. Returns what was removed."""
        now = time.time()
        known = {info.id for info in self.list()}
        removed = []
        for path in self.root.rglob("*"):
            if not path.is_file() or now - path.stat().st_mtime < older_than:
                continue
            leftover = path.name.startswith(".") and path.name.endswith(".tmp")
            if path.parent == self.root / DATASET_DIR and path.suffix == ".parquet":
                leftover = leftover or path.name.split(".")[0] not in known
            if leftover:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def _origin_path(self, dataset_id: str) -> Path:
        return self.root / DATASET_DIR / f"{dataset_id}.origin.parquet"

    def _days_path(self, dataset_id: str) -> Path:
        return self.root / DATASET_DIR / f"{dataset_id}.days.parquet"

    def _visits_path(self, dataset_id: str) -> Path:
        return self.root / DATASET_DIR / f"{dataset_id}.visits.parquet"

    def list(self) -> list[DatasetInfo]:
        """All datasets, newest first."""
        with open_db(self.catalog) as db:
            docs = db.table("datasets").all()
        infos = [_info(doc) for doc in docs]
        return sorted(infos, key=lambda i: i.created_at, reverse=True)

    def get(self, dataset_id: str) -> DatasetInfo | None:
        with open_db(self.catalog) as db:
            doc = db.table("datasets").get(Query().id == dataset_id)
        return _info(doc) if doc else None

    def save(
        self,
        frame: pl.DataFrame,
        name: str,
        kind: str = "upload",
        own_employer: str | None = None,
        competitors: list[str] | None = None,
        sources: list[str] | None = None,
        dataset_id: str | None = None,
        brands: BrandMap | None = None,
        days: pl.DataFrame | None = None,
        apply_brands: bool = True,
        visits: pl.DataFrame | None = None,
    ) -> DatasetInfo:
        """Validate and store a post table, and add it to the catalogue.

        Args:
            frame: The posts as the files gave them (who-is-who not yet applied), or a
                finished post table when ``brands`` is None.
            brands: Who is who for this dataset; applied to the stored posts.
            days: Account figures per day (:data:`core.ingest.days.DAY_SCHEMA`).
            apply_brands: False when ``frame`` already has who-is-who applied (the demo).
            visits: Visits to the careers site (:data:`core.ingest.visits.VISIT_SCHEMA`).

        Raises:
            SchemaError: The frame is not a valid post table; nothing is written.
        """
        origin = frame.select(ORIGIN_COLUMNS)
        if brands is not None:
            if apply_brands:
                frame = brands.apply(frame.lazy()).collect()
            own_employer, competitors = brands.own, list(brands.competitors)
        problems = validate(frame)
        if problems:
            raise SchemaError("; ".join(problems))
        days = days if days is not None and not days.is_empty() else None
        visits = visits if visits is not None and not visits.is_empty() else None
        info = DatasetInfo(
            id=dataset_id or uuid.uuid4().hex[:12],
            name=name,
            kind=kind,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            rows=frame.height,
            own_employer=own_employer,
            competitors=list(competitors or []),
            sources=list(sources or []),
            brands=brands.to_dict() if brands is not None else {},
            days=days.height if days is not None else 0,
            visits=visits.height if visits is not None else 0,
        )
        _write(self._origin_path(info.id), origin)
        if days is not None:
            _write(self._days_path(info.id), days.select(list(DAY_SCHEMA)).cast(DAY_SCHEMA))
        else:
            self._days_path(info.id).unlink(missing_ok=True)
        if visits is not None:
            _write(self._visits_path(info.id), visits.select(list(VISIT_SCHEMA)).cast(VISIT_SCHEMA))
        else:
            self._visits_path(info.id).unlink(missing_ok=True)
        _write(self.path(info.id), frame)
        with open_db(self.catalog) as db:
            db.table("datasets").upsert(asdict(info), Query().id == info.id)
        return info

    def set_brands(self, dataset_id: str, brands: BrandMap) -> DatasetInfo:
        """Change who is who of a stored dataset and apply it to its posts at once.

        The employer and author type the files gave are restored first, so a competitor or an
        employee taken out of the mapping loses that role again.

        Raises:
            KeyError: No such dataset.
        """
        info = self.get(dataset_id)
        if info is None:
            raise KeyError(f"No dataset with id {dataset_id!r}")
        posts = pl.read_parquet(self.path(dataset_id))
        origin_path = self._origin_path(dataset_id)
        if origin_path.exists():
            origin = pl.read_parquet(origin_path)
            if origin.height == posts.height:
                posts = posts.with_columns(origin.get_columns())
        branded = brands.apply(posts.lazy()).collect()
        problems = validate(branded)
        if problems:
            raise SchemaError("; ".join(problems))
        _write(self.path(dataset_id), branded)
        changes = {
            "brands": brands.to_dict(),
            "own_employer": brands.own,
            "competitors": list(brands.competitors),
        }
        with open_db(self.catalog) as db:
            db.table("datasets").update(changes, Query().id == dataset_id)
        return self.get(dataset_id)

    def days(self, dataset_id: str) -> pl.DataFrame:
        """The account figures per day of a dataset, with who-is-who applied (may be empty)."""
        path = self._days_path(dataset_id)
        if not path.exists():
            return empty_days()
        info = self.get(dataset_id)
        frame = pl.read_parquet(path)
        return info.brand_map.apply_days(frame) if info else frame

    def visits(self, dataset_id: str) -> pl.DataFrame:
        """The careers-site visits of a dataset (web analytics; may be empty)."""
        path = self._visits_path(dataset_id)
        return pl.read_parquet(path) if path.exists() else empty_visits()

    def load(self, dataset_id: str) -> pl.LazyFrame:
        """The post table of a dataset, lazily."""
        return pl.scan_parquet(self.path(dataset_id))

    def delete(self, dataset_id: str) -> None:
        """Remove a dataset (catalogue entry first, so a crash leaves no dangling entry)."""
        with open_db(self.catalog) as db:
            db.table("datasets").remove(Query().id == dataset_id)
            state = db.table("state").get(doc_id=1)
            if state and state.get("active") == dataset_id:
                db.table("state").truncate()
        for path in (self.path(dataset_id), self._origin_path(dataset_id)):
            path.unlink(missing_ok=True)
        self._days_path(dataset_id).unlink(missing_ok=True)
        self._visits_path(dataset_id).unlink(missing_ok=True)
        from core import derived

        derived.forget(self.root, dataset_id)

    def active(self) -> DatasetInfo | None:
        """The active dataset, if it is still in the catalogue and on disk."""
        with open_db(self.catalog) as db:
            state = db.table("state").get(doc_id=1)
        dataset_id = state.get("active") if state else None
        info = self.get(dataset_id) if dataset_id else None
        return info if info and self.path(info.id).exists() else None

    def set_active(self, dataset_id: str) -> None:
        if self.get(dataset_id) is None:
            raise KeyError(f"No dataset with id {dataset_id!r}")
        with open_db(self.catalog) as db:
            db.table("state").upsert(Document({"active": dataset_id}, doc_id=1))

    def ensure_demo(self, seed: int) -> DatasetInfo:
        """Make sure the demo dataset exists, and make it active if nothing else is.

        Returns:
            The active dataset after the call.
        """
        demo_id = f"demo-{seed}"
        info = self.get(demo_id)
        if info is None or not self.path(demo_id).exists() or not info.visits:
            posts = demo.generate(seed)
            info = self.save(
                posts,
                name="Demo: Veldhuis Techniek",
                kind="demo",
                sources=[f"demo generator (seed {seed})"],
                dataset_id=demo_id,
                brands=demo.brand_map(),
                apply_brands=False,
                visits=demo.careers_site_visits(posts, seed),
            )
        active = self.active()
        if active is None:
            self.set_active(info.id)
            active = info
        return active


def employer_names(info: DatasetInfo, posts: pl.DataFrame) -> list[str]:
    """Names left out of embedded text: the employers, as configured and as in the data."""
    in_data = posts.get_column("employer").drop_nulls().unique().to_list()
    return sorted({n for n in [info.own_employer, *info.competitors, *in_data] if n})


def _info(doc: dict) -> DatasetInfo:
    return DatasetInfo(**{k: v for k, v in doc.items() if k in DatasetInfo.__dataclass_fields__})


def _write(path: Path, frame: pl.DataFrame) -> None:
    buffer = io.BytesIO()
    frame.write_parquet(buffer)
    atomic_write_bytes(path, buffer.getvalue())


__all__ = ["DatasetInfo", "DatasetStore", "SchemaError", "employer_names"]
