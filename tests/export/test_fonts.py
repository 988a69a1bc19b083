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


def test_characters_the_font_lacks_keep_their_own_code_and_draw_the_replacement_mark():
    fonts.register_fonts()
    face = pdfmetrics.getFont("DejaVuSans").face
    mark = face.charToGlyph[0xFFFD]
    assert mark != 0
    assert 0x4E2D in face.charToGlyph and face.charToGlyph[0x4E2D] == mark  # 中: �, never the .notdef box
    assert 0xE000 not in face.charToGlyph  # private use stays out
    assert 0x0007 not in face.charToGlyph
    assert face.charToGlyph[ord("æ")] not in (0, mark)


def test_markup_sets_emoji_in_the_emoji_font_and_escapes_everything():
    assert fonts.markup("Anna & <b>Bo</b>") == "Anna &amp; &lt;b&gt;Bo&lt;/b&gt;"
    assert fonts.markup("Tak 👍🏽!") == 'Tak <font face="NotoEmoji">👍</font>!'
    assert fonts.markup("❤️ 😀 🥰") == '❤️ 😀 <font face="NotoEmoji">🥰</font>'  # DejaVu has ❤ and 😀
    assert fonts.markup("👨\u200d👧 <") == '<font face="NotoEmoji">👨\u200d👧</font> &lt;'
    assert fonts.markup("1\ufe0f\u20e3") == "1\ufe0f"  # a keycap alone is an empty frame: left out
    assert fonts.markup("x\ue000\ud800y") == "x\ufffd\ufffdy"  # private use, a lone surrogate
    assert fonts.markup("中\u2066") == "中"  # 中 keeps its code (drawn as �); an invisible mark goes
    face = pdfmetrics.getFont("DejaVuSans-Bold").face
    assert face.charWidths[0x4E2D] == face.charWidths[0xFFFD]  # measured as the mark it draws


def test_the_emoji_font_is_embeddable_and_licensed():
    from reportlab.pdfbase.ttfonts import TTFontFile

    from kitdesk.paths import resources_dir

    folder = resources_dir() / "fonts"
    emoji = TTFontFile(str(folder / "NotoEmoji.ttf"))
    assert b"glyf" in emoji.table or "glyf" in emoji.table  # outlines ReportLab can subset
    assert 0x1F44D in emoji.charToGlyph and 0x1F970 in emoji.charToGlyph
    licence = (folder / "LICENSE-NotoEmoji.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Copyright 2013 Google LLC" in licence


def test_licence_ships_with_the_fonts():
    from kitdesk.paths import resources_dir

    folder = resources_dir() / "fonts"
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
