"""Screen readers (EN 301 549): every screen's accessibility tree is walked, and every interactive
control – buttons, fields, combo boxes, lists, tables and their headers, the tabs' close buttons –
must have a name. The case list, an open case (each tab), a meeting (each step), the live view (each
part), the plan's review (each part), Personer, Møder, Selvevaluering, the settings and the main dialogs. Also: every
control that takes the keyboard shows where the focus is (a focus frame in the style sheet)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kitdesk.ui.main_window import AGREEMENTS_TAB, CASES_TAB, MEETINGS_TAB, PEOPLE_TAB
from kitdesk.ui.style import STYLE
from tests.ui.accessibility import unnamed_controls
from tests.ui.conftest import case_named, freja_meeting


@pytest.fixture(autouse=True)
def answered(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def _walk_tabs(qtbot, view, tabs) -> dict[str, list[str]]:
    found = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        found[tabs.tabText(index)] = unnamed_controls(view)
    return {k: v for k, v in found.items() if v}


def test_the_overview_case_list_people_meetings_and_agreements(qtbot, main_window):
    assert unnamed_controls(main_window) == []  # the overview, where the app opens
    main_window.tabs.setCurrentIndex(CASES_TAB)
    qtbot.wait(1)
    assert unnamed_controls(main_window.case_list) == []
    main_window.tabs.setCurrentIndex(PEOPLE_TAB)
    qtbot.wait(1)
    assert unnamed_controls(main_window.persons_page) == []
    main_window.tabs.setCurrentIndex(MEETINGS_TAB)
    qtbot.wait(1)
    assert unnamed_controls(main_window.meetings_page) == []
    main_window.tabs.setCurrentIndex(AGREEMENTS_TAB)
    qtbot.wait(1)
    assert unnamed_controls(main_window.agreements_page) == []


def test_the_self_evaluation_page(qtbot, main_window):
    from kitdesk.ui.main_window import REPORT_TAB

    main_window.show()
    main_window.tabs.setCurrentIndex(REPORT_TAB)
    page = main_window.report_page
    page.wait_until_idle()
    assert unnamed_controls(page) == []
    page.kind.set_code("range")  # the from–to fields instead of the list of periods
    page.wait_until_idle()
    assert unnamed_controls(page) == []


def test_an_open_case_every_tab(qtbot, main_window, demo_store):
    main_window.open_case(case_named(demo_store, "Freja Nørgaard"))
    view = main_window.tabs.currentWidget()
    assert unnamed_controls(main_window.tabs.tabBar()) == []  # the case tab's close button too
    assert _walk_tabs(qtbot, view, view.tabs) == {}


def test_a_meeting_every_step(qtbot, main_window, demo_store):
    main_window.open_meeting(freja_meeting(demo_store))
    view = main_window.tabs.currentWidget()
    assert _walk_tabs(qtbot, view, view.tabs) == {}


def test_the_live_view_every_part(qtbot, main_window, demo_store):
    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    view = main_window.open_live_meeting(meeting_id)
    try:
        assert _walk_tabs(qtbot, view, view.tabs) == {}
        view.share_screen()
        assert unnamed_controls(view.presentation) == []
    finally:
        view.close_session()


def test_the_plan_review_every_part(qtbot, main_window, demo_store):
    held = next(r.id for r in demo_store.meetings.rows() if r.state == "held")
    plan = main_window.open_plan(held)
    try:
        assert _walk_tabs(qtbot, plan, plan.tabs) == {}
    finally:
        plan.close_session()


def _dialogs(store, main_window):
    """The main dialogs, each as the screen that opens it makes it."""
    from kitdesk.ui.access_extract_dialog import AccessExtractDialog
    from kitdesk.ui.add_member_dialog import AddMemberDialog
    from kitdesk.ui.answer_dialog import AnswerDialog
    from kitdesk.ui.consent_dialog import ConsentDialog
    from kitdesk.ui.exchange_dialog import ExchangeDialog
    from kitdesk.ui.first_start_dialog import FirstStartDialog
    from kitdesk.ui.help_dialog import HelpDialog
    from kitdesk.ui.invitee_dialog import InviteeDialog
    from kitdesk.ui.live.end_dialog import EndMeetingDialog
    from kitdesk.ui.new_case_dialog import NewCaseDialog
    from kitdesk.ui.new_meeting_dialog import NewMeetingDialog
    from kitdesk.ui.person_dialog import PersonDialog
    from kitdesk.ui.plan.export_dialog import ExportDialog
    from kitdesk.ui.reason_dialog import ReasonDialog
    from kitdesk.ui.restore_dialog import RestoreDialog
    from kitdesk.ui.security.passphrase_dialog import PassphraseDialog
    from kitdesk.ui.security.recovery_key_dialog import RecoveryKeyDialog
    from kitdesk.ui.settings_dialog import SettingsDialog

    held = next(r.id for r in store.meetings.rows() if r.state == "held")
    freja = case_named(store, "Freja Nørgaard")
    meeting_id = freja_meeting(store)
    person = store.persons.all()[0].id
    return {
        "settings": lambda: SettingsDialog(store, main_window),
        "new case": lambda: NewCaseDialog(store, main_window),
        "person": lambda: PersonDialog(store, person, parent=main_window),
        "add to network": lambda: AddMemberDialog(store, freja, parent=main_window),
        "consent": lambda: ConsentDialog(store, freja, None, parent=main_window),
        "exchange": lambda: ExchangeDialog(store, freja, None, parent=main_window),
        "new meeting": lambda: NewMeetingDialog(store, freja, parent=main_window),
        "invitee": lambda: InviteeDialog(store, meeting_id, parent=main_window),
        "end meeting": lambda: EndMeetingDialog(["Barnets perspektiv er ikke skrevet."], main_window, ["Peter Ærø"]),
        "reason": lambda: ReasonDialog("Aflys mødet", "Hvorfor?", "&Aflys", "fx syg", main_window),
        "first start": lambda: FirstStartDialog(store, main_window),
        "help": lambda: HelpDialog(main_window, main_window),
        "send the plan": lambda: ExportDialog(store, held, store.plans.render_inputs(held), main_window),
        "walk-in": lambda: _running_walk_in(store, main_window),
        "answer": lambda: AnswerDialog(store, store.meetings.get(meeting_id).invitees[0], parent=main_window),
        "restore": lambda: RestoreDialog(store.folder, store.key, main_window),
        "access extract": lambda: AccessExtractDialog(store, case_id=freja, parent=main_window),
        "passphrase": lambda: PassphraseDialog(parent=main_window),
        "recovery key": lambda: RecoveryKeyDialog("ABCDE-FGHIJ-KLMNO", main_window),
    }


def _running_walk_in(store, parent):
    from kitdesk.ui.live.walk_in_dialog import WalkInDialog

    meeting_id = freja_meeting(store)
    if store.meetings.get(meeting_id).state == "invited":
        store.live.start(meeting_id)
    return WalkInDialog(store, meeting_id, parent)


def test_the_main_dialogs(qtbot, main_window, demo_store):
    problems = {}
    for name, make in _dialogs(demo_store, main_window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = getattr(dialog, "tabs", None)
        found = unnamed_controls(dialog) + ([f"{k}: {v}" for k, v in _walk_tabs(qtbot, dialog, tabs).items()]
                                            if tabs is not None else [])
        if found:
            problems[name] = found
        dialog.done(QDialog.DialogCode.Rejected)
    assert problems == {}, problems


def _clearly_changed(before, after) -> bool:
    """At least a line's worth of pixels round the control changed by a clearly visible amount."""
    width, height = before.width(), before.height()
    strong = 0
    for y in range(0, height):
        for x in range(0, width):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) > 90:
                strong += 1
    return strong >= width + height


def test_the_keyboard_focus_is_visible(qtbot):
    """Every kind of control the Tab key moves to looks clearly different with the focus on it – under
    the window's own style sheet, which replaces some of Qt's native drawing (the primary button's)."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QRadioButton,
        QTableWidget,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    from kitdesk.ui.widgets import DateEdit

    window = QWidget()
    window.setStyleSheet(STYLE)
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    start = QLineEdit("start")
    primary = QPushButton("Ny sag")
    primary.setProperty("primary", True)
    read_only = QLineEdit("Fjordby")
    read_only.setReadOnly(True)
    invalid = QLineEdit("x")
    invalid.setProperty("invalid", True)
    text = QPlainTextEdit("Referat")
    text.setTabChangesFocus(True)
    table = QTableWidget(3, 2)
    table.setTabKeyNavigation(False)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Oversigt")
    tabs.addTab(QWidget(), "Netværk")
    combo = QComboBox()
    combo.addItems(["BUC", "Kommune"])
    controls = {"primary button": primary, "button": QPushButton("Ret…"), "line edit": QLineEdit("Freja"),
                "read-only field": read_only, "invalid field": invalid, "date": DateEdit(), "combo": combo,
                "check box": QCheckBox("Godkendt"), "radio": QRadioButton("Deltager"), "text": text,
                "table": table, "tab bar": tabs.tabBar()}
    layout.addWidget(start)
    for widget in controls.values():
        layout.addWidget(tabs if widget is tabs.tabBar() else widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    faint = []
    for name, widget in controls.items():
        before = widget.grab().toImage()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the keyboard moves on
        qtbot.waitUntil(widget.hasFocus)
        if not _clearly_changed(before, widget.grab().toImage()):
            faint.append(name)
    assert faint == [], faint
