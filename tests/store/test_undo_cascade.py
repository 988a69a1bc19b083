"""Undo never loses rows that a delete took along.

Every ON DELETE CASCADE / SET NULL foreign key in the schema – read from a freshly migrated database,
so a new schema step's foreign key without a round trip here fails – gets a round trip: a parent
with dependants is deleted the way the app deletes it (or through Writer.delete where no screen
does), reverted (undo) and reverted again (redo), comparing full dumps of the tables each time.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from kitdesk.domain.dates import TZ
from kitdesk.domain.meeting import Invitee
from kitdesk.domain.model import Case, Consent, ConsentForm, Exchange, Person
from kitdesk.domain.refusal import Refusal
from kitdesk.store import migrations
from kitdesk.store.db import wrap
from kitdesk.store.minutes_saver import MinutesSaver

# Tables an undo does not put back as they were, by design: the audit only grows, and the baton log
# is append-only (an undone event stays, with an "undone" entry pointing at it).
GROWING = {"audit", "log_entries", "_sqlite_migrations", "settings"}
# Derived, not user data: every change bumps them (Store.cases.touch).
DERIVED = {"cases": {"last_activity", "updated_at"}}


@dataclass(frozen=True)
class Edge:
    table: str
    columns: tuple[str, ...]
    parent: str
    on_delete: str

    @property
    def name(self) -> str:
        return f"{self.table}({', '.join(self.columns)}) → {self.parent} ON DELETE {self.on_delete}"


def _schema_edges() -> list[Edge]:
    """Every foreign key SQLite itself acts on when a row is deleted, read here independently of the
    code under test: PRAGMA foreign_key_list of every table of a freshly migrated database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    migrations.apply(wrap(conn))
    edges = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
        grouped: dict[int, list] = {}
        for fk_id, _seq, parent, column, _to, _on_update, on_delete, _match in conn.execute(
                f"PRAGMA foreign_key_list([{table}])"):
            grouped.setdefault(fk_id, []).append((column, parent, on_delete.upper()))
        for parts in grouped.values():
            if parts[0][2] in ("CASCADE", "SET NULL", "SET DEFAULT"):
                edges.append(Edge(table, tuple(p[0] for p in parts), parts[0][1], parts[0][2]))
    conn.close()
    return edges


def dump(store, tables=None) -> dict[str, list[tuple]]:
    """Every row of every table (but the growing ones), sorted: two dumps are equal when the data is."""
    names = tables or [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") if r[0] not in GROWING]
    out = {}
    for table in names:
        cursor = store.conn.execute(f"SELECT * FROM [{table}]")
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in DERIVED.get(table, ())]
        out[table] = sorted((tuple(row[i] for i in keep) for row in cursor.fetchall()), key=repr)
    return out


# -- building a parent with dependants -------------------------------------------------------------------
def _meeting(store, child="Alma Friis", state="running") -> dict:
    """A case with a meeting: two invitees (the chair from the directory), two agenda items with a
    responsible each, minutes and item discussions typed through the live save path, and agreements
    filed under the items with a responsible invitee. state: draft, running or held."""
    ids = {"case": store.cases.create(Case(child_name=child))}
    ids["person"] = store.persons.create(Person(name="Lise Holm", sector="caseworker", email="lise@example.dk"))
    ids["person_journal"] = store.last_journal
    m = ids["meeting"] = store.meetings.create(ids["case"], "buc", date(2026, 11, 23))
    store.meetings.update(m, {"starts_at": datetime(2026, 11, 30, 9, tzinfo=TZ),
                              "ends_at": datetime(2026, 11, 30, 10, tzinfo=TZ), "purpose": "Status"})
    ids["chair"] = store.meetings.add_invitee(m, Invitee(name="Lise Holm", person_id=ids["person"], is_chair=True,
                                                         sector="caseworker", email="lise@example.dk"))
    ids["mother"] = store.meetings.add_invitee(m, Invitee(name="Mette Friis", sector="family"))
    ids["item"] = store.meetings.add_item(m, "Status", minutes=20, responsible_id=ids["chair"])
    ids["item2"] = store.meetings.add_item(m, "Skolen", minutes=15, responsible_id=ids["mother"])
    if state == "draft":
        return ids
    store.meetings.mark_sent(m, "", [], "request")
    store.live.start(m)
    saver = MinutesSaver(store.folder.db_path, "Test Bruger", key=store.key)
    saver.put("minutes", m, "perspective", "Alma trives bedre i klassen.")
    saver.put("item_notes", ids["item"], "discussion", "Mor fortæller, at morgenerne er svære.", meeting_id=m)
    saver.put("item_notes", ids["item"], "internal_note", "Ring til skolen.", meeting_id=m)
    saver.put("item_notes", ids["item2"], "discussion", "Skolen har sat en støtte på.", meeting_id=m)
    assert saver.close()
    ids["agreement"] = store.live.add_agreement(
        m, agenda_item_id=ids["item"], what="Skolen laver en fremmødeplan", responsible_invitee_id=ids["chair"],
        responsible_name="Lise Holm", sector="caseworker", deadline=date(2026, 12, 14))
    ids["agreement2"] = store.live.add_agreement(
        m, agenda_item_id=ids["item2"], what="Mor kontakter egen læge", responsible_invitee_id=ids["mother"],
        responsible_name="Mette Friis", sector="family", ongoing=True)
    if state == "held":
        store.live.end(m)  # prepares a line to approve on per invitee, the chair's with her person_id
        with store.transaction() as w:  # the unsigned working copy, as a new version starts
            w.insert("plan_versions", {"meeting_id": m, "case_id": ids["case"], "version": 1,
                                       "created_at": w.now()}, ids["case"])
    return ids


def _in_writer(store, table, row_id, case_id):
    def delete():
        with store.transaction() as w:
            w.delete(table, row_id, case_id)
        return store.last_journal
    return delete


def _by_repo(store, action):
    def delete():
        action()
        return store.last_journal
    return delete


def remove_agenda_item(store):
    """The live meeting's agenda item removed in the meeting's agenda (allowed while it runs)."""
    ids = _meeting(store)
    return "agenda_items", ids["item"], _by_repo(store, lambda: store.meetings.remove_item(ids["item"]))


def remove_invitee(store):
    ids = _meeting(store)
    return "invitees", ids["chair"], _by_repo(store, lambda: store.meetings.remove_invitee(ids["chair"]))


def delete_invitee_of_held_meeting(store):
    """No screen removes an invitee once the approvals exist: through the writer."""
    ids = _meeting(store, state="held")
    return "invitees", ids["chair"], _in_writer(store, "invitees", ids["chair"], ids["case"])


def delete_draft(store):
    """No screen deletes a draft (a meeting is cancelled instead): through the writer."""
    ids = _meeting(store, state="draft")
    return "meetings", ids["meeting"], _in_writer(store, "meetings", ids["meeting"], ids["case"])


def delete_held_meeting(store):
    """Everything a meeting can have: minutes, notes, agreements, approvals, a plan version."""
    ids = _meeting(store, state="held")
    return "meetings", ids["meeting"], _in_writer(store, "meetings", ids["meeting"], ids["case"])


def undo_new_person(store):
    """Undo of "new person" in the directory after the person was invited and asked to approve – and
    named as the family's contact while the child waits."""
    ids = _meeting(store, state="held")
    store.waiting.start(ids["case"], "Udredning i BUC", date(2026, 10, 1), ids["person"], contact_every_days=14)
    return "persons", ids["person"], lambda: store.revert(ids["person_journal"])


def delete_case_without_log(store):
    """A case with every kind of dependant but a baton log (whose entries are never deleted, so a case
    with any is refused, below). No screen deletes a case: through the writer."""
    ids = _meeting(store, state="held")
    case_id = ids["case"]
    store.network.add(case_id, ids["person"], "Sagsbehandler", "caseworker")
    store.consents.add(Consent(case_id=case_id, given_by="Mette Friis", sectors=["buc", "school"],
                               given_on=date(2026, 10, 1), information="Skolegang"))
    store.exchanges.add(Exchange(case_id=case_id, exchanged_on=date(2026, 10, 2), note="Telefonsamtale"))
    store.waiting.start(case_id, "Udredning i BUC", date(2026, 10, 1), contact_name="Lise Holm", contact_every_days=7)
    store.consents.record_form(ConsentForm(case_id=case_id, given_by="Mette Friis", sectors=["buc"],
                                           printed_on=date(2026, 10, 3)))
    store.conn.execute("DELETE FROM log_entries WHERE case_id = ?", [case_id])  # see the docstring
    return "cases", case_id, _in_writer(store, "cases", case_id, case_id)


def undo_returned_consent_form(store):
    """Undo of "Registrér modtaget samtykke": the consent goes, the printed form waits for its return again."""
    case_id = store.cases.create(Case(child_name="Alma Friis"))
    form_id = store.consents.record_form(ConsentForm(case_id=case_id, given_by="Mette Friis", sectors=["buc"],
                                                     printed_on=date(2026, 10, 3)))
    consent_id = store.consents.add(Consent(case_id=case_id, given_by="Mette Friis", sectors=["buc"],
                                            given_on=date(2026, 10, 5)), form_id=form_id)
    journal = store.last_journal
    return "consents", consent_id, lambda: store.revert(journal)


def refuse_case_with_log(store):
    """Marker: the baton log is append-only, so this edge is a refusal, tested on its own below."""


ROUND_TRIPS = {
    "item_notes(agenda_item_id) → agenda_items": [remove_agenda_item],
    "agreements(agenda_item_id) → agenda_items": [remove_agenda_item],
    "agenda_items(responsible_id) → invitees": [remove_invitee, delete_invitee_of_held_meeting],
    "agreements(responsible_invitee_id) → invitees": [remove_invitee, delete_invitee_of_held_meeting],
    "approvals(invitee_id) → invitees": [delete_invitee_of_held_meeting],
    "invitees(meeting_id) → meetings": [delete_draft, delete_held_meeting],
    "agenda_items(meeting_id) → meetings": [delete_draft, delete_held_meeting],
    "minutes(meeting_id) → meetings": [delete_held_meeting],
    "item_notes(meeting_id) → meetings": [delete_held_meeting],
    "agreements(meeting_id) → meetings": [delete_held_meeting],
    "plan_versions(meeting_id) → meetings": [delete_held_meeting],
    "approvals(meeting_id) → meetings": [delete_held_meeting],
    "invitees(person_id) → persons": [undo_new_person],
    "approvals(person_id) → persons": [undo_new_person],
    "members(case_id) → cases": [delete_case_without_log],
    "consents(case_id) → cases": [delete_case_without_log],
    "exchanges(case_id) → cases": [delete_case_without_log],
    "meetings(case_id) → cases": [delete_case_without_log],
    "agreements(case_id) → cases": [delete_case_without_log],
    "plan_versions(case_id) → cases": [delete_case_without_log],
    "log_entries(case_id) → cases": [refuse_case_with_log],
    "waiting_periods(case_id) → cases": [delete_case_without_log],
    "waiting_periods(contact_person_id) → persons": [undo_new_person],
    "consent_forms(case_id) → cases": [delete_case_without_log],
    "consent_forms(consent_id) → consents": [undo_returned_consent_form],
}

EDGES = _schema_edges()


def _edge_id(ref) -> str:
    return f"{ref.table}({', '.join(ref.columns)}) → {ref.parent}"


def _referring(store, ref, parent_id) -> int:
    where = " AND ".join(f"[{c}] = ?" for c in ref.columns)
    return store.conn.execute(f"SELECT COUNT(*) FROM [{ref.table}] WHERE {where}",
                              [parent_id] * len(ref.columns)).fetchone()[0]


def test_the_schema_has_the_cascades_this_file_knows():
    """A new schema step's cascade or set-null needs a round trip in ROUND_TRIPS (the test per edge
    fails for it too); and one that is gone should leave the list."""
    assert {_edge_id(ref) for ref in EDGES} == set(ROUND_TRIPS)


@pytest.mark.parametrize("ref", EDGES, ids=_edge_id)
def test_undo_and_redo_of_a_delete_put_every_dependant_back(store, ref):
    scenarios = ROUND_TRIPS.get(_edge_id(ref))
    if not scenarios:
        pytest.fail(f"no undo round trip for {ref.name}: add one to ROUND_TRIPS")
    if scenarios == [refuse_case_with_log]:
        _refused_case_with_log(store)
        return
    for scenario in scenarios:
        table, parent_id, delete = scenario(store)
        assert table == ref.parent
        assert _referring(store, ref, parent_id) > 0, f"{scenario.__name__} builds no {ref.name}"
        before = dump(store)

        journal = delete()
        after = dump(store)
        assert store.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE id = ?", [parent_id]).fetchone()[0] == 0
        assert _referring(store, ref, parent_id) == 0

        redo = store.revert(journal)
        assert dump(store) == before, f"undo of {scenario.__name__} did not put everything back"
        assert _referring(store, ref, parent_id) > 0

        store.revert(redo)
        assert dump(store) == after, f"redo of {scenario.__name__} is not the delete again"


def _refused_case_with_log(store):
    case_id = store.cases.create(Case(child_name="Bo Lund"))
    store.baton_log.add_note(case_id, "Mor har ringet.")
    everything = dump(store, [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")])
    with pytest.raises(Refusal) as refused:
        _in_writer(store, "cases", case_id, case_id)()
    assert str(refused.value) == ("Sagen kan ikke slettes: stafetloggen henviser hertil, og stafetloggen "
                                  "slettes aldrig. Intet er slettet.")
    assert dump(store, list(everything)) == everything  # not a row changed, the audit and the log included


def test_undo_of_removing_an_agenda_item_brings_back_its_minutes_and_agreement_links(store):
    """The repro of issue 8: start a meeting, write an item's discussion, link an agreement to the
    item, remove the item (allowed while running), undo."""
    ids = _meeting(store)
    item, meeting_id = ids["item"], ids["meeting"]
    notes = store.live.state(meeting_id).notes[item]
    assert notes.discussion == "Mor fortæller, at morgenerne er svære."

    store.meetings.remove_item(item)
    journal = store.last_journal
    assert item not in store.live.state(meeting_id).notes
    assert store.writer.row("agreements", ids["agreement"])["agenda_item_id"] is None

    redo = store.revert(journal)
    assert [i.id for i in store.meetings.get(meeting_id).agenda] == [item, ids["item2"]]
    back = store.live.state(meeting_id).notes[item]
    assert (back.discussion, back.internal_note) == ("Mor fortæller, at morgenerne er svære.", "Ring til skolen.")
    assert store.writer.row("agreements", ids["agreement"])["agenda_item_id"] == item

    store.revert(redo)  # redo: removed again, with its notes, and the link cleared again
    assert item not in store.live.state(meeting_id).notes
    assert store.writer.row("agreements", ids["agreement"])["agenda_item_id"] is None


def test_the_audit_names_every_row_the_delete_changed(store):
    ids = _meeting(store)
    store.meetings.remove_item(ids["item"])
    rows = [(r["table_name"], r["row_id"], r["action"]) for r in store.audit.rows()][-4:]
    assert ("item_notes", ids["item"], "delete") in rows
    assert ("agreements", ids["agreement"], "update") in rows
    assert ("agenda_items", ids["item"], "delete") in rows


def test_a_person_still_in_a_network_is_not_deleted_by_an_undo(store):
    """Undo of "new person" once the person is in a case's network: refused in Danish, nothing changed
    (SQLite's own refusal was an English "FOREIGN KEY constraint failed")."""
    case_id = store.cases.create(Case(child_name="Bo Lund"))
    person_id = store.persons.create(Person(name="Karin Dahl", sector="school"))
    journal = store.last_journal
    store.network.add(case_id, person_id, "Lærer", "school")
    before = dump(store)
    with pytest.raises(Refusal) as refused:
        store.revert(journal)
    assert str(refused.value) == ("Personen kan ikke slettes, så længe en sags netværk henviser hertil. "
                                  "Fjern det først – intet er slettet.")
    assert dump(store) == before
    assert store.persons.get(person_id).name == "Karin Dahl"


def test_a_delete_without_dependants_reads_no_foreign_keys_again(store):
    """The foreign keys are read once per connection; a table nothing cascades from costs no query."""
    ids = _meeting(store)
    store.live.remove_agreement(ids["agreement2"])  # reads the foreign keys (first delete)
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.live.remove_agreement(ids["agreement"])
    finally:
        store.conn.set_trace_callback(None)
    assert not [s for s in statements if "PRAGMA" in s.upper() or "sqlite_master" in s]
    in_transaction = statements[statements.index("BEGIN"):]
    # The row itself, read for the journal; no look-up of dependants.
    selects = [s for s in in_transaction if s.startswith("SELECT")]
    assert len(selects) == 1 and "agreements" in selects[0] and f"= {ids['agreement']}" in selects[0]
