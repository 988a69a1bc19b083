"""Record an information exchange between the sectors, optionally with a document copied into the data folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Exchange
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels
from kitdesk.ui.consent_dialog import field_error, show_error, with_error
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, point_labels_at_fields


class ExchangeDialog(QDialog):
    """A new exchange (exchange=None), or a change to one; the attached file of a recorded one stays."""

    def __init__(self, store, case_id: int, undo_stack, exchange: Exchange | None = None, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.exchange = store, case_id, undo_stack, exchange
        self.saved_id: int | None = None
        self.source_file: Path | None = None
        self.setWindowTitle(self.tr("Information exchange"))
        self.setMinimumWidth(600)
        self._build()
        self._fill()
        self._check_consent()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.error = Banner(self)
        outer.addWidget(self.error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.kind = CodeCombo(labels.items(labels.EXCHANGE_KINDS), self)
        form.addRow(self.tr("&What"), self.kind)
        self.exchanged_on = DateEdit(self, required=True)
        self.date_error = field_error(self)
        form.addRow(self.tr("&Date"), with_error(self.exchanged_on, self.date_error))
        self.from_sector = CodeCombo(labels.items(labels.SECTORS), self)
        form.addRow(self.tr("F&rom"), self.from_sector)
        self.to_sector = CodeCombo(labels.items(labels.SECTORS), self)
        form.addRow(self.tr("&To"), self.to_sector)
        self.consent_hint = QLabel(self)
        self.consent_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setProperty("kind", "warning")
        self.consent_hint.hide()
        form.addRow("", self.consent_hint)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self.tr("What was exchanged, and how (e.g. sent by secure e-mail)"))
        form.addRow(self.tr("&Note"), self.note)

        file_row = QWidget(self)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_field = QLineEdit(file_row)
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("No file"))
        self.choose_button = QPushButton(self.tr("Choose &file…"), file_row)
        self.clear_button = QPushButton(self.tr("Re&move"), file_row)
        for button in (self.choose_button, self.clear_button):
            button.setAutoDefault(False)
        row.addWidget(self.file_field, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.clear_button)
        self.file_error = field_error(self)
        form.addRow(self.tr("File"), with_error(file_row, self.file_error))
        self.file_hint = QLabel(self.tr(
            "The file is copied into KIT Desk's data folder; the original stays where it is."), self)
        self.file_hint.setWordWrap(True)
        self.file_hint.setProperty("muted", True)
        form.addRow("", self.file_hint)
        point_labels_at_fields(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        outer.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.clear_button.clicked.connect(self.clear_file)
        for combo in (self.from_sector, self.to_sector):
            combo.currentIndexChanged.connect(self._check_consent)
        self.exchanged_on.textChanged.connect(self._check_consent)

    def _fill(self) -> None:
        e = self.exchange
        if e is None:
            own = self.store.settings.get("user_sector")
            start = own if own in labels.SECTORS else "buc"
            others = [m.sector for m in self.store.network.members(self.case_id)
                      if m.sector not in (start, "family")]
            self.from_sector.set_code(start)
            self.to_sector.set_code(others[0] if others else ("caseworker" if start != "caseworker" else "buc"))
            self.exchanged_on.set_value(local_today())
            self.set_file(None)
            return
        self.kind.set_code(e.kind)
        self.exchanged_on.set_value(e.exchanged_on)
        self.from_sector.set_code(e.from_sector)
        self.to_sector.set_code(e.to_sector)
        self.note.setPlainText(e.note)
        self.file_field.setText(e.file_name)
        self.file_field.setPlaceholderText(self.tr("No file"))
        for widget in (self.choose_button, self.clear_button):
            widget.hide()
        self.file_hint.setText(self.tr("To attach another file, record a new exchange."))

    # -- the file -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.source_file.parent) if self.source_file else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the file that was exchanged"), start)
        if name:
            self.set_file(Path(name))

    def clear_file(self) -> None:
        self.set_file(None)

    def set_file(self, path: Path | None) -> None:
        self.source_file = Path(path) if path else None
        self.file_field.setText(str(self.source_file) if self.source_file else "")
        self.file_field.setToolTip(self.file_field.text())
        self.clear_button.setEnabled(self.source_file is not None)
        show_error(self.file_error, self.file_field, "")

    # -- consent ------------------------------------------------------------------------------------
    def _check_consent(self) -> None:
        """Exchange needs consent: say so when a party is not covered on that day (a reminder, not a stop)."""
        try:
            day = self.exchanged_on.value()
        except Refusal:
            day = None
        if day is None:
            self.consent_hint.hide()
            return
        valid = [c for c in self.store.consents.list(self.case_id) if c.is_valid_on(day)]
        missing = [code for code in dict.fromkeys((self.from_sector.code(), self.to_sector.code()))
                   if code != "family" and not any(code in c.sectors for c in valid)]
        if not missing:
            self.consent_hint.hide()
            return
        names = ", ".join(labels.label(labels.SECTORS, code) for code in missing)
        self.consent_hint.setText(self.tr("No valid consent on %1 covers %2.")
                                  .replace("%1", fmt_date(day)).replace("%2", names))
        self.consent_hint.show()

    # -- save ----------------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            day = self.exchanged_on.value()
            show_error(self.date_error, self.exchanged_on, "")
        except Refusal as exc:
            show_error(self.date_error, self.exchanged_on, refusal_text(exc))
            self.error.show_message(self.tr("Please correct what is marked below."))
            return
        values = {"kind": self.kind.code(), "exchanged_on": day, "from_sector": self.from_sector.code(),
                  "to_sector": self.to_sector.code(), "note": self.note.toPlainText().strip()}
        what = labels.label(labels.EXCHANGE_KINDS, values["kind"])
        try:
            if self.exchange is None:
                self.saved_id = self.store.exchanges.add(Exchange(case_id=self.case_id, **values), self.source_file)
                text = self.tr("Record %1").replace("%1", what.lower())
            else:
                self.store.exchanges.update(self.exchange.id, values)
                self.saved_id = self.exchange.id
                text = self.tr("Change %1").replace("%1", what.lower())
        except Refusal as exc:
            # The fields were checked above, so what the store refuses now is the file.
            if self.source_file is not None:
                show_error(self.file_error, self.file_field, refusal_text(exc))
                self.error.show_message(self.tr("The file could not be saved. Everything you typed is kept."))
            else:
                self.error.show_message(refusal_text(exc))
            return
        record(self.undo_stack, self.store, text)
        super().accept()
