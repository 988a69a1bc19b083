"""The .eml draft read back with the stdlib parser."""
from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import pytest

from kitdesk.export.atomic import ExportError
from kitdesk.export.email_draft import build_email
from tests.export import CHILD, local, sample_meeting, sample_organiser

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
PDF = ("Indkaldelse_2026-11-30_0900.pdf", b"%PDF-1.4 fake")
ICS = ("Netvaerksmoede_2026-11-30_0900.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")


def read(meeting, kind="request"):
    raw = build_email(meeting, sample_organiser(), kind, PDF, ICS, now=NOW)
    return message_from_bytes(raw, policy=policy.default), raw


def test_headers():
    meeting = sample_meeting()
    message, raw = read(meeting)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Indkaldelse til netværksmøde 30.11.2026 kl. 9.00"
    assert raw.isascii()  # every header encoded for transport (RFC 2047)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    to = {a.addr_spec: a.display_name for a in message["To"].addresses}
    assert to == {i.email: i.name for i in meeting.invitees if i.email}
    assert to["jens.aertebjerg@skole.eksempel.dk"] == "Jens Ærtebjerg"
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == ("Mette Damgaard Holm", "mette.holm@buc.eksempel.dk")
    assert parsedate_to_datetime(message["Date"]) == NOW


def test_subjects_for_update_and_cancel():
    meeting = sample_meeting(starts=local(2026, 6, 15, 13, 30))
    assert read(meeting, "update")[0]["Subject"] == "Ændret: Indkaldelse til netværksmøde 15.06.2026 kl. 13.30"
    assert read(meeting, "cancel")[0]["Subject"] == "Aflyst: Netværksmøde 15.06.2026 kl. 13.30"


def test_two_attachments_with_ascii_names_and_the_right_types():
    message, raw = read(sample_meeting())
    parts = list(message.iter_attachments())
    assert [p.get_content_type() for p in parts] == ["application/pdf", "text/calendar"]
    assert [p.get_filename() for p in parts] == [PDF[0], ICS[0]]
    assert parts[0].get_content() == PDF[1]
    assert parts[1].get_content().replace("\r\n", "\n") == ICS[1].decode().replace("\r\n", "\n")
    assert parts[1].get_param("method") == "REQUEST"
    assert b'filename="Indkaldelse_2026-11-30_0900.pdf"' in raw
    assert b"filename*" not in raw  # no RFC 2231 names: Outlook garbles them


def test_cancel_calendar_part_says_cancel():
    message, _ = read(sample_meeting(), "cancel")
    ics = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"][0]
    assert ics.get_param("method") == "CANCEL"


@pytest.mark.parametrize("kind", ["request", "update", "cancel"])
def test_no_child_name_in_subject_or_body(kind):
    message, _ = read(sample_meeting(), kind)
    body = message.get_body(("plain",)).get_content()
    for text in (message["Subject"], body):
        assert CHILD not in text and "Freja" not in text and "Nørgaard" not in text


def test_body_in_danish():
    message, _ = read(sample_meeting())
    body = message.get_body(("plain",)).get_content()
    assert "mandag den 30. november 2026 kl. 9.00–10.30" in body
    assert "Sted: BUC Eksempelby, Skovvej 12, mødelokale 2" in body
    assert "Se vedhæftede indkaldelse med formål, dagsorden og rollebeskrivelser." in body
    assert "Meld afbud hurtigst muligt til Mette Damgaard Holm på mette.holm@buc.eksempel.dk eller 12 34 56 78" in body
    assert "sikker post" in body and "Digital Post" in body
    assert body.rstrip().endswith("mette.holm@buc.eksempel.dk")
    assert "Psykolog" in body


def test_video_meeting_body_has_the_link():
    meeting = sample_meeting(form="video")
    body = read(meeting)[0].get_body(("plain",)).get_content()
    assert meeting.video_link in body and "Videomøde" in body


def test_shared_address_is_listed_once_and_names_are_encoded():
    meeting = sample_meeting()
    meeting.invitees[6].email = meeting.invitees[5].email  # the parents share an address
    meeting.invitees[1].name = 'Lars "Lasse" Bøgh, PPR'
    message, _ = read(meeting)
    addresses = [a.addr_spec for a in message["To"].addresses]
    assert addresses.count(meeting.invitees[5].email) == 1
    assert 'Lars "Lasse" Bøgh, PPR' in [a.display_name for a in message["To"].addresses]


def test_newline_in_a_name_cannot_inject_a_header():
    meeting = sample_meeting()
    meeting.invitees[1].name = "Lars\r\nBcc: ond@eksempel.dk"
    message, _ = read(meeting)
    assert message["Bcc"] is None


def test_a_bad_address_gives_a_danish_error():
    meeting = sample_meeting()
    meeting.invitees[2].email = "anne.soerensen(at)eksempel.dk"
    with pytest.raises(ExportError, match="ser ikke rigtig ud"):
        read(meeting)


def test_danish_letters_in_the_domain_are_encoded_as_idna():
    meeting = sample_meeting()
    meeting.invitees[2].email = "anne@ærø.dk"
    message, _ = read(meeting)
    assert "anne@xn--r-3fa9c.dk" in [a.addr_spec for a in message["To"].addresses]


def test_no_recipient_is_lost_to_line_folding_after_a_non_ascii_name():
    """Python's folder can move the comma after an encoded name into an encoded word; a reader then
    merges two addresses. Every address must come back, whatever the names."""
    import email as email_module
    from email import policy as email_policy

    from kitdesk.domain.meeting import Invitee, Meeting, Organiser
    from kitdesk.export.email_draft import build_email

    start = datetime(2026, 12, 4, 9, tzinfo=UTC)
    names = ["Anders Vestergård", "Mette Kjærgaard", "Peter Ærø", "Camilla Nørgaard", "Hanne Lund Friis",
             "Åse Ørum-Æbelø", "Bo", "Ţuţu Ŋøå with a rather long name that needs folding ÆØÅ"]
    invitees = [Invitee(id=n, name=name, email=f"person{n}@kommune.example.dk") for n, name in enumerate(names)]
    meeting = Meeting(id=1, uid="x@kitdesk", starts_at=start, ends_at=start, place="Her", invitees=invitees)
    raw = build_email(meeting, Organiser(name="Mette Kjærgaard", email="m@buc.example.dk"), "request",
                      ("a.pdf", b"%PDF"), ("a.ics", b"BEGIN:VCALENDAR"), now=start)
    message = email_module.message_from_bytes(raw, policy=email_policy.default)
    # (Python's parser keeps the fold between two encoded words of the long name as a second space,
    # where RFC 2047 readers drop it: compare the names with single spaces.)
    assert [(" ".join(a.display_name.split()), a.addr_spec) for a in message["To"].addresses] == \
        [(i.name, i.email) for i in invitees]
    assert all(len(line) <= 78 for line in raw.split(b"\r\n\r\n")[0].split(b"\r\n"))
    assert raw.count(b"\r\nTo: ") + raw.startswith(b"To: ") == 1
