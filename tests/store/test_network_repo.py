"""The network repository: membership, contact persons per side, the baton, and the directory."""
from __future__ import annotations

import pytest

from kitdesk.domain.contact import valid_email
from kitdesk.domain.model import Case, Person
from kitdesk.domain.refusal import Refusal


@pytest.fixture
def case_id(store):
    return store.cases.create(Case(child_name="Ida Toft"))


def _member(store, case_id, name):
    return next(m for m in store.network.members(case_id) if m.person_name == name)


def _log(store, case_id, kind=None):
    return [e.text for e in store.baton_log.entries(case_id, {kind} if kind else None)]


def test_adding_someone_twice_is_refused_in_words(store, case_id):
    person = store.persons.create(Person(name="Peter Ærø", sector="school"))
    store.network.add(case_id, person, "Lærer", "school")
    seen = []
    store.subscribe(seen.extend)
    with pytest.raises(Refusal, match="Peter Ærø er allerede med i netværket"):
        store.network.add(case_id, person, "Klasselærer", "school")
    assert seen == []
    assert [m.role for m in store.network.members(case_id)] == ["Lærer"]


def test_add_new_person_is_one_transaction_that_undo_removes_whole(store, case_id):
    person_id, member_id = store.network.add_new_person(
        case_id, Person(name="Nina Dahl", title="Pædagog", sector="daycare"), " Pædagog ", "daycare")
    journal = store.last_journal
    assert {item.table for item in journal} >= {"persons", "members", "log_entries"}
    assert store.network.get(member_id).role == "Pædagog"
    redo = store.revert(journal)
    assert store.network.members(case_id) == []
    assert store.persons.all() == []
    store.revert(redo)
    assert [m.person_id for m in store.network.members(case_id)] == [person_id]
    assert store.persons.get(person_id).name == "Nina Dahl"


def test_add_new_person_with_a_bad_email_writes_nothing(store, case_id):
    with pytest.raises(Refusal, match="E-mailadressen"):
        store.network.add_new_person(case_id, Person(name="X", email="x@"), "", "other")
    assert store.persons.all() == []
    assert store.network.members(case_id) == []


def test_contact_takeover_is_logged_with_the_one_replaced(store, case_id):
    a = store.network.add(case_id, store.persons.create(Person(name="A")), "", "caseworker", is_contact=True)
    b = store.network.add(case_id, store.persons.create(Person(name="B")), "", "ppr")
    store.network.update(b, {"is_contact": True})
    assert not store.network.get(a).is_contact and store.network.get(b).is_contact
    assert "B er nu ansvarlig kontaktperson for kommunen i stedet for A." in _log(store, case_id, "contact_changed")


def test_only_buc_and_the_municipality_have_contact_persons(store, case_id):
    mother = store.network.add(case_id, store.persons.create(Person(name="Mor")), "Mor", "family")
    with pytest.raises(Refusal, match="Kun BUC og kommunen"):
        store.network.update(mother, {"is_contact": True})
    assert not store.network.get(mother).is_contact


def test_moving_a_contact_person_to_the_other_side_ends_the_contact(store, case_id):
    buc = store.network.add(case_id, store.persons.create(Person(name="Bo")), "", "buc", is_contact=True)
    kom = store.network.add(case_id, store.persons.create(Person(name="Kim")), "", "caseworker", is_contact=True)
    store.network.update(buc, {"sector": "ppr"})
    assert not store.network.get(buc).is_contact
    assert store.network.get(kom).is_contact  # the municipality's own contact person is not pushed aside
    assert "Bo er ikke længere ansvarlig kontaktperson for BUC." in _log(store, case_id, "contact_changed")
    # Within the same side the contact person stays contact person.
    store.network.update(kom, {"sector": "ppr"})
    assert store.network.get(kom).is_contact


def test_moving_a_contact_person_to_the_family_ends_the_contact(store, case_id):
    m = store.network.add(case_id, store.persons.create(Person(name="Bo")), "", "buc", is_contact=True)
    store.network.update(m, {"sector": "family"})
    assert not store.network.get(m).is_contact


def test_role_and_sector_changes_are_logged(store, case_id):
    m = store.network.add(case_id, store.persons.create(Person(name="Peter")), "Lærer", "school")
    store.network.update(m, {"role": " Klasselærer ", "sector": "ppr"})
    member = store.network.get(m)
    assert (member.role, member.sector) == ("Klasselærer", "ppr")
    assert "Rollen for Peter er nu »Klasselærer«. Sektoren for Peter er nu Kommune – PPR." in _log(
        store, case_id, "network_changed")
    with pytest.raises(ValueError):
        store.network.update(m, {"sector": "nonsense"})


def test_the_baton_moves_and_says_from_whom(store, case_id):
    a = store.network.add(case_id, store.persons.create(Person(name="A")), "", "buc", is_baton_holder=True)
    b = store.network.add(case_id, store.persons.create(Person(name="B")), "", "caseworker")
    store.network.update(b, {"is_baton_holder": True})
    assert [m.is_baton_holder for m in (store.network.get(a), store.network.get(b))] == [False, True]
    assert "B er nu stafetholder (overtaget fra A)." in _log(store, case_id, "baton_changed")
    store.revert(store.last_journal)
    assert [m.is_baton_holder for m in (store.network.get(a), store.network.get(b))] == [True, False]


def test_removing_the_contact_and_baton_holder_says_what_is_missing(store, case_id):
    m = store.network.add(case_id, store.persons.create(Person(name="A")), "", "buc",
                          is_contact=True, is_baton_holder=True)
    store.network.remove(m)
    assert store.network.members(case_id) == []
    assert "BUC har ikke længere en ansvarlig kontaktperson." in _log(store, case_id, "contact_changed")
    assert "Sagen har ikke længere en stafetholder." in _log(store, case_id, "baton_changed")


def test_removing_a_contact_person_whose_sector_has_no_side_does_not_crash(store, case_id):
    # An old database may hold a contact flag on a sector without a side.
    m = store.network.add(case_id, store.persons.create(Person(name="A")), "", "gp")
    store.db.execute("UPDATE members SET is_contact = 1 WHERE id = ?", [m])
    store.network.remove(m)
    assert store.network.members(case_id) == []


def test_a_person_is_entered_once_and_shows_in_every_case(demo_store):
    peter = next(p for p in demo_store.persons.all() if p.name == "Peter Ærø")
    demo_store.persons.update(peter.id, {"phone": "11 22 33 44"})
    cases = demo_store.persons.memberships(peter.id)
    assert sorted(m.child_name for m in cases) == ["Emil Bak", "Freja Nørgaard"]
    for m in cases:
        assert demo_store.network.member_for(m.case_id, peter.id).phone == "11 22 33 44"
    audit = demo_store.audit.rows("persons", peter.id)
    assert audit[-1]["action"] == "update" and audit[-1]["changes"]["phone"][1] == "11 22 33 44"


def test_memberships_carry_role_and_flags(demo_store):
    mette = next(p for p in demo_store.persons.all() if p.name == "Mette Kjærgaard")
    found = {m.child_name: m for m in demo_store.persons.memberships(mette.id)}
    assert set(found) == {"Freja Nørgaard", "Alma Holm"}
    assert found["Freja Nørgaard"].is_contact and found["Freja Nørgaard"].is_baton_holder
    assert found["Alma Holm"].role == "Behandler"


def test_person_checks(store):
    with pytest.raises(Refusal, match="navn"):
        store.persons.create(Person(name="   "))
    with pytest.raises(Refusal, match="E-mailadressen"):
        store.persons.create(Person(name="A", email="a@b"))
    pid = store.persons.create(Person(name="  Anne Toft ", email=" anne@toft.dk "))
    assert (store.persons.get(pid).name, store.persons.get(pid).email) == ("Anne Toft", "anne@toft.dk")
    with pytest.raises(Refusal):
        store.persons.update(pid, {"name": ""})
    with pytest.raises(ValueError):
        store.persons.update(pid, {"sector": "x"})
    assert store.persons.get(pid).name == "Anne Toft"


@pytest.mark.parametrize("text", ["", "a@b.dk", "peter.aero@bakkeskolen.example.dk", "ole+buc@læge.dk",
                                  "A.B-C@sub.domain.museum"])
def test_valid_emails(text):
    assert valid_email(text)


@pytest.mark.parametrize("text", ["a", "a@", "@b.dk", "a@b", "a b@c.dk", "a@b.c", "a@@b.dk", "a@b..dk",
                                  "a;b@c.dk", "<a@b.dk>", "a@b.dk, c@d.dk", ".a@b.dk"])
def test_invalid_emails(text):
    assert not valid_email(text)
