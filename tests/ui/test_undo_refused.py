"""An undo the store refuses changes nothing, says why in Danish, and leaves the stack – instead of the
"unexpected error" an English "FOREIGN KEY constraint failed" used to give."""
from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.model import Case, Person
from kitdesk.ui.undo import record


def test_undo_of_a_new_person_who_is_now_in_a_network_is_refused_in_danish(qtbot, store, danish, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    persons_stack, case_stack = QUndoStack(), QUndoStack()  # the directory's tab and the case's tab
    case_id = store.cases.create(Case(child_name="Bo Lund"))
    person_id = store.persons.create(Person(name="Karin Dahl", sector="school"))
    record(persons_stack, store, "Ny person: Karin Dahl")
    store.network.add(case_id, person_id, "Lærer", "school")
    record(case_stack, store, "Tilføj Karin Dahl til netværket")

    persons_stack.undo()
    assert shown == [("Kan ikke fortrydes", "Personen kan ikke slettes, så længe en sags netværk henviser hertil. "
                                            "Fjern det først – intet er slettet.")]
    assert store.persons.get(person_id).name == "Karin Dahl"
    assert [m.person_id for m in store.network.members(case_id)] == [person_id]
    assert persons_stack.count() == 0 and not persons_stack.canRedo()  # the step is gone, not "undone"

    # Once Karin is out of the network (its own undo), nothing refers to her: a new "new person"
    # step can be undone as usual.
    case_stack.undo()
    assert store.network.members(case_id) == []
    other = store.persons.create(Person(name="Ole Holm"))
    record(persons_stack, store, "Ny person: Ole Holm")
    persons_stack.undo()
    assert len(shown) == 1
    assert store.writer.row("persons", other) is None
