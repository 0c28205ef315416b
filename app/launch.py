"""``employer-radar``: start the app in the browser, as ``streamlit run app/main.py`` does.

Runs from the project folder so Streamlit finds ``.streamlit/config.toml`` (no usage
statistics, no error details on the page); extra arguments go to ``streamlit run``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    from streamlit.web import cli

    root = Path(__file__).resolve().parent.parent
    os.chdir(root)
    sys.argv = ["streamlit", "run", str(root / "app" / "main.py"), *sys.argv[1:]]
    return cli.main()


if __name__ == "__main__":
    raise SystemExit(main())
