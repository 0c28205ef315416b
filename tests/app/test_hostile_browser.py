"""A dataset whose every text field is hostile, driven through every page in a real browser: no
script runs and no request leaves the machine (#26). Script, iframe, Markdown image and link
payloads sit in the texts, names, handles, employers, places and links of the posts and in the
file's name; the browser records every request, and each page is checked for a planted flag.
"""

from __future__ import annotations

import csv
import io

import pytest

from app.navigation import PAGES
from core import vocab
from core.i18n import t
from tests.app.test_browser import (  # noqa: F401 - the fixtures of the browser test, reused
    assert_clean,
    browser,
    page,
    server,
    settle,
)

pytestmark = pytest.mark.browser

ELSEWHERE = "http://127.0.0.2:9"
"""A loopback address that is not the app's: a request to it fails the test, and leaves no
machine if the rendering ever lets one through."""
PAYLOADS = (
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 2">',
    '<iframe srcdoc="<script>parent.__pwned = 3</script>"></iframe>',
    f"![x]({ELSEWHERE}/image.png)",
    "[klik](javascript:window.__pwned=4)",
    f"<img src='{ELSEWHERE}/img.png'>",
    ":material/warning: **vet**",
)


def hostile_export() -> bytes:
    rows = [["Datum", "Tijd", "Bericht", "Auteur", "Naam", "Werkgever", "Kanaal", "Link",
             "Locatie", "Vind-ik-leuks"]]  # fmt: skip
    for i in range(24):
        payload = PAYLOADS[i % len(PAYLOADS)]
        rows.append(
            [
                f"{(i % 28) + 1:02d}-09-2026",
                f"{8 + i % 10:02d}:15",
                f"Werken bij ons {i} {payload} vacature monteur",
                f"@user{i}",
                f"Naam {payload}",
                f"Werkgever {payload}" if i % 2 else "Veldhuis Techniek",
                ["LinkedIn", "Twitter", "Facebook"][i % 3],
                f"{ELSEWHERE}/post/{i}",
                f"Gent {payload}",
                str(i),
            ]
        )
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    return buffer.getvalue().encode("utf-8")


WHERE = """Array.from(document.images)
  .filter(i => i.src.includes('127.0.0.2') || i.src.includes('f.png'))
  .map(i => { let e = i, path = [];
    while (e && path.length < 6) { path.push(e.getAttribute('data-testid') || e.tagName);
      e = e.parentElement; }
    return i.src + ' in ' + path.join(' < ') + ': ' + (i.closest('[data-testid]') || i)
      .parentElement.innerText.slice(0, 80); })"""


def assert_nothing_ran(tab, where: str) -> None:
    assert tab.evaluate("window.__pwned === undefined"), f"{where}: a planted script ran"
    frames = tab.locator("iframe[srcdoc]").count()
    assert frames == 0, f"{where}: an iframe from the data was rendered"
    images = tab.evaluate(WHERE)
    assert images == [], f"{where}: images from the data: {images}"


def test_hostile_texts_never_become_markup_on_any_page(server, page, tmp_path):  # noqa: F811
    source = tmp_path / "export ![x](http%3A%2F%2F127.0.0.2%3A9%2Ff.png) <b>vet.csv"
    source.write_bytes(hostile_export())
    page.goto(f"{server}/data")
    settle(page, "Data")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(source))
    page.get_by_role("button", name="Inlezen en als actieve dataset opslaan").wait_for(
        timeout=60_000
    )
    settle(page, "Data")
    assert_nothing_ran(page, "data before loading")
    page.get_by_role("button", name="Inlezen en als actieve dataset opslaan").click()
    page.get_by_text("is opgeslagen en actief").wait_for(timeout=60_000)
    settle(page, "Data")
    assert_nothing_ran(page, "data after loading")
    assert_clean(page)
    for spec in PAGES:
        title = t(vocab.NAV[spec.key], "nl")
        page.goto(f"{server}/{spec.url_path}")
        settle(page, title)
        assert_clean(page)
        assert_nothing_ran(page, spec.key)
    # and the page fixture fails the test if any request went to another host than the app
