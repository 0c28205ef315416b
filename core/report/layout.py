"""The report as a PDF (ReportLab): a title page, a contents page with page numbers, then one
section per heading, charts as images rendered offline by vl-convert.

ReportLab because it is the maintained pure-Python PDF library with flowing layout, tables that
split over pages and a table of contents that fills in its own page numbers; its bundled
Bitstream Vera fonts cover Dutch and French (accents, €, –, …, −) without any download.
"""

from __future__ import annotations

import io
import re
from html import escape
from pathlib import Path

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Image,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from core.i18n import t
from core.report import content

FONT = "Vera"
BOLD = "Vera-Bold"
INK = colors.HexColor("#1D2A2A")
ACCENT = colors.HexColor("#0F766E")
LIGHT = colors.HexColor("#EEF5F4")
WIDTH = A4[0] - 4 * cm
FALLBACKS = {"→": "»", "✓": "+", "⚠": "!"}


def _fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    pdfmetrics.registerFont(TTFont("Vera-Italic", str(folder / "VeraIt.ttf")))
    pdfmetrics.registerFont(TTFont("Vera-BoldItalic", str(folder / "VeraBI.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=BOLD, italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=18),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        "caption": ParagraphStyle("caption", parent=base, fontName=BOLD, fontSize=9, leading=12),
        "toc": ParagraphStyle("toc", parent=base, fontSize=11, leading=18, alignment=TA_LEFT),
    }


def inline(text: str) -> str:
    """Plain text with ``**bold**`` as ReportLab's mini-markup, special characters escaped and
    the few characters the font lacks replaced."""
    text = "".join(FALLBACKS.get(ch, ch) for ch in str(text))
    text = re.sub(r":material/[a-z_]+:\s*", "", text)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text, quote=False))


class _Report(SimpleDocTemplate):
    """Registers every section heading with the table of contents."""

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            text = flowable.getPlainText()
            key = f"s{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=0)
            self.notify("TOCEntry", (0, text, self.page, key))


CELL_CHARS = 400
"""Characters of a table cell shown in the report: a cell is read at a glance, and one cell of a
whole page could never fit its row (ReportLab would fail the whole report)."""


def _cell(value: object) -> str:
    text = str(value)
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1].rstrip() + "…"


def _table(block: content.Table, styles: dict) -> Table:
    widths = block.widths or [1.0] * len(block.header)
    scale = WIDTH / sum(widths)
    data = [[Paragraph(inline(_cell(h)), styles["head"]) for h in block.header]]
    data += [[Paragraph(inline(_cell(c)), styles["cell"]) for c in row] for row in block.rows]
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), LIGHT) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def _chart(block: content.Chart, styles: dict) -> list:
    image = Image(io.BytesIO(block.png))
    ratio = image.imageHeight / image.imageWidth
    width = min(WIDTH, image.imageWidth / 2)
    image.drawWidth, image.drawHeight = width, width * ratio
    if image.drawHeight > 17 * cm:
        image.drawHeight, image.drawWidth = 17 * cm, 17 * cm / ratio
    return [Paragraph(inline(block.title), styles["caption"]), image] if block.title else [image]


def _blocks(section: content.Section, styles: dict) -> list:
    out = [Paragraph(inline(section.title), styles["h1"])]
    for block in section.blocks:
        if isinstance(block, str):
            out.append(Paragraph(inline(block), styles["body"]))
        elif isinstance(block, list):
            items = [ListItem(Paragraph(inline(x), styles["body"]), leftIndent=12) for x in block]
            out.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12))
        elif isinstance(block, content.Table):
            out.append(_table(block, styles))
        elif isinstance(block, content.Chart):
            out += _chart(block, styles)
        out.append(Spacer(1, 8))
    return out


def render(document: content.Document) -> bytes:
    """The document as PDF bytes."""
    _fonts()
    styles = _styles()
    buffer = io.BytesIO()
    lang = document.lang

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.2 * cm, document.subtitle[0] if document.subtitle else "")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, t("Page {page}", lang, page=doc.page))
        canvas.restoreState()

    doc = _Report(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=document.title,
        author="Employer Radar",
        subject=" · ".join(document.subtitle),
        lang=lang,
    )
    story: list = [Spacer(1, 5 * cm), Paragraph(inline(document.title), styles["title"])]
    story += [Spacer(1, 12)]
    story += [Paragraph(inline(line), styles["subtitle"]) for line in document.subtitle]
    story += [PageBreak(), Paragraph(inline(t("Contents", lang)), styles["caption"])]
    toc = TableOfContents()
    toc.levelStyles = [styles["toc"]]
    story += [toc, PageBreak()]
    for number, section in enumerate(document.sections):
        if number:
            story.append(PageBreak())
        story += _blocks(section, styles)
    doc.multiBuild(story, onLaterPages=footer)
    return buffer.getvalue()
