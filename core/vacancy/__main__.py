"""Command line: ``python -m core.vacancy FILE... [--lang auto|nl|en] [--column NAME] [--json]``.

Prints per post the score and each check (id, passed, points, evidence). Exits 1 when no
file could be read, 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.ingest.messages import IngestError
from core.vacancy import check
from core.vacancy.sources import texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m core.vacancy", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        help="txt, md, html, docx, pdf, or csv/xlsx with one post per row",
    )
    parser.add_argument("--lang", default="auto", choices=["auto", "nl", "en", "fr"])
    parser.add_argument("--column", help="for tables: the column with the vacancy text")
    parser.add_argument("--channels", help="comma-separated channels, e.g. linkedin,instagram")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    channels = [c.strip().lower() for c in args.channels.split(",")] if args.channels else None
    posts, errors = [], []
    for path in args.files:
        try:
            posts += texts(path.name, path.read_bytes(), args.column)
        except OSError as err:
            errors.append(f"{path}: cannot be opened ({err.strerror}).")
        except IngestError as err:
            errors.append(str(err))
    results = [{"name": name, **check(text, args.lang, channels).to_dict()} for name, text in posts]
    if args.json:
        print(json.dumps({"posts": results, "errors": errors}, ensure_ascii=False, indent=2))
    else:
        for post in results:
            failing = [c["id"] for c in post["checks"] if c["passed"] is False]
            print(
                f"{post['name']}: {post['score']}/100 ({post['lang']}, {post['words']} words)"
                + (f"; fails: {', '.join(failing)}" if failing else "")
            )
        for error in errors:
            print(f"error: {error}")
    if not posts:
        print("error: no vacancy text could be read from the given files.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
