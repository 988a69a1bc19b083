"""Ny sag: the child and where the course starts. Nothing typed is lost when something is wrong."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.cpr import check_cpr, cpr_matches_birth_date
from kitdesk.domain.model import Case
from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui import labels
from kitdesk.ui.field_messages import field_message, grow_to_fit, mark_invalid, show_field_message
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, CodeCombo, DateEdit, point_all_labels

TEXT_LIMIT = 300


class NewCaseDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.case_id: int | None = None
        # The CPR/birth-date pair whose warning the user has already been shown (see accept()).
        self._warned_for: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        child = QGroupBox(self.tr("The child"), self)
        form = QFormLayout(child)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.child_name = self._line(child, TEXT_LIMIT)
        self.name_message = field_message(child)
        form.addRow(self.tr("&Name"), self._stack(child, self.child_name, self.name_message))
        self.birth_date = DateEdit(child)
        self.birth_message = field_message(child)
        form.addRow(self.tr("&Birth date"), self._stack(child, self.birth_date, self.birth_message))
        self.cpr = self._line(child, 14)
        self.cpr.setPlaceholderText(self.tr("ddmmyy-xxxx (optional)"))
        self.cpr_message = field_message(child)
        form.addRow(self.tr("&CPR number"), self._stack(child, self.cpr, self.cpr_message))
        self.school = self._line(child, TEXT_LIMIT)
        form.addRow(self.tr("&School or day care"), self.school)
        self.municipality = self._line(child, TEXT_LIMIT)
        form.addRow(self.tr("&Municipality"), self.municipality)
        layout.addWidget(child)

        course = QGroupBox(self.tr("The course"), self)
        cform = QFormLayout(course)
        cform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.origin = CodeCombo(labels.items(labels.ORIGINS), course)
        cform.addRow(self.tr("&How it started"), self.origin)
        self.phase = CodeCombo([p for p in labels.items(labels.PHASES) if p[1] != "closed"], course)
        cform.addRow(self.tr("&Phase"), self.phase)
        self.step = CodeCombo([(str(k), k) for k in labels.STEPS], course)
        self.step_text = self._muted(course)
        cform.addRow(self.tr("S&tep"), self._beside(course, self.step, self.step_text))
        self.level = CodeCombo([(str(k), k) for k in labels.LEVELS], course)
        self.level_text = self._muted(course)
        cform.addRow(self.tr("&Level"), self._beside(course, self.level, self.level_text))
        layout.addWidget(course)
        point_all_labels(self)

        self.error = Banner(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.addButton(self.tr("C&reate case"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.create_button.setProperty("primary", True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.cpr.editingFinished.connect(self._cpr_left)
        self.birth_date.editingFinished.connect(self._birth_date_left)
        self.child_name.textEdited.connect(lambda _t: self._name_problem(quiet=True))
        self.step.currentIndexChanged.connect(self._describe_step_level)
        self.level.currentIndexChanged.connect(self._describe_step_level)
        self._describe_step_level()
        self.child_name.setFocus()

    # -- layout helpers ---------------------------------------------------------------------------
    def _line(self, parent, limit: int) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setMaxLength(limit)
        return edit

    def _muted(self, parent) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setProperty("muted", True)
        return label

    def _stack(self, parent, field: QWidget, message: QLabel) -> QWidget:
        holder = QWidget(parent)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(field)
        box.addWidget(message)
        holder.setFocusProxy(field)
        return holder

    def _beside(self, parent, combo: QWidget, text: QLabel) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(combo)
        row.addWidget(text, 1)
        holder.setFocusProxy(combo)
        return holder

    def _describe_step_level(self, *_args) -> None:
        self.step_text.setText(labels.label(labels.STEPS, self.step.code()))
        self.level_text.setText(labels.label(labels.LEVELS, self.level.code()))
        if self.isVisible():
            grow_to_fit(self)

    # -- checks -------------------------------------------------------------------------------------
    def _name_problem(self, quiet: bool = False) -> str:
        problem = "" if self.child_name.text().strip() else self.tr("Please write the child's name.")
        if not quiet or not problem:
            show_field_message(self.name_message, problem)
            mark_invalid(self.child_name, bool(problem))
        return problem

    def _birth_problem(self) -> str:
        try:
            self.birth_date.value()
        except Refusal as exc:
            show_field_message(self.birth_message, refusal_text(exc))
            return refusal_text(exc)
        show_field_message(self.birth_message, "")
        return ""

    def _cpr_check(self):
        """Check the CPR field and show the result beside it; returns (error, warning, check)."""
        text = self.cpr.text().strip()
        if not text:
            show_field_message(self.cpr_message, "")
            mark_invalid(self.cpr, False)
            return "", "", None
        check = check_cpr(text)
        if not check.valid:
            show_field_message(self.cpr_message, check.error)
            mark_invalid(self.cpr, True)
            return check.error, "", check
        mark_invalid(self.cpr, False)
        if self.cpr.text() != check.normalized:
            self.cpr.setText(check.normalized)  # shown as it will be stored: 070761-4285
        if self.birth_date.text().strip() == "":
            # The CPR number carries the birth date: save the user typing it twice.
            self.birth_date.set_value(check.birth_date)
        warnings = [check.warning] if check.warning else []
        if self.birth_date.is_valid() and not cpr_matches_birth_date(check.normalized, self.birth_date.value()):
            warnings.append(self.tr("The CPR number does not match the birth date."))
        warning = "\n".join(warnings)
        show_field_message(self.cpr_message, warning)
        return "", warning, check

    def _pair(self) -> tuple[str, str]:
        return self.cpr.text().strip(), self.birth_date.text().strip()

    def _cpr_left(self) -> None:
        _error, warning, _check = self._cpr_check()
        # Left by moving on (not by Enter): the warning has been seen before any attempt to create.
        if warning and not self.cpr.hasFocus():
            self._warned_for = self._pair()

    def _birth_date_left(self) -> None:
        self._birth_problem()
        if self.cpr.text().strip():
            _error, warning, _check = self._cpr_check()
            if warning and not self.birth_date.hasFocus():
                self._warned_for = self._pair()

    # -- create -------------------------------------------------------------------------------------
    def accept(self) -> None:
        self.error.show_message("")
        problems = [self._name_problem(), self._birth_problem()]
        cpr_error, warning, check = self._cpr_check()
        problems.append(cpr_error)
        first_bad = next((w for w, p in zip((self.child_name, self.birth_date, self.cpr), problems, strict=True) if p), None)
        if first_bad is not None:
            first_bad.setFocus()
            return
        if warning and self._warned_for != self._pair():
            # A warning does not block, but the user gets to see it once before the case is made.
            self._warned_for = self._pair()
            self._show_error(self.tr("Please look at the warning about the CPR number. "
                                     "Click Create case again to create the case anyway."))
            self.cpr.setFocus()
            return
        case = Case(
            child_name=self.child_name.text().strip(),
            birth_date=self.birth_date.value(),
            cpr=check.normalized if check else None,
            school=self.school.text().strip(),
            municipality=self.municipality.text().strip(),
            origin=self.origin.code(),
            phase=self.phase.code(),
            step=self.step.code(),
            level=self.level.code(),
        )
        try:
            self.case_id = self.store.cases.create(case)
        except Refusal as exc:
            self._show_error(refusal_text(exc))
            return
        except DatabaseErrors as exc:
            self._show_error(describe_error(exc))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.show_message(text)
        grow_to_fit(self)
