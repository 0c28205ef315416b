"""Write the report of a dataset as a PDF.

Usage::

    python -m core.report --out report.pdf [--dataset ID] [--lang nl|nl_BE|fr|en]
                          [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--data-dir DIR]

Without ``--dataset`` the active dataset of the data folder is used, else the built-in demo.
The period defaults to the last 13 weeks of the data, as on the pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

LANGUAGES = ("nl", "nl_BE", "fr", "en")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser(
        prog="python -m core.report", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--out", required=True, type=Path, help="where to write the PDF")
    parser.add_argument("--dataset", help="dataset id (default: the active one, else the demo)")
    parser.add_argument("--lang", default="nl", choices=LANGUAGES, help="language (default nl)")
    parser.add_argument("--start", type=date.fromisoformat, help="first day of the period")
    parser.add_argument("--end", type=date.fromisoformat, help="last day of the period")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the app's)")
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["EMPLOYER_RADAR_DATA_DIR"] = str(args.data_dir)
    from core import report, settings

    started = time.monotonic()
    try:
        inputs = report.gather(settings.data_dir(), args.dataset, args.lang, args.start, args.end)
    except KeyError:
        print(f"No dataset with id {args.dataset!r} in {settings.data_dir()}.", file=sys.stderr)
        return 2
    data = report.pdf(inputs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    partial = args.out.with_name(args.out.name + ".part")
    partial.write_bytes(data)
    partial.replace(args.out)
    seconds = time.monotonic() - started
    print(
        f"{args.out}: {len(data) / 1024:.0f} KB, {inputs.info.name}, "
        f"{inputs.start} – {inputs.end}, {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
