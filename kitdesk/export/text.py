"""User text on its way to paper and mail: the one escaping function, and Danish dates and times.

ReportLab parses Paragraph text as markup: "<b>" turns bold, "&amp;" becomes "&", and
'<img src="/etc/passwd">' makes it open a file. Every piece of text a user typed therefore passes
`para()` before it reaches a Paragraph, and nothing else does.
"""
from __future__ import annotations

import re
from datetime import datetime

from kitdesk.domain.dates import MONTHS, to_local
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.export.fonts import markup

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

_NEWLINES = re.compile(r"\r\n|[\r\x85\u2028\u2029]")
# Control characters mean nothing on paper, and some PDF readers choke on them in the text layer.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Plain text without control characters; line breaks as \\n, tabs as a space."""
    text = _NEWLINES.sub("\n", "" if text is None else str(text))
    return _CONTROLS.sub("", text.replace("\t", " "))


def para(text: str | None) -> str:
    """THE escaping function for Paragraph text: user text comes out literally, line breaks kept,
    and every character printable (emoji in the emoji font, the rest never an empty box)."""
    return markup(clean(text)).replace("\n", "<br/>")


def one_line(text: str | None) -> str:
    """For a mail header or a file's metadata: one line, single spaces."""
    return _SPACE.sub(" ", clean(text)).strip()


def clock(dt: datetime) -> str:
    """Copenhagen wall-clock time as Danes write it in a letter: 9.00, 14.30."""
    local = to_local(dt)
    return f"{local.hour}.{local.minute:02d}"


def span(start: datetime, end: datetime | None) -> str:
    """9.00–10.30 (with an en dash)."""
    return f"{clock(start)}–{clock(end)}" if end is not None else clock(start)


def date_in_words(dt: datetime) -> str:
    """mandag den 30. november 2026."""
    local = to_local(dt)
    return f"{WEEKDAYS[local.weekday()]} den {local.day}. {MONTHS[local.month - 1]} {local.year}"


def sector_label(sector: str) -> str:
    return SECTORS.get(sector, "")
