"""Smoke test in a real browser: headless Chromium opens every page of the running app.

Screenshots of each page land in ``artifacts/screenshots/`` as test artefacts. Skips with a
one-line reason where Chromium or Playwright is missing (``.ci/run`` installs Chromium).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from app.navigation import PAGES
from core import demo, fmt, vocab
from core.i18n import t
from core.overview import overview
from tests.core.ingest import exports

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (apt-get install chromium); browser test skipped")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    port = free_port()
    env = os.environ | {
        "EMPLOYER_RADAR_DATA_DIR": str(tmp_path_factory.mktemp("data")),
        "HF_HUB_OFFLINE": "1",
    }
    log_path = tmp_path_factory.mktemp("log") / "streamlit.log"
    log = log_path.open("w")
    command = [sys.executable, "-m", "streamlit", "run", "app/main.py"]
    command += ["--server.port", str(port), "--server.headless", "true"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the app did not start within 90 s")
        log.flush()
        started = log_path.read_text(encoding="utf-8")
        # Served to this computer only, and it asked no web service for its external IP.
        assert "URL: http://localhost:" in started and "external" not in started.lower(), started
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser(server: str):  # noqa: ARG001 - the app must be up first
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


LOCAL_SCHEMES = ("data", "blob", "about")


@pytest.fixture
def page(browser, server):
    """A browser tab that records every request it makes: data stays on this computer, so a
    request to any host but the app's own fails the test (fonts, icons, telemetry alike)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    yield tab
    context.close()
    own = urlparse(server).netloc
    elsewhere = sorted(
        {
            u
            for u in requests
            if urlparse(u).scheme not in LOCAL_SCHEMES and urlparse(u).netloc != own
        }
    )
    assert requests and not elsewhere, f"requests to other hosts: {elsewhere}"


def settle(tab, heading: str) -> None:
    """Wait until the page shows its heading and Streamlit has finished running the script."""
    tab.get_by_role("heading", name=heading, level=1).wait_for(timeout=60_000)
    tab.wait_for_timeout(300)  # the run that draws the heading may not have shown its status yet
    # Quiet twice in a row: a page can pause between two steps of a long computation.
    for _ in range(2):
        tab.wait_for_function(
            "!document.querySelector('[data-testid=\"stStatusWidget\"]')"
            " && !document.querySelector('[data-testid=\"stSpinner\"]')",
            timeout=120_000,
        )
        tab.wait_for_timeout(700)
    tab.wait_for_timeout(800)  # let Vega draw the charts before the screenshot


def home_figures(tab) -> list[str]:
    """The Start page's eight headline figures, once all are drawn."""
    figures = tab.locator('[data-testid="stMetricValue"]')
    figures.nth(7).wait_for(timeout=60_000)
    return figures.all_inner_texts()


def assert_clean(tab) -> None:
    assert tab.locator('[data-testid="stException"]').count() == 0
    body = tab.locator("body").inner_text()
    assert "Traceback" not in body
    assert "Something went wrong" not in body and "Er ging iets mis" not in body
    assert "Un problème est survenu" not in body


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.key)
def test_every_page_opens_cleanly(server, page, spec):
    page.goto(f"{server}/{spec.url_path}")
    settle(page, t(vocab.NAV[spec.key], "nl"))
    assert_clean(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{spec.key}-nl.png"), full_page=True)


def test_home_numbers_match_the_demo_and_language_switches(server, page):
    o = overview(demo.generate(2026).lazy())
    page.goto(server)
    settle(page, "Start")
    values = home_figures(page)
    assert values[:2] == [
        fmt.number(o.posts, "nl"),
        fmt.number(o.segment_posts("own_account"), "nl"),
    ]
    assert fmt.number(o.engagements_total, "nl") in values
    switch_language(page, "English")
    settle(page, "Home")
    assert_clean(page)
    values = home_figures(page)
    assert values[0] == fmt.number(o.posts, "en")
    page.screenshot(path=str(SHOTS / "home-en.png"), full_page=True)


def test_every_page_in_french(server, page):
    """Brussels and Wallonia: the language switch to French, then every page through the
    sidebar as a user goes, in French with Belgian number formats."""
    page.goto(server)
    settle(page, "Start")
    switch_language(page, "Français (Belgique)")
    settle(page, "Accueil")
    values = home_figures(page)
    assert values[0] == fmt.number(overview(demo.generate(2026).lazy()).posts, "fr_BE")
    for spec in PAGES:
        title = t(vocab.NAV[spec.key], "fr_BE")
        page.locator('[data-testid="stSidebarNavLink"]', has_text=title).first.click()
        settle(page, title)
        assert_clean(page)
        body = page.locator("body").inner_text()
        for english in ("Choose options", "Choose an option", "Posts", "Mentions per week"):
            assert english not in body, (spec.key, english)
        page.screenshot(path=str(SHOTS / f"{spec.key}-fr.png"), full_page=True)


def test_the_report_downloads_from_start_and_impact_and_five_cs_in_english(server, page, tmp_path):
    """A facilitator's click: the PDF comes down, in the interface language, with the planted
    facts; Impact and the five C's in English for the screenshots. (On the demo: it runs
    before the upload test below makes another dataset active.)"""
    from pypdf import PdfReader

    page.goto(server)
    settle(page, "Start")
    switch_language(page, "English")
    settle(page, "Home")
    home_figures(page)
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="Report to hand out (PDF)").click()
    target = tmp_path / "report.pdf"
    download.value.save_as(target)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Employer branding report" in text and "The five C's" in text
    assert "werkdruk" in text and demo.UNDER_ENGAGING_COMPETITOR in text
    for key in ("impact", "scorecard"):
        title = t(vocab.NAV[key], "en")
        page.locator('[data-testid="stSidebarNavLink"]', has_text=title).first.click()
        settle(page, title)
        assert_clean(page)
        page.screenshot(path=str(SHOTS / f"{key}-en.png"), full_page=True)


def test_themes_in_the_real_page_names_map_and_search(server, page):
    page.goto(f"{server}/themes")
    settle(page, "Thema's")
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=120_000)
    assert_clean(page)
    metrics = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    assert 6 <= int(metrics[0]) <= 15  # main themes found
    assert int(metrics[1]) > int(metrics[0])  # each opens into sub-themes
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)
    page.get_by_role("tab", name="Kaart").click()
    page.wait_for_timeout(1500)
    panel = page.get_by_role("tabpanel", name="Kaart")
    panel.locator("canvas").first.wait_for(timeout=30_000)
    assert "Kleur voor de 12 grootste thema's" in panel.inner_text()
    page.screenshot(path=str(SHOTS / "themes-map-nl.png"), full_page=True)
    page.get_by_role("tab", name="Zoeken op betekenis").click()
    box = page.get_by_label("Zoek berichten die hetzelfde bedoelen als…")
    box.fill("open dag op zaterdag, kom langs")
    box.press("Enter")
    page.wait_for_timeout(1000)
    settle(page, "Thema's")
    assert_clean(page)
    results = page.get_by_role("tabpanel", name="Zoeken op betekenis")
    results.locator('[data-testid="stDataFrame"]').wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "themes-search-nl.png"), full_page=True)


def test_listening_in_the_real_page_spike_and_queue(server, page):
    page.goto(f"{server}/listening")
    settle(page, "Luisteren")
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=120_000)
    assert_clean(page)
    page.get_by_text("Piek van 2 mrt 2026 tot 22 mrt 2026").wait_for(timeout=30_000)
    settle(page, "Luisteren")  # the explanation under the spike renders in the same run
    assert "werkdruk" in page.locator("body").inner_text()
    page.set_viewport_size({"width": 1400, "height": 2400})
    page.screenshot(path=str(SHOTS / "listening-reputation-nl.png"), full_page=True)
    page.get_by_role("tab", name="Reageren").click()
    panel = page.get_by_role("tabpanel", name="Reageren")
    panel.locator('[data-testid="stDataFrame"]').wait_for(timeout=60_000)
    settle(page, "Luisteren")
    assert_clean(page)
    assert "open:" in panel.inner_text()
    page.screenshot(path=str(SHOTS / "listening-queue-nl.png"), full_page=True)


def switch_language(tab, name: str) -> None:
    """The language switch in the sidebar, as a person uses it."""
    tab.get_by_test_id("stSidebar").get_by_role("combobox", name="Taal", exact=True).click()
    tab.get_by_role("option", name=name, exact=True).first.click()
    tab.wait_for_timeout(1000)


def choose(tab, widget: str, label: str, option: str) -> None:
    """Pick an option in a Streamlit select box or multiselect as a person does: open the list,
    click the option, click outside to close the list."""
    box = tab.locator(f'[data-testid="{widget}"]').filter(has_text=label)
    box.locator("input").click()
    tab.get_by_role("option", name=option, exact=True).first.click()
    tab.wait_for_timeout(1000)
    if widget == "stMultiSelect":  # its list stays open for more choices
        tab.keyboard.press("Escape")


def test_upload_a_dutch_export_and_say_who_is_who(server, page, tmp_path):
    """A Dutch monitoring export with an employer column: every column used, then who is who
    set after loading, and Start shows the employers and the interactions."""
    source = tmp_path / "monitoring-sept.csv"
    source.write_bytes(exports.dutch_monitoring())
    page.goto(f"{server}/data")
    settle(page, "Data")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(source))
    page.get_by_text("Lijkt op OBI4wan export").wait_for(timeout=60_000)
    settle(page, "Data")
    assert "niet gebruikt" not in page.locator("body").inner_text()
    page.get_by_role("button", name="Inlezen en als actieve dataset opslaan").click()
    page.get_by_text("is opgeslagen en actief: 14 berichten").wait_for(timeout=60_000)
    settle(page, "Data")
    choose(page, "stSelectbox", "Eigen organisatie", "Veldhuis Techniek")
    settle(page, "Data")
    page.get_by_text("Accounts van Veldhuis Techniek").wait_for(timeout=60_000)
    choose(page, "stMultiSelect", "Concurrenten", "Bremer Installaties")
    settle(page, "Data")
    page.get_by_role("button", name="Toepassen op deze dataset").click()
    page.get_by_text("Wie is wie is toegepast").wait_for(timeout=60_000)
    settle(page, "Data")
    assert_clean(page)
    page.set_viewport_size({"width": 1400, "height": 3000})
    page.screenshot(path=str(SHOTS / "data-upload-nl.png"), full_page=True)
    page.goto(server)
    settle(page, "Start")
    assert_clean(page)
    body = page.locator("body").inner_text()
    assert "2 werkgevers" in body
    assert "Eigen organisatie: Veldhuis Techniek · Concurrenten: Bremer Installaties" in body
    values = home_figures(page)
    assert values[0] == "14" and "213" in values  # posts; interactions (Interacties) in total
    page.screenshot(path=str(SHOTS / "home-upload-nl.png"), full_page=True)
    for spec in PAGES[1:]:  # every other page on the uploaded dataset opens cleanly too
        page.goto(f"{server}/{spec.url_path}")
        settle(page, t(vocab.NAV[spec.key], "nl"))
        assert_clean(page)


def test_vacancy_check_in_the_real_page(server, page):
    page.goto(f"{server}/vacancy")
    settle(page, "Vacaturecheck")
    page.get_by_label("Vacaturetekst").fill(
        "Servicemonteur (m/v/x)\n\nMarktconform salaris en doorgroeimogelijkheden in een dynamische omgeving. "
        "Salaris € 3.200 – € 4.100 bruto per maand. Solliciteer via werkenbij.veldhuis.nl. <b>geen html</b>"
    )
    page.get_by_role("button", name="Controleren").click()
    page.get_by_text("De tekst, met wat we vonden").first.wait_for(timeout=60_000)
    settle(page, "Vacaturecheck")
    assert_clean(page)
    marks = page.locator("mark")
    assert marks.count() >= 3
    assert "Marktconform salaris" in marks.all_inner_texts()
    assert page.locator("b", has_text="geen html").count() == 0, (
        "user text is escaped, not rendered"
    )
    page.set_viewport_size({"width": 1400, "height": 2600})
    page.screenshot(path=str(SHOTS / "vacancy-check-nl.png"), full_page=True)
    switch_language(page, "English")
    settle(page, "Vacancy checklist")
    assert_clean(page)


def test_presentation_mode_for_the_projector(server, page):
    """One switch hides the sidebar and the controls and enlarges the headline numbers; the
    same switch, at the top of the page then, gives it back as it was."""
    page.goto(f"{server}/listening")
    settle(page, "Luisteren")
    normal = page.locator('[data-testid="stMetricValue"]').first.bounding_box()["height"]
    page.get_by_text("Presentatiemodus", exact=True).click()
    settle(page, "Luisteren")
    assert not page.get_by_test_id("stSidebar").is_visible()
    assert not page.get_by_role("combobox", name="Werkgever").is_visible()
    big = page.locator('[data-testid="stMetricValue"]').first.bounding_box()["height"]
    assert big > 1.3 * normal
    assert_clean(page)
    page.screenshot(path=str(SHOTS / "listening-presentation-nl.png"), full_page=True)
    page.get_by_text("Presentatiemodus", exact=True).click()
    settle(page, "Luisteren")
    assert page.get_by_test_id("stSidebar").is_visible()
    assert page.get_by_role("combobox", name="Werkgever").is_visible()
