"""The report's charts, drawn once with ReportLab's graphics into the PDF (the window shows that PDF):
bars per month or quarter, a share against a target line, shares now and a year before, groups.

Plain shapes rather than ReportLab's chart classes: every label in the embedded font, the "< 5" of a
hidden bar written where the bar would stand, and nothing drawn that the table does not also say.
"""
from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from kitdesk.domain.indicators.measures import HIDDEN, Measure, number, percent
from kitdesk.export import fonts
from kitdesk.export.pdf_layout import ACCENT, INK, MUTED, RULE

NOW = HexColor(ACCENT)
BEFORE = HexColor("#9fb3c8")
HIGHLIGHT = HexColor("#c97b2a")
TARGET = HexColor("#b3541e")
GRID = HexColor(RULE)
LABEL_SIZE = 7.5
VALUE_SIZE = 7


def _text(x: float, y: float, text: str, size: float = LABEL_SIZE, anchor: str = "middle", color=None,
          bold: bool = False) -> String:
    return String(x, y, text, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
                  fillColor=color or HexColor(INK), textAnchor=anchor)


def _value_text(measure: Measure, as_share: bool) -> str:
    if measure.hidden or measure.numerator_hidden:
        return HIDDEN
    value = measure.shown_value
    if value is None:
        return ""
    return percent(value) if as_share else number(value)


def bars(labels: list[str], values: list[Measure], width: float, height: float, *, as_share: bool,
         target: float | None = None, marked: set[int] | frozenset = frozenset()) -> Drawing:
    """Vertical bars, one per period: its value above it ("< 5" where hidden); a share's axis runs to
    100 % with a dashed target line. `marked`: the bars of the chosen period, in the highlight colour."""
    drawing = Drawing(width, height)
    left, bottom, top = 26, 16, 10
    plot_w, plot_h = width - left - 4, height - bottom - top
    shown = [m.shown_value for m in values]
    peak = 1.0 if as_share else max([v for v in shown if v is not None] + [1.0])
    if not as_share:
        peak = _nice(peak)
    for fraction in (0, 0.5, 1):
        y = bottom + plot_h * fraction
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4 if fraction else 0.8))
        label = percent(fraction) if as_share else number(peak * fraction)
        drawing.add(_text(left - 3, y - 2.5, label, anchor="end", color=HexColor(MUTED)))
    slot = plot_w / max(len(values), 1)
    bar_w = min(slot * 0.66, 34)
    every = max(1, round(len(values) / 12 + 0.49))  # at most ~12 labels under the axis
    for index, (label, measure, value) in enumerate(zip(labels, values, shown, strict=True)):
        x = left + slot * index + (slot - bar_w) / 2
        if value is not None and value > 0:
            h = plot_h * min(value / peak, 1.0)
            drawing.add(Rect(x, bottom, bar_w, h, fillColor=HIGHLIGHT if index in marked else NOW, strokeColor=None))
        text = _value_text(measure, as_share)
        if text and len(values) <= 18:
            h = plot_h * min(value / peak, 1.0) if value else 0
            inside = h > 14 and stringWidth(text, fonts.REGULAR, VALUE_SIZE) < bar_w - 2
            # Inside the top of a tall bar, in white: clear of the target line and the grid.
            drawing.add(_text(x + bar_w / 2, bottom + h - 9 if inside else bottom + h + 2, text, size=VALUE_SIZE,
                              color=HexColor("#ffffff") if inside else HexColor(MUTED)))
        if index % every == 0 or index in marked:
            drawing.add(_text(x + bar_w / 2, bottom - 10, label, color=HexColor(INK if index in marked else MUTED)))
    if as_share and target is not None:
        y = bottom + plot_h * target
        line = Line(left, y, left + plot_w, y, strokeColor=TARGET, strokeWidth=1)
        line.strokeDashArray = [3, 2]
        drawing.add(line)
        drawing.add(_text(left + plot_w, bottom + plot_h + 3, f"- - mål {percent(target)}", size=VALUE_SIZE,
                          anchor="end", color=TARGET))
    return drawing


def paired_bars(rows: list[tuple[str, Measure, Measure | None]], width: float, *, now_label: str,
                before_label: str | None) -> Drawing:
    """Horizontal share bars, one row per label: this period (dark) over the year before (light)."""
    label_w, value_w, row_h = 118, 40, 19 if before_label else 13
    legend_h = 14
    height = legend_h + row_h * len(rows) + 4
    drawing = Drawing(width, height)
    plot_w = width - label_w - value_w
    y = height - legend_h + 3
    _legend(drawing, label_w, y, [(NOW, now_label)] + ([(BEFORE, before_label)] if before_label else []))
    for index, (label, now, before) in enumerate(rows):
        top = height - legend_h - row_h * index
        drawing.add(_text(label_w - 6, top - 9, _clip(label, label_w - 8), anchor="end"))
        bars_here = [(now, NOW, 8)] + ([(before, BEFORE, 5)] if before_label else [])
        offset = 2
        for measure, colour, thickness in bars_here:
            value = measure.shown_value if measure is not None else None
            y0 = top - offset - thickness
            drawing.add(Rect(label_w, y0, plot_w, thickness, fillColor=HexColor("#eef1f5"), strokeColor=None))
            if value:
                drawing.add(Rect(label_w, y0, plot_w * min(value, 1.0), thickness, fillColor=colour, strokeColor=None))
            text = _value_text(measure, True) if measure is not None else "–"
            drawing.add(_text(label_w + plot_w + 4, y0 + 1, text or "–", size=VALUE_SIZE, anchor="start",
                              color=HexColor(INK if colour is NOW else MUTED)))
            offset += thickness + 2
    return drawing


def grouped_counts(labels: list[str], series: list[tuple[str, list[Measure], object]], width: float,
                   height: float) -> Drawing:
    """Counts side by side per label (trin at the start of the course and at the period's end)."""
    drawing = Drawing(width, height)
    left, bottom, top = 26, 16, 16
    plot_w, plot_h = width - left - 4, height - bottom - top
    peak = _nice(max([m.shown_value or 0 for _, values, _ in series for m in values] + [1.0]))
    for fraction in (0, 0.5, 1):
        y = bottom + plot_h * fraction
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4 if fraction else 0.8))
        drawing.add(_text(left - 3, y - 2.5, number(peak * fraction), anchor="end", color=HexColor(MUTED)))
    _legend(drawing, left, height - 9, [(colour, name) for name, _, colour in series])
    slot = plot_w / max(len(labels), 1)
    bar_w = min(slot * 0.7 / len(series), 26)
    for index, label in enumerate(labels):
        x0 = left + slot * index + (slot - bar_w * len(series)) / 2
        for n, (_, values, colour) in enumerate(series):
            measure = values[index]
            value = measure.shown_value or 0
            x = x0 + n * bar_w
            if value:
                drawing.add(Rect(x + 1, bottom, bar_w - 2, plot_h * value / peak, fillColor=colour, strokeColor=None))
            text = _value_text(measure, False) or "0"
            drawing.add(_text(x + bar_w / 2, bottom + plot_h * value / peak + 2, text, size=VALUE_SIZE,
                              color=HexColor(MUTED)))
        drawing.add(_text(left + slot * index + slot / 2, bottom - 10, label))
    return drawing


def _legend(drawing: Drawing, x: float, y: float, items: list[tuple[object, str]]) -> None:
    for colour, name in items:
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(_text(x + 10, y + 0.5, name, anchor="start", color=HexColor(MUTED)))
        x += 10 + stringWidth(name, fonts.REGULAR, LABEL_SIZE) + 12


def _clip(text: str, room: float) -> str:
    if stringWidth(text, fonts.REGULAR, LABEL_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, LABEL_SIZE) > room:
        text = text[:-1]
    return text + "…"


def _nice(peak: float) -> float:
    """A round top for an axis: 7 -> 10, 38 -> 40, 1,502 -> 2,000."""
    scale = 1.0
    while scale * 10 < peak:
        scale *= 10
    return next(c * scale for c in (1, 2, 2.5, 4, 5, 10) if c * scale >= peak)
