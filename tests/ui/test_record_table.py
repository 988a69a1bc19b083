"""Lists cut a long text short; pointing at the cell shows it whole."""
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QToolTip

from kitdesk.ui.widgets import RecordTable


def _tip_for(qtbot, table, row, column):
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    rect = table.visualRect(table.model().index(row, column))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_off_cell_shows_its_full_text_and_a_short_one_does_not(qtbot):
    model = QStandardItemModel(1, 2)
    model.setItem(0, 0, QStandardItem("anders.vestergaard@fjordby.example.dk"))
    model.setItem(0, 1, QStandardItem("Ja"))
    table = RecordTable()
    table.setModel(model)
    qtbot.addWidget(table)
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 120)
    table.show()
    qtbot.waitExposed(table)
    assert _tip_for(qtbot, table, 0, 0) == "anders.vestergaard@fjordby.example.dk"
    assert _tip_for(qtbot, table, 0, 1) == ""
    assert not table.tabKeyNavigation() and table.verticalHeader().isHidden()
