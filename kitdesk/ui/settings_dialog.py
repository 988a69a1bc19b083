"""Indstillinger: the user's own details (the organiser of meetings), language, extra closed days,
and where the data and backups are."""
from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.refusal import Refusal
from kitdesk.domain.workdays import format_extra_closed, parse_extra_closed
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.field_messages import email_field_problem, field_message, grow_to_fit, mark_invalid, show_field_message
from kitdesk.ui.i18n import LANGUAGES
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo, point_all_labels

TEXT_LIMIT = 200


class SettingsDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(760)
        values = store.settings.all()
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        outer.addLayout(grid, 1)

        me = QGroupBox(self.tr("You – shown as the organiser of meetings"), self)
        form = QFormLayout(me)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_name = self._line(me, values["user_name"])
        form.addRow(self.tr("&Name"), self.user_name)
        self.user_title = self._line(me, values["user_title"])
        self.user_title.setPlaceholderText(self.tr("e.g. psychologist, caseworker"))
        form.addRow(self.tr("&Title"), self.user_title)
        self.user_organisation = self._line(me, values["user_organisation"])
        form.addRow(self.tr("&Organisation"), self.user_organisation)
        self.user_sector = CodeCombo(labels.items(labels.SECTORS), me)
        self.user_sector.set_code(values["user_sector"])
        form.addRow(self.tr("&Sector"), self.user_sector)
        self.user_email = self._line(me, values["user_email"])
        self.email_message = field_message(me)
        form.addRow(self.tr("&E-mail"), self._stack(me, self.user_email, self.email_message))
        self.user_phone = self._line(me, values["user_phone"])
        form.addRow(self.tr("&Phone"), self.user_phone)
        grid.addWidget(me, 0, 0)

        language = QGroupBox(self.tr("Language"), self)
        lform = QFormLayout(language)
        # Each language is named in itself, so a user who cannot read the current one finds theirs.
        self.language = CodeCombo([(name, code) for code, name in LANGUAGES.items()], language)
        self.language.set_code(values["language"])
        lform.addRow(self.tr("&Language"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect the next time you start KIT Desk."),
                                    language)
        self.language_note.setWordWrap(True)
        self.language_note.setProperty("muted", True)
        lform.addRow(self.language_note)
        self.language_changed = False
        self.language.currentIndexChanged.connect(self._language_picked)
        grid.addWidget(language, 1, 0)

        closed = QGroupBox(self.tr("Extra closed days"), self)
        cbox = QVBoxLayout(closed)
        explain = QLabel(self.tr(
            "Days that do not count as working days, besides weekends and public holidays. "
            "One per line: 24.12 for every year, or 27.12.2026 for one day."), closed)
        explain.setWordWrap(True)
        explain.setProperty("muted", True)
        cbox.addWidget(explain)
        self.closed_days = QPlainTextEdit(closed)
        self.closed_days.setAccessibleName(self.tr("Extra closed days"))
        self.closed_days.setTabChangesFocus(True)
        self.closed_days.setPlainText(format_extra_closed(store.settings.extra_closed_days()))
        self.closed_message = field_message(closed)
        cbox.addWidget(self.closed_days, 1)
        cbox.addWidget(self.closed_message)
        grid.addWidget(closed, 0, 1)

        data = QGroupBox(self.tr("Your data"), self)
        dform = QFormLayout(data)
        dform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder = store.folder
        self.data_folder = self._read_only(data, str(folder.root) if folder else "")
        dform.addRow(self.tr("Data folder"), self.data_folder)
        self.backup_folder = self._read_only(data, str(folder.backups) if folder else "")
        dform.addRow(self.tr("Backups"), self.backup_folder)
        backup_note = QLabel(self.tr("A backup is made every time you close KIT Desk."), data)
        backup_note.setWordWrap(True)
        backup_note.setProperty("muted", True)
        dform.addRow(backup_note)
        grid.addWidget(data, 1, 1)

        plan = QGroupBox(self.tr("Invitations and the cross-sector plan"), self)
        pbox = QVBoxLayout(plan)
        self.plan_requires_contacts = QCheckBox(self.tr(
            "Both responsible contact persons (BUC's and the municipality's) must approve before a plan is "
            "signed off"), plan)
        self.plan_requires_contacts.setChecked(values.get("plan_requires_contacts", "1") != "0")
        pbox.addWidget(self.plan_requires_contacts)
        pbox.addLayout(self._notice_row())
        grid.addWidget(plan, 2, 0, 1, 2)
        grid.addWidget(self._retention_box(values), 3, 0, 1, 2)
        grid.addWidget(self._security_box(values), 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.error = Banner(self)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.user_email.editingFinished.connect(self._email_problem)
        point_all_labels(self)
        self.user_name.setFocus()

    def _security_box(self, values) -> QGroupBox:
        """The lock after idle minutes and how long exported files stay in the data folder (issue 10)."""
        box = QGroupBox(self.tr("Security"), self)
        form = QFormLayout(box)
        self.lock_after = QSpinBox(box)
        self.lock_after.setRange(0, 240)
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setSuffix(self.tr(" minutes without use"))
        self.lock_after.setValue(_int(values.get("lock_after_minutes"), 10))
        form.addRow(self.tr("&Lock after"), self.lock_after)
        self.export_days = QSpinBox(box)
        self.export_days.setRange(1, 365)
        self.export_days.setSuffix(self.tr(" days"))
        self.export_days.setValue(_int(values.get("export_days"), 30))
        form.addRow(self.tr("&Delete exported files after"), self.export_days)
        note = QLabel(self.tr("Exports (invitations, plans, extracts) are meant to be sent on; the copies in the "
                              "data folder's exports folder are deleted after this many days, and you are told. "
                              "During a running meeting KIT Desk does not lock by itself; Ctrl+L locks at once."), box)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        form.addRow(note)
        return box

    def _notice_row(self) -> QHBoxLayout:
        """Seed 002: participants are invited in good time – the send checklist warns below this."""
        from kitdesk.store.repos.settings import MAX_NOTICE_DAYS

        row = QHBoxLayout()
        label = QLabel(self.tr("&Warn when an invitation goes out fewer than"), self)
        self.invite_notice_days = QSpinBox(self)
        self.invite_notice_days.setRange(0, MAX_NOTICE_DAYS)
        self.invite_notice_days.setSuffix(self.tr(" working days before the meeting"))
        self.invite_notice_days.setSpecialValueText(self.tr("never"))
        self.invite_notice_days.setValue(self.store.settings.invite_notice_days())
        label.setBuddy(self.invite_notice_days)
        row.addWidget(label)
        row.addWidget(self.invite_notice_days)
        row.addStretch(1)
        return row

    def _retention_box(self, values) -> QGroupBox:
        """How long closed cases are kept (issue 10): listed for deletion after this, never deleted by itself."""
        from kitdesk.domain.retention import MAX_MONTHS, MIN_MONTHS

        box = QGroupBox(self.tr("Keeping closed cases"), self)
        row = QHBoxLayout(box)
        label = QLabel(self.tr("&Keep closed cases for"), box)
        self.retention_months = QSpinBox(box)
        self.retention_months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.retention_months.setSuffix(self.tr(" months after closing"))
        self.retention_months.setValue(self.store.settings.retention_months())
        label.setBuddy(self.retention_months)
        row.addWidget(label)
        row.addWidget(self.retention_months)
        note = QLabel(self.tr("Then they are listed under File ▸ Closed cases due for deletion. KIT Desk never "
                              "deletes by itself."), box)
        note.setWordWrap(True)
        note.setProperty("muted", True)
        row.addWidget(note, 1)
        return box

    def _language_picked(self, _index: int) -> None:
        # Said plainly when it matters: the window stays in the old language until a restart.
        changed = self.language.code() != self.store.settings.get("language")
        self.language_note.setProperty("muted", not changed)
        show_field_message(self.language_note, self.language_note.text(), "info" if changed else "")

    def _line(self, parent, text: str) -> QLineEdit:
        edit = QLineEdit(text, parent)
        edit.setMaxLength(TEXT_LIMIT)
        return edit

    def _read_only(self, parent, text: str) -> QLineEdit:
        # A read-only line rather than a label: the path can be selected and copied, and is never cut off.
        edit = QLineEdit(text, parent)
        edit.setReadOnly(True)
        edit.setCursorPosition(0)
        return edit

    def _stack(self, parent, field: QWidget, message: QLabel) -> QWidget:
        holder = QWidget(parent)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(field)
        box.addWidget(message)
        holder.setFocusProxy(field)
        return holder

    # -- checks and saving --------------------------------------------------------------------------
    def _email_problem(self) -> str:
        # The domain's rule, as for every address: this one is the From of every invitation.
        problem = email_field_problem(self.user_email.text(), self.tr(
            "This does not look like an e-mail address. Write it like name@kommune.dk."))
        show_field_message(self.email_message, problem)
        mark_invalid(self.user_email, bool(problem))
        return problem

    def _closed_days(self) -> list[str] | None:
        try:
            days = parse_extra_closed(self.closed_days.toPlainText())
        except Refusal as exc:
            show_field_message(self.closed_message, refusal_text(exc))
            mark_invalid(self.closed_days, True)
            return None
        show_field_message(self.closed_message, "")
        mark_invalid(self.closed_days, False)
        return days

    def values(self) -> dict[str, str] | None:
        """What would be saved, or None (with the problems shown) if something is wrong."""
        email_problem = self._email_problem()
        days = self._closed_days()
        if email_problem:
            self.user_email.setFocus()
            return None
        if days is None:
            self.closed_days.setFocus()
            return None
        return {
            "user_name": self.user_name.text().strip(),
            "user_title": self.user_title.text().strip(),
            "user_organisation": self.user_organisation.text().strip(),
            "user_sector": self.user_sector.code(),
            "user_email": self.user_email.text().strip(),
            "user_phone": self.user_phone.text().strip(),
            "language": self.language.code(),
            "extra_closed_days": json.dumps(days),
            "plan_requires_contacts": "1" if self.plan_requires_contacts.isChecked() else "0",
            "retention_months": str(self.retention_months.value()),
            "lock_after_minutes": str(self.lock_after.value()),
            "export_days": str(self.export_days.value()),
            "invite_notice_days": str(self.invite_notice_days.value()),
        }

    def accept(self) -> None:
        self.error.show_message("")
        values = self.values()
        if values is None:
            return
        language_changed = values["language"] != self.store.settings.get("language")
        try:
            self.store.settings.set_many(values)
        except Refusal as exc:
            self.error.show_message(refusal_text(exc))
            grow_to_fit(self)
            return
        except DatabaseErrors as exc:
            self.error.show_message(describe_error(exc))
            grow_to_fit(self)
            return
        self.language_changed = language_changed
        super().accept()


def _int(text, default: int) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return default
