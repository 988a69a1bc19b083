"""Before sending: what must be in place (each ✖ line blocks), the child's and the family's part (the
participants agreed with them; a parent or the child invited, or why not), who writes the minutes (the
inviting side, or why not), whether the invitation goes out in good time (advice), information
exchanged before the meeting (advice), consent for every invited sector (blocks, unless the user
writes why it may go anyway), and for a virtual meeting – telephone too – whether the family was
asked. Used by the Send section."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitdesk.domain import meeting as meeting_rules
from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.meeting import (
    MINUTE_TAKER_OFF_SIDE,
    NO_FAMILY,
    VIRTUAL_FORMS,
    Meeting,
    Organiser,
    family_invited,
    meeting_day,
    minute_taker_off_side,
    minute_taker_problem,
    sectors_without_consent,
    send_problems,
    short_notice_warning,
)
from kitdesk.domain.refusal import Refusal
from kitdesk.ui import labels, reason_dialog
from kitdesk.ui.refusals import refusal_text
from kitdesk.ui.undo import write

GLYPHS = {"block": ("✖", "#b3261e"), "hint": ("!", "#9a5b00"), "ok": ("✔", "#1d7a3e")}
# Where each of the domain's problems (kitdesk.domain.meeting.send_problems) is put right: the
# meeting's section and the field in it that the line's "Go there" leads to.
PLACES = {
    meeting_rules.NO_START: ("when", "date"), meeting_rules.NO_END: ("when", "end"),
    meeting_rules.ENDS_BEFORE_START: ("when", "end"), meeting_rules.TOO_LONG: ("when", "end"),
    meeting_rules.NO_PURPOSE: ("agenda", "purpose"), meeting_rules.NO_AGENDA: ("agenda", "add_button"),
    meeting_rules.NO_INVITEES: ("invitees", "network_button"), meeting_rules.NO_CHAIR: ("invitees", "chair_button"),
    meeting_rules.NO_REQUEST_NOTE: ("when", "request_note"), meeting_rules.NO_PLACE: ("when", "place"),
    meeting_rules.NO_HYBRID_PLACE: ("when", "place"), meeting_rules.NO_VIDEO_LINK: ("when", "video_link"),
    meeting_rules.NO_PHONE: ("when", "phone"), meeting_rules.NO_LATE_REASON: ("when", "late_reason"),
    meeting_rules.VIRTUAL_NOT_ASKED: ("send", "virtual_asked"),
    meeting_rules.GP_NOT_SPOKEN_TO: ("invitees", "gp_spoken_to"),
}
SETTINGS = ("settings", "")


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
        # The child's and the family's part (seed 002).
        self.invitees_agreed = QCheckBox(self.tr("The participants were a&greed with the child/young person and "
                                                 "the family"), self)
        self.invitees_agreed.clicked.connect(self._set_invitees_agreed)
        self.family_buttons, (self.without_family_button, self.remove_family_reason_button) = self._buttons(
            (self.tr("Send without the famil&y…"), self.send_without_family),
            (self.tr("Withdraw the reason"), self.remove_family_reason))
        # Who writes the minutes (seed 002: the inviting party).
        self.taker_buttons, (self.taker_reason_button, self.remove_taker_reason_button) = self._buttons(
            (self.tr("Write why &another side writes the minutes…"), self.explain_minute_taker),
            (self.tr("Withdraw the reason"), self.remove_taker_reason))
        self._kept = (self.consent_buttons, self.virtual_asked, self.invitees_agreed, self.family_buttons,
                      self.taker_buttons)

    def _buttons(self, *specs) -> tuple[QWidget, list[QPushButton]]:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(24, 2, 0, 4)
        buttons = []
        for text, slot in specs:
            button = QPushButton(text, holder)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        return holder, buttons

    # -- the rules ------------------------------------------------------------------------------------
    def consent_day(self):
        return meeting_day(self.meeting) or local_today()

    def missing_consent(self) -> list[str]:
        return sectors_without_consent(self.meeting, self.store.consents.list(self.case_id), self.consent_day())

    def organiser(self) -> Organiser:
        return Organiser.from_settings(self.store.settings.all())

    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading, lines); a line is (kind, text): "block" stops the sending, "hint" is advice, "ok" is fine."""
        organiser = self.organiser()
        # The family's and the minute-taker's problems have groups of their own.
        own_group = {NO_FAMILY, MINUTE_TAKER_OFF_SIDE}
        problems = [p for p in send_problems(self.meeting, organiser.sector) if p.message_id not in own_group]
        lines = [("block", refusal_text(problem)) for problem in problems]
        self._places = {refusal_text(p): PLACES[p.message_id] for p in problems if p.message_id in PLACES}
        if not organiser.name or not organiser.email:
            lines.append(("block", self._organiser_line()))
            self._places[self._organiser_line()] = SETTINGS
        if not lines:
            lines.append(("ok", self.tr("Purpose, agenda, time, place and chair are in place.")))
        groups = [(self.tr("The meeting"), lines)]
        if self.meeting.invitees:
            groups.append((self.tr("The child and the family"), self._family_lines()))
        taker = self._minute_taker_lines(organiser)
        if taker:
            groups.append((self.tr("Minutes"), taker))
        notice = self._notice_lines()
        if notice:
            groups.append((self.tr("In good time"), notice))
        groups.append((self.tr("Information exchanged before the meeting"), self._exchange_lines()))
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

    def _family_lines(self) -> list[tuple[str, str]]:
        meeting, lines = self.meeting, []
        if family_invited(meeting):
            names = ", ".join(i.name for i in meeting.invitees if i.sector == "family")
            lines.append(("ok", self.tr("From the family: %1").replace("%1", names)))
        elif meeting.family_absent_reason.strip():
            lines.append(("hint", self.tr("Neither a parent nor the child is invited, because: %1")
                          .replace("%1", meeting.family_absent_reason.strip())))
        else:
            lines.append(("block", refusal_text(Refusal(NO_FAMILY))))
        if not meeting.invitees_agreed:
            lines.append(("hint", self.tr("Agree with the child/young person and the family who takes part, "
                                          "and tick below.")))
        return lines

    def _minute_taker_lines(self, organiser: Organiser) -> list[tuple[str, str]]:
        meeting = self.meeting
        taker = meeting.minute_taker
        if taker is None or not minute_taker_off_side(meeting, organiser.sector):
            return []
        reason = meeting.minute_taker_reason.strip()
        if reason:
            return [("hint", self.tr("%1 writes the minutes, although another side invites, because: %2")
                     .replace("%1", taker.name).replace("%2", reason))]
        problem = minute_taker_problem(meeting, organiser.sector)
        return [("block", refusal_text(problem))] if problem is not None else []

    def _notice_lines(self) -> list[tuple[str, str]]:
        """Seed 002: the participants are invited in good time – advice, never a block."""
        minimum = self.store.settings.invite_notice_days()
        warning = short_notice_warning(self.meeting, local_today(), minimum, self.store.settings.extra_closed_days())
        return [("hint", refusal_text(warning))] if warning is not None else []

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
            if widget is not None and widget not in self._kept:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        after = {self.tr("Consent"): (self.consent_buttons,),
                 self.tr("The child and the family"): (self.invitees_agreed, self.family_buttons),
                 self.tr("Minutes"): (self.taker_buttons,)}
        shown = set()
        for title, lines in self.groups():
            self._group_title(title)
            for kind, text in lines:
                place = self._places.get(text) if kind == "block" else None
                line = CheckLine(kind, text, self, place)
                if line.go_button is not None:
                    line.go_button.clicked.connect(lambda _c=False, p=place: self.go_to.emit(*p))
                self.box.addWidget(line)
            for widget in after.get(title, ()):
                self.box.addWidget(widget)
                shown.add(widget)
        for widget in (self.invitees_agreed, self.family_buttons, self.taker_buttons):
            widget.setVisible(widget in shown)
        self.invitees_agreed.setChecked(meeting.invitees_agreed)
        family_reason = bool(meeting.family_absent_reason.strip())
        self.without_family_button.setVisible(not family_invited(meeting) and not family_reason)
        self.remove_family_reason_button.setVisible(family_reason)
        taker_reason = bool(meeting.minute_taker_reason.strip())
        self.taker_reason_button.setVisible(not taker_reason)
        self.remove_taker_reason_button.setVisible(taker_reason)
        missing = bool(self.missing_consent())
        override = bool(meeting.consent_override.strip())
        self.consent_buttons.setVisible(missing)
        self.override_button.setVisible(missing and not override)
        self.remove_override_button.setVisible(missing and override)
        virtual = meeting.form in VIRTUAL_FORMS
        if virtual:
            self._group_title(self.tr("Meeting by telephone") if meeting.form == "phone" else self.tr("Virtual meeting"))
            self.virtual_asked.setText(
                self.tr("The child/young person and the family were &asked whether the meeting may be held by "
                        "telephone") if meeting.form == "phone" else
                self.tr("The child/young person and the family were &asked whether the meeting may be virtual"))
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

    def send_without_family(self) -> None:
        reason = reason_dialog.ask_reason(
            self, self.tr("Send without the family"),
            self.tr("Neither a parent nor the child/young person is invited. The child and the family take part "
                    "in the network meeting unless there is a reason.\n\nWhy is the meeting held without them? The "
                    "reason is kept with the meeting."),
            self.tr("&Send without the family"),
            self.tr("e.g. the parents asked that the professionals meet first; they are told the same day"))
        if reason:
            self._update({"family_absent_reason": reason}, self.tr("Send without the family"))

    def remove_family_reason(self) -> None:
        self._update({"family_absent_reason": ""}, self.tr("Withdraw the reason for sending without the family"))

    def explain_minute_taker(self) -> None:
        ask_minute_taker_reason(self, self.store, self.undo_stack, self.meeting)

    def remove_taker_reason(self) -> None:
        self._update({"minute_taker_reason": ""}, self.tr("Withdraw the reason for the minute-taker"))

    def _set_invitees_agreed(self, on: bool) -> None:
        self._update({"invitees_agreed": on}, self.tr("Mark that the participants were agreed with the family"))

    def _set_virtual_asked(self, on: bool) -> None:
        self._update({"virtual_asked": on}, self.tr("Mark that the family was asked about a virtual meeting"))

    def _update(self, changes: dict, text: str) -> None:
        write(self, self.undo_stack, self.store, lambda: self.store.meetings.update(self.meeting.id, changes), text,
              title=self.title())



def ask_minute_taker_reason(parent, store, undo_stack, meeting: Meeting, name: str | None = None) -> bool:
    """Ask why the minutes are written by another side than the inviting one (seed 002: the party that
    invites writes the minutes); the reason is stored with the meeting. False when the user cancels."""
    taker = name or (meeting.minute_taker.name if meeting.minute_taker else "")
    reason = reason_dialog.ask_reason(
        parent, QCoreApplication.translate("SendChecklist", "Minute-taker from another side"),
        QCoreApplication.translate(
            "SendChecklist", "The party that invites writes the minutes. %1 is not from the side that invites."
            "\n\nWhy does %1 write them? The reason is kept with the meeting and printed on the plan.")
        .replace("%1", taker),
        QCoreApplication.translate("SendChecklist", "&Save the reason"),
        QCoreApplication.translate("SendChecklist", "e.g. the chair leads the meeting and cannot write at the same time"))
    if not reason:
        return False
    return write(parent, undo_stack, store, lambda: store.meetings.update(meeting.id, {"minute_taker_reason": reason}),
                 QCoreApplication.translate("SendChecklist", "Write why %1 writes the minutes").replace("%1", taker),
                 title=QCoreApplication.translate("SendChecklist", "Minutes"))
