"""Date fields have a calendar: the button at the field's end (named for a screen reader) or Alt+Down
opens it; a date picked is written the Danish way and saved as a typed one is; a read-only field has
no calendar."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolButton

from kitdesk.ui.widgets import DateEdit


def _calendar_button(edit):
    return next(b for b in edit.findChildren(QToolButton) if b.defaultAction() is edit.calendar_action)


def test_the_calendar_button_picks_a_date(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    committed, finished = [], []
    edit.committed.connect(committed.append)
    edit.editingFinished.connect(lambda: finished.append(edit.text()))
    button = _calendar_button(edit)
    assert button.isVisible() and button.accessibleName() == "Choose the date in a calendar"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    calendar = edit.popup
    assert calendar.isVisible() and calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    calendar.setSelectedDate(QDate(2026, 12, 14))
    qtbot.keyClick(calendar.findChild(QAbstractItemView), Qt.Key.Key_Return)  # Enter picks the selected day
    assert not calendar.isVisible()
    assert edit.text() == "14.12.2026" and committed == [date(2026, 12, 14)] and finished


def test_alt_down_opens_it_and_read_only_has_none(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_value(date(2026, 3, 2))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert edit.popup.isVisible() and edit.popup.selectedDate() == QDate(2026, 3, 2)
    qtbot.keyClick(edit.popup.findChild(QAbstractItemView), Qt.Key.Key_Escape)
    assert not edit.popup.isVisible()
    edit.setReadOnly(True)
    assert not edit.calendar_action.isEnabled()
    edit.show_calendar()
    assert not edit.popup.isVisible()


def test_the_clear_button_has_a_name(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setText("01.01.2026")
    edit.show()
    names = {b.accessibleName() for b in edit.findChildren(QToolButton)}
    assert "Clear" in names


def test_a_capped_date_field_still_shows_the_whole_date(qtbot):
    """Screens cap date fields at 120–130 px; beside the calendar and clear buttons a date must fit."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setMaximumWidth(120)
    edit.set_value(date(2026, 11, 25))
    edit.show()
    qtbot.waitExposed(edit)
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    text_room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    buttons = sum(b.width() for b in edit.findChildren(QToolButton) if b.isVisible())
    assert text_room.width() - buttons >= edit.fontMetrics().horizontalAdvance("25.11.2026")
