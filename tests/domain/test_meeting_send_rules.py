"""The small rules the Send section relies on: consent per invited sector, who is not yet invited,
an invitation addressed to some invitees only, and the export folder's name."""
from datetime import date, datetime

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import (
    Invitee,
    Meeting,
    addressed_to,
    export_folder_name,
    not_yet_invited,
    sectors_without_consent,
)
from kitdesk.domain.model import Consent


def _meeting(**values) -> Meeting:
    return Meeting(id=7, invitees=[
        Invitee(id=1, name="Mette", sector="buc", email="m@buc.example.dk", invited_sequence=0),
        Invitee(id=2, name="Peter", sector="school", email="p@skole.example.dk", invited_sequence=0),
        Invitee(id=3, name="Mor", sector="family", email="mor@example.dk"),
        Invitee(id=4, name="Ole", sector="gp")], **values)


def test_sectors_without_a_valid_consent_on_the_day():
    consents = [Consent(sectors=["buc", "school"], given_on=date(2026, 1, 1), valid_until=date(2026, 6, 30)),
                Consent(sectors=["gp"], given_on=date(2026, 1, 1), withdrawn_on=date(2026, 3, 1))]
    meeting = _meeting()
    assert sectors_without_consent(meeting, consents, date(2026, 2, 1)) == []
    assert sectors_without_consent(meeting, consents, date(2026, 4, 1)) == ["gp"]  # withdrawn
    assert sectors_without_consent(meeting, consents, date(2026, 7, 1)) == ["buc", "school", "gp"]  # expired
    # The family needs no consent to hear about its own child.
    assert "family" not in sectors_without_consent(meeting, [], date(2026, 2, 1))


def test_not_yet_invited_only_once_the_meeting_is_invited():
    assert not_yet_invited(_meeting(state="draft")) == []
    assert [i.id for i in not_yet_invited(_meeting(state="invited"))] == [3, 4]


def test_an_invitation_to_some_keeps_everyone_in_the_letter():
    meeting = _meeting()
    copy = addressed_to(meeting, [3])
    assert [i.name for i in copy.invitees] == ["Mette", "Peter", "Mor", "Ole"]
    assert [i.email for i in copy.invitees] == ["", "", "mor@example.dk", ""]
    assert meeting.invitees[0].email == "m@buc.example.dk"  # the meeting itself is untouched


def test_export_folder_name_is_the_local_date_and_the_id():
    late = datetime(2026, 11, 23, 23, 30, tzinfo=TZ)  # 22:30 UTC: still the 23rd in Copenhagen
    assert export_folder_name(_meeting(starts_at=late)) == "2026-11-23-7"
    assert export_folder_name(_meeting()) == "uden-dato-7"
