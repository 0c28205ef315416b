"""Benchmark: how long the one-click report takes on the demo dataset.

Measured side by side in one run, each in a fresh process-free setting of its own data folder:

- cold: a data folder and embedding cache that have never seen the demo (the first report after
  installing without ``make run``'s warm-up): the demo is generated, its texts are read by the
  model for the themes and the sentiment, then the report is made — the baseline;
- warm: the same folder again, as after ``make run`` (themes and sentiment kept by
  ``core.derived``, embeddings cached): what a facilitator waits for;
- layout only: the PDF of inputs already in memory, as the Start page's button makes it (the app
  has posts, themes and labels cached), split into the content (figures, charts drawn by
  vl-convert) and the ReportLab layout.

Usage: python bench/report.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    folder = Path(tempfile.mkdtemp(prefix="bench-report-"))
    os.environ["EMPLOYER_RADAR_DATA_DIR"] = str(folder / "data")
    os.environ["EMPLOYER_RADAR_EMBEDDING_CACHE"] = str(folder / "embeddings")
    from core import report, settings
    from core.report import content, layout

    figures: dict[str, float] = {}
    started = time.perf_counter()
    inputs = report.gather(settings.data_dir(), lang="nl")
    data = report.pdf(inputs)
    figures["cold_s"] = time.perf_counter() - started
    started = time.perf_counter()
    inputs = report.gather(settings.data_dir(), lang="nl")
    figures["warm_gather_s"] = time.perf_counter() - started
    started = time.perf_counter()
    document = content.build(inputs)
    figures["content_s"] = time.perf_counter() - started
    started = time.perf_counter()
    data = layout.render(document)
    figures["layout_s"] = time.perf_counter() - started
    figures["warm_s"] = figures["warm_gather_s"] + figures["content_s"] + figures["layout_s"]
    figures["button_s"] = figures["content_s"] + figures["layout_s"]
    result = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "posts": inputs.posts.height,
        "pages": data.count(b"/Type /Page\n") or data.count(b"/Type /Page"),
        "kb": round(len(data) / 1024),
        **{k: round(v, 2) for k, v in figures.items()},
        "warm_vs_cold": round(figures["warm_s"] / figures["cold_s"], 3),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
