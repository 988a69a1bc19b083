"""Hjælp → Vejledning og tastaturgenveje: a short guide through a case and a network meeting, and the
keyboard shortcuts – those of the menus read from the menus themselves (so the list cannot drift from
them), and those of the screens."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

# The guide: one paragraph a step, in the order a course runs.
GUIDE = (
    QT_TRANSLATE_NOOP("HelpDialog", "<h3>A case</h3><p><b>New case</b> (Ctrl+N) with the child's name. In the case's "
                      "<b>Network</b> tab, add the people around the child and mark the responsible contact person "
                      "of each sector and the baton holder. Record the family's <b>Consent</b>, and what is "
                      "exchanged between the sectors under <b>Information exchange</b>. The <b>Baton log</b> keeps "
                      "what happens, by itself and with your notes.</p>"),
    QT_TRANSLATE_NOOP("HelpDialog", "<h3>Inviting to a network meeting</h3><p>In the case's <b>Meetings</b> tab, "
                      "choose <b>New network meeting</b>. Go through the four steps (Alt+1 … Alt+4): why and when – "
                      "as a rule within five working days –, purpose and agenda, invitees with their roles, and "
                      "<b>Send</b>. The checklist says what is missing; <b>Go there</b> takes you to the field. The "
                      "invitation is a letter, a calendar file and an e-mail draft you send from your own e-mail; "
                      "those without e-mail get a letter to post.</p>"),
    QT_TRANSLATE_NOOP("HelpDialog", "<h3>During the meeting</h3><p><b>Start meeting</b> opens the minutes. Mark who "
                      "is there under <b>Attendance</b>, follow the agenda with <b>Next item</b> (Ctrl+Shift+N), "
                      "and write the agreements with who does what and when (Ctrl+Enter). <b>Share screen</b> shows "
                      "the agreements in large type for everyone; Esc closes it. Everything you type is saved by "
                      "itself.</p>"),
    QT_TRANSLATE_NOOP("HelpDialog", "<h3>After the meeting</h3><p><b>Review and sign off the plan</b>: correct the "
                      "minutes and the attendance beside the PDF, record the approvals, and sign off – the plan is "
                      "then locked with a check code. <b>Send the plan</b> to the participants, with a short version "
                      "for the family if you wish. A later change becomes a new version with a reason.</p>"),
    QT_TRANSLATE_NOOP("HelpDialog", "<h3>Your data</h3><p>The data is encrypted on this computer and opened with "
                      "your passphrase. A backup is made every time you close KIT Desk (File → Restore from "
                      "backup). Print an invitation or a plan with File → Print (Ctrl+P).</p>"),
)

# Shortcuts of the screens (the menus' own are read from the menus): keys, what they do.
SCREEN_KEYS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "Search the list shown (cases, people, meetings)")),
    ("Insert", QT_TRANSLATE_NOOP("HelpDialog", "Add a record to the list shown (consent, exchange, agenda item, "
                                               "meeting)")),
    ("Delete", QT_TRANSLATE_NOOP("HelpDialog", "Remove the selected agenda item, agreement or network member")),
    ("Alt+Up / Alt+Down", QT_TRANSLATE_NOOP("HelpDialog", "Move the selected agenda item or agreement")),
    ("Alt+1 … Alt+5", QT_TRANSLATE_NOOP("HelpDialog", "The steps of a meeting, or the parts of the minutes and "
                                                      "the plan")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("HelpDialog", "The next tab")),
    ("F4", QT_TRANSLATE_NOOP("HelpDialog", "Open the calendar of a date field")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("HelpDialog", "The meeting's next agenda item")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("HelpDialog", "A new agreement during the meeting")),
    ("← / →", QT_TRANSLATE_NOOP("HelpDialog", "Attendance: in the room, online, absent or apologies")),
    ("F11", QT_TRANSLATE_NOOP("HelpDialog", "The shared screen: full screen or not")),
    ("Esc", QT_TRANSLATE_NOOP("HelpDialog", "Close the shared screen, or a dialog")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("HelpDialog", "Larger or smaller preview of the plan")),
)


def menu_shortcuts(window) -> list[tuple[str, str]]:
    """(keys, the menu item's text) of every menu action with a shortcut, as the menus show them."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                found.append((keys, action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
    return found


class HelpDialog(QDialog):
    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide and keyboard shortcuts"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.guide = QTextBrowser(self)
        self.guide.setAccessibleName(self.tr("Guide"))
        self.guide.setHtml("".join(QCoreApplication.translate("HelpDialog", text) for text in GUIDE))
        self.tabs.addTab(self.guide, self.tr("&Guide"))
        keys = QWidget(self)
        box = QVBoxLayout(keys)
        intro = QLabel(self.tr("Every action can be reached from the keyboard: Tab moves between the fields, "
                               "Alt and the underlined letter presses a button, and these keys do the rest."), keys)
        intro.setWordWrap(True)
        box.addWidget(intro)
        rows = (menu_shortcuts(window) if window is not None else []) + [
            (k, QCoreApplication.translate("HelpDialog", text)) for k, text in SCREEN_KEYS]
        self.table = QTableWidget(len(rows), 2, keys)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (combo, text) in enumerate(rows):
            for column, value in enumerate((combo, text)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        self.tabs.addTab(keys, self.tr("&Keyboard shortcuts"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
