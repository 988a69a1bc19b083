"""Issue 11 in the plan and in "Det har vi aftalt", read back from the PDF: the contact person of each
sector with phone and e-mail and the stafetholder, the child's own words apart from the parents', a
discharge meeting's hand-over, the GP's fee, why another side wrote the minutes – and the seeds'
wording, while a version signed before m008 still prints with the words it was signed with."""
from __future__ import annotations

from dataclasses import replace

from kitdesk.domain.plan import PlanContact, PlanParticipant
from tests.export.plan_samples import PARTICIPANTS, sample_plan
from tests.export.test_family_summary_pdf import build as build_summary
from tests.export.test_family_summary_pdf import flat as flat_summary
from tests.export.test_family_summary_pdf import pages_of as summary_pages
from tests.export.test_plan_pdf import build, flat, text_of

CONTACTS = (
    PlanContact("Mette Kjærgaard", "BUC Eksempelby", "buc", "12 34 56 78", "mette.kjaergaard@buc.eksempel.dk",
                side="buc", is_baton_holder=True),
    PlanContact("Anders Vestergård", "Eksempel Kommune, Familieafdelingen", "caseworker", "87 65 43 21",
                "anders.vestergaard@eksempel.dk", side="municipality"),
)
GP = PlanParticipant("Karin Øster", "Lægehuset Torvet", "gp", "Almen praktiserende læge", "online", gp_fee=True)
CHILD_WORDS = "Jeg vil gerne have en voksen at gå til i frikvarteret."


def kit_plan(**changes):
    participants = tuple(p for p in PARTICIPANTS if p.sector != "gp") + (GP,)
    values = dict(contacts=CONTACTS, child_words=CHILD_WORDS, participants=participants,
                  perspective="Mor ønsker ro om morgenerne.", kind="discharge",
                  discharge_handover="Kommunen overtager koordineringen; PPR følger skolen.",
                  discharge_medication="Almen praksis fortsætter medicinen og følger op hver 3. måned.",
                  discharge_family_contact="Familien ringer til Anders Vestergård.",
                  minute_taker_reason="Mette leder mødet og kan ikke skrive samtidig.")
    return sample_plan(**{**values, **changes})


def test_the_plan_names_the_contact_persons_with_phone_and_e_mail_and_the_stafetholder():
    text = flat(text_of(build(kit_plan())))
    assert "Kontaktpersoner" in text
    assert ("Ansvarlig kontaktperson i BUC Stafetholder Mette Kjærgaard BUC Eksempelby Telefon 12 34 56 78 "
            "E-mail mette.kjaergaard@buc.eksempel.dk") in text
    assert ("Ansvarlig kontaktperson i kommunen Anders Vestergård Eksempel Kommune, Familieafdelingen "
            "Telefon 87 65 43 21 E-mail anders.vestergaard@eksempel.dk") in text
    assert text.index("Kontaktpersoner") < text.index("Formål med mødet")


def test_the_childs_own_words_stand_apart_from_the_parents():
    text = flat(text_of(build(kit_plan())))
    assert f"Barnets/den unges egne ord {CHILD_WORDS}" in text
    assert "Forældrenes og familiens perspektiv Mor ønsker ro om morgenerne." in text
    assert text.index("Barnets/den unges egne ord") < text.index("Forældrenes og familiens perspektiv")


def test_a_discharge_meeting_has_its_own_section_in_the_plan():
    text = flat(text_of(build(kit_plan())))
    assert "Møde Udskrivningsmøde (afslutning fra BUC)" in text
    section = text[text.index("Udskrivning fra BUC"):text.index("Aftaler Nr.")]
    assert section == ("Udskrivning fra BUC Hvem overtager hvad Kommunen overtager koordineringen; PPR følger skolen. "
                       "Medicin: videreførelse og opfølgning, og hvem der står for den Almen praksis fortsætter "
                       "medicinen og følger op hver 3. måned. Hvem familien kontakter Familien ringer til Anders "
                       "Vestergård. ")
    ordinary = flat(text_of(build(kit_plan(kind="ordinary"))))
    assert "Udskrivning fra BUC" not in ordinary and "Udskrivningsmøde" not in ordinary


def test_the_gp_fee_and_the_minute_takers_reason_are_on_the_plan():
    text = flat(text_of(build(kit_plan())))
    assert "Karin Øster Lægehuset Torvet Almen praksis Almen praktiserende læge Til stede Virtuelt " \
           "Honoreres efter gældende overenskomst" in text
    assert "Skriver referatet, fordi: Mette leder mødet og kan ikke skrive samtidig." in text


def test_the_family_summary_names_whom_to_call_the_childs_words_and_the_discharge():
    pages = summary_pages(build_summary(kit_plan()))
    text = flat(" ".join(pages))
    assert (f"Barnets/den unges egne ord {CHILD_WORDS}") in text
    assert ("Mette Kjærgaard – jeres kontaktperson i børne- og ungdomspsykiatrien og holder sammen på "
            "samarbejdet om aftalerne (stafetholder): telefon 12 34 56 78, e-mail "
            "mette.kjaergaard@buc.eksempel.dk.") in text
    assert ("Anders Vestergård – jeres kontaktperson i kommunen: telefon 87 65 43 21, e-mail "
            "anders.vestergaard@eksempel.dk.") in text
    assert "Når behandlingen i BUC slutter Hvem tager over Kommunen overtager koordineringen" in text
    assert "Medicinen Almen praksis fortsætter medicinen" in text
    assert "Hvem I kan kontakte Familien ringer til Anders Vestergård." in text
    assert "som var mødeleder" not in text  # the contact persons are named instead of the chair
    assert len(pages) <= 2


def test_the_seeds_wording_and_a_version_signed_before_m008_keeps_its_words():
    new = flat(text_of(build(kit_plan())))
    assert "Der træffes i udgangspunktet ikke afgørelser om kommunale indsatser på et netværksmøde." in new
    assert "Udviklingsmuligheder og behov" in new and "Bortfaldet" in new and "Droppet" not in new
    old = flat(text_of(build(replace(sample_plan(), layout=1))))
    assert "Der træffes som udgangspunkt ikke afgørelser" in old and "i udgangspunktet" not in old
    assert "Udviklingsmuligheder og mål" in old and "Droppet" in old
    assert "Kontaktpersoner" not in old and "Barnets/den unges egne ord" not in old
    old_summary = flat_summary(" ".join(summary_pages(build_summary(replace(sample_plan(), layout=1)))))
    assert "træffer vi ikke afgørelser om hjælp fra kommunen" in old_summary
