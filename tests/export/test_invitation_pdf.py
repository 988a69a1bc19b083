"""The letter read back with pypdf: what it says, its metadata, and that no text can break it."""
from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitdesk.export.invitation_pdf import GP_PAID, NO_DECISIONS, build_invitation_pdf
from tests.export import CHILD, local, sample_meeting, sample_organiser

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)
_FOOTER = re.compile(r"^(Indkaldelse til netværksmøde|Ændret indkaldelse til netværksmøde|Aflysning af netværksmøde)"
                     r" · \d\d\.\d\d\.\d{4}$|^Side \d+ af \d+$")


def build(meeting=None, kind="request", child=CHILD) -> bytes:
    return build_invitation_pdf(meeting or sample_meeting(), child, sample_organiser(), kind, now=NOW)


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def body_of(pdf: bytes) -> str:
    """The text without the page footers, which interrupt a paragraph running over a page break."""
    lines = text_of(pdf).splitlines()
    return "\n".join(line for line in lines if not _FOOTER.match(line.strip()))


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_letter_says_what_it_must():
    meeting = sample_meeting()
    pdf = build(meeting)
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    flat = " ".join(text.split())
    assert "Indkaldelse til netværksmøde" in text
    assert "om Freja Nørgaard" in text
    assert "Mandag den 30. november 2026" in text
    assert "Kl. 9.00–10.30" in text
    assert "Fysisk møde" in text and "BUC Eksempelby, Skovvej 12, mødelokale 2" in text
    assert "Formål med mødet" in text and squeeze(meeting.purpose) in squeeze(text)
    # The agenda, with a time for every item computed from the start, and who is responsible.
    for expected in ("9.00–9.10", "9.10–9.30", "9.30–9.55", "9.55–10.20", "10.20–10.30"):
        assert expected in text
    assert "Velkomst og præsentation" in text and "Aftaler og ansvarsfordeling" in text
    # Participants with organisation, sector and role; chair and minute taker marked.
    for invitee in meeting.invitees:
        assert invitee.name in flat
        assert squeeze(invitee.role_text) in squeeze(text)
    assert "Thomas Nørgaard" in text  # no e-mail, still invited and listed
    assert "Mødeleder" in text and "Referent" in text
    assert "Kommune – sagsbehandler" in text and "Almen praksis" in text
    assert GP_PAID in flat
    assert NO_DECISIONS in flat
    assert "Afbud og ønsker om deltagelse" in text
    assert "Meld afbud hurtigst muligt til Mette Damgaard Holm på e-mail mette.holm@buc.eksempel.dk" in flat
    assert "ønsker, at andre skal deltage" in flat
    assert "Telefon: 12 34 56 78 · E-mail: mette.holm@buc.eksempel.dk" in text
    assert "Med venlig hilsen" in text
    assert "Dato: 23. november 2026" in text


def test_page_numbers_side_x_af_y():
    pdf = build()
    pages = reader(pdf).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} af {len(pages)}" in page.extract_text()


def test_gp_line_only_for_a_gp():
    meeting = sample_meeting()
    meeting.invitees = [i for i in meeting.invitees if i.sector != "gp"]
    assert GP_PAID not in " ".join(text_of(build(meeting)).split())


def test_metadata_and_language():
    pdf_reader = reader(build())
    info = pdf_reader.metadata
    assert info.title == "Indkaldelse til netværksmøde 30.11.2026"
    assert info.author == "Mette Damgaard Holm"
    assert info.subject == "Netværksmøde 30.11.2026 kl. 9.00"
    assert info.creation_date.replace(tzinfo=UTC) == NOW.replace(tzinfo=UTC) or \
        info.creation_date == NOW
    assert pdf_reader.trailer["/Root"]["/Lang"] == "da-DK"


def test_dejavu_is_embedded_regular_and_bold():
    fonts = set()
    for page in reader(build()).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded, not referenced
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= fonts


def test_markup_in_user_text_is_printed_literally():
    meeting = sample_meeting()
    meeting.purpose = 'Vi skal tale om <b>fed</b> & <i>kursiv</i> og <img src="/etc/passwd"/> &amp; &#65;'
    meeting.agenda[0].title = "<font size=40>stor</font>"
    meeting.invitees[0].role_text = "<para>rolle</para><br/>"
    text = text_of(build(meeting))
    assert "<b>fed</b> & <i>kursiv</i>" in text
    assert '<img src="/etc/passwd"/> &amp; &#65;' in text
    assert "<font size=40>stor</font>" in text
    assert "<para>rolle</para><br/>" in text


def test_danish_letters_dashes_and_emoji_survive_in_the_text_layer():
    meeting = sample_meeting()
    meeting.purpose = "Æble, øl og å – Łódź, Straße ẞ, “citat” 😀 👍 👨‍👩‍👧 你好"
    text = text_of(build(meeting))
    assert meeting.purpose in text


def test_a_5000_character_purpose_and_long_words_are_all_there():
    meeting = sample_meeting()
    words = [f"ord{n}" for n in range(800)]
    meeting.purpose = " ".join(words)[:5000]
    meeting.agenda[1].description = "https://video.eksempel.dk/" + "x" * 300  # a URL wider than the page
    meeting.invitees[2].role_text = "Rolle " * 900  # a cell taller than a page
    body = body_of(build(meeting))
    assert len(meeting.purpose) == 5000
    assert squeeze(meeting.purpose) in squeeze(body)
    assert squeeze(meeting.agenda[1].description) in squeeze(body)
    # The tall cell is split over pages, with the table's header row repeated between the parts.
    assert body.count("Rolle") - body.count("Rolle på mødet") == 900


def test_a_place_and_a_reason_longer_than_a_page_still_build():
    meeting = sample_meeting()
    meeting.place = "Lokale " * 900
    meeting.cancel_reason = "Grund " * 900
    for kind in ("request", "cancel"):
        body = body_of(build(meeting, kind))
        assert body.count("Lokale") == 900


def test_line_breaks_in_user_text_are_kept():
    meeting = sample_meeting()
    meeting.purpose = "Første linje\nAnden linje"
    lines = text_of(build(meeting)).splitlines()
    assert "Første linje" in lines and "Anden linje" in lines


def test_meeting_forms():
    meeting = sample_meeting(form="video")
    text = text_of(build(meeting))
    assert "Videomøde" in text and meeting.video_link in text
    meeting = sample_meeting(form="phone")
    text = text_of(build(meeting))
    assert "Telefonmøde" in text and "Ring til 70 20 30 40" in text
    meeting = sample_meeting(form="hybrid")
    text = text_of(build(meeting))
    assert "Hybridmøde" in text and meeting.video_link in text and meeting.place in text


def test_update_and_cancel_letters():
    meeting = sample_meeting(starts=local(2026, 6, 15, 13, 30))
    text = text_of(build(meeting, "update"))
    assert "Ændret indkaldelse til netværksmøde" in text
    assert "erstatter den tidligere" in " ".join(text.split())
    assert "Mandag den 15. juni 2026" in text and "Kl. 13.30–15.00" in text

    meeting.cancel_reason = "Familien har bedt om at flytte mødet."
    text = text_of(build(meeting, "cancel"))
    flat = " ".join(text.split())
    assert "Aflysning af netværksmøde" in text
    assert "Netværksmødet mandag den 15. juni 2026 kl. 13.30–15.00 er aflyst." in flat
    assert "Familien har bedt om at flytte mødet." in flat
    assert "Dagsorden" not in text


def test_same_input_gives_the_same_bytes():
    assert build() == build()


def test_no_cpr_number_and_nothing_but_the_name_about_the_child():
    text = text_of(build())
    assert not re.search(r"\d{6}-?\d{4}", text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(purpose=st.text(), title=st.text(max_size=300), name=st.text(max_size=60))
def test_any_text_builds(purpose, title, name):
    meeting = sample_meeting()
    meeting.purpose = purpose
    meeting.agenda[0].title = title
    meeting.invitees[3].name = name
    meeting.invitees[3].role_text = purpose
    pdf = build(meeting, child=name)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(reader(pdf).pages) >= 1
