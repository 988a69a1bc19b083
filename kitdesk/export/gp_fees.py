"""Honorarliste, almen praksis: each almen praktiserende læge's participation in a network meeting of
the period, for the municipality's payment "efter gældende overenskomst" (seed 002).

The one export that names professionals – the GP and the clinic – and never the child: no child's
name, case number or birth date, nothing about what the meeting was about. PDF and CSV.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kitdesk.domain.dates import fmt_date, fmt_date_long
from kitdesk.domain.indicators.period import Period
from kitdesk.domain.indicators.records import ALL, GpParticipation, Selection
from kitdesk.domain.vocabulary import MEETING_FORMS
from kitdesk.export.atomic import ExportError, danish_message, write_files
from kitdesk.export.pdf_layout import (
    MM,
    WIDTH,
    document,
    facts_table,
    get_styles,
    letterhead,
    numbered_canvas,
    ruled_table,
)
from kitdesk.export.text import one_line, para

TITLE = "Honorarliste, almen praksis"
HEADER = ("Dato", "Læge", "Klinik", "Mødeform", "Deltog", "Honoreres")
INTRO = ("Almen praktiserende lægers deltagelse i tværsektorielle netværksmøder honoreres efter gældende "
         "overenskomst. Listen viser hver læge, der var inviteret til et netværksmøde i perioden, og om lægen "
         "deltog. Den nævner ingen børn og intet om mødernes indhold.")


@dataclass
class FeeFiles:
    pdf: Path
    csv: Path

    @property
    def paths(self) -> list[Path]:
        return [self.pdf, self.csv]


def _yes(value: bool) -> str:
    return "Ja" if value else "Nej"


def _line(p: GpParticipation) -> tuple[str, ...]:
    return (fmt_date(p.day), p.name, p.clinic, MEETING_FORMS.get(p.form, p.form), _yes(p.attended), _yes(p.fee))


def build_fee_pdf(lines: list[GpParticipation], period: Period, *, author: str, organisation: str,
                  created: datetime, selection: Selection = ALL) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    styles = get_styles()
    sender = "<b>KIT Desk</b>" + "".join(f"<br/>{para(one_line(t))}" for t in (author, organisation) if t.strip())
    paid = sum(1 for p in lines if p.fee)
    story = [letterhead(sender, f"Dato: {fmt_date_long(created)}", styles), Spacer(1, 8 * MM),
             Paragraph(TITLE, styles["title"]), Paragraph(para(period.label), styles["subtitle"]),
             facts_table([("Periode", para(f"{fmt_date(period.start)}–{fmt_date(period.end)}")),
                          ("Sager", para(selection.label)),
                          ("Deltagelser", para(f"{paid} deltagelser honoreres ({len(lines)} invitationer i alt)"))],
                         styles, label_width=32 * MM),
             Spacer(1, 3 * MM), Paragraph(para(INTRO), styles["small"])]
    rows = [[Paragraph(para(text), styles["cell"]) for text in _line(p)] for p in lines]
    if rows:
        widths = [WIDTH * w for w in (0.17, 0.19, 0.23, 0.15, 0.11, 0.15)]
        story.append(ruled_table("Deltagelser", "", [para(h) for h in HEADER], rows, widths, styles))
    else:
        story += [Spacer(1, 6 * MM), Paragraph("Ingen almen praktiserende læge var inviteret til et netværksmøde "
                                               "i perioden.", styles["muted"])]
    buffer = io.BytesIO()
    doc = document(buffer, title=f"{TITLE} – {period.label}", author=one_line(author),
                   subject="Almen praktiserende lægers deltagelse i netværksmøder", keywords="kitdesk-gp-fees")
    doc.build(story, canvasmaker=numbered_canvas(created, f"{TITLE} · {period.label} · {selection.label}"[:110]))
    return buffer.getvalue()


def build_fee_csv(lines: list[GpParticipation]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for p in lines:
        writer.writerow([("'" + t if t.startswith(("=", "+", "-", "@")) else t) for t in _line(p)])
    return out.getvalue().encode("utf-8-sig")


def write_fee_files(lines: list[GpParticipation], period: Period, folder: Path, *, author: str,
                    organisation: str = "", created: datetime, selection: Selection = ALL) -> FeeFiles:
    from kitdesk.export.report_files import selection_suffix

    folder = Path(folder)
    stem = f"Honorarliste_almen_praksis_{period.slug}{selection_suffix(selection)}"
    files = FeeFiles(folder / f"{stem}.pdf", folder / f"{stem}.csv")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(danish_message(exc, folder)) from exc
    write_files({files.pdf: build_fee_pdf(lines, period, author=author, organisation=organisation, created=created,
                                          selection=selection),
                 files.csv: build_fee_csv(lines)})
    return files
