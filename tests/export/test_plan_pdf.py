"""The cross-sector plan read back with pypdf: what it says and in which order, its footer, the draft
mark, metadata and marker, byte-identical output, and that no text or size can break it."""
from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import timedelta

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kitdesk.domain.plan import PlanAgreement, PlanItem, short_fingerprint
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.export import fonts, invitation_pdf
from kitdesk.export.plan_pdf import DRAFT_MARK, NO_DECISIONS, build_plan_pdf, read_plan_marker
from kitdesk.export.text import clean
from tests.export import sample_meeting, sample_organiser
from tests.export.plan_samples import (
    AGENDA,
    AGREEMENTS,
    AUTHOR,
    CHILD,
    DRAFT_AT,
    FAKE_CPR,
    SIGNED_AT,
    draft_plan,
    full_fingerprint,
    sample_plan,
)

HEX = "3f2a9c1b04de" + "0123456789abcdef" * 3 + "0123"  # 64 hex digits, not the content's own
_FOOTER = re.compile(r"^(Tværsektoriel plan · Version \d+ · godkendt \d\d\.\d\d\.\d{4}( · fingeraftryk [0-9a-f]{12})?"
                     r"|UDKAST – ikke godkendt( · Version \d+)?|Side \d+ af \d+)$")
_TABLE_HEADS = {"Nr.", "Hvad", "Hvem", "Frist", "Opfølgning", "Deltager", "Organisation / sektor",
                "Rolle på mødet", "Deltagelse"}


def build(plan=None, fingerprint: str | None = HEX, include_cpr: bool = False) -> bytes:
    return _build(plan or sample_plan(), fingerprint, include_cpr)


@functools.lru_cache(maxsize=16)  # the same plan is read back by several tests
def _build(plan, fingerprint: str | None, include_cpr: bool) -> bytes:
    created = SIGNED_AT if plan.is_signed else DRAFT_AT
    return build_plan_pdf(plan, author=AUTHOR, created=created, fingerprint=fingerprint, include_cpr=include_cpr)


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(pages_of(pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    return "".join(text.split())


def body_of(pdf: bytes) -> str:
    """The text without page footers, the watermark and repeated column headings, which interrupt
    text running over a page break."""
    lines = text_of(pdf).splitlines()
    return "\n".join(line for line in lines if not _FOOTER.match(line.strip()) and line.strip() not in _TABLE_HEADS)


def test_the_plan_says_what_it_must():
    plan = sample_plan()
    text = text_of(build(plan))
    lines = [line.strip() for line in text.splitlines()]
    one = flat(text)
    assert "Tværsektoriel plan" in lines and "Referat af netværksmøde om Freja Nørgaard" in lines
    for expected in ("Barnets navn Freja Nørgaard", "Fødselsdato 17.04.2013", "Sagsnummer 2026-0001",
                     "Mødedato Fredag den 4. december 2026", "Tid Kl. 9.00–10.30",
                     "Mødeform Hybridmøde – nogle deltog i mødelokalet, andre på video",
                     "Sted Søndervangskolen, mødelokale 2", "Videolink https://video.eksempel.dk/m/4471",
                     "Mødeleder Mette Kjærgaard, BUC Eksempelby",
                     "Referent Anders Vestergård, Eksempel Kommune, Familieafdelingen",
                     "Version Version 2 – erstatter version 1",
                     "Årsag til ny version: Forkert frist i aftale 1 – rettet efter mødet.",
                     "Status Godkendt den 7. december 2026"):
        assert expected in one, expected
    for person in plan.participants:
        assert squeeze(person.name) in squeeze(text)
        assert squeeze(person.organisation) in squeeze(text)
        assert squeeze(person.role) in squeeze(text)
    for word in ("Til stede", "Fysisk", "Virtuelt", "Afbud", "Fraværende", "Ikke registreret", "Mødt uanmeldt",
                 "Mødeleder", "Referent", "Kommune – PPR", "Almen praksis"):
        assert word in lines, word
    assert squeeze(plan.purpose) in squeeze(text)
    for section in (plan.perspective, plan.challenges, plan.resources, plan.development, plan.misc):
        assert squeeze(section) in squeeze(text)
    for n, item in enumerate(plan.agenda, start=1):
        assert f"{n}. {item.title}" in lines
        assert f"Ansvarlig: {item.responsible}" in lines
        assert squeeze(item.discussion) in squeeze(text)
    assert "Intet noteret under punktet." in lines  # item 4 has no discussion
    for agreement in plan.agreements:
        assert squeeze(agreement.what) in squeeze(text) and agreement.responsible in one
        assert squeeze(agreement.follow_up) in squeeze(text)
    for word in ("15.01.2027", "Løbende", "18.12.2026", "—", "Videreført fra møde 08.09.2026",
                 "Under punktet: Skolen og PPR", "Kommune – skole", "BUC"):
        assert word in lines, word
    for follow_up in plan.follow_ups:
        assert squeeze(follow_up.what) in squeeze(text) and squeeze(follow_up.note) in squeeze(text)
    assert {"Udført", "Videreført", "Bortfaldet"} <= set(lines)
    assert "Fredag den 5. marts 2027 kl. 9.00." in lines
    for expected in ("Godkendt den 04.12.2026", "i mødet", "Godkendt den 07.12.2026", "pr. e-mail", "telefonisk",
                     "Ikke indhentet"):
        assert expected in lines, expected
    assert "Rettede en dato i aftale 1." in one
    assert "Godkendt af Mette Kjærgaard den 7. december 2026." in one
    assert NO_DECISIONS in one
    assert "ikke afgørelser om kommunale indsatser" in invitation_pdf.NO_DECISIONS  # the same wording


def test_the_sections_come_in_order():
    text = flat(body_of(build()))
    headings = ["Tværsektoriel plan", "Barnets navn", "Deltagere", "Formål med mødet",
                "Barnets/den unges og familiens perspektiv", "Udfordringer", "Ressourcer",
                "Udviklingsmuligheder og behov", "Dagsorden og drøftelse", "Aftaler", "Opfølgning på tidligere aftaler",
                "Næste møde", "Eventuelt", "Godkendelse", "Godkendt af", NO_DECISIONS]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_empty_sections_are_left_out_but_the_perspective_is_always_there():
    plan = sample_plan(perspective="", challenges="", resources=" ", development="\n", misc="", agreements=(),
                       no_new_agreements=True, follow_ups=(), next_meeting_at=None, next_meeting_not_agreed=True,
                       approvals=(), agenda=())
    lines = [line.strip() for line in text_of(build(plan)).splitlines()]
    assert "Barnets/den unges og familiens perspektiv" in lines
    assert lines[lines.index("Barnets/den unges og familiens perspektiv") + 1] == "Ikke beskrevet."
    for gone in ("Udfordringer", "Ressourcer", "Udviklingsmuligheder og behov", "Eventuelt", "Dagsorden og drøftelse",
                 "Opfølgning på tidligere aftaler"):
        assert gone not in lines
    assert "Ingen nye aftaler." in lines
    assert lines[lines.index("Næste møde") + 1] == "Ikke aftalt."
    assert "Der er ikke registreret godkendelser." in lines


def test_footer_page_numbers_and_the_printed_fingerprint_on_every_page():
    pages = pages_of(build())
    assert len(pages) >= 3
    footer = f"Tværsektoriel plan · Version 2 · godkendt 07.12.2026 · fingeraftryk {short_fingerprint(HEX)}"
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines()]
        assert footer in lines
        assert f"Side {number} af {len(pages)}" in lines
        assert re.findall(r"fingeraftryk ([0-9a-f]+)", page) == [HEX[:12]]


def test_a_signed_version_without_a_given_fingerprint_prints_its_contents():
    plan = sample_plan()
    pdf = build(plan, fingerprint=None)
    assert f"fingeraftryk {full_fingerprint(plan)[:12]}" in text_of(pdf)
    assert read_plan_marker(pdf)["fingerprint"] == full_fingerprint(plan)
    with pytest.raises(ValueError):
        build(plan, fingerprint="not-a-sha256")


def test_a_draft_is_marked_on_every_page_and_a_signed_version_nowhere():
    draft = build(draft_plan(), fingerprint=None)
    pages = pages_of(draft)
    assert len(pages) >= 3
    for page in pages:
        lines = [line.strip() for line in page.splitlines()]
        assert "UDKAST – ikke godkendt · Version 1" in lines  # the footer
        assert DRAFT_MARK in lines  # the watermark, drawn on the page as text
        assert "fingeraftryk" not in page
    assert "Planen er et udkast og er ikke godkendt endnu." in flat(text_of(draft))
    assert "Godkendt af" not in text_of(draft)

    signed = text_of(build())
    assert "UDKAST" not in signed.upper() and "udkast" not in signed.lower()


def test_cpr_only_when_asked_for_and_never_in_the_metadata():
    plan = sample_plan()
    for pdf in (build(plan), build(plan, include_cpr=False)):
        assert FAKE_CPR not in text_of(pdf) and "CPR" not in text_of(pdf)
        assert FAKE_CPR.encode() not in pdf
        assert read_plan_marker(pdf)["cpr"] is False
    pdf = build(plan, include_cpr=True)
    assert f"CPR-nummer {FAKE_CPR}" in flat(text_of(pdf))
    assert read_plan_marker(pdf)["cpr"] is True
    assert all(FAKE_CPR not in str(value) for value in reader(pdf).metadata.values())
    no_number = build(replace(plan, cpr=None), include_cpr=True)
    assert "CPR" not in text_of(no_number) and read_plan_marker(no_number)["cpr"] is False


def test_metadata_language_and_keywords():
    pdf = build()
    pdf_reader = reader(pdf)
    info = pdf_reader.metadata
    assert info.title == "Tværsektoriel plan – netværksmøde 04.12.2026"
    assert info.author == AUTHOR
    assert info.creator == "KIT Desk"
    assert info.subject == "Referat af netværksmøde 04.12.2026 · version 2 · godkendt 07.12.2026"
    assert info["/Keywords"] == f"kitdesk-plan meeting=12 version=2 fingerprint={HEX} cpr=0"
    assert pdf_reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert info.creation_date.replace(tzinfo=None) == SIGNED_AT.replace(tzinfo=None)
    assert all(CHILD not in str(value) and "Freja" not in str(value) for value in info.values())

    draft = reader(build(draft_plan(), fingerprint=None)).metadata
    assert draft["/Keywords"] == "kitdesk-plan meeting=12 version=1 fingerprint=udkast cpr=0"
    assert draft.creation_date.replace(tzinfo=None) == DRAFT_AT.replace(tzinfo=None)


def test_read_plan_marker_round_trip_and_robustness():
    assert read_plan_marker(build()) == {"meeting": 12, "version": 2, "fingerprint": HEX, "cpr": False}
    assert read_plan_marker(build(draft_plan(meeting_id=7), fingerprint=None)) == {
        "meeting": 7, "version": 1, "fingerprint": "udkast", "cpr": False}
    assert read_plan_marker(b"") is None and read_plan_marker(b"%PDF-1.4 nothing here") is None
    letter = invitation_pdf.build_invitation_pdf(sample_meeting(), CHILD, sample_organiser())
    assert read_plan_marker(letter) is None


def test_the_marker_is_read_as_a_pdf_reader_reads_it():
    """The newest document information after an incremental update; keywords written by another
    program in UTF-16."""
    marker = f"kitdesk-plan meeting=3 version=4 fingerprint={HEX} cpr=1"
    writer = pypdf.PdfWriter(io.BytesIO(build()), incremental=True)
    writer.add_metadata({"/Keywords": marker})
    out = io.BytesIO()
    writer.write(out)
    updated = out.getvalue()
    assert updated.startswith(build())  # appended, the original bytes untouched
    assert read_plan_marker(updated) == {"meeting": 3, "version": 4, "fingerprint": HEX, "cpr": True}
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(build()))
    writer.add_metadata({"/Keywords": pypdf.generic.TextStringObject(marker + " æøå")})
    out = io.BytesIO()
    writer.write(out)
    assert read_plan_marker(out.getvalue())["version"] == 4


@pytest.mark.skipif(shutil.which("qpdf") is None and not os.environ.get("CI"), reason="qpdf is not installed")
def test_the_marker_survives_a_resave_with_compressed_object_streams(tmp_path):
    """qpdf moves the document information into a compressed object stream: the bytes no longer
    hold it in plain text (the PDF/A XMP, which qpdf leaves uncompressed, still mirrors the marker),
    and PDFium still reads the marker from the information."""
    original, resaved = tmp_path / "plan.pdf", tmp_path / "gemt-igen.pdf"
    original.write_bytes(build())
    subprocess.run(["qpdf", "--object-streams=generate", str(original), str(resaved)], check=True)
    data = resaved.read_bytes()
    assert b"/ObjStm" in data and b"/Keywords" not in data
    assert read_plan_marker(data) == read_plan_marker(build())


def test_the_same_version_gives_the_same_bytes():
    plan, draft = sample_plan(), draft_plan()
    twice = [build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT, fingerprint=HEX) for _ in range(2)]
    assert twice[0] == twice[1] == build(plan)
    drafts = [build_plan_pdf(draft, author=AUTHOR, created=DRAFT_AT, fingerprint=None) for _ in range(2)]
    assert drafts[0] == drafts[1]
    later = build_plan_pdf(plan, author=AUTHOR, created=SIGNED_AT + timedelta(seconds=1), fingerprint=HEX)
    assert later != build(plan)  # the creation time is the only clock in the file


def test_markup_and_special_characters_come_out_literally():
    tricky = 'Vi skal tale om <b>fed</b> & <i>kursiv</i>, <img src="/etc/passwd"/> &amp; &#65; ]]> <br/>'
    letters = "Æble, øl og å – Łódź, Straße ẞ — “citat” 😀 👨‍👩‍👧"
    plan = sample_plan(
        child_name="<b>Freja</b> & Ærø", purpose=tricky, perspective=letters,
        agreements=(replace(AGREEMENTS[0], what=tricky, responsible="<font size=40>Peter</font>",
                            follow_up=letters),),
        agenda=(replace(AGENDA[0], title="<para>Punkt</para>", discussion=tricky + "\n" + letters),),
        participants=sample_plan().participants + (replace(sample_plan().participants[0], name="<u>Ny</u>",
                                                            is_chair=False),))
    text = flat(body_of(build(plan)))
    assert text.count(tricky) == 3
    assert text.count(letters) == 3
    for literal in ("Referat af netværksmøde om <b>Freja</b> & Ærø", "<font size=40>Peter</font>",
                    "1. <para>Punkt</para>", "<u>Ny</u>"):
        assert squeeze(literal) in squeeze(text)


def test_200_agreements_repeat_the_column_headings_on_every_page():
    agreements = tuple(replace(AGREEMENTS[n % len(AGREEMENTS)], what=f"Aftale nummer {n + 1}: frikvarterer.")
                       for n in range(200))
    pages = pages_of(build(sample_plan(agreements=agreements)))
    holding = [n for n, page in enumerate(pages) if "Aftale nummer" in page]
    assert len(holding) >= 5
    for n in holding:
        lines = [line.strip() for line in pages[n].splitlines()]
        assert {"Nr.", "Hvad", "Hvem", "Frist", "Opfølgning"} <= set(lines)
    found = [int(m) for m in re.findall(r"Aftale nummer (\d+):", "\n".join(pages))]
    assert found == list(range(1, 201))


def test_50_pages_of_minutes():
    paragraph = "Freja og familien fortalte om hverdagen, skolen og fritiden – æøå ÆØÅ. " * 12
    minutes = "\n\n".join(f"{n}. {paragraph}" for n in range(220))
    assert len(minutes) > 150_000
    pdf = build(sample_plan(challenges=minutes))
    assert len(reader(pdf).pages) >= 50
    assert squeeze(minutes) in squeeze(body_of(pdf))


def test_5000_characters_without_a_space_in_an_agreement_and_a_discussion():
    word = "ẞ" * 5000
    plan = sample_plan(agreements=(PlanAgreement(word, "Peter Ærø", "school", "2027-01-15"),) + AGREEMENTS,
                       agenda=(PlanItem("Langt punkt", discussion=word.replace("ẞ", "Ł")),) + AGENDA)
    pdf = build(plan)
    text = text_of(pdf)
    assert text.count("ẞ") == 5000 and text.count("Ł") == 5000
    assert squeeze(word.replace("ẞ", "Ł")) in squeeze(body_of(pdf))
    assert all(squeeze(a.what) in squeeze(text) for a in AGREEMENTS)


def test_the_fonts_are_embedded():
    for page in reader(build()).pages:
        for font in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"]


def _literal(char: str) -> bool:
    # Left out, each for a reason that is not the PDF's: a soft hyphen is an invisible break point;
    # pypdf reverses right-to-left scripts when it extracts them; private-use and unassigned code
    # points have no meaning on paper (fonts.py keeps them out of the text layer); a skin tone and the
    # keycap mean something only to a font that shapes, and fonts.markup leaves them out after an emoji
    # ("👍🏽" prints 👍 – tests/export/test_fonts.py holds that).
    # Default-ignorable code points (a language tag, a variation selector) print as nothing.
    return (char != "\u00ad" and char != "\u20e3" and not "\U0001f3fb" <= char <= "\U0001f3ff"
            and not fonts._invisible(ord(char))
            and unicodedata.bidirectional(char) not in ("R", "AL", "AN", "RLE", "RLO", "RLI"))


def short_plan(**changes):
    """A plan of one page or two, so that a hundred of them build quickly."""
    return sample_plan(participants=sample_plan().participants[:2], follow_ups=(), approvals=(), challenges="",
                       resources="", development="", misc="", **changes)


TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs", "Co", "Cn")).filter(_literal), max_size=300)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(what=TEXT, discussion=TEXT)
def test_any_text_in_an_agreement_or_a_discussion_comes_back_literally(what, discussion):
    plan = short_plan(agreements=(replace(AGREEMENTS[0], what=what),),
                      agenda=(replace(AGENDA[0], discussion=discussion),))
    pdf = build(plan)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    body = squeeze(body_of(pdf))
    assert squeeze(clean(what)) in body
    assert squeeze(clean(discussion)) in body


def test_every_sector_word_is_the_vocabularys():
    people = tuple(replace(sample_plan().participants[0], name=f"Person {code}", sector=code, is_chair=False)
                   for code in SECTORS)
    text = flat(text_of(build(sample_plan(participants=people))))
    assert all(word in text for code, word in SECTORS.items() if code != "other")
