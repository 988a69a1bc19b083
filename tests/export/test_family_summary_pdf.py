""""Det har vi aftalt" read back with pypdf: plain words, larger type, no CPR, the plan's footer."""
from __future__ import annotations

import io
import re
from dataclasses import replace

import pypdf

from kitdesk.domain.meeting import Organiser
from kitdesk.domain.plan import short_fingerprint
from kitdesk.domain.vocabulary import SECTORS
from kitdesk.export.family_summary_pdf import build_family_summary_pdf
from kitdesk.export.plan_pdf import DRAFT_MARK
from tests.export.plan_samples import (
    AGREEMENTS,
    AUTHOR,
    CHILD,
    DRAFT_AT,
    FAKE_CPR,
    SIGNED_AT,
    draft_plan,
    full_fingerprint,
    sample_plan,
    sample_sender,
)

HEX = "a1b2c3d4e5f6" + "0" * 52


def build(plan=None, fingerprint=HEX, contact=None) -> bytes:
    plan = plan or sample_plan()
    created = SIGNED_AT if plan.is_signed else DRAFT_AT
    return build_family_summary_pdf(plan, author=AUTHOR, created=created, fingerprint=fingerprint, contact=contact)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_summary_says_what_it_must_in_plain_words():
    plan = sample_plan()
    pages = pages_of(build(plan, contact=sample_sender()))
    assert len(pages) == 1  # an ordinary meeting fits on one page
    text = flat(pages[0])
    assert "Det har vi aftalt" in text and f"Kort fortalt fra netværksmødet om {CHILD}" in text
    assert "Vi holdt netværksmøde fredag den 4. december 2026 kl. 9.00–10.30." in text
    for name in ("Mette Kjærgaard – Psykolog", "Camilla Nørgaard – Mor", "Freja Nørgaard", "Jonas Bach – AKT-vejleder",
                 "Anders Vestergård – Sagsbehandler"):
        assert name in text, name
    assert "Karin Øster" not in text  # absent: not among those who took part
    assert "Hvad skal der ske? Hvem gør det? Hvornår?" in text
    for agreement in AGREEMENTS:
        assert agreement.what in text and agreement.responsible in text
    for when in ("Senest 15. januar 2027", "Løbende", "Senest 18. december 2026", "Ingen dato"):
        assert when in text, when
    assert "Vi mødes igen fredag den 5. marts 2027 kl. 9.00." in text
    assert ("Har du spørgsmål til aftalerne, så kontakt Mette Kjærgaard (BUC Eksempelby), som var mødeleder. "
            "Du kan skrive eller ringe på telefon 12 34 56 78 eller e-mail mette.kjaergaard@buc.eksempel.dk.") in text
    assert "træffer vi i udgangspunktet ikke afgørelser om hjælp fra kommunen" in text


def test_no_cpr_and_no_sector_words():
    pdf = build(sample_plan(), contact=sample_sender())
    text = flat(pages_of(pdf)[0])
    assert FAKE_CPR not in text and "CPR" not in text and FAKE_CPR.encode() not in pdf
    for word in SECTORS.values():
        if " – " in word or word in ("Almen praksis", "Privatpraktiserende speciallæge"):
            assert word not in text, word
    for jargon in ("Sagsnummer", "2026-0001", "Referent", "fingeraftryk d9"):
        assert jargon not in text


def test_larger_type():
    sizes: dict[float, int] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            scaled = round(size * tm[0] * cm[0], 1)
            sizes[scaled] = sizes.get(scaled, 0) + len(text.strip())

    pypdf.PdfReader(io.BytesIO(build())).pages[0].extract_text(visitor_text=visit)
    body = sum(count for size, count in sizes.items() if size >= 11)
    assert body / sum(sizes.values()) > 0.75, sizes  # all but the footer and the closing note
    assert min(sizes) >= 8


def test_many_agreements_flow_onto_a_second_page_with_the_footer_on_each():
    agreements = tuple(replace(AGREEMENTS[n % 4], what=f"Aftale {n + 1}: {AGREEMENTS[n % 4].what}") for n in range(16))
    pages = pages_of(build(sample_plan(agreements=agreements)))
    assert len(pages) == 2
    found = [int(n) for n in re.findall(r"Aftale (\d+):", "\n".join(pages))]
    assert found == list(range(1, 17))
    footer = f"Det har vi aftalt · Version 2 · godkendt 07.12.2026 · kontrolkode {short_fingerprint(HEX)}"
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines()]
        assert footer in lines and f"Side {number} af 2" in lines
    assert {"Hvad skal der ske?", "Hvem gør det?", "Hvornår?"} <= {line.strip() for line in pages[1].splitlines()}


def test_a_draft_carries_the_watermark_on_every_page_and_a_signed_one_none():
    agreements = AGREEMENTS * 4
    pages = pages_of(build(draft_plan(agreements=agreements), fingerprint=None))
    assert len(pages) == 2
    for page in pages:
        lines = [line.strip() for line in page.splitlines()]
        assert "UDKAST – ikke godkendt · Version 1" in lines and DRAFT_MARK in lines
    assert "aftalerne er ikke godkendt endnu" in flat(pages[0])
    signed = "\n".join(pages_of(build()))
    assert "UDKAST" not in signed.upper()


def test_metadata_without_the_childs_name_and_the_same_bytes_twice():
    pdf = build()
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == "Det har vi aftalt – netværksmøde 04.12.2026"
    assert info.author == AUTHOR
    assert info["/Keywords"] == f"kitdesk-family-summary meeting=12 version=2 fingerprint={HEX}"
    assert pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "da-DK"
    assert all("Freja" not in str(value) and FAKE_CPR not in str(value) for value in info.values())
    assert build() == pdf
    default = build(fingerprint=None)
    assert f"kontrolkode {full_fingerprint(sample_plan())[:12]}" in pages_of(default)[0]


def test_markup_and_letters_literally_and_contact_only_when_it_is_the_chair():
    tricky = '<b>fed</b> & <img src="/etc/passwd"/> &amp; ]]> – — æøå Ł ẞ 😀'
    plan = sample_plan(agreements=(replace(AGREEMENTS[0], what=tricky, responsible="<i>Peter</i>"),),
                       child_name="<u>Freja</u>")
    text = flat(pages_of(build(plan, contact=Organiser(name="En anden", phone="99 99 99 99")))[0])
    assert tricky in text and "<i>Peter</i>" in text and "om <u>Freja</u>" in text
    assert "99 99 99 99" not in text  # the sender is not the chair: their number is not the chair's
    no_chair = sample_plan(participants=tuple(replace(p, is_chair=False) for p in sample_plan().participants),
                           next_meeting_at=None, agreements=(), no_new_agreements=True)
    text = flat(pages_of(build(no_chair))[0])
    assert "kontakt din kontaktperson" in text
    assert "Vi har ikke aftalt et nyt møde endnu." in text
    assert "Vi lavede ikke nye aftaler på mødet." in text


def test_who_was_there_lists_only_those_marked_present():
    """"Hvem var med" names those marked in the room or online – not an afbud, not someone absent, and
    not someone whose attendance was never marked (they may not have been there)."""
    text = flat(pages_of(build(sample_plan()))[0])
    listed = text[text.index("Hvem var med"):text.index("Aftalerne")]
    present = [p.name for p in sample_plan().participants if p.attendance in ("in_room", "online")]
    assert present and all(name in listed for name in present)
    for name in ("Peter Ærø", "Karin Øster", "Louise Dahl"):  # afbud, absent, not marked
        assert name not in listed, name


def test_the_check_code_is_explained_in_words_the_family_reads():
    text = flat(" ".join(pages_of(build())))
    assert f"kontrolkode {short_fingerprint(HEX)}" in text and "fingeraftryk" not in text
    assert "Kontrolkoden nederst på siden viser, at det er de godkendte aftaler" in text
    draft = flat(" ".join(pages_of(build(draft_plan(), fingerprint=None))))
    assert "Kontrolkoden" not in draft  # a draft has no code to explain
