"""The baton log: append-only, newest first, filterable, corrections point at what they correct."""

import pytest

from kitdesk.domain.model import Case, LogEntry
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors
from kitdesk.store.repos.baton_log import REDO_MARK, UNDO_MARK, USER_CORRECTION, entry_states


@pytest.fixture
def case_id(store):
    return store.cases.create(Case(child_name="Ida Toft"))


def test_notes_come_newest_first_with_author(store, case_id):
    first = store.baton_log.add_note(case_id, "Første")
    second = store.baton_log.add_note(case_id, "  Anden  ")
    entries = store.baton_log.entries(case_id)
    assert [e.id for e in entries][:2] == [second, first]
    assert entries[0].text == "Anden"
    assert entries[0].author == "Test Bruger"
    assert entries[-1].kind == "case_opened"


def test_an_empty_note_is_refused_in_danish(store, case_id):
    with pytest.raises(Refusal, match="Skriv en tekst"):
        store.baton_log.add_note(case_id, "   \n ")


def test_filter_by_kind_and_by_text_ignoring_case_of_danish_letters(store, case_id):
    store.baton_log.add_note(case_id, "Møde med SKOLEN om fravær")
    store.baton_log.add_note(case_id, "Telefon med far")
    assert [e.kind for e in store.baton_log.entries(case_id, {"case_opened"})] == ["case_opened"]
    assert [e.text for e in store.baton_log.entries(case_id, text="møde skolen")] == ["Møde med SKOLEN om fravær"]
    assert [e.text for e in store.baton_log.entries(case_id, text="MØDE")] == ["Møde med SKOLEN om fravær"]
    # Wildcards of LIKE are plain characters here.
    assert store.baton_log.entries(case_id, text="%") == []
    assert len(store.baton_log.entries(case_id, {"note"}, text="test bruger")) == 2  # the author


def test_a_correction_is_a_new_entry_pointing_at_the_old_one(store, case_id):
    note = store.baton_log.add_note(case_id, "Mødet er den 3.12.")
    fix = store.baton_log.correct(note, "Mødet er den 4.12.")
    new = store.baton_log.get(fix)
    assert (new.kind, new.corrects_id, new.text) == ("correction", note, "Mødet er den 4.12.")
    assert store.baton_log.get(note).text == "Mødet er den 3.12."
    states = store.baton_log.states(case_id)
    assert not states[note].stands and states[note].cancelled_by == USER_CORRECTION
    assert states[fix].stands and states[fix].corrects_at == store.baton_log.get(note).at


def test_a_correction_must_change_something(store, case_id):
    note = store.baton_log.add_note(case_id, "Tekst")
    with pytest.raises(Refusal):
        store.baton_log.correct(note, " Tekst ")
    with pytest.raises(Refusal, match="Skriv rettelsen"):
        store.baton_log.correct(note, "")


def test_the_database_refuses_to_edit_or_the_audit_to_lose_a_log_entry(store, case_id):
    note = store.baton_log.add_note(case_id, "Original")
    with pytest.raises(DatabaseErrors, match="never edited"):
        store.db.execute("UPDATE log_entries SET text = 'Ændret' WHERE id = ?", [note])
    assert store.baton_log.get(note).text == "Original"
    assert [r["action"] for r in store.audit.rows("log_entries", note)] == ["insert"]


def test_undo_and_redo_of_a_note_write_entries_instead_of_deleting(store, case_id):
    note = store.baton_log.add_note(case_id, "Ring til skolen")
    journal = store.last_journal
    redo_journal = store.revert(journal)
    undone = store.baton_log.entries(case_id)[0]
    assert undone.text == "Fortrudt: Ring til skolen" and undone.corrects_id == note
    assert not store.baton_log.states(case_id)[note].stands
    store.revert(redo_journal)
    redone = store.baton_log.entries(case_id)[0]
    assert redone.text == "Gentaget: Ring til skolen" and redone.corrects_id == undone.id
    states = store.baton_log.states(case_id)
    assert states[note].stands
    assert not states[undone.id].stands and states[undone.id].cancelled_by == REDO_MARK


def _e(id, corrects=None, text="x"):
    kind = "note" if corrects is None else "undone" if text.startswith("Fortrudt") \
        else "redone" if text.startswith("Gentaget") else "correction"
    return LogEntry(id=id, case_id=1, at=f"2026-11-23T09:{id:02d}:00.000000+00:00", kind=kind, text=text,
                    corrects_id=corrects)


def test_a_user_correction_starting_with_the_undo_word_is_still_a_correction():
    entry = LogEntry(id=2, case_id=1, kind="correction", text="Fortrudt: mødet flyttes", corrects_id=1)
    assert entry_states([_e(1), entry])[1].cancelled_by == USER_CORRECTION


def test_states_correcting_a_correction_keeps_the_original_corrected():
    states = entry_states([_e(1), _e(2, 1, "fix"), _e(3, 2, "fix of fix")])
    assert [states[i].stands for i in (1, 2, 3)] == [False, False, True]


def test_states_undoing_a_correction_restores_the_original():
    states = entry_states([_e(1), _e(2, 1, "fix"), _e(3, 2, "Fortrudt: fix")])
    assert [states[i].stands for i in (1, 2, 3)] == [True, False, True]
    assert states[2].cancelled_by == UNDO_MARK
    # ... and undoing the undo (redo) makes the correction stand again.
    states = entry_states([_e(1), _e(2, 1, "fix"), _e(3, 2, "Fortrudt: fix"), _e(4, 3, "Gentaget: fix")])
    assert [states[i].stands for i in (1, 2, 3, 4)] == [False, True, False, True]
