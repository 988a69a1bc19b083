"""Every header of every .eml and every line of the .ics stays legal whatever a name or an address
holds: one sender (never an address written inside the name), lines of at most 78 characters
(RFC 5322) and 75 octets (RFC 5545), and no control character anywhere in them."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from kitdesk.domain.meeting import Organiser
from kitdesk.export.atomic import ExportError
from kitdesk.export.calendar import build_calendar
from kitdesk.export.email_draft import build_email
from kitdesk.export.plan_files import build_plan_email
from tests.export import sample_meeting
from tests.export.plan_samples import RECIPIENTS, sample_plan

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
PDF = ("Indkaldelse_2026-11-30_0900.pdf", b"%PDF-1.4 fake")
ICS = ("Netvaerksmoede_2026-11-30_0900.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
EMAIL = "anne.hansen@kommune.eksempel.dk"

NAMES = [
    # A comma and over 78 characters: Python's own folding split this into three addresses.
    "Hansen, Anne Marie Kjaergaard Oestergaard, Koordinator i Familieafdelingen Eksempel Kommune",
    # ... and with an address inside the name, the sender became that address.
    "Hansen, Anne <x@evil.eksempel.dk> Koordinator i Familieafdelingen i Eksempel Kommune, Team Vest",
    "Anne <x@evil.eksempel.dk>",
    'Lars "Lasse" Bøgh, PPR \\ Øst (vikar); kontakt: <lars@evil.eksempel.dk>',
    "Hansen, Anne Marie Kjærgaard Østergaard, Koordinator i Familieafdelingen Eksempel Kommune",
    ("Børne- og Ungdomspsykiatrisk Center, Ambulatoriet for Småbørn, Team Vest; Søren Højgaard Østergård "
     "Kjær-Æbelø, \"Koordinerende\" Sagsbehandler <koordinator@evil.eksempel.dk> & Stafetholder for "
     "Familieafdelingen i Eksempel Kommune"),
    "Mette Damgaard Holm",
]
assert len(NAMES[5]) > 200


def invitation(organiser_name: str, invitee_name: str | None = None) -> bytes:
    meeting = sample_meeting()
    if invitee_name is not None:
        meeting.invitees[2].name = invitee_name
    return build_email(meeting, Organiser(name=organiser_name, email=EMAIL), "request", PDF, ICS, now=NOW)


def plan_mail(sender_name: str, recipient_name: str | None = None) -> bytes:
    to = list(RECIPIENTS[:3])
    if recipient_name is not None:
        to[1] = (recipient_name, to[1][1])
    return build_plan_email(sample_plan(), Organiser(name=sender_name, email=EMAIL), to,
                            [("Tvaersektoriel_plan.pdf", b"%PDF-1.4 fake")], now=NOW)


def header_lines(raw: bytes) -> list[bytes]:
    """Every header line of the message and of each of its parts."""
    lines = []
    for block in re.split(rb"\r\n--[^\r\n]+\r\n", raw):
        lines += block.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    return lines


@pytest.mark.parametrize("build", [invitation, plan_mail], ids=["invitation", "plan"])
@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_one_sender_with_its_name_whatever_the_name_holds(build, name):
    message = message_from_bytes(build(name), policy=policy.default)
    (sender,) = message["From"].addresses
    assert (sender.addr_spec, sender.display_name) == (EMAIL, name)


@pytest.mark.parametrize("build", [invitation, plan_mail], ids=["invitation", "plan"])
@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_every_recipient_comes_back_whatever_a_name_holds(build, name):
    raw = build("Mette Damgaard Holm", name)
    message = message_from_bytes(raw, policy=policy.default)
    to = [(a.display_name, a.addr_spec) for a in message["To"].addresses]
    assert name in [n for n, _ in to]
    assert "evil" not in " ".join(a for _, a in to)
    assert len(to) == (6 if build is invitation else 3)


@pytest.mark.parametrize("build", [invitation, plan_mail], ids=["invitation", "plan"])
def test_header_lines_stay_legal_with_a_5000_character_name(build):
    long_ascii = "Anne Marie " * 450 + "x" * 100
    long_danish = "Søren Østergård Æbelø, " * 200
    for sender, recipient in [(long_ascii, long_danish), (long_danish, long_ascii), ("ø" * 5000, "x" * 5000)]:
        raw = build(sender, recipient)
        lines = header_lines(raw)
        assert max(len(line) for line in lines) <= 78, max(lines, key=len)[:100]
        message = message_from_bytes(raw, policy=policy.default)
        (got,) = message["From"].addresses
        assert got.addr_spec == EMAIL
        # Python's parser puts a space where a word too long for a line was split into encoded
        # words (RFC 2047 readers, Outlook among them, join them): compare without spaces.
        assert got.display_name.replace(" ", "") == " ".join(sender.split()).replace(" ", "")
        names = [a.display_name.replace(" ", "") for a in message["To"].addresses]
        assert " ".join(recipient.split()).replace(" ", "") in names


CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b", "\u200b",
            "\u202e", "\u2028", "\ufeff", "\xa0"]


@pytest.mark.parametrize("char", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_an_address_with_a_hidden_character_is_refused_by_the_mail_and_the_calendar(char):
    meeting = sample_meeting()
    meeting.invitees[2].email = f"anne.soe{char}rensen@eksempel.dk"
    organiser = Organiser(name="Mette Damgaard Holm", email=EMAIL)
    for build in (lambda: build_email(meeting, organiser, "request", PDF, ICS, now=NOW),
                  lambda: build_calendar(meeting, organiser, now=NOW)):
        with pytest.raises(ExportError) as refused:
            build()
        assert "skjult tegn" in str(refused.value) and "Anne Sørensen" in str(refused.value)
        assert char not in str(refused.value)
    meeting = sample_meeting()
    with pytest.raises(ExportError, match="skjult tegn"):
        build_calendar(meeting, Organiser(name="Mette", email=f"mette{char}@buc.eksempel.dk"), now=NOW)


def test_control_characters_in_old_data_never_reach_a_header_or_a_calendar_line():
    """Names, places and links typed long ago or read from elsewhere may hold anything."""
    meeting = sample_meeting(form="hybrid")
    junk = "".join(CONTROLS[:10]) + "\r\n\t"
    for invitee in meeting.invitees:
        invitee.name = f"{junk}{invitee.name}{junk}"
    meeting.place, meeting.video_link = f"Skovvej{junk}12", f"https://video.eksempel.dk/{junk}m"
    organiser = Organiser(name=f"Mette{junk}Holm", email=EMAIL, phone=f"12{junk}34", organisation=f"BUC{junk}")
    ics = build_calendar(meeting, organiser, now=NOW)
    raw = build_email(meeting, organiser, "request", PDF, ("Netvaerksmoede.ics", ics), now=NOW)
    for line in header_lines(raw) + ics.split(b"\r\n"):
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", line), line
        assert not re.search(r"[\x80-\x9f]", line.decode("utf-8")), line
    message = message_from_bytes(raw, policy=policy.default)
    assert [a.display_name for a in message["From"].addresses] == ["Mette Holm"]


def test_calendar_lines_are_folded_at_75_octets_with_long_names():
    meeting = sample_meeting()
    meeting.invitees[0].name = "Søren Østergård Æbelø 👍 " * 220  # 5,000 characters, many two to four octets
    meeting.invitees[1].name = "x" * 5000
    meeting.place = "Ørum " * 1000
    ics = build_calendar(meeting, Organiser(name="Æ" * 5000, email=EMAIL), now=NOW)
    lines = ics.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # folded between characters, never inside one
    from icalendar import Calendar

    event = next(c for c in Calendar.from_ical(ics).walk("VEVENT"))
    names = [str(a.params["CN"]) for a in event["attendee"]]
    assert " ".join(meeting.invitees[0].name.split()) in names and "x" * 5000 in names
