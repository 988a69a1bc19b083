"""Erasing a person from the directory, and removing the demo data in one step."""
from __future__ import annotations

import json

import pytest

from kitdesk.domain.model import Case, Person
from kitdesk.store.demo import DEMO_USER, load_demo
from kitdesk.store.demo_removal import has_demo, remove_demo
from kitdesk.store.erasure import ErasureRefused, erase_person
from tests.store.erasure_fixture import full_case
from tests.support import open_store


def _person(store, name):
    return next(p for p in store.persons.all() if p.name == name)


def test_a_person_in_a_network_is_refused_naming_the_cases(demo_store):
    peter = _person(demo_store, "Peter Ærø")
    with pytest.raises(ErasureRefused) as refused:
        erase_person(demo_store, peter.id)
    message = str(refused.value)
    assert "netværket i sagerne" in message and "Freja Nørgaard" in message and "Emil Bak" in message
    assert "intet er slettet" in message
    assert _person(demo_store, "Peter Ærø")


def test_a_person_out_of_every_network_is_erased_with_their_audit_values(demo_store, tmp_path):
    """Camilla approved Freja's signed plan and was invited to her meetings: the links are cleared,
    the name written on the plan and the invitation stays with the case."""
    case = full_case(demo_store, tmp_path)
    camilla = _person(demo_store, "Camilla Nørgaard")
    demo_store.persons.update(camilla.id, {"phone": "20 99 99 99"})
    member = next(m for m in demo_store.network.members(case.case_id) if m.person_id == camilla.id)
    demo_store.network.remove(member.id)
    signed = demo_store.conn.execute(
        "SELECT a.id FROM approvals a JOIN plan_versions v ON v.meeting_id = a.meeting_id AND v.version = a.version "
        "WHERE a.person_id = ? AND v.signed_at IS NOT NULL", [camilla.id]).fetchall()
    assert signed

    erase_person(demo_store, camilla.id)

    assert "Camilla Nørgaard" not in {p.name for p in demo_store.persons.all()}
    audit = demo_store.audit.rows("persons", camilla.id)
    assert [r["changes"] for r in audit] == [{"erased": "person"}]
    assert "20 99 99 99" not in json.dumps([r["changes"] for r in demo_store.audit.rows()], ensure_ascii=False)
    names = demo_store.conn.execute("SELECT person_id, name FROM approvals WHERE id = ?", [signed[0][0]]).fetchone()
    assert names == (None, "Camilla Nørgaard")
    assert not demo_store.conn.execute("SELECT 1 FROM invitees WHERE person_id = ?", [camilla.id]).fetchall()
    assert demo_store.conn.execute("SELECT COUNT(*) FROM erasing").fetchone()[0] == 0


def test_demo_cases_and_persons_are_marked_and_real_ones_are_not(store):
    real_case = store.cases.create(Case(child_name="Ida Lykke", origin="family_request", phase="referral"))
    real_person = store.persons.create(Person(name="Jens Holm", sector="school"))
    ids = load_demo(store)
    rows = {r.id: r.is_demo for r in store.cases.rows()}
    assert rows[real_case] == 0 and all(rows[i] for i in ids)
    marked = {r[0] for r in store.conn.execute("SELECT id FROM persons WHERE is_demo")}
    assert real_person not in marked and len(marked) == 16
    assert has_demo(store)


def test_removing_the_demo_keeps_real_cases_and_a_demo_person_a_real_case_uses(store, tmp_path):
    real_case = store.cases.create(Case(child_name="Ida Lykke", origin="family_request", phase="referral"))
    load_demo(store)
    peter = _person(store, "Peter Ærø")
    store.network.add(real_case, peter.id, "Klasselærer", "school")
    before = {t: store.conn.execute(f"SELECT COUNT(*) FROM [{t}] WHERE case_id = ?", [real_case]).fetchone()[0]
              for t in ("members", "log_entries")}

    removed = remove_demo(store)

    assert (removed.cases, removed.kept) == (4, ["Peter Ærø"])
    assert removed.persons == 15
    assert [r.child_name for r in store.cases.rows()] == ["Ida Lykke"]
    assert [p.name for p in store.persons.all()] == ["Peter Ærø"]
    assert store.conn.execute("SELECT is_demo FROM persons WHERE id = ?", [peter.id]).fetchone()[0] == 0
    after = {t: store.conn.execute(f"SELECT COUNT(*) FROM [{t}] WHERE case_id = ?", [real_case]).fetchone()[0]
             for t in ("members", "log_entries")}
    assert after == before
    assert not has_demo(store)
    assert store.settings.get("user_name") == "Test Bruger"  # the user's own, untouched


def test_removing_the_demo_takes_back_the_user_details_it_filled_in(folder):
    store = open_store(folder)
    try:
        load_demo(store)
        assert store.settings.get("user_name") == DEMO_USER["user_name"]
        remove_demo(store)
        assert store.settings.get("user_name") == "" and store.settings.get("user_email") == ""
        assert store.cases.count() == 0 and store.persons.all() == []
        # What the demo wrote in the audit is gone; its erasure marks remain.
        assert {r["changes"].get("erased") for r in store.audit.rows() if r["table_name"] in ("cases", "persons")} \
            == {"case", "person"}
    finally:
        store.close()
