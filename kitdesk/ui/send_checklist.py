"""Before sending: what must be in place (each ✖ line blocks), information exchanged before the
meeting (advice), consent for every invited sector (blocks, unless the user writes why it may go
anyway), and for a virtual meeting whether the family was asked. Used by the Send section."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.meeting import VIRTUAL_FORMS, Meeting, Organiser, meeting_day, send_problems, sectors_without_consent
from kitdesk.ui import labels, reason_dialog
from kitdesk.ui.undo import write

GLYPHS = {"block": ("✖", "#b3261e"), "hint": ("!", "#9a5b00"), "ok": ("✔", "#1d7a3e")}
# Where each problem is put right: words of the domain's message (kitdesk.domain.meeting.send_problems),
# then the meeting's section and the field in it that the line's "Go there" leads to.
PLACES = (
    ("dato og starttidspunkt", "when", "date"), ("hvornår mødet slutter", "when", "end"),
    ("slutte efter", "when", "end"), ("12 timer", "when", "end"),
    ("formål", "agenda", "purpose"), ("punkt på dagsordenen", "agenda", "add_button"),
    ("Inviter mindst", "invitees", "network_button"), ("mødeleder", "invitees", "chair_button"),
    ("samtalen med familien", "when", "request_note"), ("hvor mødet holdes", "when", "place"),
    ("fysiske deltagere", "when", "place"), ("linket til videomødet", "when", "video_link"),
    ("telefonnummer", "when", "phone"), ("efter fristen", "when", "late_reason"),
    ("virtuelt", "send", "virtual_asked"), ("egen læge inviteres", "invitees", "gp_spoken_to"),
)
SETTINGS = ("settings", "")


def place_of(text: str) -> tuple[str, str] | None:
    """(section, field) where a problem is put right, or None."""
    return next(((section, field) for words, section, field in PLACES if words in text), None)
# What counts as information exchanged ahead of a meeting (a referral alone is not).
DOCUMENT_KINDS = ("treatment_plan", "status_note", "statement", "dialogue")


def plain_label(text: str, parent: QWidget, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if muted:
        label.setProperty("muted", True)
    return label


class CheckLine(QWidget):
    """One line: a coloured mark (✖ blocks, ! advice, ✔ fine) and the text, which may be user text –
    and, for something to put right, a "Go there" button to the field where it is done."""

    def __init__(self, kind: str, text: str, parent=None, place: tuple[str, str] | None = None):
        super().__init__(parent)
        self.kind, self.text, self.place = kind, text, place
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 1, 0, 1)
        glyph, colour = GLYPHS[kind]
        mark = QLabel(glyph, self)
        mark.setFixedWidth(18)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setStyleSheet(f"color: {colour}; font-weight: 700;")
        row.addWidget(mark)
        row.addWidget(plain_label(text, self), 1)
        self.go_button = None
        if place is not None:
            self.go_button = QPushButton(self.tr("Go there"), self)
            self.go_button.setAutoDefault(False)
            self.go_button.setAccessibleName(self.tr("Go there: %1").replace("%1", text))
            self.go_button.setToolTip(self.tr("To the field where this is put right"))
            row.addWidget(self.go_button, 0, Qt.AlignmentFlag.AlignTop)


class SendChecklist(QGroupBox):
    go_to = Signal(str, str)  # the section and the field where a problem is put right (see PLACES)

    def __init__(self, store, case_id: int, undo_stack, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Before sending"))
        self.store, self.case_id, self.undo_stack = store, case_id, undo_stack
        self.meeting: Meeting | None = None
        self.box = QVBoxLayout(self)
        self.box.setSpacing(3)
        # Kept across refreshes; the lines around them are made anew each time.
        self.consent_buttons = QWidget(self)
        row = QHBoxLayout(self.consent_buttons)
        row.setContentsMargins(24, 2, 0, 4)
        self.override_button = QPushButton(self.tr("Send &without consent…"), self.consent_buttons)
        self.override_button.clicked.connect(self.override_consent)
        self.remove_override_button = QPushButton(self.tr("&Withdraw the reason"), self.consent_buttons)
        self.remove_override_button.clicked.connect(self.remove_override)
        for button in (self.override_button, self.remove_override_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.virtual_asked = QCheckBox(self.tr("The child/young person and the family were &asked whether the "
                                               "meeting may be virtual"), self)
        self.virtual_asked.clicked.connect(self._set_virtual_asked)

    # -- the rules ------------------------------------------------------------------------------------
    def consent_day(self):
        return meeting_day(self.meeting) or local_today()

    def missing_consent(self) -> list[str]:
        return sectors_without_consent(self.meeting, self.store.consents.list(self.case_id), self.consent_day())

    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading, lines); a line is (kind, text): "block" stops the sending, "hint" is advice, "ok" is fine."""
        lines = [("block", text) for text in send_problems(self.meeting)]  # Danish already, from the domain
        organiser = Organiser.from_settings(self.store.settings.all())
        if not organiser.name or not organiser.email:
            lines.append(("block", self._organiser_line()))
        if not lines:
            lines.append(("ok", self.tr("Purpose, agenda, time, place and chair are in place.")))
        groups = [(self.tr("The meeting"), lines),
                  (self.tr("Information exchanged before the meeting"), self._exchange_lines())]
        consent = self._consent_lines()
        if consent:
            groups.append((self.tr("Consent"), consent))
        return groups

    def _organiser_line(self) -> str:
        return self.tr("Fill in your name and e-mail under Settings – they are the organiser of the invitation, "
                       "and afbud is sent to you.")

    def lines(self) -> list[tuple[str, str]]:
        return [line for _, lines in self.groups() for line in lines]

    def blocked(self) -> bool:
        return any(kind == "block" for kind, _ in self.lines())

    def _exchange_lines(self) -> list[tuple[str, str]]:
        day = self.consent_day()
        exchanges = [e for e in self.store.exchanges.list(self.case_id)
                     if e.exchanged_on is not None and e.exchanged_on <= day]
        if not exchanges:
            return [("hint", self.tr("Nothing exchanged yet – consider sending a treatment plan or status note "
                                     "before the meeting."))]
        lines = []
        for e in exchanges[:3]:
            text = self.tr("%1 sent %2 (%3 → %4)") if e.kind != "dialogue" else self.tr("%1 on %2 (%3 → %4)")
            lines.append(("ok", text.replace("%1", labels.label(labels.EXCHANGE_KINDS, e.kind))
                          .replace("%2", fmt_date(e.exchanged_on))
                          .replace("%3", labels.label(labels.SECTORS, e.from_sector))
                          .replace("%4", labels.label(labels.SECTORS, e.to_sector))))
        if not any(e.kind in DOCUMENT_KINDS for e in exchanges):
            lines.append(("hint", self.tr("No treatment plan, status note or dialogue yet – consider sending one "
                                          "before the meeting.")))
        return lines

    def _consent_lines(self) -> list[tuple[str, str]]:
        if not any(i.sector != "family" for i in self.meeting.invitees):
            return []
        day = fmt_date(self.consent_day())
        missing = self.missing_consent()
        if not missing:
            return [("ok", self.tr("Consent valid on %1 covers every invited sector.").replace("%1", day))]
        sectors = ", ".join(labels.label(labels.SECTORS, s) for s in missing)
        reason = self.meeting.consent_override.strip()
        if reason:
            return [("hint", self.tr("No valid consent on %1 for: %2. Sent without consent because: %3")
                     .replace("%1", day).replace("%2", sectors).replace("%3", reason))]
        return [("block", self.tr("No valid consent on %1 for: %2. Record the family's consent in the case's "
                                  "Consent tab – or send without consent and write why.")
                 .replace("%1", day).replace("%2", sectors))]

    # -- showing ------------------------------------------------------------------------------------
    def refresh(self, meeting: Meeting) -> None:
        self.meeting = meeting
        while self.box.count():
            widget = self.box.takeAt(0).widget()
            if widget is not None and widget not in (self.consent_buttons, self.virtual_asked):
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        consent_title = self.tr("Consent")
        for title, lines in self.groups():
            self._group_title(title)
            for kind, text in lines:
                place = (SETTINGS if text == self._organiser_line() else place_of(text)) if kind == "block" else None
                line = CheckLine(kind, text, self, place)
                if line.go_button is not None:
                    line.go_button.clicked.connect(lambda _c=False, p=place: self.go_to.emit(*p))
                self.box.addWidget(line)
            if title == consent_title:
                self.box.addWidget(self.consent_buttons)
        missing = bool(self.missing_consent())
        override = bool(meeting.consent_override.strip())
        self.consent_buttons.setVisible(missing)
        self.override_button.setVisible(missing and not override)
        self.remove_override_button.setVisible(missing and override)
        virtual = meeting.form in VIRTUAL_FORMS
        if virtual:
            self._group_title(self.tr("Virtual meeting"))
            self.box.addWidget(self.virtual_asked)
        self.virtual_asked.setVisible(virtual)
        self.virtual_asked.setChecked(meeting.virtual_asked)

    def _group_title(self, title: str) -> None:
        label = plain_label(title, self)
        label.setStyleSheet("font-weight: 600; margin-top: 4px;")
        self.box.addWidget(label)

    def shown_lines(self) -> list[tuple[str, str]]:
        """The lines as shown now (for tests, and to read them back)."""
        found = (self.box.itemAt(i).widget() for i in range(self.box.count()))
        return [(w.kind, w.text) for w in found if isinstance(w, CheckLine)]

    # -- the user's answers ---------------------------------------------------------------------------
    def override_consent(self) -> None:
        sectors = ", ".join(labels.label(labels.SECTORS, s) for s in self.missing_consent())
        reason = reason_dialog.ask_reason(
            self, self.tr("Send without consent"),
            self.tr("No valid consent covers: %1.\n\nWhy may the invitation be sent anyway? The reason is kept "
                    "with the meeting.").replace("%1", sectors),
            self.tr("&Send without consent"),
            self.tr("e.g. the mother consented by phone today; the written consent follows"))
        if reason:
            self._update({"consent_override": reason}, self.tr("Send without consent"))

    def remove_override(self) -> None:
        self._update({"consent_override": ""}, self.tr("Withdraw the reason for sending without consent"))

    def _set_virtual_asked(self, on: bool) -> None:
        self._update({"virtual_asked": on}, self.tr("Mark that the family was asked about a virtual meeting"))

    def _update(self, changes: dict, text: str) -> None:
        write(self, self.undo_stack, self.store, lambda: self.store.meetings.update(self.meeting.id, changes), text,
              title=self.title())
