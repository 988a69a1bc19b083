"""`kitdesk verify`'s question about a plan PDF that is not byte for byte the one KIT Desk wrote:
is what it shows still the signed version?

Another program that opens and saves a PDF (a document system, a PDF printer, qpdf) rewrites its
bytes – object streams, compression, a new ID – without changing what it shows. So the file is
compared with the signed version as PDFium, the renderer Chrome uses, sees both: the same number
of pages, the same text on each page, the same picture of each page, and the same title, author
and subject. The answer is None (the same) or a Danish sentence saying what differs.

Headless only: PDFium is not thread-safe, and the window's preview renders under a lock of its own.
"""
from __future__ import annotations

import hashlib

import pypdfium2 as pdfium

INFO_WORDS = {"Title": "titel", "Author": "forfatter", "Subject": "emne"}
RENDER_SCALE = 1.0  # 72 dpi: a changed letter, line or mark changes pixels at this size


def why_unreadable(data: bytes) -> str | None:
    """A Danish reason when PDFium cannot open the file at all, else None."""
    try:
        pdfium.PdfDocument(data).close()
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            return ("Filen er beskyttet med en adgangskode, så dens indhold kan ikke kontrolleres. "
                    "Kontrollér den fil, KIT Desk gemte, eller en kopi uden adgangskode.")
        return "Filen kan ikke åbnes som PDF: den er beskadiget eller ikke en PDF."
    return None


def content_difference(data: bytes, signed: bytes) -> str | None:
    """None when `data` shows exactly what `signed` shows; else what differs, in Danish."""
    problem = why_unreadable(data)
    if problem:
        return problem
    file, original = pdfium.PdfDocument(data), pdfium.PdfDocument(signed)
    try:
        if len(file) != len(original):
            return f"filen har {len(file)} sider, den godkendte version {len(original)}."
        for key, word in INFO_WORDS.items():
            if (file.get_metadata_value(key) or "") != (original.get_metadata_value(key) or ""):
                return f"filens {word} i dokumentoplysningerne er ændret."
        for number in range(len(original)):
            text, picture = _page(file, number)
            signed_text, signed_picture = _page(original, number)
            if text != signed_text:
                return f"teksten på side {number + 1} er ændret."
            if picture != signed_picture:
                return f"side {number + 1} ser anderledes ud end i den godkendte version."
    finally:
        file.close()
        original.close()
    return None


def _page(document, index: int) -> tuple[str, str]:
    """The page's text and a digest of its pixels."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
        bitmap = page.render(scale=RENDER_SCALE)
        try:
            size = f"{bitmap.width}x{bitmap.height}:".encode()
            picture = hashlib.sha256(size + bytes(bitmap.buffer)).hexdigest()
        finally:
            bitmap.close()
    finally:
        page.close()
    return text, picture
