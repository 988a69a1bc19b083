"""Test meetings for the export tests and the invitation benchmark (fictitious people only)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import AgendaItem, Invitee, Meeting, Organiser

CHILD = "Freja Nørgaard"


def local(year, month, day, hour, minute=0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def sample_organiser() -> Organiser:
    return Organiser(name="Mette Damgaard Holm", title="Psykolog", organisation="BUC Eksempelby, Ambulatoriet",
                     sector="buc", email="mette.holm@buc.eksempel.dk", phone="12 34 56 78")


def sample_invitees() -> list[Invitee]:
    return [
        Invitee(id=1, name="Mette Damgaard Holm", organisation="BUC Eksempelby", sector="buc",
                email="mette.holm@buc.eksempel.dk", is_chair=True,
                role_text="Mødeleder. Fortæller om udredningen i BUC og om, hvad den har vist."),
        Invitee(id=2, name="Lars Bøgh", organisation="Eksempel Kommune, Familieafdelingen", sector="caseworker",
                email="lars.boegh@eksempel.dk", is_minute_taker=True,
                role_text="Referent. Ansvarlig kontaktperson i kommunen; fortæller om kommunens indsatser."),
        Invitee(id=3, name="Anne Sørensen", organisation="PPR Eksempel Kommune", sector="ppr",
                email="anne.soerensen@eksempel.dk",
                role_text="Fortæller om PPR's vurdering og om støtten i skolen."),
        Invitee(id=4, name="Jens Ærtebjerg", organisation="Søndervangskolen", sector="school",
                email="jens.aertebjerg@skole.eksempel.dk",
                role_text="Klasselærer. Fortæller om Frejas hverdag i klassen: trivsel, fravær og fællesskab."),
        Invitee(id=5, name="Karin Øster", organisation="Lægehuset Torvet", sector="gp", email="klinik@torvet.eksempel.dk",
                gp_spoken_to=True, gp_paid=True,
                role_text="Egen læge. Bidrager med viden om helbred og medicin."),
        Invitee(id=6, name="Sofie Nørgaard", organisation="Mor", sector="family", email="sofie.n@mail.eksempel.dk",
                role_text="Fortæller om Freja og familiens ønsker."),
        Invitee(id=7, name="Thomas Nørgaard", organisation="Far", sector="family", email="",
                role_text="Fortæller om Freja og familiens ønsker."),
    ]


def sample_meeting(starts: datetime | None = None, minutes: int = 90, form: str = "physical") -> Meeting:
    starts = starts or local(2026, 11, 30, 9, 0)
    meeting = Meeting(
        id=1, case_id=1, state="draft", requested_by="buc", requested_on=date(2026, 11, 23),
        starts_at=starts, ends_at=starts + timedelta(minutes=minutes), form=form,
        place="BUC Eksempelby, Skovvej 12, mødelokale 2", video_link="https://video.eksempel.dk/m/8812-4471",
        phone="70 20 30 40",
        purpose=("At samle viden om Frejas trivsel i skolen og hjemme efter udredningen, og at aftale, "
                 "hvem der gør hvad det næste halve år."),
        uid="f2c1a9e0-7b3d-4c55-9a61-1d2e3f405060@kitdesk", sequence=0,
    )
    meeting.invitees = sample_invitees()
    meeting.agenda = [
        AgendaItem(position=1, title="Velkomst og præsentation", minutes=10, responsible_id=1),
        AgendaItem(position=2, title="Barnets og familiens perspektiv", minutes=20, responsible_id=6,
                   description="Hvad er vigtigst for Freja og familien lige nu?"),
        AgendaItem(position=3, title="Udfordringer og ressourcer", minutes=25, responsible_id=1),
        AgendaItem(position=4, title="Aftaler og ansvarsfordeling", minutes=25, responsible_id=2),
        AgendaItem(position=5, title="Opsamling og næste møde", minutes=10, responsible_id=1),
    ]
    return meeting


def big_meeting(invitees: int = 15, items: int = 10) -> Meeting:
    """The benchmark's meeting: 15 invitees and 10 agenda items."""
    meeting = sample_meeting(minutes=120)
    base = sample_invitees()
    meeting.invitees = []
    for n in range(invitees):
        person = base[n % len(base)]
        meeting.invitees.append(Invitee(
            id=n + 1, name=f"{person.name} {n + 1}", organisation=person.organisation, sector=person.sector,
            email=f"deltager{n + 1}@eksempel.dk" if n % 5 != 4 else "", is_chair=n == 0, is_minute_taker=n == 1,
            gp_spoken_to=True, role_text=person.role_text * 2))
    meeting.agenda = [AgendaItem(position=n, title=f"Punkt {n + 1}: Udfordringer, ressourcer og aftaler",
                                 description="Drøftelse og aftaler om næste skridt for barnet og familien.",
                                 minutes=12, responsible_id=(n % invitees) + 1) for n in range(items)]
    return meeting
