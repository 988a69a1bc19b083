"""Plans for the plan export tests and the plan benchmark (fictitious people and numbers only)."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kitdesk.domain.meeting import Organiser
from kitdesk.domain.plan import (
    LAYOUT,
    PlanAgreement,
    PlanApproval,
    PlanContent,
    PlanFollowUp,
    PlanItem,
    PlanParticipant,
    fingerprint,
)

CHILD = "Freja Nørgaard"
FAKE_CPR = "170413-1234"  # fictitious, only ever in tests
SIGNED_AT = datetime(2026, 12, 7, 13, 5, tzinfo=UTC)
DRAFT_AT = datetime(2026, 12, 4, 11, 40, tzinfo=UTC)
AUTHOR = "Mette Kjærgaard"

PARTICIPANTS = (
    PlanParticipant("Mette Kjærgaard", "BUC Eksempelby", "buc", "Psykolog", "in_room", is_chair=True),
    PlanParticipant("Anders Vestergård", "Eksempel Kommune, Familieafdelingen", "caseworker", "Sagsbehandler",
                    "online", is_minute_taker=True),
    PlanParticipant("Hanne Lund Friis", "PPR Eksempel Kommune", "ppr", "Psykolog i PPR", "in_room"),
    PlanParticipant("Peter Ærø", "Søndervangskolen", "school", "Klasselærer", "declined"),
    PlanParticipant("Camilla Nørgaard", "Mor", "family", "Forælder", "in_room"),
    PlanParticipant("Freja Nørgaard", "", "family", "", "in_room"),
    PlanParticipant("Jonas Bach", "Søndervangskolen", "school", "AKT-vejleder", "in_room", walk_in=True),
    PlanParticipant("Karin Øster", "Lægehuset Torvet", "gp", "Egen læge", "absent"),
    PlanParticipant("Louise Dahl", "Sundhedsplejen", "health_visitor", "Sundhedsplejerske", ""),
)

AGENDA = (
    PlanItem("Velkomst og præsentation", 10, "Mette Kjærgaard", "",
             "Alle præsenterede sig. Freja fortalte selv, hvem hun havde med."),
    PlanItem("Barnets og familiens perspektiv", 20, "Camilla Nørgaard", "Hvad er vigtigst for Freja lige nu?",
             "Freja fortæller, at frikvartererne er det sværeste.\nHun vil gerne have en voksen at gå til.\n\n"
             "Camilla Nørgaard fortæller, at morgenerne er blevet lettere."),
    PlanItem("Skolen og PPR", 25, "Hanne Lund Friis", "", "PPR har observeret i klassen to gange."),
    PlanItem("Aftaler og næste møde", 15, "Anders Vestergård", "", ""),
)

AGREEMENTS = (
    PlanAgreement("Skolen laver en plan for frikvartererne med en fast voksen.", "Peter Ærø", "school",
                  "2027-01-15", follow_up="Status på næste møde", item="Skolen og PPR"),
    PlanAgreement("PPR vejleder klasseteamet om Frejas behov.", "Hanne Lund Friis", "ppr", None, ongoing=True,
                  follow_up="Mail til mødelederen hver måned", item="Skolen og PPR"),
    PlanAgreement("BUC sender statusnotat til kommunen og egen læge.", "Mette Kjærgaard", "buc", "2026-12-18",
                  carried_from="2026-09-08"),
    PlanAgreement("Familieafdelingen taler med familien om mulighederne for familiebehandling.",
                  "Anders Vestergård", "caseworker", None),
)

FOLLOW_UPS = (
    PlanFollowUp("Skolen afprøver et hvilerum i 6 uger.", "Peter Ærø", "done", "Hvilerummet bruges dagligt.",
                 "2026-09-08"),
    PlanFollowUp("BUC sender statusnotat.", "Mette Kjærgaard", "continued", "Nyt notat efter udredningen.",
                  "2026-09-08"),
    PlanFollowUp("Lektiecafé to gange om ugen.", "Camilla Nørgaard", "dropped", "Freja ønskede det ikke.",
                  "2026-09-08"),
)

APPROVALS = (
    PlanApproval("Mette Kjærgaard", "buc", True, "2026-12-04", "in_meeting"),
    PlanApproval("Anders Vestergård", "caseworker", True, "2026-12-07", "email", "Rettede en dato i aftale 1."),
    PlanApproval("Hanne Lund Friis", "ppr", True, "2026-12-05", "phone"),
    PlanApproval("Peter Ærø", "school", False),
)


def sample_plan(**changes) -> PlanContent:
    """A signed version 2 that replaces version 1."""
    plan = PlanContent(
        case_no="2026-0001", child_name=CHILD, birth_date="2013-04-17", meeting_id=12,
        starts_at="2026-12-04T09:00:00+01:00", ends_at="2026-12-04T10:30:00+01:00", form="hybrid",
        place="Søndervangskolen, mødelokale 2", video_link="https://video.eksempel.dk/m/4471",
        purpose="At samle viden om Frejas trivsel i skolen og hjemme efter udredningen, og at aftale, hvem der gør "
                "hvad det næste halve år.",
        participants=PARTICIPANTS, agenda=AGENDA,
        perspective="Freja vil gerne i skole, men frikvartererne er svære.\nFamilien ønsker ro om morgenerne.",
        challenges="Fravær i efteråret (14 dage). Konflikter i frikvartererne.",
        resources="Freja er glad for at tegne og har en god veninde i klassen. Familien står sammen.",
        development="Målet er, at Freja er i skole alle dage inden sommerferien.",
        misc="Camilla Nørgaard spurgte til aflastning; Anders Vestergård vender tilbage.",
        agreements=AGREEMENTS, follow_ups=FOLLOW_UPS, next_meeting_at="2027-03-05T09:00:00+01:00",
        approvals=APPROVALS, version=2, replaces=1, reason="Forkert frist i aftale 1 – rettet efter mødet.",
        signed_on="2026-12-07", signed_by="Mette Kjærgaard", cpr=FAKE_CPR, layout=LAYOUT,
    )
    return replace(plan, **changes)


def draft_plan(**changes) -> PlanContent:
    return sample_plan(**{"version": 1, "replaces": None, "reason": "", "signed_on": None, "signed_by": "",
                          **changes})


def full_fingerprint(plan: PlanContent) -> str:
    return fingerprint(plan)


def big_plan(participants: int = 20, items: int = 12, agreements: int = 60, minutes_chars: int = 20_000,
             **changes) -> PlanContent:
    """The benchmark's plan: 20 participants, 12 agenda items, 60 agreements, 20,000 characters of minutes."""
    base = [PARTICIPANTS[n % len(PARTICIPANTS)] for n in range(participants)]
    people = tuple(replace(person, name=f"{person.name} {n + 1}", is_chair=n == 0, is_minute_taker=n == 1)
                   for n, person in enumerate(base))
    sentence = "Deltagerne drøftede Frejas skoledag, frikvartererne og samarbejdet med familien om morgenerne. "
    per_item = minutes_chars // (items + 4)
    text = (sentence * (per_item // len(sentence) + 1))[:per_item]
    paragraphs = "\n\n".join(text[i:i + 600] for i in range(0, len(text), 600))
    agenda = tuple(PlanItem(f"Punkt {n + 1}: Udfordringer, ressourcer og aftaler", 10, people[n % participants].name,
                            "Drøftelse af næste skridt.", paragraphs) for n in range(items))
    kinds = [AGREEMENTS[n % len(AGREEMENTS)] for n in range(agreements)]
    deals = tuple(replace(deal, what=f"Aftale {n + 1}: {deal.what}", responsible=people[n % participants].name)
                  for n, deal in enumerate(kinds))
    return sample_plan(participants=people, agenda=agenda, agreements=deals, perspective=paragraphs,
                       challenges=paragraphs, resources=paragraphs, development=paragraphs, **changes)


def sample_sender() -> Organiser:
    return Organiser(name="Mette Kjærgaard", title="Psykolog", organisation="BUC Eksempelby", sector="buc",
                     email="mette.kjaergaard@buc.eksempel.dk", phone="12 34 56 78")


RECIPIENTS = [
    ("Mette Kjærgaard", "mette.kjaergaard@buc.eksempel.dk"),
    ("Anders Vestergård", "anders.vestergaard@eksempel.dk"),
    ("Hanne Lund Friis", "hanne.friis@eksempel.dk"),
    ("Peter Ærø", "peter.aeroe@skole.eksempel.dk"),
    ("Camilla Nørgaard", "camilla.n@mail.eksempel.dk"),
    ("Thomas Nørgaard", "CAMILLA.N@mail.eksempel.dk"),  # the parents share one address
    ("Karin Øster", ""),
    ("Louise Dahl", "louise.dahl@eksempel"),  # not a valid address
]
