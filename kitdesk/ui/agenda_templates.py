"""The agenda's Templates button: insert a template, save the agenda as one's own template, and open
the folder of one's own templates (resources/templates/agenda holds the shipped ones).

It belongs to the agenda section: it writes through the store (one transaction, one undo step) and
tells the section what to say with `message(text, kind)`.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QToolButton

from kitdesk import templates
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.refusals import said
from kitdesk.ui.undo import write
from kitdesk.ui.widgets import as_typed


class TemplatesButton(QToolButton):
    message = Signal(str, str)  # text, kind ("warning" / "info" / "ok")

    def __init__(self, store, meeting_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack = store, meeting_id, undo_stack
        self.read_only = False
        self.before_change = lambda: None  # the section saves what is being typed first
        self.setText(self.tr("&Templates"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Room for the menu arrow beside the text, not on top of it.
        self.setStyleSheet("QToolButton { padding: 4px 20px 4px 10px; } QToolButton::menu-indicator { "
                           "subcontrol-origin: padding; subcontrol-position: right center; right: 6px; }")
        menu = QMenu(self)
        menu.aboutToShow.connect(self.fill_menu)
        self.setMenu(menu)

    def data_root(self):
        return self.store.folder.root if self.store.folder is not None else None

    def load_templates(self) -> list[templates.AgendaTemplate]:
        problems = templates.TemplateProblems()
        found = templates.load_agenda_templates(self.data_root(), problems)
        if problems.files:
            self.message.emit(self.tr(
                "These template files could not be read and are left out: %1. Open your templates folder to "
                "correct or remove them.").replace("%1", ", ".join(problems.files)), "warning")
        return found

    # TODO(agreements): the issue asks for the open agreements from the case's earlier meetings to be
    # offered as an item "Opfølgning på aftaler". Agreements (aftaler) arrive with the minutes in a
    # later issue; when the store can list a case's open agreements, offer them in this menu as one
    # item, with the agreements (who does what, by when) in its description.
    def fill_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        menu.addSection(self.tr("Insert a template"))
        for template in self.load_templates():
            # The user's own templates are named by the user: an "&" there is shown, not a shortcut key.
            name = as_typed(template.name) + ("  " + self.tr("(your own)") if template.own else "")
            action = menu.addAction(name, lambda t=template: self.insert_template(t))
            action.setEnabled(not self.read_only)
        menu.addSeparator()
        can_save = self.data_root() is not None
        has_items = bool(self.store.meetings.get(self.meeting_id).agenda)
        menu.addAction(self.tr("&Save agenda as template…"), self.save_as_template).setEnabled(
            can_save and has_items)
        menu.addAction(self.tr("&Open my templates folder"), self.open_templates_folder).setEnabled(can_save)

    def insert_template(self, template: templates.AgendaTemplate) -> None:
        """The template's items go after any items already there; an empty purpose gets the template's."""
        if self.read_only:
            return
        self.before_change()
        meeting = self.store.meetings.get(self.meeting_id)

        def insert() -> None:
            # One outer transaction: the whole template is one undo step.
            with self.store.transaction():
                if not meeting.purpose.strip() and template.purpose.strip():
                    self.store.meetings.update(self.meeting_id, {"purpose": template.purpose.strip()})
                for item in template.items:
                    self.store.meetings.add_item(self.meeting_id, item.title, item.description,
                                                 max(0, min(600, item.minutes)),
                                                 responsible_for(item.role, meeting.invitees))

        if not write(self, self.undo_stack, self.store, insert,
                     self.tr("Insert the template %1").replace("%1", template.name), title=self.tr("Insert template")):
            return
        self.message.emit(self.tr("The template “%1” was added to the agenda. Ctrl+Z takes it out again.")
                          .replace("%1", template.name), "info")

    def save_as_template(self) -> None:
        root = self.data_root()
        if root is None:
            return
        self.before_change()
        name, ok = QInputDialog.getText(self, self.tr("Save agenda as template"),
                                        self.tr("Name of the template:"), QLineEdit.EchoMode.Normal, "")
        name = name.strip()
        if not ok or not name:
            return
        own = [t for t in self.load_templates() if t.own and t.name == name]
        if own and QMessageBox.question(
                self, self.tr("Save agenda as template"),
                self.tr("You already have a template called “%1”. Replace it?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        meeting = self.store.meetings.get(self.meeting_id)
        by_id = {i.id: i for i in meeting.invitees}
        items = [templates.TemplateItem(i.title, i.description, i.minutes,
                                        role_of(by_id.get(i.responsible_id))) for i in meeting.agenda]
        try:
            path = templates.save_user_template(root, name, meeting.purpose, items)
        except (OSError, Refusal) as exc:
            QMessageBox.warning(self, self.tr("Save agenda as template"), said(exc))
            return
        self.message.emit(self.tr("Saved as the template “%1” in %2.").replace("%1", name)
                          .replace("%2", str(path.parent)), "ok")

    def open_templates_folder(self) -> None:
        root = self.data_root()
        if root is None:
            return
        folder = templates.user_agenda_dir(root)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not any(folder.glob("*.json")) and QMessageBox.question(
                    self, self.tr("My templates"),
                    self.tr("Your templates folder is empty. Copy the built-in templates into it, so you can "
                            "change them?")) == QMessageBox.StandardButton.Yes:
                for template in templates.load_agenda_templates(None):
                    templates.copy_to_user(template, root)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("My templates"), str(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self, self.tr("My templates"),
                                    self.tr("Your templates are in this folder:\n%1").replace("%1", str(folder)))


def responsible_for(role: str, invitees) -> int | None:
    """The invitee who usually leads an item with this role: by role, or the chair / minute-taker."""
    if not role:
        return None
    for invitee in invitees:
        if invitee.role_key == role:
            return invitee.id
    flag = {"chair": "is_chair", "minute_taker": "is_minute_taker"}.get(role)
    if flag:
        return next((i.id for i in invitees if getattr(i, flag)), None)
    return None


def role_of(invitee) -> str:
    """The role an item's responsible person has, for a template another meeting can reuse."""
    if invitee is None:
        return ""
    if invitee.is_chair:
        return "chair"
    return invitee.role_key or templates.role_for_sector(invitee.sector)
