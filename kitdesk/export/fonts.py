"""The embedded fonts of every PDF: DejaVu Sans (resources/fonts), registered once as a family.

The family lets Paragraph markup such as <b> pick the bold face. DejaVu Sans covers Danish and the
rest of Latin, Greek and Cyrillic (æøå, Ł, ẞ, dashes) and the basic emoticons (😀). Characters it
lacks (👍, 👨‍👩‍👧, CJK) are drawn as DejaVu's empty box, but the PDF's text layer keeps every
character, so copy-paste, search and screen readers get what the user typed. Two small repairs to
ReportLab make that so; see _KeepMissing and _fix_to_unicode_cmap below.
"""
from __future__ import annotations

import threading

from kitdesk.paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family with ReportLab (once per process); returns the family name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = resources_dir() / "fonts"
        for name, file_name in _FILES.items():
            font = TTFont(name, str(folder / file_name))
            font.face.charToGlyph = _KeepMissing(font.face.charToGlyph)
            pdfmetrics.registerFont(font)
        # No bold-oblique face is shipped: <b><i> falls back to bold.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        _fix_to_unicode_cmap()
        _registered = True
    return FAMILY


def _keepable(code: int) -> bool:
    """A character that should reach the text layer even without a glyph: printable, not private."""
    return (code >= 0x20 and not 0x7F <= code <= 0x9F and not 0xD800 <= code <= 0xF8FF
            and code not in (0xFFFE, 0xFFFF) and code < 0xF0000)


class _KeepMissing(dict):
    """The font's character-to-glyph map, admitting characters the font lacks as glyph 0 (.notdef).

    ReportLab (TTFont.splitString) sends every character missing from the font to one shared code 0,
    so the text layer loses them all. Admitted here, each gets its own code in the subset, drawn
    with the .notdef box (ReportLab's subsetter already maps unknown characters to glyph 0) and
    listed in the ToUnicode map. Private-use code points stay out (ReportLab's shaping support
    searches that area for free codes).
    """

    def __contains__(self, code) -> bool:
        return dict.__contains__(self, code) or (isinstance(code, int) and _keepable(code))

    def __missing__(self, code):
        if isinstance(code, int) and _keepable(code):
            return 0
        raise KeyError(code)


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _fix_to_unicode_cmap() -> None:
    """Keep characters beyond U+FFFF (emoji) in the PDF's text layer.

    ReportLab (checked with 4.x and 5.1) writes the ToUnicode map of a TrueType subset as
    "<%04X>", which for 😀 gives the odd-length "<1F600>": readers reject the entry, so copy-paste,
    search and screen readers lose the character. The PDF standard wants UTF-16BE there (a surrogate
    pair, <D83DDE00>). Replace the function only while ReportLab still has the bug, and produce the
    same bytes as ReportLab for every character in the Basic Multilingual Plane.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_kitdesk_fixed", False) or "<1F600>" not in original("X", [0x1F600]):
        return

    def make_to_unicode_cmap(fontname, subset):
        text = original(fontname, [v if v <= 0xFFFF else 0 for v in subset])
        lines = text.split("\n")
        for i, value in enumerate(subset):
            if value > 0xFFFF:
                wrong = "<%02X> <%04X>" % (i, 0)
                index = lines.index(wrong)
                lines[index] = "<%02X> <%s>" % (i, _utf16_hex(value))
        return "\n".join(lines)

    make_to_unicode_cmap._kitdesk_fixed = True
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
