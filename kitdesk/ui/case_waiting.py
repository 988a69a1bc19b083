"""Ventetid on the case's overview: what the child waits for and since when, who keeps in touch with the
family meanwhile and how often, and when the next contact falls due – shown as a warning once it has
(seed 004: coordinated, continuous support while the child waits). Every change is one store
transaction, one undo step and a line in the stafetlog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.refusal import Refusal
from kitdesk.domain.waiting import WaitingPeriod, waiting_problems
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.field_messages import grow_to_fit
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, restyle

TEXT_LIMIT = 300
NOT_AGREED = 0  # the interval combo's code for "no contact agreed yet"


def _line(parent, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("muted", muted)
    return label


class WaitingBox(QGroupBox):
    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.setTitle(self.tr("Waiting"))
        self.period: WaitingPeriod | None = None
        layout = QVBoxLayout(self)
        self.what = _line(self)
        self.what.setObjectName("waitingWhat")
        self.contact = _line(self)
        self.contact.setObjectName("waitingContact")
        self.earlier = _line(self, muted=True)
        buttons = QHBoxLayout()
        self.start_button = self._button(self.tr("&Register waiting…"), self.start, buttons)
        self.contact_button = self._button(self.tr("Contact &made today"), self.contact_made, buttons)
        self.edit_button = self._button(self.tr("C&hange…"), self.edit, buttons)
        self.end_button = self._button(self.tr("E&nd waiting…"), self.end, buttons)
        buttons.addStretch(1)
        for widget in (self.what, self.contact):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.earlier)
        layout.addStretch(1)
        self.load()
        bridge.changed.connect(self._on_changed)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- showing ------------------------------------------------------------------------------------
    def load(self) -> None:
        periods = self.store.waiting.periods(self.case_id)
        self.period = period = next((p for p in periods if p.is_open), None)
        today = local_today()
        if period is None:
            self.what.setText(self.tr("The child is not waiting for an offer."))
            self.what.setProperty("muted", True)
            self.contact.hide()
        else:
            days = (today - period.started_on).days if period.started_on else 0
            self.what.setText(self.tr("Waiting for %1 – since %2 (%n day(s))", "", days)
                              .replace("%1", period.waiting_for).replace("%2", fmt_date(period.started_on)))
            self.what.setProperty("muted", False)
            text, due = self.contact_text(period, today)
            self.contact.setText(text)
            self.contact.setProperty("kind", "warning" if due else "")
            self.contact.show()
        restyle(self.what)
        restyle(self.contact)
        ended = [p for p in periods if not p.is_open][:2]
        self.earlier.setText("\n".join(self.tr("Earlier: %1, %2–%3").replace("%1", p.waiting_for)
                                       .replace("%2", fmt_date(p.started_on)).replace("%3", fmt_date(p.ended_on))
                                       for p in ended))
        self.earlier.setVisible(bool(ended))
        self.start_button.setVisible(period is None)
        for button in (self.contact_button, self.edit_button, self.end_button):
            button.setVisible(period is not None)
        self.contact_button.setEnabled(period is not None and bool(period.contact_every_days))

    def contact_text(self, period: WaitingPeriod, today: date) -> tuple[str, bool]:
        """The contact with the family during the wait, and whether it is due (today or overdue)."""
        who = period.contact_name.strip() or self.tr("no one chosen")
        if not period.contact_every_days:
            return self.tr("Contact with the family while waiting: not agreed yet (%1). Choose Change… to agree "
                           "who keeps in touch and how often.").replace("%1", who), True
        rhythm = labels.label(labels.CONTACT_INTERVALS, period.contact_every_days) \
            if period.contact_every_days in labels.CONTACT_INTERVALS else \
            self.tr("every %1 days").replace("%1", str(period.contact_every_days))
        due = period.next_contact_on
        if due < today:
            return self.tr("Contact with the family is overdue since %1 – %2, %3.").replace("%1", fmt_date(due)) \
                .replace("%2", who).replace("%3", rhythm.lower()), True
        if due == today:
            return self.tr("Contact with the family is due today – %1, %2.").replace("%1", who) \
                .replace("%2", rhythm.lower()), True
        return self.tr("Next contact with the family: %1 – %2, %3.").replace("%1", fmt_date(due)) \
            .replace("%2", who).replace("%3", rhythm.lower()), False

    # -- actions ------------------------------------------------------------------------------------
    def dialog(self, period: WaitingPeriod | None = None) -> WaitingDialog:
        return WaitingDialog(self.store, self.case_id, self.undo_stack, period, self)

    def start(self) -> None:
        self.dialog().exec()

    def edit(self) -> None:
        if self.period is not None:
            self.dialog(self.period).exec()

    def contact_made(self) -> None:
        period = self.period
        if period is not None:
            write(self, self.undo_stack, self.store, lambda: self.store.waiting.record_contact(period.id),
                  self.tr("Contact with the family while waiting"), title=self.title())

    def end_dialog(self) -> EndWaitingDialog:
        return EndWaitingDialog(self.store, self.period, self.undo_stack, self)

    def end(self) -> None:
        if self.period is not None:
            self.end_dialog().exec()

    def _on_changed(self, changes) -> None:
        if touches(changes, {"waiting_periods", "cases"}, self.case_id):
            self.load()


class WaitingDialog(QDialog):
    """Register a waiting period, or change one: what, since when, who keeps in touch with the family
    and how often."""

    def __init__(self, store, case_id: int, undo_stack, period: WaitingPeriod | None = None, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.period = store, case_id, undo_stack, period
        self.setWindowTitle(self.tr("Waiting") if period else self.tr("Register waiting"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.error = Banner(self)
        layout.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.waiting_for = QLineEdit(self)
        self.waiting_for.setMaxLength(TEXT_LIMIT)
        self.waiting_for.setPlaceholderText(self.tr("e.g. assessment in BUC, a place in a special class"))
        form.addRow(self.tr("Waiting &for"), self.waiting_for)
        self.started_on = DateEdit(self, required=True)
        self.started_on.setMaximumWidth(130)
        form.addRow(self.tr("&Since"), self.started_on)
        # Who keeps in touch with the family: someone from the network, or a name typed.
        self.members = [m for m in store.network.members(case_id) if m.sector != "family"]
        self.contact = QComboBox(self)
        self.contact.setEditable(True)
        self.contact.addItem("", None)
        for member in self.members:
            role = labels.label(labels.SECTORS, member.sector)
            self.contact.addItem(f"{member.person_name} ({role})", member.person_id)
        self.contact.lineEdit().setPlaceholderText(self.tr("Choose from the network, or type a name"))
        form.addRow(self.tr("&Keeps in touch with the family"), self.contact)
        self.interval = CodeCombo([(self.tr("Not agreed yet"), NOT_AGREED),
                                   *labels.items(labels.CONTACT_INTERVALS)], self)
        form.addRow(self.tr("&How often"), self.interval)
        hint = _line(self, muted=True)
        hint.setText(self.tr("The next contact falls due this long after the last one; the case and the overview "
                             "show it. Every change goes into the baton log."))
        form.addRow("", hint)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        period = self.period
        if period is None:
            self.started_on.set_value(local_today())
            self.interval.set_code(14)
            return
        self.waiting_for.setText(period.waiting_for)
        self.started_on.set_value(period.started_on)
        index = self.contact.findData(period.contact_person_id) if period.contact_person_id is not None else -1
        if index > 0:
            self.contact.setCurrentIndex(index)
        else:
            self.contact.setEditText(period.contact_name)
        self.interval.set_code(period.contact_every_days or NOT_AGREED)

    def chosen_contact(self) -> tuple[int | None, str]:
        """(person id, name): the network member chosen, or the name typed."""
        text = self.contact.currentText().strip()
        index = self.contact.currentIndex()
        if index > 0 and text == self.contact.itemText(index):
            member = next(m for m in self.members if m.person_id == self.contact.itemData(index))
            return member.person_id, member.person_name
        return None, text

    def values(self) -> dict | None:
        try:
            started = self.started_on.value()
        except Refusal as exc:
            self._fail(refusal_text(exc))
            return None
        every = self.interval.code() or None
        problems = waiting_problems(started, self.waiting_for.text(), every)
        if problems:
            self._fail(refusal_text(Refusal.joined(problems)))
            return None
        person_id, name = self.chosen_contact()
        return {"waiting_for": self.waiting_for.text().strip(), "started_on": started, "contact_person_id": person_id,
                "contact_name": name, "contact_every_days": every}

    def _fail(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)

    def accept(self) -> None:
        values = self.values()
        if values is None:
            return
        if self.period is None:
            ok = write(self, self.undo_stack, self.store, lambda: self.store.waiting.start(self.case_id, **values),
                       self.tr("Register waiting"), show=self._fail)
        else:
            period_id = self.period.id
            ok = write(self, self.undo_stack, self.store, lambda: self.store.waiting.update(period_id, values),
                       self.tr("Change waiting"), show=self._fail)
        if ok:
            super().accept()


class EndWaitingDialog(QDialog):
    """The waiting is over: the day, and a note (what happened)."""

    def __init__(self, store, period: WaitingPeriod, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.period, self.undo_stack = store, period, undo_stack
        self.setWindowTitle(self.tr("End waiting"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = _line(self)
        intro.setText(self.tr("Waiting for %1 since %2. The end goes into the baton log.")
                      .replace("%1", period.waiting_for).replace("%2", fmt_date(period.started_on)))
        layout.addWidget(intro)
        self.error = Banner(self)
        layout.addWidget(self.error)
        form = QFormLayout()
        self.ended_on = DateEdit(self, required=True)
        self.ended_on.set_value(local_today())
        self.ended_on.setMaximumWidth(130)
        form.addRow(self.tr("&Ended on"), self.ended_on)
        self.note = QLineEdit(self)
        self.note.setMaxLength(TEXT_LIMIT)
        self.note.setPlaceholderText(self.tr("e.g. the assessment has begun"))
        form.addRow(self.tr("&Note"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&End waiting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            on = self.ended_on.value()
        except Refusal as exc:
            self.error.show_message(refusal_text(exc))
            return
        note = self.note.text()
        if write(self, self.undo_stack, self.store, lambda: self.store.waiting.end(self.period.id, on, note),
                 self.tr("End waiting"), show=self.error.show_message):
            super().accept()
