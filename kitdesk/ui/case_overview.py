"""Oversigt: the child and the course. Every field is saved when you leave it, and can be undone."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.cpr import check_cpr, cpr_matches_birth_date, mask_cpr
from kitdesk.domain.dates import fmt_date
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.case_waiting import WaitingBox
from kitdesk.ui.undo import record
from kitdesk.ui.widgets import CodeCombo, DateEdit, restyle

TEXT_LIMIT = 300


class CprField(QWidget):
    """The CPR number, masked (230115-****) unless the user reveals it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("CPR number"))
        self.edit.setPlaceholderText(self.tr("ddmmyy-xxxx (optional)"))
        self.edit.setMaxLength(14)
        self.reveal = QPushButton(self.tr("Show"), self)
        self.reveal.setCheckable(True)
        self.reveal.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.reveal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._stored: str | None = None
        self.reveal.toggled.connect(self._show_stored)

    def set_stored(self, normalized: str | None) -> None:
        self._stored = normalized
        self._show_stored()

    def _show_stored(self) -> None:
        if self.edit.hasFocus() and self.edit.isModified():
            return
        shown = self._stored if self.reveal.isChecked() or not self._stored else mask_cpr(self._stored)
        self.edit.setText(shown or "")
        self.edit.setModified(False)
        self.edit.setReadOnly(bool(self._stored) and not self.reveal.isChecked())
        self.reveal.setVisible(bool(self._stored))
        self.reveal.setText(self.tr("Hide") if self.reveal.isChecked() else self.tr("Show"))

    def show_message(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        restyle(self.message, kind=kind)


class OverviewTab(QWidget):
    def __init__(self, store, bridge, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.case_id, self.undo_stack, self.bridge = store, case_id, undo_stack, bridge
        self._loading = False
        self._build()
        self.load()
        bridge.changed.connect(self._on_changed)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 12, 4, 4)
        grid.setHorizontalSpacing(24)
        child = QGroupBox(self.tr("The child"), self)
        form = QFormLayout(child)
        self.child_name = self._text(form, self.tr("Name"), "child_name")
        self.birth_date = DateEdit(child)
        self.birth_date.committed.connect(lambda v: self._save({"birth_date": v.isoformat() if v else None},
                                                               self.tr("Change birth date")))
        form.addRow(self.tr("Birth date"), self.birth_date)
        self.cpr = CprField(child)
        self.cpr.edit.editingFinished.connect(self._save_cpr)
        form.addRow(self.tr("CPR number"), self.cpr)
        self.school = self._text(form, self.tr("School or day care"), "school")
        self.municipality = self._text(form, self.tr("Municipality"), "municipality")
        grid.addWidget(child, 0, 0)

        course = QGroupBox(self.tr("The course"), self)
        cform = QFormLayout(course)
        self.origin = self._combo(cform, self.tr("How it started"), labels.ORIGINS, "origin")
        self.phase = self._combo(cform, self.tr("Phase"), labels.PHASES, "phase")
        self.step = self._combo(cform, self.tr("Step"), {k: k for k in labels.STEPS}, "step")
        self.step_text = QLabel(course)
        self.step_text.setWordWrap(True)
        self.step_text.setProperty("muted", True)
        cform.addRow("", self.step_text)
        self.level = self._combo(cform, self.tr("Level"), {k: k for k in labels.LEVELS}, "level")
        self.level_text = QLabel(course)
        self.level_text.setWordWrap(True)
        self.level_text.setProperty("muted", True)
        cform.addRow("", self.level_text)
        grid.addWidget(course, 0, 1)

        self.waiting = WaitingBox(self.store, self.bridge, self.case_id, self.undo_stack, self)
        grid.addWidget(self.waiting, 1, 0)

        dates = QGroupBox(self.tr("Dates"), self)
        dform = QFormLayout(dates)
        self.opened_on = self._date(dform, self.tr("Opened"), "opened_on")
        self.closed_on = self._date(dform, self.tr("Closed"), "closed_on")
        grid.addWidget(dates, 1, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _text(self, form, label: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(TEXT_LIMIT)
        edit.editingFinished.connect(lambda: self._save_text(edit, field, label))
        form.addRow(label, edit)
        return edit

    def _date(self, form, label: str, field: str) -> DateEdit:
        edit = DateEdit(self)
        edit.committed.connect(lambda v: self._save({field: v.isoformat() if v else None},
                                                    self.tr("Change %1").replace("%1", label.lower())))
        form.addRow(label, edit)
        return edit

    def _combo(self, form, label: str, table: dict, field: str) -> CodeCombo:
        if field in ("step", "level"):
            pairs = [(str(k), k) for k in table]
        else:
            pairs = labels.items(table)
        combo = CodeCombo(pairs, self)
        combo.currentIndexChanged.connect(lambda _i: self._save({field: combo.code()},
                                                                self.tr("Change %1").replace("%1", label.lower())))
        form.addRow(label, combo)
        return combo

    # -- load and save ------------------------------------------------------------------------------
    def load(self) -> None:
        case = self.store.cases.get(self.case_id)
        self._loading = True
        try:
            for edit, value in ((self.child_name, case.child_name), (self.school, case.school),
                                (self.municipality, case.municipality)):
                if not (edit.hasFocus() and edit.isModified()):
                    edit.setText(value)
            for edit, value in ((self.birth_date, case.birth_date), (self.opened_on, case.opened_on),
                                (self.closed_on, case.closed_on)):
                edit.set_value(value)
            self.cpr.set_stored(case.cpr)
            self.origin.set_code(case.origin)
            self.phase.set_code(case.phase)
            self.step.set_code(case.step)
            self.level.set_code(case.level)
            self.step_text.setText(labels.label(labels.STEPS, case.step))
            self.level_text.setText(labels.label(labels.LEVELS, case.level))
            self._show_cpr_state(case.cpr, case.birth_date)
        finally:
            self._loading = False

    def _save_text(self, edit: QLineEdit, field: str, label: str) -> None:
        if not edit.isModified():
            return
        edit.setModified(False)
        value = edit.text().strip()
        if field == "child_name" and not value:
            edit.setText(self.store.cases.get(self.case_id).child_name)
            edit.setProperty("invalid", False)
            edit.setToolTip("")
            self.window().statusBar().showMessage(self.tr("The child's name cannot be empty."), 5000) \
                if hasattr(self.window(), "statusBar") else None
            return
        self._save({field: value}, self.tr("Change %1").replace("%1", label.lower()))

    def _save(self, changes: dict, text: str) -> None:
        if self._loading:
            return
        self.store.cases.update(self.case_id, changes)
        record(self.undo_stack, self.store, text)

    def _save_cpr(self) -> None:
        edit = self.cpr.edit
        if edit.isReadOnly() or not edit.isModified():
            return
        text = edit.text().strip()
        if not text:
            self.cpr.show_message("", "ok")
            self._save({"cpr": None}, self.tr("Remove CPR number"))
            return
        result = check_cpr(text)
        if not result.valid:
            # Keep what was typed so nothing is lost; it is only saved once it is valid.
            self.cpr.show_message(result.error, "warning")
            edit.setProperty("invalid", True)
            edit.style().polish(edit)
            return
        edit.setProperty("invalid", False)
        edit.style().polish(edit)
        edit.setModified(False)
        changes = {"cpr": result.normalized}
        if self.birth_date.text().strip() == "":
            changes["birth_date"] = result.birth_date.isoformat()
        self._save(changes, self.tr("Change CPR number"))
        case = self.store.cases.get(self.case_id)
        self._show_cpr_state(case.cpr, case.birth_date)

    def _show_cpr_state(self, cpr, birth_date) -> None:
        """What may be wrong with the stored CPR number – its check digits, or a birth date it does not
        carry – as warnings beside it (they never block). A number typed and refused keeps its own message."""
        if self.cpr.edit.property("invalid"):
            return
        warnings = []
        if cpr:
            warning = check_cpr(cpr).warning
            if warning:
                warnings.append(warning)
            if birth_date and not cpr_matches_birth_date(cpr, birth_date):
                warnings.append(self.tr("The CPR number does not match the birth date (%1). Check both.")
                                .replace("%1", fmt_date(birth_date)))
        self.cpr.show_message("\n".join(warnings), "warning")

    def commit_pending(self) -> None:
        for edit in (self.child_name, self.school, self.municipality):
            if edit.isModified():
                edit.editingFinished.emit()
        for edit in (self.birth_date, self.opened_on, self.closed_on):
            edit.editingFinished.emit()
        if self.cpr.edit.isModified():
            self._save_cpr()

    def _on_changed(self, changes) -> None:
        if touches(changes, {"cases"}, self.case_id):
            self.load()
