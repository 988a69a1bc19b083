"""The embedded fonts of every PDF: DejaVu Sans (resources/fonts), registered once as a family, and
Noto Emoji as the fallback for the characters DejaVu lacks.

The family lets Paragraph markup such as <b> pick the bold face. DejaVu Sans covers Danish and the
rest of Latin, Greek and Cyrillic (æøå, Ł, ẞ, dashes) and the basic emoticons (😀). No PDF ever
prints an empty box:
- markup() (through text.para(), the one escaping function) sets a run of characters DejaVu lacks
  but Noto Emoji has (👍, 🥰, ❤️) in Noto Emoji: a black-and-white emoji font with glyf outlines,
  SIL Open Font License (LICENSE-NotoEmoji.txt), ~2 MB, of which a PDF embeds only what it uses.
- A character neither font has (中, ก) is drawn with DejaVu's replacement character (�), but keeps
  its own code, so the PDF's text layer – copy-paste, search, screen readers – still holds what the
  user typed. Invisible joiners and variation selectors neither font has are left out.
Two small repairs to ReportLab make the text layer right; see _KeepMissing and _fix_to_unicode_cmap.
"""
from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from kitdesk.paths import resources_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
EMOJI = "NotoEmoji"
REPLACEMENT = 0xFFFD  # �, drawn for a character no embedded font has

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          EMOJI: "NotoEmoji.ttf"}
_TEXT_FACES = (REGULAR, BOLD, ITALIC)
_lock = threading.Lock()
_registered = False
_faces: dict = {}  # name -> ReportLab TTFontFace
_regular: set[int] = set()  # what DejaVu Sans (regular) draws
_emoji: set[int] = set()  # what Noto Emoji draws
_safe: set[int] = set()  # what every DejaVu face draws: text of these alone needs nothing done


def register_fonts() -> str:
    """Register the family with ReportLab (once per process); returns the family name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        folder = resources_dir() / "fonts"
        for name, file_name in _FILES.items():
            font = TTFont(name, str(folder / file_name))
            face = font.face
            if name in _TEXT_FACES:
                face.charToGlyph = _KeepMissing(face.charToGlyph, face.charToGlyph[REPLACEMENT])
            _faces[name] = face
            pdfmetrics.registerFont(font)
        # No bold-oblique face is shipped: <b><i> falls back to bold. Emoji have one face for all.
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
        pdfmetrics.registerFontFamily(EMOJI, normal=EMOJI, bold=EMOJI, italic=EMOJI, boldItalic=EMOJI)
        _regular.update(dict.keys(_faces[REGULAR].charToGlyph))
        _emoji.update(_faces[EMOJI].charToGlyph)
        _safe.update(_regular.intersection(*(dict.keys(_faces[n].charToGlyph) for n in (BOLD, ITALIC))))
        _fix_to_unicode_cmap()
        _registered = True
    return FAMILY


# Characters that join or adjust the one before (zero-width joiner, variation selectors, the keycap,
# skin tones, tag letters of subdivision flags): set in the font of the character they belong to.
_JOINERS = frozenset([0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)])


# ... of which these only mean something to a font that shapes (ReportLab does not): on their own a
# skin tone is a hatched square and the keycap an empty frame. The keycap is always left out, a skin
# tone after an emoji ("👍🏽" prints 👍, "1️⃣" prints 1).
_SHAPING_ONLY = frozenset([0x20E3, *range(0x1F3FB, 0x1F400)])


def _invisible(code: int) -> bool:
    """Default-ignorable code points (Unicode): shown as nothing, so never as a replacement mark."""
    return (code in (0x00AD, 0x034F, 0x061C, 0x3164, 0xFEFF, 0xFFA0) or 0x115F <= code <= 0x1160
            or 0x17B4 <= code <= 0x17B5 or 0x180B <= code <= 0x180F or 0x200B <= code <= 0x200F
            or 0x202A <= code <= 0x202E or 0x2060 <= code <= 0x206F or 0xFE00 <= code <= 0xFE0F
            or 0x1BCA0 <= code <= 0x1BCA3 or 0x1D173 <= code <= 0x1D17A or 0xE0000 <= code <= 0xE0FFF)


def markup(text: str) -> str:
    """Plain text (already clean: no control characters) as escaped Paragraph markup in which no
    character prints as an empty box: DejaVu where it has the character, Noto Emoji where only it
    has it (a run in <font face="NotoEmoji">), and otherwise DejaVu's replacement mark under the
    character's own code (see _admit)."""
    register_fonts()
    if text.isascii() or _safe.issuperset(map(ord, text)):
        return escape(text)
    out: list[str] = []
    run: list[str] = []  # the emoji run being collected
    for code in map(ord, text):
        if code == 0x20E3 or (run and code in _SHAPING_ONLY):
            continue
        # DejaVu draws what it has (❤ and 😀 too, in the same black and white), Noto Emoji the rest.
        if (run and code in _JOINERS and code in _emoji) or (code in _emoji and code not in _regular):
            run.append(chr(code))
            continue
        if run:
            out.append(f'<font face="{EMOJI}">{escape("".join(run))}</font>')
            run = []
        if code == 0x0A:  # a line break: para() makes it <br/>
            out.append("\n")
            continue
        if code not in _regular and _invisible(code):
            continue
        out.append(escape(chr(_admit(code))))
    if run:
        out.append(f'<font face="{EMOJI}">{escape("".join(run))}</font>')
    return "".join(out)


def _admit(code: int) -> int:
    """The code to print for a character set in DejaVu: itself, after teaching every DejaVu face
    that lacks it to draw the replacement mark with that mark's width; or U+FFFD itself for a code
    ReportLab cannot carry (an unpaired surrogate, private use, a non-character)."""
    if code in _safe:
        return code
    if not _keepable(code):
        return code if code in _regular else REPLACEMENT
    for name in _TEXT_FACES:
        face = _faces[name]
        if not dict.__contains__(face.charToGlyph, code):
            face.charWidths[code] = face.charWidths[REPLACEMENT]
            face.charToGlyph[code] = face.charToGlyph[REPLACEMENT]
    return code


def _keepable(code: int) -> bool:
    """A character that should reach the text layer even without a glyph: printable, not private."""
    return (code >= 0x20 and not 0x7F <= code <= 0x9F and not 0xD800 <= code <= 0xF8FF
            and code not in (0xFFFE, 0xFFFF) and code < 0xF0000)


class _KeepMissing(dict):
    """A DejaVu face's character-to-glyph map that draws a character the face lacks with the
    replacement mark (�), never with glyph 0 (.notdef, the empty box).

    ReportLab (TTFont.splitString) sends every character missing from the font to one shared code 0,
    so the text layer loses them all and the box is drawn. Admitted here, each gets its own code in
    the subset, drawn with the replacement glyph and listed in the ToUnicode map. markup() admits
    a character before ReportLab measures it (_admit, with the mark's width); this map is the net
    under text that reaches a face another way. Private-use code points stay out (ReportLab's
    shaping support searches that area for free codes): markup() prints U+FFFD for them.
    """

    def __init__(self, mapping: dict, replacement_glyph: int):
        super().__init__(mapping)
        self.replacement_glyph = replacement_glyph

    def __contains__(self, code) -> bool:
        return dict.__contains__(self, code) or (isinstance(code, int) and _keepable(code))

    def __missing__(self, code):
        if isinstance(code, int) and _keepable(code):
            return self.replacement_glyph
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
    original = ttfonts.makeToUnicodeCMap
    if original.__module__ == __name__ or "<1F600>" not in original("X", [0x1F600]):  # ours already, or fixed
        return

    def make_to_unicode_cmap(fontname, subset):
        text = original(fontname, [v if v <= 0xFFFF else 0 for v in subset])
        lines = text.split("\n")
        for i, value in enumerate(subset):
            if value > 0xFFFF:
                wrong = f"<{i:02X}> <0000>"
                index = lines.index(wrong)
                lines[index] = f"<{i:02X}> <{_utf16_hex(value)}>"
        return "\n".join(lines)

    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
