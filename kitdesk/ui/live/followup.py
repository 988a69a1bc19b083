"""Opfølgning på aftaler: the open agreements from the case's earlier meetings, each followed up as
done, continued (carried into this meeting's agreements) or dropped, with a note.

The outcome is a store change (one undo step); the note is typed live through the session. Each
agreement is a small card, updated in place on a refresh so a note being typed keeps its cursor.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.minutes import Agreement
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.live.agreement_editor import record_live
from kitdesk.ui.live.agreements import EDITABLE_STATES
from kitdesk.ui.refusals import said
from kitdesk.ui.widgets import Banner, heading, restyle

OUTCOMES = ("open", "done", "continued", "dropped")
CARD_STYLE = """
QFrame#followUpCard { background: #ffffff; border: 1px solid #d6dbe3; border-radius: 6px; }
QFrame#followUpCard[outcome="done"] { border-left: 4px solid #2e7d4f; }
QFrame#followUpCard[outcome="continued"] { border-left: 4px solid #1f5fa8; }
QFrame#followUpCard[outcome="dropped"] { border-left: 4px solid #8a8f98; }
QLabel#followUpWhat { font-size: 11pt; font-weight: 600; color: #1b2430; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("FollowUpPanel", text)


def describe(agreement: Agreement, meeting_date: str) -> str:
    """"Peter Ærø · Municipality – school · Deadline 01.10.2026 · From the meeting on 08.09.2026"."""
    parts = [agreement.responsible_name or QCoreApplication.translate("FollowUpPanel", "No one responsible")]
    if agreement.sector:
        parts.append(labels.label(labels.SECTORS, agreement.sector))
    if agreement.ongoing:
        parts.append(QCoreApplication.translate("FollowUpPanel", "Ongoing"))
    elif agreement.deadline:
        parts.append(QCoreApplication.translate("FollowUpPanel", "Deadline %1").replace("%1", fmt_date(agreement.deadline)))
    if meeting_date:
        parts.append(QCoreApplication.translate("FollowUpPanel", "From the meeting on %1").replace("%1", meeting_date))
    return "  ·  ".join(parts)


class FollowUpCard(QFrame):
    """One earlier agreement: what, who and when, four outcomes and a note."""

    outcome_chosen = Signal(int, str)  # agreement id, outcome
    note_typed = Signal(int, str)

    def __init__(self, agreement_id: int, parent=None):
        super().__init__(parent)
        self.agreement_id = agreement_id
        self.setObjectName("followUpCard")
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.what = QLabel(self)
        self.what.setObjectName("followUpWhat")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.what)
        self.meta = QLabel(self)
        self.meta.setProperty("muted", True)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.meta)
        row = QHBoxLayout()
        row.setSpacing(14)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for outcome, text in zip(OUTCOMES, (QCoreApplication.translate("FollowUpPanel", "Not yet"), QCoreApplication.translate("FollowUpPanel", "Done"), QCoreApplication.translate("FollowUpPanel", "Continued"), QCoreApplication.translate("FollowUpPanel", "Dropped")), strict=True):
            button = QRadioButton(text, self)
            self.group.addButton(button)
            self.buttons[outcome] = button
            button.toggled.connect(lambda on, o=outcome: self._toggled(o, on))
            row.addWidget(button)
        self.buttons["continued"].setToolTip(QCoreApplication.translate("FollowUpPanel", "Carried into this meeting's agreements"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(QCoreApplication.translate("FollowUpPanel", "Note on the follow-up"))
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(QCoreApplication.translate("FollowUpPanel", "Note – what happened, or why"))
        self.note.textChanged.connect(self._typed)
        row.addWidget(self.note, 1)
        layout.addLayout(row)
        self.carried = QLabel(self)
        self.carried.setTextFormat(Qt.TextFormat.PlainText)
        self.carried.setProperty("muted", True)
        self.carried.hide()
        layout.addWidget(self.carried)

    def show_agreement(self, agreement: Agreement, note: str, meeting_date: str, carried_number: int | None,
                       read_only: bool) -> None:
        self._loading = True
        try:
            self.what.setText(agreement.what.strip() or "—")
            self.meta.setText(describe(agreement, meeting_date))
            self.buttons[agreement.status if agreement.status in OUTCOMES else "open"].setChecked(True)
            if self.note.text() != note:
                self.note.setText(note)
        finally:
            self._loading = False
        restyle(self, outcome=agreement.status)
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        if agreement.status == "continued":
            self.carried.setText(QCoreApplication.translate("FollowUpPanel", "Carried into this meeting's agreements as no. %1").replace(
                "%1", str(carried_number)) if carried_number else QCoreApplication.translate("FollowUpPanel", "Carried into this meeting's agreements"))
        self.carried.setVisible(agreement.status == "continued")

    def outcome(self) -> str:
        return next(o for o, b in self.buttons.items() if b.isChecked())

    def _toggled(self, outcome: str, on: bool) -> None:
        if on and not self._loading:
            self.outcome_chosen.emit(self.agreement_id, outcome)

    def _typed(self, text: str) -> None:
        if not self._loading:
            self.note_typed.emit(self.agreement_id, text)


class FollowUpPanel(QWidget):
    followed_up = Signal(int, int)  # how many are followed up, of how many

    def __init__(self, store, bridge, session, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.session, self.undo_stack = store, session, undo_stack
        self.meeting_id = session.meeting_id
        self.meeting = store.meetings.get(self.meeting_id)
        self.case_id = self.meeting.case_id
        self.current_item_id = store.live.current_item(self.meeting_id)
        self.cards: dict[int, FollowUpCard] = {}
        self._dates: dict[int, str] = {}  # earlier meeting id -> its date
        self._build()
        self.load()
        session.text_changed.connect(self._on_typed)
        session.current_item_changed.connect(lambda item_id: setattr(self, "current_item_id", item_id))
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Follow-up on earlier agreements"), self, level=2))
        top.addSpacing(12)
        self.count = QLabel(self)
        self.count.setProperty("muted", True)
        top.addWidget(self.count)
        top.addStretch(1)
        layout.addLayout(top)
        self.message = Banner(self)
        layout.addWidget(self.message)
        self.empty = QLabel(self.tr("No open agreements from earlier meetings."), self)
        self.empty.setProperty("muted", True)
        layout.addWidget(self.empty)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(self.scroll)
        self.cards_layout = QVBoxLayout(self.inner)
        self.cards_layout.setContentsMargins(0, 0, 8, 0)
        self.cards_layout.setSpacing(8)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.inner)
        layout.addWidget(self.scroll, 1)

    @property
    def read_only(self) -> bool:
        return self.meeting.state not in EDITABLE_STATES

    def load(self) -> None:
        self.meeting = self.store.meetings.get(self.meeting_id)
        state = self.store.live.state(self.meeting_id)
        earlier = state.earlier
        carried = {a.carried_from_id: n for n, a in enumerate(state.agreements, 1) if a.carried_from_id}
        for agreement_id in [i for i in self.cards if i not in {a.id for a in earlier}]:
            card = self.cards.pop(agreement_id)
            card.hide()
            card.deleteLater()
        for index, agreement in enumerate(earlier):
            card = self.cards.get(agreement.id)
            if card is None:
                card = self.cards[agreement.id] = FollowUpCard(agreement.id, self.inner)
                card.outcome_chosen.connect(self.set_outcome)
                card.note_typed.connect(self._type_note)
            if self.cards_layout.indexOf(card) != index:
                self.cards_layout.insertWidget(index, card)
            note = self.session.value("agreements", agreement.id, "status_note", agreement.status_note)
            card.show_agreement(agreement, note, self._date_of(agreement.meeting_id), carried.get(agreement.id),
                                self.read_only)
        done = sum(1 for a in earlier if a.status != "open")
        self.count.setText(self.tr("%1 of %2 followed up").replace("%1", str(done)).replace("%2", str(len(earlier)))
                           if earlier else "")
        self.empty.setVisible(not earlier)
        self.scroll.setVisible(bool(earlier))
        self.followed_up.emit(done, len(earlier))

    def _date_of(self, meeting_id: int) -> str:
        if meeting_id not in self._dates:
            try:
                self._dates[meeting_id] = fmt_date(self.store.meetings.get(meeting_id).starts_at)
            except KeyError:
                self._dates[meeting_id] = ""
        return self._dates[meeting_id]

    # -- changes ---------------------------------------------------------------------------------------
    def set_outcome(self, agreement_id: int, outcome: str) -> None:
        if self.read_only:
            return
        self.session.flush()  # what undo puts back is the note as last typed
        card = self.cards.get(agreement_id)
        note = card.note.text() if card is not None else self.session.value("agreements", agreement_id,
                                                                            "status_note", "")
        previous = next((a for a in self.store.live.state(self.meeting_id).earlier if a.id == agreement_id), None)
        texts = {"open": self.tr("Mark an earlier agreement as not followed up"),
                 "done": self.tr("Mark an earlier agreement as done"),
                 "continued": self.tr("Continue an earlier agreement"),
                 "dropped": self.tr("Drop an earlier agreement")}
        try:
            kept = self._follow_up(agreement_id, outcome, note, previous)
        except (Refusal, KeyError, *DatabaseErrors) as exc:
            message = said(exc)
            QMessageBox.warning(self, self.tr("Follow-up"), message)
            self.load()  # the choice shown goes back to what is stored
            return
        record_live(self.undo_stack, self.store, self.session, texts[outcome])
        if kept:
            self.message.show_message(self.tr(
                "The copy in this meeting's agreements has been changed, so it stays. Delete it there if it is "
                "no longer wanted."), "info")
        else:
            self.message.show_message("")

    def _follow_up(self, agreement_id: int, outcome: str, note: str, previous) -> bool:
        """One transaction (one undo step). Leaving "continued" removes the copy carried into this
        meeting – unless the chair has changed it since; returns True when such a copy was kept."""
        carried = None
        if previous is not None and previous.status == "continued" and outcome != "continued":
            carried = next((a for a in self.store.live.agreements(self.meeting_id)
                            if a.carried_from_id == agreement_id), None)
        kept = False
        with self.store.transaction():
            new_id = self.store.live.follow_up(agreement_id, self.meeting_id, outcome, note)
            if new_id is not None and previous is not None and previous.status != "continued" \
                    and self.current_item_id is not None:
                # Filed, like any agreement made now, under the item the meeting is at.
                self.store.live.update_agreement(new_id, {"agenda_item_id": self.current_item_id})
            if carried is not None:
                what = self.session.value("agreements", carried.id, "what", carried.what)
                follow = self.session.value("agreements", carried.id, "follow_up", carried.follow_up)
                untouched = (what, follow, carried.responsible_name, carried.sector, carried.deadline,
                             carried.ongoing) == (previous.what, previous.follow_up, previous.responsible_name,
                                                  previous.sector, previous.deadline, previous.ongoing)
                if untouched:
                    self.store.live.remove_agreement(carried.id)
                else:
                    kept = True
        return kept

    def _type_note(self, agreement_id: int, text: str) -> None:
        if not self.read_only:
            self.session.type("agreements", agreement_id, "status_note", text)

    def _on_typed(self, table: str, row_id: int, field: str, value) -> None:
        card = self.cards.get(row_id)
        if table == "agreements" and field == "status_note" and card is not None and card.note.text() != value:
            card._loading = True
            card.note.setText(value)
            card._loading = False

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"agreements"}, self.case_id):
            try:
                self.load()
            except KeyError:
                pass
