"""Reading a received plan PDF's own data (the embedded kitdesk-plan.json) – for "Læs plan ind…" and
`kitdesk read-plan`. Writing it is build_plan_pdf's part (export/plan_pdf.py, export/pdfa.py).

    data = read_plan_file(pdf_bytes)        # PlanData, or a Refusal saying in Danish what is wrong

Through pikepdf (qpdf), not PDFium: it reads the attachment, and it may run on a worker thread.
"""
from __future__ import annotations

import pikepdf

from kitdesk.domain.plan_data import FILE_NAME, NO_DATA, NOT_A_PDF, PlanData, parse_plan_data
from kitdesk.domain.refusal import Refusal
from kitdesk.export.pdfa import attachment_of, document_keywords
from kitdesk.export.plan_pdf import MARKER_RE

MAX_BYTES = 50 * 1024 * 1024  # a plan is well under 1 MB; anything this big is not one


def read_plan_file(data: bytes) -> PlanData:
    """The plan data a KIT Desk plan PDF carries, checked against the fingerprint its marker carries.
    Refusal: NOT_A_PDF, NO_DATA (a PDF without KIT Desk data, or a draft), NEWER_FORMAT, NOT_MATCHING."""
    if not data.lstrip()[:5] == b"%PDF-" or len(data) > MAX_BYTES:
        raise Refusal(NOT_A_PDF)
    try:
        raw = attachment_of(data, FILE_NAME)
        keywords = document_keywords(data)
    except pikepdf.PasswordError:
        raise Refusal(NO_DATA) from None
    except (pikepdf.PdfError, OSError, ValueError):
        raise Refusal(NOT_A_PDF) from None
    if raw is None:
        raise Refusal(NO_DATA)
    found = MARKER_RE.search(keywords)
    fingerprint = found.group(3).lower() if found else None
    return parse_plan_data(raw, fingerprint if fingerprint != "udkast" else None)
