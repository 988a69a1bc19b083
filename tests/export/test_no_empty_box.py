"""No PDF prints an empty box: emoji come out in the embedded emoji font, any other character no
embedded font has as DejaVu's replacement mark (�) – and the text layer keeps what the user typed.

Read back from the PDF itself: every code shown with Tj/TJ is looked up in the cmap of the font
subset embedded for it, and must reach a glyph other than 0 (.notdef, the empty box)."""
from __future__ import annotations

import io
import struct
from dataclasses import replace
from datetime import UTC, datetime

import pypdf
import pytest
from pypdf.generic import ContentStream

from kitdesk.export.family_summary_pdf import build_family_summary_pdf
from kitdesk.export.invitation_pdf import build_invitation_pdf
from kitdesk.export.plan_pdf import build_plan_pdf
from tests.export import sample_meeting, sample_organiser
from tests.export.plan_samples import AUTHOR, SIGNED_AT, full_fingerprint, sample_plan

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
# Emoji DejaVu lacks (👍 🥰 🫠 ✅ and sequences), the emoji form of a heart DejaVu has (❤️), a skin tone,
# a family joined with ZWJ, a flag, a keycap, and scripts no embedded font has (CJK, Thai, Devanagari).
EMOJI = "Tak 👍🏽 for i dag 🥰 🫠 ✅ ❤️ 👨‍👩‍👧 🇩🇰 1️⃣"
OTHER = "中文 ภาษาไทย हिन्दी"
TEXT = f"{EMOJI} – {OTHER} – æøå 😀 ☺"
WANTED = ["👍", "🥰", "🫠", "✅", "❤", "👨", "👩", "👧", "中", "ภ", "ह", "æ", "😀"]


def subset_cmap(ttf: bytes) -> dict[int, int]:
    """Code -> glyph of an embedded TrueType subset, from its cmap (ReportLab writes one format 6
    table: first code, count, glyph ids)."""
    tables = {}
    for n in range(struct.unpack(">H", ttf[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", ttf[12 + 16 * n:28 + 16 * n])
        tables[tag] = offset
    cmap = tables[b"cmap"]
    _, count = struct.unpack(">HH", ttf[cmap:cmap + 4])
    assert count == 1
    _, _, offset = struct.unpack(">HHI", ttf[cmap + 4:cmap + 12])
    sub = cmap + offset
    fmt, _, _, first, entries = struct.unpack(">HHHHH", ttf[sub:sub + 10])
    assert fmt == 6
    glyphs = struct.unpack(f">{entries}H", ttf[sub + 10:sub + 10 + 2 * entries])
    return {first + i: glyph for i, glyph in enumerate(glyphs)}


def shown_glyphs(data: bytes) -> list[tuple[str, int, int]]:
    """(font, code, glyph) for every character the pages show."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    shown = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        maps: dict[str, tuple[str, dict[int, int]]] = {}
        for name, ref in fonts.items():
            font = ref.get_object()
            if font["/Subtype"] != "/TrueType":  # ReportLab lists Helvetica: any text shown in it fails
                maps[name] = (str(font["/BaseFont"]), {})
                continue
            file = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            maps[name] = (str(font["/BaseFont"]), subset_cmap(file))
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = maps[operands[0]]
            elif operator in (b"Tj", b"'", b'"', b"TJ"):
                strings = operands[0] if operator == b"TJ" else operands[-1:]
                for piece in strings:
                    if isinstance(piece, (bytes, str)):
                        raw = piece.original_bytes if hasattr(piece, "original_bytes") else piece
                        for code in raw:
                            shown.append((current[0], code, current[1].get(code, 0)))
    return shown


def text_layer(data: bytes) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def invitation() -> bytes:
    meeting = sample_meeting()
    meeting.purpose = TEXT
    meeting.place = f"Skovvej 12 {EMOJI}"
    meeting.agenda[0].title = f"Velkomst {EMOJI}"
    meeting.agenda[1].description = TEXT
    meeting.invitees[1].name = f"Lars Bøgh {EMOJI}"
    meeting.invitees[2].role_text = TEXT
    organiser = replace(sample_organiser(), name=f"Mette Holm {EMOJI}")
    return build_invitation_pdf(meeting, f"Freja {EMOJI}", organiser, "request", now=NOW)


def _plan():
    plan = sample_plan()
    agenda = (replace(plan.agenda[0], title=f"Velkomst {EMOJI}", discussion=TEXT),) + plan.agenda[1:]
    agreements = (replace(plan.agreements[0], what=TEXT, responsible=f"Peter {EMOJI}"),) + plan.agreements[1:]
    people = (replace(plan.participants[0], name=f"Mette {EMOJI}"),) + plan.participants[1:]
    return replace(plan, child_name=f"Freja {EMOJI}", perspective=TEXT, challenges=TEXT, misc=TEXT,
                   agenda=agenda, agreements=agreements, participants=people, reason=TEXT)


def plan() -> bytes:
    content = _plan()
    return build_plan_pdf(content, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(content))


def family_summary() -> bytes:
    content = _plan()
    return build_family_summary_pdf(content, author=AUTHOR, created=SIGNED_AT, fingerprint=full_fingerprint(content))


@pytest.mark.parametrize("build", [invitation, plan, family_summary])
def test_every_character_printed_is_a_glyph_the_font_has(build):
    data = build()
    shown = shown_glyphs(data)
    assert shown
    boxes = [(font, code) for font, code, glyph in shown if glyph == 0]
    assert boxes == []
    assert any("NotoEmoji" in font for font, _, _ in shown)  # the emoji are in the emoji font
    layer = text_layer(data)
    for char in WANTED:
        assert char in layer, char  # copy-paste and search still find what was typed


def test_text_without_emoji_uses_dejavu_alone():
    meeting = sample_meeting()
    data = build_invitation_pdf(meeting, "Freja Nørgaard", sample_organiser(), "request", now=NOW)
    fonts = {font for font, _, _ in shown_glyphs(data)}
    assert fonts and all("DejaVuSans" in font for font in fonts)
