"""Modtag sag: a case handed over from another laptop, opened with its passphrase, its persons matched
with the directory (the user confirms each: "Brug eksisterende" / "Opret ny"), and – for a case that
is here already – keep both, or update from the file when the file's copy is newer. Nothing here is
changed until "Receive the case" is pressed, and then in one transaction."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.widgets import Banner, heading, primary_and_cancel


def _text(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ReceiveDialog(QDialog):
    def __init__(self, store, parent=None, path: Path | None = None):
        super().__init__(parent)
        self.store = store
        self.bundle = None
        self.received = None
        self.choices: dict[int, QRadioButton] = {}  # bundle person id -> "Brug eksisterende"
        self.keep_both_choice = self.update_choice = None
        self.setWindowTitle(self.tr("Receive case"))
        self.setMinimumSize(680, 420)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._open_page(path))
        self.review = QWidget(self)
        self.pages.addWidget(self.review)
        self.finished.connect(lambda _r: self._close_bundle())

    def _open_page(self, path: Path | None) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Receive a case from another KIT Desk"), page, 2))
        layout.addWidget(_text(page, self.tr(
            "Choose the file (.kitdesk) you were sent, and type the passphrase the sender gave you by phone or "
            "another way. Nothing is added before you have seen what the file holds.")))
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file = QLineEdit(str(path) if path else "", page)
        choose = QPushButton(self.tr("C&hoose…"), page)
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        file_label = QLabel(self.tr("&File:"), page)
        file_label.setBuddy(self.file)  # a row of several widgets: the mnemonic needs its buddy named
        form.addRow(file_label, file_row)
        self.passphrase = QLineEdit(page)
        self.passphrase.setPlaceholderText("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2")
        font = self.passphrase.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.passphrase.setFont(font)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.problem = Banner(page)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        buttons, self.open_button = primary_and_cancel(
            page, self.tr("&Open the file"), self.tr("Cancel"), self.open_file, self.reject)
        layout.addLayout(buttons)
        return page

    # -- opening ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the file you were sent"),
                                                      self.file.text() or str(Path.home()),
                                                      self.tr("Handed-over case (*.kitdesk);;All files (*)"))
        if chosen:
            self.file.setText(chosen)

    def open_file(self) -> None:
        from kitdesk.store.handover.receive import open_bundle

        path = Path(self.file.text().strip()).expanduser()
        if not self.file.text().strip():
            self.problem.show_message(self.tr("Choose the file you were sent."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._close_bundle()
            self.bundle = open_bundle(self.store, path, self.passphrase.text())
        except Refusal as refused:
            self.problem.show_message(refusal_text(refused))
            return
        except (OSError, *DatabaseErrors) as exc:
            self.problem.show_message(describe_error(exc, path.parent))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.problem.setVisible(False)
        self._fill_review()
        self.pages.setCurrentIndex(1)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # room for the list of people without scrolling, where the screen allows
            self.resize(max(self.width(), min(820, screen.width() - 40)), max(self.height(),
                                                                             min(660, screen.height() - 60)))
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(frame.topLeft().x(), max(screen.top(), frame.topLeft().y()))

    # -- what the file holds ------------------------------------------------------------------------
    def _fill_review(self) -> None:
        from kitdesk.store.handover.receive import existing_case, person_matches

        bundle = self.bundle
        layout = QVBoxLayout(self.review)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        title = heading(self.tr("Case %1 about %2").replace("%1", bundle.case["case_no"])
                        .replace("%2", bundle.case["child_name"]), self.review, 2)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(_text(self.review, self.tr("Handed over by %1 on %2.").replace(
            "%1", bundle.sender or "?").replace("%2", bundle.sent_on)))
        scroll = QScrollArea(self.review)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        body = QVBoxLayout(inner)
        existing = existing_case(self.store, bundle)
        self.existing = existing
        if existing is not None:  # first: it decides what receiving does at all
            body.addWidget(self._existing_box(inner, existing))
        matches = person_matches(self.store, bundle)
        found = [m for m in matches if m.local_id is not None]
        new = [m for m in matches if m.local_id is None]
        if found:
            group = QGroupBox(self.tr("People who may already be in your directory"), inner)
            box = QVBoxLayout(group)
            for match in found:
                box.addWidget(self._match_row(group, match))
            body.addWidget(group)
        if new:
            body.addWidget(_text(inner, self.tr("Added to the directory as new: %1.").replace(
                "%1", ", ".join(m.name for m in new))))
        body.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.review_problem = Banner(self.review)
        self.review_problem.setVisible(False)
        layout.addWidget(self.review_problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.receive_button = QPushButton(self.tr("&Receive the case"), self.review)
        self.receive_button.setProperty("primary", True)
        self.receive_button.setDefault(True)
        self.receive_button.clicked.connect(self.receive)
        cancel = QPushButton(self.tr("Cancel"), self.review)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.receive_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def _match_row(self, parent: QWidget, match) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)  # the choice beside the text: the list stays short
        layout.setContentsMargins(0, 4, 0, 4)
        theirs = ", ".join(p for p in (match.name, match.organisation, match.email) if p)
        ours = ", ".join(p for p in (match.local_name, match.local_organisation, match.local_email) if p)
        how = (self.tr("same e-mail address") if match.by == "email" else self.tr("same name and organisation"))
        layout.addWidget(_text(row, self.tr("In the file: %1\nIn your directory (%2): %3").replace("%1", theirs)
                               .replace("%2", how).replace("%3", ours)), 1)
        choice = QVBoxLayout()
        use = QRadioButton(self.tr("Use existing"), row)
        create = QRadioButton(self.tr("Create new"), row)
        use.setChecked(True)
        group = QButtonGroup(row)
        group.addButton(use)
        group.addButton(create)
        choice.addWidget(use)
        choice.addWidget(create)
        layout.addLayout(choice)
        self.choices[match.bundle_id] = use
        use.setProperty("local_id", match.local_id)
        return row

    def _existing_box(self, parent: QWidget, existing) -> QWidget:
        group = QGroupBox(self.tr("The case is already here (%1)").replace("%1", existing.case_no), parent)
        box = QVBoxLayout(group)
        box.addWidget(_text(group, self.tr("What differs:") + "\n" + "\n".join(f"• {line}"
                                                                               for line in existing.differences)))
        self.keep_both_choice = QRadioButton(self.tr("Keep both – the two cases stay apart"), group)
        self.update_choice = QRadioButton(self.tr("Update the case here from the file"), group)
        self.keep_both_choice.setChecked(True)
        self.update_choice.setEnabled(existing.bundle_is_newer)
        box.addWidget(self.keep_both_choice)
        box.addWidget(self.update_choice)
        if not existing.bundle_is_newer:
            box.addWidget(_text(group, self.tr("The case here was changed later than the copy in the file, so it "
                                               "cannot be updated from the file.")))
        return group

    # -- receiving ----------------------------------------------------------------------------------
    def receive(self) -> None:
        from kitdesk.store.handover import receive as receiving

        use = {bundle_id: button.property("local_id") for bundle_id, button in self.choices.items()
               if button.isChecked()}
        choice = None
        if self.existing is not None:
            updating = self.update_choice is not None and self.update_choice.isChecked()
            choice = (receiving.UPDATE
                      if updating else receiving.KEEP_BOTH)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.received = receiving.receive(self.store, self.bundle, use, choice)
        except Refusal as refused:
            self.review_problem.show_message(refusal_text(refused))
            return
        except (OSError, *DatabaseErrors) as exc:
            self.review_problem.show_message(describe_error(exc, self.store.folder.root if self.store.folder
                                                            else None))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    def _close_bundle(self) -> None:
        if self.bundle is not None:
            self.bundle.close()
            self.bundle = None
