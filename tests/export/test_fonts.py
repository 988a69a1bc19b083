"""The font family, and ReportLab's ToUnicode map repaired for characters beyond U+FFFF."""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts

from kitdesk.export import fonts


def test_family_registered_once_with_bold():
    assert fonts.register_fonts() == fonts.register_fonts() == "DejaVuSans"
    from reportlab.lib.fonts import tt2ps

    assert tt2ps("DejaVuSans", 1, 0) == "DejaVuSans-Bold"
    assert tt2ps("DejaVuSans", 0, 1) == "DejaVuSans-Oblique"
    assert pdfmetrics.getFont("DejaVuSans").face.name.endswith(b"DejaVuSans")


def test_to_unicode_map_uses_utf16_surrogates_beyond_the_bmp():
    fonts.register_fonts()
    cmap = ttfonts.makeToUnicodeCMap("AAAAAA+DejaVuSans", [0, 0x41, 0xE6, 0x1F600, 0x1F44D])
    assert "<03> <D83DDE00>" in cmap
    assert "<04> <D83DDC4D>" in cmap
    assert "<01> <0041>" in cmap and "<02> <00E6>" in cmap
    assert "<1F600>" not in cmap


def test_characters_the_font_lacks_keep_their_own_code():
    fonts.register_fonts()
    face = pdfmetrics.getFont("DejaVuSans").face
    assert 0x1F44D in face.charToGlyph and face.charToGlyph[0x1F44D] == 0  # .notdef box
    assert 0xE000 not in face.charToGlyph  # private use stays out
    assert 0x0007 not in face.charToGlyph
    assert face.charToGlyph[ord("æ")] != 0


def test_licence_ships_with_the_fonts():
    from kitdesk.paths import resources_dir

    folder = resources_dir() / "fonts"
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
