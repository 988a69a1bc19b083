"""Samtykke: which parties may exchange information, at a glance, and the consents behind it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.model import Consent
from kitdesk.domain.network import consent_coverage
from kitdesk.ui import labels
from kitdesk.ui.case_tab import CaseListTab
from kitdesk.ui.consent_dialog import ConsentDialog, WithdrawDialog
from kitdesk.ui.models.consent_table import ConsentTableModel, sectors_text, status_text
from kitdesk.ui.widgets import heading, shortcut


class ConsentsTab(CaseListTab):
    WATCHES = frozenset({"consents", "members", "consent_forms"})

    def make_model(self):
        self.coverage_lines: list[QLabel] = []
        return ConsentTableModel(self)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.addWidget(heading(self.tr("Who may exchange information today"), self, level=2))
        self.coverage = QWidget(self)
        self.coverage_grid = QGridLayout(self.coverage)
        self.coverage_grid.setContentsMargins(0, 0, 0, 0)
        self.coverage_grid.setHorizontalSpacing(8)
        self.coverage_grid.setVerticalSpacing(4)
        layout.addWidget(self.coverage)
        # Consent forms printed and not yet back signed: each with the way to register its return.
        self.forms = QWidget(self)
        self.forms_box = QVBoxLayout(self.forms)
        self.forms_box.setContentsMargins(0, 6, 0, 0)
        self.forms_box.setSpacing(2)
        self.form_lines: list[QWidget] = []
        layout.addWidget(self.forms)

        self.add_button = self.button(self.tr("&New consent…"), self.add_consent, primary=True)
        self.print_form_button = self.button(self.tr("&Print consent form…"), self.print_form)
        self.edit_button = self.button(self.tr("&Edit…"), self.edit_consent)
        self.withdraw_button = self.button(self.tr("&Withdraw consent…"), self.withdraw_consent)
        layout.addSpacing(8)
        layout.addLayout(self.heading_row(self.tr("Consents"), (self.add_button, self.print_form_button,
                                                                 self.edit_button, self.withdraw_button)))

        self.table = self.wrapping_table((150, 170, 105, 105, 260, 240, 90), self.tr("Consents"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # "Withdrawn 15.08.2026" (and its Danish) must never be cut off.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.details = self.details_box(self.tr("Choose a consent to see all of it here."))
        layout.addWidget(self.details)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.withdraw_button)
        self.setTabOrder(self.withdraw_button, self.table)

        self.table.activated.connect(lambda _index: self.edit_consent())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        shortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_consent, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- load ---------------------------------------------------------------------------------------
    def load(self) -> None:
        today = local_today()
        selected = self.current()
        consents = self.store.consents.list(self.case_id)
        self.model.set_rows(consents, today)
        self._show_coverage(consents, today)
        self._show_forms()
        self.reselect(selected.id if selected is not None else None)
        self._selection_changed()

    def _show_coverage(self, consents: list[Consent], today) -> None:
        for line in self.coverage_lines:
            self.coverage_grid.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.coverage_lines = []
        by_id = {c.id: c for c in consents}
        members = self.store.network.members(self.case_id)
        coverage = consent_coverage(members, consents, today)
        if not coverage:
            self._add_line(self.tr("There are no professionals in the network yet. Add them in the Network tab."),
                           "info", None, True)
        for item in coverage:
            sector = labels.label(labels.SECTORS, item.sector)
            if item.covered:
                # Several consents may cover a sector: name the one that lasts longest.
                best = max((by_id[i] for i in item.consent_ids if i in by_id),
                           key=lambda c: (c.valid_until is None, c.valid_until or today))
                until = (self.tr("valid until %1").replace("%1", fmt_date(best.valid_until))
                         if best.valid_until else self.tr("no end date"))
                text = self.tr("✓ %1: covered by consent from %2 (%3)") \
                    .replace("%1", sector).replace("%2", best.given_by).replace("%3", until)
            else:
                text = self.tr("✗ %1: no valid consent").replace("%1", sector)
            self._add_line(text, "ok" if item.covered else "warning", item.sector, item.covered)
        # Two columns keep a network of eight parties within a glance on a laptop screen.
        columns = 2 if len(self.coverage_lines) > 3 else 1
        for i, line in enumerate(self.coverage_lines):
            self.coverage_grid.addWidget(line, i // columns, i % columns)

    def _add_line(self, text: str, kind: str, sector: str | None, covered: bool) -> None:
        line = QLabel(text, self.coverage)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        line.setProperty("kind", kind)
        line.setProperty("sector", sector)
        line.setProperty("covered", covered)
        self.coverage_lines.append(line)

    def _show_forms(self) -> None:
        for line in self.form_lines:
            self.forms_box.removeWidget(line)
            line.hide()
            line.deleteLater()
        self.form_lines = []
        for form in (f for f in self.store.consents.forms(self.case_id) if not f.returned):
            line = QWidget(self.forms)
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self.tr("Consent form printed %1 for %2 – waiting for it to come back signed.")
                          .replace("%1", fmt_date(form.printed_on)).replace("%2", form.given_by), line)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setProperty("kind", "info")
            button = QPushButton(self.tr("Register the &signed form…"), line)
            button.setAutoDefault(False)
            button.setProperty("form_id", form.id)
            button.clicked.connect(lambda _checked=False, f=form: self.register_return(f))
            row.addWidget(text, 1)
            row.addWidget(button)
            self.forms_box.addWidget(line)
            self.form_lines.append(line)
        self.forms.setVisible(bool(self.form_lines))

    def coverage_text(self, sector: str) -> str:
        for line in self.coverage_lines:
            if line.property("sector") == sector:
                return line.text()
        return ""

    # -- selection ----------------------------------------------------------------------------------
    def current(self) -> Consent | None:
        row = self.selected_row()
        return self.model.consent_at(row) if row is not None else None

    def _selection_changed(self, *_args) -> None:
        consent = self.current()
        self.edit_button.setEnabled(consent is not None)
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)
        self.details.setPlainText(self._describe(consent) if consent else "")

    def _describe(self, c: Consent) -> str:
        lines = [
            self.tr("%1 – %2, %3").replace("%1", c.given_by).replace(
                "%2", labels.label(labels.CONSENT_GIVERS, c.giver_kind)).replace(
                "%3", labels.label(labels.CONSENT_FORMS, c.form).lower()),
            self.tr("Status: %1").replace("%1", status_text(c, local_today())),
            self.tr("Given %1, %2").replace("%1", fmt_date(c.given_on)).replace(
                "%2", self.tr("valid until %1").replace("%1", fmt_date(c.valid_until))
                if c.valid_until else self.tr("no end date")),
            self.tr("Covers: %1").replace("%1", sectors_text(c.sectors)),
        ]
        if c.information:
            lines.append(self.tr("Information: %1").replace("%1", c.information))
        if c.note:
            lines.append(self.tr("Note: %1").replace("%1", c.note))
        return "\n".join(lines)

    # -- actions ------------------------------------------------------------------------------------
    def add_consent(self) -> None:
        self.open_dialog(ConsentDialog(self.store, self.case_id, self.undo_stack, parent=self))

    def print_form(self) -> None:
        from kitdesk.ui.consent_form_dialog import ConsentFormDialog  # ReportLab loads when a form is printed

        self.open_dialog(ConsentFormDialog(self.store, self.case_id, self.undo_stack, parent=self))

    def register_return(self, form) -> None:
        """The signed form has come back: recorded as a written consent, linked to the form."""
        self.open_dialog(ConsentDialog(self.store, self.case_id, self.undo_stack, parent=self, form=form))

    def edit_consent(self) -> None:
        consent = self.current()
        if consent is not None:
            self.open_dialog(ConsentDialog(self.store, self.case_id, self.undo_stack, consent, parent=self))

    def withdraw_consent(self) -> None:
        consent = self.current()
        if consent is not None and consent.withdrawn_on is None:
            self.open_dialog(WithdrawDialog(self.store, consent, self.undo_stack, parent=self))

    def saved_by(self, dialog) -> int | None:
        return getattr(dialog, "saved_id", None) or getattr(getattr(dialog, "consent", None), "id", None)
