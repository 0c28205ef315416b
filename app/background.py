"""Reading many new texts in the background, so every page stays usable meanwhile.

Encoding 100,000 new posts takes minutes on a laptop. The Themes page (and sentiment by
meaning) start one job per dataset and model that encodes the texts into the embedding cache
in a thread of this process; pages show its progress and time left, and use the result once
it is there. Small amounts (:data:`INLINE` texts) are read at once instead: a few seconds.
The thread only computes (no Streamlit calls); its state is a plain object read by pages.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import streamlit as st

from core.embed import Embedder, EmbeddingCache

INLINE = 2_000
"""Up to this many new distinct texts are read while the page waits (~6 s); more go to the
background."""


@dataclass
class Job:
    total: int
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: bool = False
    error: str | None = None

    def seconds_left(self) -> float | None:
        if self.done == 0:
            return None
        elapsed = time.monotonic() - self.started
        return elapsed / self.done * max(self.total - self.done, 0)


_JOBS: dict[tuple, Job] = {}
"""Every job started in this process, by key (shared by all sessions)."""
_JOBS_LOCK = threading.Lock()


def job(key: tuple) -> Job | None:
    """The job for this key, if one was started in this process."""
    return _JOBS.get(key)


def start(key: tuple, texts: list[str], embedder: Embedder, cache: EmbeddingCache) -> Job:
    """Start encoding ``texts`` into ``cache`` unless a job for ``key`` runs or ran already
    (two sessions asking at once start one job)."""
    with _JOBS_LOCK:
        running = _JOBS.get(key)
        if running is not None and running.error is None:
            return running
        state = Job(total=max(cache.missing(texts, embedder.model_id), 1))
        _JOBS[key] = state

    def progress(done: int, total: int) -> None:
        state.done, state.total = done, total

    def work() -> None:
        try:
            cache.embed(texts, embedder, progress)
        except Exception as error:  # shown on the page as a message, never a traceback
            state.error = f"{type(error).__name__}: {error}"
        finally:
            state.finished = True

    threading.Thread(target=work, name=f"encode-{key[1]}", daemon=True).start()
    return state


def show(running: Job) -> None:
    """The job's progress and time left, refreshed every second; the page reruns when done."""
    from app.components import lang, t
    from core import fmt

    @st.fragment(run_every=1.0)
    def panel() -> None:
        if running.finished:
            st.rerun()
        left = running.seconds_left()
        st.progress(
            min(running.done / max(running.total, 1), 1.0),
            text=t(
                "Reading texts in the background: {done} of {total} — about {left} left",
                done=fmt.number(running.done, lang()),
                total=fmt.number(running.total, lang()),
                left="—" if left is None else fmt.duration(left, lang()),
            ),
        )
        st.caption(
            t(
                "Other pages work as usual meanwhile. This page fills in by itself "
                "when reading is done; texts once read are kept."
            )
        )

    if running.error:
        st.error(
            t(
                "Reading the texts failed ({error}). Reload the page to try again.",
                error=running.error,
            )
        )
        return
    panel()
