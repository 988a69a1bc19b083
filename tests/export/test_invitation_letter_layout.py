"""The invitation letter and its e-mail, read back: no last page holding only the closing lines, no
empty "Ansvarlig" column, the GP's fee said once, an address block on the letter for someone who gets
it by post, and one form of address in the e-mail."""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, datetime

import pypdf

from kitdesk.domain.meeting import Invitee
from kitdesk.export.email_draft import body
from kitdesk.export.invitation_pdf import GP_PAID, build_invitation_pdf
from kitdesk.templates import load_roles
from tests.export import CHILD, sample_meeting, sample_organiser

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
FOOTER = re.compile(r"^(Indkaldelse til netværksmøde · \d\d\.\d\d\.\d{4}|Side \d+ af \d+)$")


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def demo_like_meeting():
    """Six participants with the role library's own descriptions – the demo's invitation, which used to
    run onto a third page holding two lines and the signature."""
    roles = load_roles()
    meeting = sample_meeting()
    keys = ("buc_clinician", "caseworker", "ppr", "teacher", "parent", "child")
    meeting.invitees = [replace(invitee, role_text=roles[key].text) for invitee, key in
                        zip(meeting.invitees[:4] + meeting.invitees[5:7], keys, strict=True)]
    return meeting


def test_the_closing_never_stands_alone_on_a_last_page():
    pdf = build_invitation_pdf(demo_like_meeting(), CHILD, sample_organiser(), now=NOW)
    texts = pages(pdf)
    last = [line for line in texts[-1].splitlines() if line.strip() and not FOOTER.match(line.strip())]
    assert len(texts) == 2, len(texts)
    # The last page carries more than the signature: at least the sections before it.
    assert "Afbud og ønsker om deltagelse" in texts[-1] or "Godt at vide" in texts[-1]
    assert len(last) > 8, last


def test_no_empty_responsible_column():
    meeting = sample_meeting()
    nobody = replace(meeting, agenda=[replace(item, responsible_id=None) for item in meeting.agenda])
    text = flat(" ".join(pages(build_invitation_pdf(nobody, CHILD, sample_organiser(), now=NOW))))
    agenda = text[text.index("Dagsorden"):text.index("Deltagere og roller")]
    assert "Ansvarlig" not in agenda and "Velkomst og præsentation" in agenda
    # Some items with someone responsible: the column, and "Alle" where no one in particular is.
    some = replace(meeting, agenda=[replace(item, responsible_id=None) if n == 2 else item
                                    for n, item in enumerate(meeting.agenda)])
    text = flat(" ".join(pages(build_invitation_pdf(some, CHILD, sample_organiser(), now=NOW))))
    agenda = text[text.index("Dagsorden"):text.index("Deltagere og roller")]
    assert "Ansvarlig" in agenda and "Alle" in agenda


def test_the_gp_fee_is_said_once():
    meeting = sample_meeting()
    gp_text = load_roles()["gp"].text
    assert "overenskomst" in gp_text  # the library's description already says it
    meeting.invitees = [replace(i, role_text=gp_text) if i.sector == "gp" else i for i in meeting.invitees]
    text = flat(" ".join(pages(build_invitation_pdf(meeting, CHILD, sample_organiser(), now=NOW))))
    assert text.count("honoreres efter gældende overenskomst") == 1
    # A GP whose description does not say it still gets the sentence.
    text = flat(" ".join(pages(build_invitation_pdf(sample_meeting(), CHILD, sample_organiser(), now=NOW))))
    assert text.count(GP_PAID) == 1


def test_a_letter_by_post_carries_the_name_and_address_before_the_heading():
    meeting = sample_meeting()
    father = next(i for i in meeting.invitees if not i.email)
    pdf = build_invitation_pdf(meeting, CHILD, sample_organiser(), now=NOW, addressee=father,
                               address="Skovbrynet 7\n4700 Fjordby")
    first = pages(pdf)[0]
    head = first[:first.index("Indkaldelse til netværksmøde")]
    assert father.name in head and "Skovbrynet 7" in head and "4700 Fjordby" in head
    assert "Far" not in head  # the family's "organisation" is their relation, not part of an address
    pro = Invitee(id=9, name="Ole Gram", organisation="Lægehuset ved Åen", sector="gp")
    first = pages(build_invitation_pdf(meeting, CHILD, sample_organiser(), now=NOW, addressee=pro,
                                       address="Åvej 1\n4700 Fjordby"))[0]
    head = first[:first.index("Indkaldelse til netværksmøde")]
    assert "Ole Gram" in head and "Lægehuset ved Åen" in head and "Åvej 1" in head
    plain = pages(build_invitation_pdf(meeting, CHILD, sample_organiser(), now=NOW))[0]
    assert "Skovbrynet" not in plain


def test_the_email_speaks_to_everyone_in_one_form():
    for kind in ("request", "update", "cancel"):
        text = body(sample_meeting(), sample_organiser(), kind, "Netvaerksmoede.ics")
        assert text.startswith("Kære deltagere")
        for word in ("Du ", " du ", " din ", " dig "):
            assert word not in text, (kind, word)
    assert "I inviteres hermed til netværksmøde" in body(sample_meeting(), sample_organiser(), "request", "x.ics")
