"""The one escaping function, and Danish dates and times for letters."""
from __future__ import annotations

from datetime import UTC, datetime

from kitdesk.export.text import clean, clock, date_in_words, one_line, para, span
from tests.export import local


def test_para_escapes_markup_and_keeps_line_breaks():
    assert para('<b>fed</b> & <img src="/etc/passwd"/>') == '&lt;b&gt;fed&lt;/b&gt; &amp; &lt;img src="/etc/passwd"/&gt;'
    assert para("linje 1\nlinje 2\r\nlinje 3\rlinje 4") == "linje 1<br/>linje 2<br/>linje 3<br/>linje 4"
    assert para("&amp; &#65;") == "&amp;amp; &amp;#65;"


def test_para_drops_control_characters_but_keeps_every_letter():
    assert para("a\x00b\x07c\x1bd\x7fe\x9ff\tg") == "abcdef g"
    assert para("æøå ÆØÅ Łódź ẞ – 😀") == "æøå ÆØÅ Łódź ẞ – 😀"
    assert para(None) == ""


def test_clean_and_one_line():
    assert clean("a\u2028b\x85c") == "a\nb\nc"
    assert one_line("  Lars \n  Bøgh\t ") == "Lars Bøgh"


def test_clock_is_danish_wall_clock_time_without_leading_zero():
    assert clock(local(2026, 11, 30, 9, 0)) == "9.00"
    assert clock(datetime(2026, 11, 30, 13, 5, tzinfo=UTC)) == "14.05"  # CET
    assert clock(datetime(2026, 6, 15, 13, 5, tzinfo=UTC)) == "15.05"  # CEST
    assert span(local(2026, 11, 30, 9, 0), local(2026, 11, 30, 10, 30)) == "9.00–10.30"


def test_date_in_words():
    assert date_in_words(local(2026, 11, 30, 9)) == "mandag den 30. november 2026"
    assert date_in_words(local(2026, 6, 14, 9)) == "søndag den 14. juni 2026"
    # Late evening UTC is already the next day in Copenhagen.
    assert date_in_words(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == "fredag den 1. januar 2027"
