"""The PDF report of the demo: its text names the planted facts, it has a section per page, it
renders, in the chosen language; made by the command line as a facilitator would."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.navigation import PAGES
from core import demo, report, vocab
from core.i18n import t
from core.report.__main__ import main


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The report written by ``python -m core.report`` on the demo, in English."""
    folder = tmp_path_factory.mktemp("report")
    out = folder / "report.pdf"
    assert main(["--out", str(out), "--lang", "en", "--data-dir", str(folder / "data")]) == 0
    return out


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_the_report_names_the_planted_facts_and_has_a_section_per_page(made):
    text = " ".join(text_of(made.read_bytes()).split())
    start, end = demo.WORKLOAD_SPIKE
    spike = f"{start.day} Mar 2026 – {end.day} Mar 2026"
    assert spike in text and "werkdruk" in text  # the workload spike
    assert f"{demo.UNDER_ENGAGING_COMPETITOR} posts" in text and "engages less" in text
    linkedin = demo.BEST_WINDOWS["linkedin"]
    assert f"LinkedIn: Tuesday and Wednesday {linkedin.start:02d}:00–{linkedin.end:02d}:00" in text
    contents = text.split("What stands out", 2)[1]  # the contents page lists every section
    for spec in PAGES:
        assert t(vocab.NAV[spec.key], "en") in contents, spec.key
    assert "Demo: Veldhuis Techniek" in text
    assert "LinkedIn" in text.split("Visits and applications per channel")[0].split("Impact")[-1]


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed"
)
def test_every_page_of_the_report_renders(made, tmp_path):
    pages = len(PdfReader(str(made)).pages)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(made), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == pages >= 12


def test_the_report_is_in_the_interface_language(made, monkeypatch):
    monkeypatch.setenv("EMPLOYER_RADAR_DATA_DIR", str(made.parent / "data"))
    inputs = report.gather(made.parent / "data", lang="en")
    dutch = text_of(report.pdf(replace(inputs, lang="nl")))
    assert "Wat valt op" in dutch and "Inhoud" in dutch and "De vijf C's" in dutch
    assert "What stands out" not in dutch
    french = text_of(report.pdf(replace(inputs, lang="fr")))
    assert "Sommaire" in french and "Les cinq C" in french


def test_an_unknown_dataset_is_a_clear_error(tmp_path, capsys):
    assert (
        main(["--out", str(tmp_path / "r.pdf"), "--dataset", "nope", "--data-dir", str(tmp_path)])
        == 2
    )
    assert "No dataset with id 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_one_huge_cell_never_fails_the_report():
    """A 60,000-character text in one cell is shortened with an ellipsis; the report renders
    (ReportLab fails the whole document on a row taller than a page)."""
    from core.report.content import Document, Section, Table
    from core.report.layout import CELL_CHARS, render

    huge = "woord " * 10_000
    block = Table(["Text", "Reach"], [[huge, "12"], ["x" * 60_000, "3"]], [3.0, 1.0])
    document = Document("Rapport", ["Test"], [Section("Berichten", [block])], "nl")
    text = text_of(render(document))
    assert "woord woord" in text and "…" in text
    assert text.count("woord") < CELL_CHARS
