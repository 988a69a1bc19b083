"""A meeting's state changes through MeetingsRepo.set_state alone, and a signed meeting stays signed:
Writer.update refuses the column without the repository's key, the database (schema step m005)
refuses a signed meeting going back except for a new plan version, and undo cannot un-sign."""
from __future__ import annotations

from pathlib import Path

import pytest

from kitdesk.store.db import SIGNED_MESSAGE, IntegrityErrors, connect, describe_error
from tests.store.test_plans_repo import _approve, _held_meeting

STATE_MESSAGE = "Mødets tilstand ændres kun ved at sende, starte, afslutte, godkende eller aflyse mødet."
KITDESK = Path(__file__).resolve().parents[2] / "kitdesk"


@pytest.fixture
def signed(demo_store) -> int:
    meeting_id = _held_meeting(demo_store)
    _approve(demo_store, meeting_id, "Mette Kjærgaard", "Anders Vestergård")
    demo_store.plans.sign_off(meeting_id)
    return meeting_id


def _state(store, meeting_id: int) -> str:
    return store.conn.execute("SELECT state FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0]


def test_writer_update_refuses_a_meeting_state(demo_store, signed):
    case_id = demo_store.meetings.get(signed).case_id
    with pytest.raises(RuntimeError) as refused, demo_store.transaction() as w:
        w.update("meetings", signed, {"state": "held"}, case_id)
    assert type(refused.value).__name__ == "StateChangeRefused"
    assert str(refused.value) == STATE_MESSAGE
    assert _state(demo_store, signed) == "signed"
    # Any meeting, any state, even together with other columns: nothing of the update is written.
    draft = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    with pytest.raises(RuntimeError, match="Mødets tilstand"), demo_store.transaction() as w:
        w.update("meetings", draft, {"purpose": "Ny", "state": "invited"})
    assert demo_store.meetings.get(draft).state == "draft" and demo_store.meetings.get(draft).purpose != "Ny"
    # Other tables' 'state'-free updates go on as before.
    with demo_store.transaction() as w:
        w.update("meetings", draft, {"purpose": "Ny"})
    assert demo_store.meetings.get(draft).purpose == "Ny"


def test_the_database_refuses_a_signed_meeting_going_back(demo_store, signed):
    conn = connect(demo_store.folder.db_path, demo_store.key)
    try:
        for state in ("held", "running", "invited", "draft", "cancelled"):
            with pytest.raises(IntegrityErrors, match="signed plan") as refused:
                conn.execute("UPDATE meetings SET state = ? WHERE id = ?", [state, signed])
            assert describe_error(refused.value) == SIGNED_MESSAGE
        conn.execute("UPDATE meetings SET state = 'signed' WHERE id = ?", [signed])  # unchanged: allowed
    finally:
        conn.close()
    assert demo_store.meetings.get(signed).state == "signed"


def test_a_new_plan_version_still_reopens_the_meeting_and_can_be_signed_again(demo_store, signed):
    assert demo_store.plans.open_new_version(signed, "Fristen er rykket.") == 2
    assert demo_store.meetings.get(signed).state == "held"
    _approve(demo_store, signed, "Mette Kjærgaard", "Anders Vestergård")
    assert demo_store.plans.sign_off(signed).version == 2
    conn = connect(demo_store.folder.db_path, demo_store.key)
    try:
        with pytest.raises(IntegrityErrors, match="signed plan"):
            conn.execute("UPDATE meetings SET state = 'held' WHERE id = ?", [signed])
    finally:
        conn.close()


def test_undo_cannot_unsign_a_meeting(demo_store):
    meeting_id = _held_meeting(demo_store)
    _approve(demo_store, meeting_id, "Mette Kjærgaard", "Anders Vestergård")
    demo_store.plans.sign_off(meeting_id)
    with pytest.raises((RuntimeError, *IntegrityErrors)):
        demo_store.revert(demo_store.last_journal)
    assert demo_store.meetings.get(meeting_id).state == "signed"


def test_set_state_refuses_a_move_the_life_of_a_meeting_lacks(demo_store, signed):
    draft = next(r.id for r in demo_store.meetings.rows() if r.state == "draft")
    with pytest.raises(ValueError, match="from 'draft' to 'signed'"), demo_store.transaction() as w:
        demo_store.meetings.set_state(w, draft, "signed")
    assert demo_store.meetings.get(draft).state == "draft"
    # Signed back to held through the repository without a new version: the database says no.
    with pytest.raises(IntegrityErrors, match="signed plan"), demo_store.transaction() as w:
        demo_store.meetings.set_state(w, signed, "held")
    assert demo_store.meetings.get(signed).state == "signed"


def test_only_the_meetings_repository_holds_the_state_key():
    users = sorted(str(p.relative_to(KITDESK)) for p in KITDESK.rglob("*.py") if "STATE_KEY" in p.read_text())
    assert users == ["store/core.py", "store/repos/meetings.py"]
