"""The house style of every KIT Desk PDF: colours, A4 geometry, paragraph styles, the canvas that
numbers pages "Side X af Y" (with a pluggable footer text and an optional watermark), the document
template with its metadata, and the tables that split across pages.

No user text is escaped here: callers pass text through text.para() first (text_flowables() does).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from kitdesk.export import fonts
from kitdesk.export.text import clean, para

# Calm colours: near-black text, one muted blue for headings, light grey rules and fills.
INK = "#1f2328"
MUTED = "#5b6470"
ACCENT = "#23415f"
RULE = "#c9ced6"
FILL = "#f1f3f6"
WATERMARK = "#8a94a3"
WATERMARK_ALPHA = 0.16

MM = 72 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 24 * MM, 22 * MM, 20 * MM, 24 * MM
WIDTH = PAGE_W - LEFT - RIGHT

_styles = None


def get_styles() -> dict:
    global _styles
    if _styles is not None:
        return _styles
    family = fonts.register_fonts()
    ink, muted, accent = HexColor(INK), HexColor(MUTED), HexColor(ACCENT)
    body = ParagraphStyle("body", fontName=family, fontSize=10, leading=14.5, textColor=ink,
                          spaceAfter=6, splitLongWords=1)
    _styles = {
        "body": body,
        # A line of a paragraph the user broke with a single line break: no space below it.
        "body_line": ParagraphStyle("body_line", parent=body, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, textColor=muted, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=fonts.BOLD, fontSize=9, leading=12,
                                    textColor=accent, spaceAfter=0),
        "cell_note": ParagraphStyle("cell_note", parent=body, fontName=fonts.ITALIC, fontSize=8.5, leading=12,
                                    textColor=muted, spaceAfter=0, spaceBefore=3),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.BOLD, fontSize=9.5, leading=13, spaceAfter=0),
        "sender": ParagraphStyle("sender", parent=body, fontSize=9, leading=12.5, textColor=muted, spaceAfter=0),
        "sender_right": ParagraphStyle("sender_right", parent=body, fontSize=9, leading=12.5, textColor=muted,
                                       spaceAfter=0, alignment=TA_RIGHT),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=19, leading=24,
                                textColor=accent, spaceBefore=0, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, textColor=ink, spaceAfter=12),
        "h2_cell": ParagraphStyle("h2_cell", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16,
                                  textColor=accent, spaceBefore=0, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16, textColor=accent,
                             spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=fonts.BOLD, fontSize=10.5, leading=14.5, textColor=ink,
                             spaceBefore=10, spaceAfter=1, keepWithNext=1),
        "meta": ParagraphStyle("meta", parent=body, fontSize=9, leading=12.5, textColor=muted, spaceAfter=4,
                               keepWithNext=1),
        "muted": ParagraphStyle("muted", parent=body, fontName=fonts.ITALIC, textColor=muted),
    }
    return _styles


Footer = str | Callable[[int, int], str]


def numbered_canvas(created: datetime, footer: Footer, watermark: str | None = None):
    """A canvas class that numbers pages "Side X af Y", writes `footer` (a text, or a function of the
    page number and the page count) at the left of every page's foot, draws `watermark` large, light
    and diagonal across every page (drawn last, so it is part of each page's text layer and stays
    visible over table fills), and stamps the given creation time.

    Invariant mode makes the file a function of its content (fixed document ID, no random subset
    names); the real creation time is then set here, so the metadata tells the truth.
    """
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            stamp = getattr(self._doc, "_timeStamp", None)
            if stamp is not None:
                utc = created.astimezone(UTC)
                stamp.t = utc.timestamp()
                stamp.lt = utc.timetuple()
                stamp.YMDhms = tuple(stamp.lt)[:6]
                stamp.dhh = stamp.dmm = 0

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                if watermark:
                    self._draw_watermark(watermark)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            left = footer(number, total) if callable(footer) else footer
            self.saveState()
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(LEFT, BOTTOM - 8 * MM, PAGE_W - RIGHT, BOTTOM - 8 * MM)
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(HexColor(MUTED))
            self.drawString(LEFT, BOTTOM - 12 * MM, left)
            self.drawRightString(PAGE_W - RIGHT, BOTTOM - 12 * MM, f"Side {number} af {total}")
            self.restoreState()

        def _draw_watermark(self, text: str) -> None:
            diagonal = (PAGE_W ** 2 + PAGE_H ** 2) ** 0.5
            size = min(64.0, 0.72 * diagonal / max(stringWidth(text, fonts.BOLD, 1), 1))
            self.saveState()
            self.setFillColor(HexColor(WATERMARK))
            self.setFillAlpha(WATERMARK_ALPHA)
            self.translate(PAGE_W / 2, PAGE_H / 2)
            self.rotate(54.7)  # the page's diagonal
            self.setFont(fonts.BOLD, size)
            self.drawCentredString(0, -size * 0.35, text)
            self.restoreState()

    return NumberedCanvas


def document(buffer, **metadata):
    """A4 with one frame of exactly the text width (no inner padding, so tables line up with text).

    metadata: title, author, subject, keywords (and any other BaseDocTemplate argument); creator is
    "KIT Desk" and the language da-DK.
    """
    frame = Frame(LEFT, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="text")
    return BaseDocTemplate(buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                           bottomMargin=BOTTOM, pageTemplates=[PageTemplate(id="letter", frames=[frame])],
                           creator="KIT Desk", lang="da-DK", invariant=1, displayDocTitle=1,
                           initialFontName=fonts.REGULAR, **metadata)


_table_class = None
TALL_ROW = (PAGE_H - TOP - BOTTOM) / 3  # a row taller than this is split where it stands
MIN_PIECE = 4 * 13  # ... if at least four lines of it fit on the page


def letter_table(data, **kwargs):
    """A Table that splits between rows, and splits a very tall row (a 5,000-character role text)
    inside the row where it stands, instead of leaving most of a page empty or failing the build
    (a row taller than a page cannot move to the next page either)."""
    global _table_class
    if _table_class is None:
        class LetterTable(Table):
            def split(self, availWidth, availHeight):
                try:
                    self._calc(availWidth, availHeight)
                    heights = self._rowHeights
                    n = self._getFirstPossibleSplitRowPosition(availHeight)
                    room = availHeight - sum(heights[:n])
                    if n < len(heights) and heights[n] > TALL_ROW and room > MIN_PIECE:
                        parts = self._splitRows(availHeight, doInRowSplit=1)
                        if parts:
                            return parts
                except (AttributeError, IndexError, TypeError):  # ReportLab's internals changed: plain split
                    pass
                return super().split(availWidth, availHeight)

        _table_class = LetterTable
    # splitInRow=0: ReportLab would otherwise split any row that does not fit, even a two-line one.
    return _table_class(data, splitInRow=0, **kwargs)


def facts_table(rows: list[tuple[str, str]], styles, label_width: float = 32 * MM):
    """The shaded box of facts at the top of a letter: (label, value) rows, values already escaped."""
    data = [[Paragraph(label, styles["label"]), Paragraph(value, styles["cell"])] for label, value in rows]
    table = letter_table(data, colWidths=[label_width, WIDTH - label_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # else ReportLab sets Helvetica for every cell
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, HexColor(ACCENT)),
    ]))
    return table


def ruled_table(title: str, lead: str, header: list[str], rows: list[list], widths: list[float], styles):
    """A section as one table: its heading (and a lead-in) in a first row across all columns, then
    the column headings, then the rows. The table cannot split before its first row, so a heading
    never stands alone at the foot of a page; the column headings repeat on every page."""
    heading = [Paragraph(title, styles["h2_cell"])]
    if lead:
        heading.append(Paragraph(lead, styles["body"]))
    data = [[heading] + [""] * (len(header) - 1),
            [Paragraph(text, styles["cell_head"]) for text in header], *rows]
    table = letter_table(data, colWidths=widths, repeatRows=(1,))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 16),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("LINEBELOW", (0, 1), (-1, 1), 0.9, HexColor(ACCENT)),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, HexColor(RULE)),
    ]))
    return table


def letterhead(left: str, right: str, styles):
    """Sender (muted, left) and the letter's date (right) on one line; both already escaped."""
    head = letter_table([[Paragraph(left, styles["sender"]), Paragraph(right, styles["sender_right"])]],
                        colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                             + [(side, (0, 0), (-1, -1), 0) for side in
                                ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]))
    return head


_BLANK_LINES = re.compile(r"\n[ \u00a0]*\n\s*")
LONG_LINE = 8000  # characters: a longer line is laid out in pieces (see text_flowables)


def text_flowables(text: str | None, style, line_style=None) -> list:
    """User text as Paragraphs: one per line, the space of `style` below the last line of each
    paragraph (a blank line in the text), none below the lines within one (`line_style`).

    One Paragraph per line keeps 150,000 characters of minutes fast: ReportLab lays out a paragraph
    anew each time it splits it over a page. A single line longer than LONG_LINE characters is cut
    into pieces at a space (or anywhere, in a word without spaces) for the same reason.
    """
    if line_style is None:
        line_style = ParagraphStyle(f"{style.name}_line", parent=style, spaceAfter=0)
    result = []
    for block in _BLANK_LINES.split(clean(text).strip("\n")):
        lines = block.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        pieces = [piece for line in lines for piece in _pieces(line)]
        for n, piece in enumerate(pieces):
            result.append(Paragraph(para(piece) or "&nbsp;", style if n == len(pieces) - 1 else line_style))
    return result


def _pieces(line: str) -> list[str]:
    pieces = []
    while len(line) > LONG_LINE:
        cut = line.rfind(" ", LONG_LINE // 2, LONG_LINE)
        cut = cut + 1 if cut > 0 else LONG_LINE
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces
