"""The store's promises: pragmas, audit rows in the same transaction, announcements, undo by revert."""

import pytest

from kitdesk.domain.model import Case, Person
from kitdesk.store.db import DatabaseErrors, IntegrityErrors


def test_every_connection_has_the_pragmas(store):
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("secure_delete") == 1


def test_a_write_records_who_what_and_before_after(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    store.cases.update(case_id, {"school": "Åskolen", "step": 2})
    rows = store.audit.rows("cases", case_id)
    assert [r["action"] for r in rows] == ["insert", "update"]
    update = rows[-1]
    assert update["user"] == "Test Bruger"
    assert update["changes"] == {"school": ["", "Åskolen"], "step": [1, 2]}
    assert update["at"].endswith("+00:00")


def test_audit_row_is_in_the_same_transaction(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    before = len(store.audit.rows())
    with pytest.raises(IntegrityErrors):
        store.cases.update(case_id, {"step": 9})  # CHECK constraint fails
    assert len(store.audit.rows()) == before
    assert store.cases.get(case_id).step == 1


def test_unchanged_values_write_nothing(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    before = len(store.audit.rows())
    assert store.cases.update(case_id, {"child_name": "Ida Toft"}) == {}
    assert len(store.audit.rows()) == before


def test_changes_are_announced_after_commit(store):
    seen = []
    store.subscribe(seen.extend)
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    assert ("cases", case_id) in {(c.entity, c.id) for c in seen}
    assert any(c.entity == "log_entries" and c.case_id == case_id for c in seen)


def test_a_failed_transaction_announces_nothing(store):
    seen = []
    store.subscribe(seen.extend)
    with pytest.raises(RuntimeError):
        with store.transaction() as w:
            w.insert("persons", {"name": "X", "created_at": "x", "updated_at": "x"})
            raise RuntimeError("boom")
    assert seen == []
    assert store.persons.all() == []


def test_revert_undoes_and_redoes_with_the_same_ids(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    person = store.persons.create(Person(name="Peter Ærø", sector="school"))
    member = store.network.add(case_id, person, "Lærer", "school")
    journal = store.last_journal
    redo = store.revert(journal)
    assert store.network.members(case_id) == []
    store.revert(redo)
    members = store.network.members(case_id)
    assert [m.id for m in members] == [member]
    texts = [e.text for e in store.baton_log.entries(case_id)]
    assert any(t.startswith("Fortrudt: Peter Ærø") for t in texts)
    assert any(t.startswith("Gentaget: Peter Ærø") for t in texts)


def test_revert_of_an_update_restores_the_old_value(store):
    case_id = store.cases.create(Case(child_name="Ida Toft", phase="referral"))
    store.cases.update(case_id, {"phase": "assessment"})
    store.revert(store.last_journal)
    assert store.cases.get(case_id).phase == "referral"


def test_the_baton_log_refuses_edits(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    with pytest.raises(DatabaseErrors, match="never edited"):
        store.db.execute("UPDATE log_entries SET text = 'x' WHERE case_id = ?", [case_id])


def test_contact_person_is_exclusive_per_side(store):
    case_id = store.cases.create(Case(child_name="Ida Toft"))
    a = store.network.add(case_id, store.persons.create(Person(name="A")), "", "caseworker", is_contact=True)
    b = store.network.add(case_id, store.persons.create(Person(name="B")), "", "ppr", is_contact=True)
    c = store.network.add(case_id, store.persons.create(Person(name="C")), "", "buc", is_contact=True)
    flags = {m.id: m.is_contact for m in store.network.members(case_id)}
    assert flags == {a: False, b: True, c: True}
    kinds = [e.kind for e in store.baton_log.entries(case_id)]
    assert kinds.count("contact_changed") == 3  # A, then B (taking over from A), then C


def test_case_numbers_count_per_year(store):
    from datetime import date

    first = store.cases.create(Case(child_name="A", opened_on=date(2026, 1, 5)))
    second = store.cases.create(Case(child_name="B", opened_on=date(2026, 3, 5)))
    other_year = store.cases.create(Case(child_name="C", opened_on=date(2025, 3, 5)))
    assert [store.cases.get(i).case_no for i in (first, second, other_year)] == ["2026-0001", "2026-0002", "2025-0001"]


def test_case_list_rows_carry_contact_persons(demo_store):
    rows = {r.child_name: r for r in demo_store.cases.rows()}
    assert rows["Freja Nørgaard"].buc_contact == "Mette Kjærgaard"
    assert rows["Freja Nørgaard"].municipal_contact == "Anders Vestergård"
    assert rows["Emil Bak"].buc_contact is None
