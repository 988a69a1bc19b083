"""undo.write(): ask, write, say why the store refused, record one undo step – the steps every
screen's change takes, in one place."""
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kitdesk.domain.model import Person
from kitdesk.ui.undo import write


def test_a_change_is_written_and_undone_in_one_step(qtbot, store):
    parent, stack = QWidget(), QUndoStack()
    qtbot.addWidget(parent)
    assert write(parent, stack, store, lambda: store.persons.create(Person(name="Åse Holm")), "Add Åse Holm")
    assert stack.count() == 1 and stack.undoText() == "Add Åse Holm"
    stack.undo()
    assert store.persons.all() == []


def test_a_refusal_is_shown_and_nothing_is_recorded(qtbot, store, monkeypatch):
    parent, stack, shown = QWidget(), QUndoStack(), []
    qtbot.addWidget(parent)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:]))
    assert not write(parent, stack, store, lambda: store.persons.create(Person(name=" ")), "Add", title="Person")
    assert stack.count() == 0 and len(shown) == 1 and shown[0][0] == "Person" and shown[0][1]
    banner = []
    assert not write(parent, stack, store, lambda: store.persons.create(Person(name="")), "Add", show=banner.append)
    assert banner == [shown[0][1]]


def test_no_to_the_question_writes_nothing(qtbot, store, monkeypatch):
    parent, stack = QWidget(), QUndoStack()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not write(parent, stack, store, lambda: store.persons.create(Person(name="Åse")), "Add", confirm="Sure?")
    assert store.persons.all() == [] and stack.count() == 0
