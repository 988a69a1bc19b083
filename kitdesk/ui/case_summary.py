"""The top of a case's Oversigt: the case at a glance – contact persons and stafetholder, the next
meeting, the open agreements with their deadlines, consent cover per sector, the wait, the last five
stafetlog entries. Every line is a link to where it is dealt with (`go` carries "tab:network",
"meeting:12", "agreement:7"); the facts are read by store.desk.case_summary in one go.
"""
from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from kitdesk.domain.dates import fmt_date, from_utc_iso, local_today, to_local
from kitdesk.ui import labels
from kitdesk.ui.bridge import touches
from kitdesk.ui.models.meeting_table import fmt_when

ENTITIES = {"members", "persons", "consents", "agreements", "meetings", "log_entries", "waiting_periods", "cases"}
LATE = "#b42318"
MUTED = "#5b6470"
SHOWN_AGREEMENTS = 4
LOG_CHARS = 72  # one line each beside the agreements at 1366 pixels


def _link(href: str, text: str) -> str:
    return f'<a href="{href}">{escape(text)}</a>'


class CaseSummary(QGroupBox):
    go = Signal(str)

    def __init__(self, store, bridge, case_id: int, parent=None):
        super().__init__(self.tr("The case now"), parent)
        self.store, self.case_id = store, case_id
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 6)
        row.setSpacing(24)
        columns = (QVBoxLayout(), QVBoxLayout())
        self.lines: dict[str, QLabel] = {}
        names = {"contacts": self.tr("Contact persons and baton holder"), "meeting": self.tr("Next meeting"),
                 "consents": self.tr("Consent per sector"), "waiting": self.tr("Waiting"),
                 "agreements": self.tr("Open agreements"), "log": self.tr("Latest in the baton log")}
        for key, name in names.items():
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.setAccessibleName(name)
            label.linkActivated.connect(self.go)
            columns[key in ("agreements", "log")].addWidget(label)
            self.lines[key] = label
        for column in columns:
            column.setSpacing(4)
            column.addStretch(1)
            row.addLayout(column, 1)
        self.load()
        bridge.changed.connect(self._on_changed)

    def _title(self, text: str) -> str:
        return f"<b>{escape(text)}:</b> "

    def load(self) -> None:
        today = local_today()
        summary = self.store.desk.case_summary(self.case_id, today)
        self.lines["contacts"].setText(self._contacts(summary.contacts))
        self.lines["meeting"].setText(self._meeting(summary.next_meeting))
        self.lines["consents"].setText(self._consents(summary.coverage, summary.consent_ends, today))
        self.lines["waiting"].setText(self._waiting())
        self.lines["agreements"].setText(self._agreements(summary.agreements, today))
        self.lines["log"].setText(self._log(summary.log))

    def _contacts(self, members) -> str:
        parts = []
        for m in members:
            roles = []
            if m.is_contact:
                roles.append(labels.label(labels.SECTORS, m.sector))
            if m.is_baton_holder:
                roles.append(self.tr("baton holder"))
            parts.append(f"{escape(m.person_name)} ({escape(', '.join(roles))})")
        text = "; ".join(parts) if parts else escape(self.tr("none marked"))
        return self._title(self.tr("Contact persons")) + text + " " + _link("tab:network", self.tr("Network"))

    def _meeting(self, meeting) -> str:
        title = self._title(self.tr("Next meeting"))
        if meeting is None:
            return title + escape(self.tr("none planned")) + " " + _link("tab:meetings", self.tr("Meetings"))
        state = labels.label(labels.MEETING_STATES, meeting.state).lower()
        when = fmt_when(meeting.start) if meeting.start else self.tr("no time yet")
        return title + _link(f"meeting:{meeting.id}", f"{when} ({state})")

    def _consents(self, coverage, ends, today: date) -> str:
        title = self._title(self.tr("Consent"))
        if not coverage:
            return title + escape(self.tr("no professionals in the network yet"))
        parts = []
        for cover in coverage:
            name = labels.label(labels.SECTORS, cover.sector)
            if not cover.covered:
                parts.append(f'<span style="color:{LATE}">✗ {escape(name)}</span>')
            elif ends.get(cover.sector):
                parts.append(f"✓ {escape(name)} " + escape(self.tr("until %1").replace(
                    "%1", fmt_date(ends[cover.sector]))))
            else:
                parts.append(f"✓ {escape(name)}")
        return title + " · ".join(parts) + " " + _link("tab:consents", self.tr("Consent"))

    def _waiting(self) -> str:
        title = self._title(self.tr("Waiting"))
        period = self.store.waiting.current(self.case_id)
        if period is None:
            return title + escape(self.tr("not waiting"))
        text = self.tr("for %1 since %2").replace("%1", period.waiting_for).replace("%2", fmt_date(period.started_on))
        if period.next_contact_on is None:
            return title + escape(text)
        contact = self.tr("next contact %1").replace("%1", fmt_date(period.next_contact_on))
        if period.next_contact_on < local_today():  # overdue: in words and a sign, not by colour alone
            return title + escape(text) + f' – <span style="color:{LATE}">⚠ {escape(contact)}</span>'
        return title + escape(f"{text} – {contact}")

    def _agreements(self, agreements, today: date) -> str:
        title = self._title(self.tr("Open agreements (%1)").replace("%1", str(len(agreements))))
        if not agreements:
            return title + escape(self.tr("none"))
        rows = []
        named: set[str] = set()  # a received plan's source is written out once; its other lines refer to it
        for a in agreements[:SHOWN_AGREEMENTS]:
            if a.ongoing:
                due = self.tr("ongoing")
            else:
                due = fmt_date(a.deadline) if a.deadline else self.tr("no deadline")
            late = not a.ongoing and a.deadline is not None and a.deadline < today
            due_html = f'<span style="color:{LATE}">⚠ {escape(due)}</span>' if late else escape(due)
            who = f" – {escape(a.responsible)}" if a.responsible else ""
            # Read in from another KIT Desk's plan: where it came from, as the follow-up shows it.
            source = ""
            if a.source:
                said = escape(a.source) if a.source not in named else escape(self.tr("from the same plan"))
                source = f' <span style="color:{MUTED}">({said})</span>'
                named.add(a.source)
            rows.append(f"{due_html}: {_link(f'agreement:{a.id}', a.what)}{who}{source}")
        more = len(agreements) - SHOWN_AGREEMENTS
        if more > 0:
            rows.append(_link(f"agreement:{agreements[SHOWN_AGREEMENTS].id}",
                              self.tr("%n more…", "", more)))
        return title + "<br>" + "<br>".join(rows)

    def _log(self, entries) -> str:
        title = self._title(self.tr("Latest in the baton log"))
        if not entries:
            return title + escape(self.tr("nothing yet"))
        rows = []
        for e in entries:
            day = fmt_date(to_local(from_utc_iso(e.at))) if e.at else ""
            text = " ".join(e.text.split())
            text = text if len(text) <= LOG_CHARS else text[:LOG_CHARS - 1].rstrip() + "…"
            rows.append(f"{escape(day)} {_link('tab:log', text)}")
        return title + "<br>" + "<br>".join(rows)

    def _on_changed(self, changes) -> None:
        if any(c.entity == "erasure" for c in changes):
            return
        if touches(changes, ENTITIES, self.case_id):
            self.load()

