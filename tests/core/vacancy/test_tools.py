"""Highlighting is safe, files are read, history remembers versions, the CLI works, batches export."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import docx
import polars as pl
import pytest

from core.ingest.messages import IngestError
from core.vacancy import check, detect_language
from core.vacancy.batch import check_many, to_xlsx
from core.vacancy.highlight import to_html
from core.vacancy.history import History
from core.vacancy.sources import texts

ROOT = Path(__file__).resolve().parents[3]
GOOD = (
    "Servicemonteur warmtepompen (m/v/x)\n\nBen jij nieuwsgierig? Salaris: € 3.200 – € 4.100 bruto per maand, "
    "8% vakantiegeld en een leaseauto. Na twee jaar groei je door naar eerste monteur.\n"
    "Vragen? Bel Eva de Jong via 010 123 4567. Solliciteer via werkenbij.veldhuis.nl."
)


def test_highlight_escapes_user_input_and_marks_findings():
    text = (
        'Marktconform salaris <script>alert("x")</script> & solliciteer via https://a.nl/?q=1&b=2'
    )
    html = to_html(text, check(text, "nl"))
    assert '<mark style="background:#fbd9c9' in html and ">Marktconform salaris</mark>" in html
    # Rendered as Streamlit renders it (Markdown with HTML allowed, for the marks): the user's
    # script is text, not an element; the link is text, not a link.
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark", {"html": True}).render(html)
    assert "<script>" not in shown and "&lt;script&gt;alert" in shown
    assert "<a " not in shown and "https://a.nl/?q=1&amp;b=2" in shown


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (GOOD, "nl"),
        (
            "We are hiring a service engineer for our team in Leeds. You will maintain heat pumps.",
            "en",
        ),
        ("Nous recherchons un technicien de maintenance pour notre équipe à Gand.", "fr"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


@pytest.mark.usefixtures("tmp_path")
def test_files_of_every_kind():
    document = docx.Document()
    for line in GOOD.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    assert "€ 3.200" in texts("v.docx", buffer.getvalue())[0][1]
    html = b"<html><head><style>x{}</style></head><body><h1>Monteur</h1><p>Salaris &euro; 3.000 per maand</p><script>bad()</script></body></html>"
    page = texts("v.html", html)[0][1]
    assert "Salaris € 3.000 per maand" in page and "bad()" not in page
    assert texts("v.md", b"# Monteur\nSolliciteer!")[0][1].startswith("# Monteur")
    table = (
        b"title;description\nMonteur;Salaris 3.000 euro per maand\nPlanner;Marktconform salaris\n"
    )
    assert [n for n, _ in texts("v.csv", table)] == ["v.csv #2 Monteur", "v.csv #3 Planner"]
    with pytest.raises(IngestError, match=r"v\.pdf"):
        texts("v.pdf", b"%PDF-1.4 broken")


@pytest.mark.usefixtures("tmp_path")
def test_pdf():
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(300, 200)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 20 100 Td (Salaris 3.000 euro per maand) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "Salaris 3.000 euro per maand" in texts("v.pdf", buffer.getvalue())[0][1]


def test_history_keeps_versions(tmp_path):
    history = History(tmp_path / "vacancies.json")
    first = GOOD.replace("Salaris: € 3.200 – € 4.100 bruto per maand", "Marktconform salaris")
    assert history.add("Servicemonteur", first, check(first, "nl"))
    assert history.add("servicemonteur!", GOOD, check(GOOD, "nl"))
    assert not history.add("Servicemonteur", GOOD, check(GOOD, "nl")), (
        "the same text is recorded once"
    )
    versions = History(tmp_path / "vacancies.json").versions("Servicemonteur")
    assert [v["score"] for v in versions] == [check(first, "nl").score, check(GOOD, "nl").score]
    assert versions[0]["score"] < versions[1]["score"]
    assert "salary" in versions[0]["failed"]


def test_batch_table_and_xlsx():
    table = check_many([("a", GOOD), ("b", 'Marktconform salaris. =HYPERLINK("x")')], "nl")
    assert table["name"].to_list() == ["a", "b"]
    assert table["salary"].to_list() == [True, False]
    assert "salary" in table["failing"][1]
    back = pl.read_excel(to_xlsx(table))
    assert back["score"].to_list() == table["score"].to_list()


def test_social_posts_that_announce_a_vacancy_are_not_scored_as_job_ads(demo_posts):
    from core.vacancy.batch import vacancy_posts

    ads, announcements = vacancy_posts(demo_posts)
    # The demo's vacancy posts are social posts of 10-22 words pointing to the careers site.
    assert ads.is_empty() and announcements.height > 100
    assert (announcements["post_type"].cast(pl.String) != "reply").all()
    frame = demo_posts.head(1).with_columns(
        pl.lit(GOOD + " Je werkt bij klanten thuis in de regio Zwolle." * 12).alias("text"),
        pl.lit("own").cast(demo_posts["author_type"].dtype).alias("author_type"),
        pl.lit("post").cast(demo_posts["post_type"].dtype).alias("post_type"),
    )
    assert vacancy_posts(frame)[0].height == 1  # a real job ad is checked


def test_cli_json_and_errors(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(GOOD, encoding="utf-8")
    table = tmp_path / "posts.csv"
    table.write_text(
        "id,body\n1,Salary: $80k - $100k per year. Apply at https://x.io\n2,Competitive salary\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "core.vacancy", str(good), str(table), "--column", "body", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    posts = json.loads(run.stdout)["posts"]
    assert [p["name"] for p in posts] == ["goed.txt", "posts.csv #2", "posts.csv #3"]
    salary = [next(c for c in p["checks"] if c["id"] == "salary") for p in posts]
    assert [s["passed"] for s in salary] == [True, True, False]
    assert salary[1]["evidence"] == ["$80k", "$100k"]
    assert set(salary[0]) >= {"id", "passed", "points", "evidence"}
    missing = subprocess.run(
        [sys.executable, "-m", "core.vacancy", str(tmp_path / "nope.txt")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        missing.returncode == 1
        and "cannot be opened" in missing.stdout
        and "Traceback" not in missing.stderr
    )
