"""Issue 11 on the screens, driven through the real widgets: the child's own words and the discharge
section in the minutes, a telephone meeting asking the family, the send checklist's groups for the
family, the minute-taker and short notice, waiting on the case, the consent form and its signed
return, and the notice setting."""
from __future__ import annotations

import io
from datetime import datetime, time, timedelta

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from kitdesk.domain.dates import TZ, fmt_date, local_today
from kitdesk.domain.meeting import NO_FAMILY, Invitee
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.workdays import add_working_days
from kitdesk.ui import consent_form_dialog, reason_dialog
from kitdesk.ui.case_consents import ConsentsTab
from kitdesk.ui.case_overview import OverviewTab
from kitdesk.ui.consent_dialog import ConsentDialog
from kitdesk.ui.consent_form_dialog import ConsentFormDialog
from kitdesk.ui.live.minutes_form import MinutesForm
from kitdesk.ui.live.session import LiveSession
from kitdesk.ui.meeting_when import WhenSection
from kitdesk.ui.send_checklist import SendChecklist
from kitdesk.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import case_named, freja_meeting, on_disk

OK = Qt.MouseButton.LeftButton


def _tick(qtbot, box):
    qtbot.mouseClick(box, OK, pos=QPoint(8, box.height() // 2))


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)


# -- 3 and 7: the minutes ------------------------------------------------------------------------------

def _minutes(qtbot, store, bridge, meeting_id):
    session = LiveSession(store, meeting_id)
    form = MinutesForm(store, bridge, session, meeting_id)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    return form, session


def test_the_childs_own_words_are_a_field_of_their_own_in_the_minutes(qtbot, demo_store, bridge):
    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    form, session = _minutes(qtbot, demo_store, bridge, meeting_id)
    try:
        words = form.first_field()
        assert words.objectName() == "minutes_child_words"
        qtbot.keyClicks(words, "Jeg vil have en voksen at gå til.")
        parents = form.texts[("minutes", meeting_id, "perspective")]
        qtbot.keyClicks(parents, "Mor er bekymret for morgenerne.")
        assert session.flush()
        assert on_disk(demo_store, "SELECT child_words FROM minutes WHERE meeting_id = ?", [meeting_id]) == \
            "Jeg vil have en voksen at gå til."
        assert on_disk(demo_store, "SELECT perspective FROM minutes WHERE meeting_id = ?", [meeting_id]) == \
            "Mor er bekymret for morgenerne."
        assert form.discharge_title is None  # an ordinary meeting has no discharge section
        content = demo_store.plans.draft_content(meeting_id)
        assert content.child_words == "Jeg vil have en voksen at gå til."
    finally:
        session.close()


def test_a_discharge_meeting_has_its_own_section_in_the_plan_review(qtbot, demo_store, bridge):
    from kitdesk.ui.plan.view import PlanView

    alma = case_named(demo_store, "Alma Holm")
    meeting_id = next(r.id for r in demo_store.meetings.rows(alma) if r.state == "held")  # the demo's discharge
    view = PlanView(demo_store, bridge, meeting_id)
    qtbot.addWidget(view)
    try:
        view.resize(1366, 768)
        view.show()
        assert view.minutes.discharge_title is not None and view.minutes.discharge_title.isVisibleTo(view)
        medication = view.minutes.texts[("minutes", meeting_id, "discharge_medication")]
        assert "almen praksis" in medication.toPlainText()
        medication.setFocus()
        medication.moveCursor(medication.textCursor().MoveOperation.End)
        qtbot.keyClicks(medication, " Lægen følger op hver 3. måned.")
        assert view.session.flush()
        content = demo_store.plans.draft_content(meeting_id)
        assert content.kind == "discharge" and content.discharge_medication.endswith("hver 3. måned.")
        assert content.contact_persons[0].name == "Mette Kjærgaard"  # Alma's BUC contact, on the plan
    finally:
        view.close_session()


# -- 2: a telephone meeting asks the family too ---------------------------------------------------------

def test_a_phone_meeting_asks_the_family_in_when_and_in_the_checklist(qtbot, demo_store, bridge, undo_stack):
    meeting_id = demo_store.meetings.create(case_named(demo_store, "Emil Bak"), "municipality", local_today())
    when = WhenSection(demo_store, bridge, meeting_id, undo_stack)
    qtbot.addWidget(when)
    when.show()
    assert not when.virtual_asked.isVisible()
    when.form.setCurrentIndex(when.form.findData("phone"))
    assert when.virtual_asked.isVisible() and "telephone" in when.virtual_asked.text()
    checklist = SendChecklist(demo_store, when.meeting.case_id, undo_stack)
    qtbot.addWidget(checklist)
    checklist.show()
    checklist.refresh(demo_store.meetings.get(meeting_id))
    assert checklist.virtual_asked.isVisible() and "by telephone" in checklist.virtual_asked.text()
    assert "Ask the child/young person and the family whether the meeting may be held by phone, and tick the box." in \
        [text for kind, text in checklist.shown_lines() if kind == "block"]
    _tick(qtbot, when.virtual_asked)
    assert demo_store.meetings.get(meeting_id).virtual_asked
    _tick(qtbot, when.discharge)
    assert demo_store.meetings.get(meeting_id).kind == "discharge"
    undo_stack.undo()
    assert demo_store.meetings.get(meeting_id).kind == "ordinary"


# -- 3, 4 and 8: the send checklist ---------------------------------------------------------------------

def _ready_meeting(store, days_ahead: int, *invitees: Invitee, requested_by="buc") -> int:
    case_id = case_named(store, "Emil Bak")
    meeting_id = store.meetings.create(case_id, requested_by, local_today())
    day = add_working_days(local_today(), days_ahead, store.settings.extra_closed_days())
    store.meetings.update(meeting_id, {"starts_at": datetime.combine(day, time(9), tzinfo=TZ),
                                       "ends_at": datetime.combine(day, time(10), tzinfo=TZ),
                                       "place": "BUC, mødelokale 2", "purpose": "Status"})
    store.meetings.add_item(meeting_id, "Velkomst", minutes=10)
    for invitee in invitees:
        store.meetings.add_invitee(meeting_id, invitee)
    return meeting_id


def _checklist(qtbot, store, meeting_id, undo_stack):
    meeting = store.meetings.get(meeting_id)
    checklist = SendChecklist(store, meeting.case_id, undo_stack)
    qtbot.addWidget(checklist)
    checklist.resize(900, 700)
    checklist.show()
    checklist.refresh(meeting)
    return checklist


NO_FAMILY_EN = Refusal(NO_FAMILY).text("en")


def test_no_family_invited_blocks_until_the_reason_is_written(qtbot, demo_store, undo_stack, monkeypatch):
    meeting_id = _ready_meeting(demo_store, 10, Invitee(name="Jonas Brøndum", sector="buc", is_chair=True,
                                                         email="jonas@buc.example.dk"))
    checklist = _checklist(qtbot, demo_store, meeting_id, undo_stack)
    assert ("block", NO_FAMILY_EN) in checklist.shown_lines()
    assert checklist.without_family_button.isVisible()
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Mor er indlagt; hun orienteres bagefter")
    qtbot.mouseClick(checklist.without_family_button, OK)
    checklist.refresh(demo_store.meetings.get(meeting_id))
    assert ("block", NO_FAMILY_EN) not in checklist.shown_lines()
    assert ("hint", "Neither a parent nor the child is invited, because: Mor er indlagt; hun orienteres bagefter") \
        in checklist.shown_lines()
    assert checklist.remove_family_reason_button.isVisible() and not checklist.without_family_button.isVisible()
    # The participants agreed with the family: a hint until it is ticked.
    agree = "Agree with the child/young person and the family who takes part, and tick below."
    assert ("hint", agree) in checklist.shown_lines()
    _tick(qtbot, checklist.invitees_agreed)
    assert demo_store.meetings.get(meeting_id).invitees_agreed
    checklist.refresh(demo_store.meetings.get(meeting_id))
    assert ("hint", agree) not in checklist.shown_lines()


def test_a_minute_taker_from_another_side_blocks_until_the_reason_is_written(qtbot, demo_store, undo_stack,
                                                                            monkeypatch):
    meeting_id = _ready_meeting(demo_store, 10, Invitee(name="Jonas Brøndum", sector="buc", is_chair=True),
                                Invitee(name="Lise Østergaard", sector="caseworker", is_minute_taker=True),
                                Invitee(name="Thomas Bak", sector="family"))
    checklist = _checklist(qtbot, demo_store, meeting_id, undo_stack)
    blocks = [text for kind, text in checklist.shown_lines() if kind == "block"]
    assert any(b.startswith("Lise Østergaard writes the minutes, but BUC invites") for b in blocks)
    assert checklist.taker_reason_button.isVisible()
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *a: "Jonas leder mødet")
    qtbot.mouseClick(checklist.taker_reason_button, OK)
    meeting = demo_store.meetings.get(meeting_id)
    assert meeting.minute_taker_reason == "Jonas leder mødet"
    checklist.refresh(meeting)
    assert ("hint", "Lise Østergaard writes the minutes, although another side invites, because: Jonas leder mødet") \
        in checklist.shown_lines()
    assert not [text for kind, text in checklist.shown_lines() if kind == "block" and "referatet" in text]


def test_short_notice_is_a_warning_in_the_checklist_and_follows_the_setting(qtbot, demo_store, undo_stack):
    meeting_id = _ready_meeting(demo_store, 2, Invitee(name="Jonas Brøndum", sector="buc", is_chair=True),
                                Invitee(name="Thomas Bak", sector="family"))
    checklist = _checklist(qtbot, demo_store, meeting_id, undo_stack)
    hints = [text for kind, text in checklist.shown_lines() if kind == "hint"]
    assert any("Participants are to be invited in good time – at least 3 working days before the meeting." in h for h in hints)
    assert not any("in good time" in text for kind, text in checklist.shown_lines() if kind == "block")
    demo_store.settings.set_many({"invite_notice_days": "2"})
    checklist.refresh(demo_store.meetings.get(meeting_id))
    assert not any("in good time" in text for _kind, text in checklist.shown_lines())


def test_the_notice_days_are_a_setting(qtbot, demo_store):
    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.invite_notice_days.value() == 3
    dialog.invite_notice_days.setValue(5)
    dialog.accept()
    assert demo_store.settings.invite_notice_days() == 5


# -- 6: waiting on the case --------------------------------------------------------------------------------

def test_waiting_on_the_case_shows_the_contact_falling_due_and_every_change_is_logged(qtbot, demo_store, bridge,
                                                                                     undo_stack, monkeypatch):
    emil = case_named(demo_store, "Emil Bak")
    tab = OverviewTab(demo_store, bridge, emil, undo_stack)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    box = tab.waiting
    today = local_today()
    assert box.what.text() == f"Waiting for Udredning i BUC – since {fmt_date(today - timedelta(days=35))} (35 day(s))"
    assert box.contact.text() == (f"Contact with the family is overdue since {fmt_date(today - timedelta(days=21))}"
                                  " – Lise Østergaard, every other week.")
    assert box.contact.property("kind") == "warning"

    qtbot.mouseClick(box.contact_button, OK)
    assert box.contact.text() == (f"Next contact with the family: {fmt_date(today + timedelta(days=14))} – "
                                  "Lise Østergaard, every other week.")
    assert box.contact.property("kind") == ""

    dialogs = []
    monkeypatch.setattr("kitdesk.ui.case_waiting.WaitingDialog.exec", lambda self: dialogs.append(self) or 0)
    qtbot.mouseClick(box.edit_button, OK)
    dialog = dialogs[-1]
    assert dialog.waiting_for.text() == "Udredning i BUC" and dialog.contact.currentText().startswith("Lise")
    dialog.interval.set_code(7)
    dialog.accept()
    assert demo_store.waiting.current(emil).contact_every_days == 7
    assert "every week" in box.contact.text()

    ends = []
    monkeypatch.setattr("kitdesk.ui.case_waiting.EndWaitingDialog.exec", lambda self: ends.append(self) or 0)
    qtbot.mouseClick(box.end_button, OK)
    qtbot.keyClicks(ends[-1].note, "Udredningen er begyndt")
    ends[-1].accept()
    assert demo_store.waiting.current(emil) is None
    assert box.what.text() == "The child is not waiting for an offer." and box.start_button.isVisible()
    assert box.earlier.text().startswith("Earlier: Udredning i BUC")
    kinds = [e.kind for e in demo_store.baton_log.entries(emil)]
    assert {"waiting_contact", "waiting_changed", "waiting_ended"} <= set(kinds)
    undo_stack.undo()  # the end undone: waiting again
    assert demo_store.waiting.current(emil) is not None

    # A new waiting period through the dialog.
    demo_store.waiting.end(demo_store.waiting.current(emil).id)
    qtbot.mouseClick(box.start_button, OK)
    dialog = dialogs[-1]
    dialog.accept()
    assert "Write what the child is waiting for." in dialog.error.text()
    qtbot.keyClicks(dialog.waiting_for, "Plads i specialklasse")
    dialog.contact.setCurrentIndex(dialog.contact.findText("Lise Østergaard", Qt.MatchFlag.MatchStartsWith))
    dialog.accept()
    current = demo_store.waiting.current(emil)
    assert (current.waiting_for, current.contact_name, current.contact_every_days) == \
        ("Plads i specialklasse", "Lise Østergaard", 14)


# -- 10: the consent form ------------------------------------------------------------------------------------

def test_a_consent_form_is_printed_from_the_case_and_its_signed_return_registered(qtbot, demo_store, bridge,
                                                                                  monkeypatch):
    opened = []
    monkeypatch.setattr(consent_form_dialog, "open_file", opened.append)
    freja = case_named(demo_store, "Freja Nørgaard")
    tab = ConsentsTab(demo_store, bridge, freja, QUndoStack())
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.mouseClick(tab.print_form_button, OK)
    dialog = tab.dialog
    assert isinstance(dialog, ConsentFormDialog)
    # "Givet af" is picked from the family in the network (and the child).
    combo = dialog.given_by_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Camilla Nørgaard", "Freja Nørgaard"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert dialog.giver_kind.code() == "young_person"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert dialog.giver_kind.code() == "parent"
    assert [code for code, box in dialog.sector_boxes.items() if box.isChecked()] == \
        ["buc", "caseworker", "ppr", "school"]
    dialog.sector_boxes["school"].setChecked(False)
    qtbot.keyClicks(dialog.information, "Udredning og trivsel")
    qtbot.mouseClick(dialog.print_button, OK)

    [path] = opened
    assert path.name == f"Samtykkeerklaering_{demo_store.cases.get(freja).case_no}_{local_today().isoformat()}.pdf"
    text = " ".join((page.extract_text() or "") for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    text = " ".join(text.split())
    assert "Samtykkeerklæring" in text and "Samtykke til at udveksle oplysninger om Freja Nørgaard" in text
    assert "Camilla Nørgaard (forælder / forældremyndighedsindehaver)" in text
    assert "Mette Kjærgaard, BUC Nordstrand" in text and "Hanne Lund Friis, Fjordby Kommune, PPR" in text
    assert "Peter Ærø" not in text  # the school was not ticked
    assert "Udredning og trivsel" in text and "Underskrift" in text and "Dato" in text
    assert len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages) == 1

    [form] = demo_store.consents.forms(freja)
    assert not form.returned and form.sectors == ["buc", "caseworker", "ppr"]
    assert len(tab.form_lines) == 1
    assert "waiting for it to come back signed" in tab.form_lines[0].findChild(type(tab.coverage_lines[0])).text()

    # The signed form comes back: registered as a written consent from it.
    button = tab.form_lines[0].findChildren(type(tab.print_form_button))[0]
    qtbot.mouseClick(button, OK)
    register = tab.dialog
    assert isinstance(register, ConsentDialog)
    assert register.given_by.text() == "Camilla Nørgaard" and register.form.code() == "written"
    assert register.sector_boxes["ppr"].isChecked() and not register.sector_boxes["school"].isChecked()
    assert register.information.toPlainText() == "Udredning og trivsel"
    register.accept()
    assert demo_store.consents.forms(freja)[0].returned
    assert not tab.forms.isVisible()
    access = demo_store.query("SELECT action FROM access_log WHERE case_id = ? AND action = 'consent_form_exported'",
                              [freja])
    assert access
