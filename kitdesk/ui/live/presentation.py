"""Del skærm: a second window in large type for the shared screen – the current agenda item and the
agreements so far – following the chair's window live.

What it shows is chosen narrowly, since the family and every participant read it: the child's first
name and the meeting's date (never a CPR number or the full name), the current item's title and
time, and each agreement's what, who and deadline. Discussions and internal notes are never even
looked at here. Texts arrive as they are typed (LiveSession.text_changed); structural changes (a new
agreement, a new responsible, another item) through the window's own StoreBridge, which is let go
when the window closes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kitdesk.domain import dates
from kitdesk.domain.meeting import agenda_schedule
from kitdesk.domain.minutes import Agreement
from kitdesk.ui import labels
from kitdesk.ui.bridge import StoreBridge, touches
from kitdesk.ui.widgets import shortcut, title_as_typed

# Sizes in points for a 768-pixel-high window; a taller screen scales them up (see _apply_style).
SIZES = {"band": 22, "date": 18, "now": 15, "item": 32, "time": 20, "heading": 24, "number": 24, "what": 24,
         "meta": 19, "empty": 22, "footer": 14}
STYLE = """
QWidget#presentation {{ background: #ffffff; }}
QFrame#band {{ background: #1f3a5f; }}
QLabel#bandTitle {{ color: #ffffff; font-size: {band}pt; font-weight: 600; }}
QLabel#bandDate {{ color: #dbe6f3; font-size: {date}pt; }}
QLabel#now {{ color: #1f5fa8; font-size: {now}pt; font-weight: 700; letter-spacing: 1px; }}
QLabel#itemTitle {{ color: #111111; font-size: {item}pt; font-weight: 700; }}
QLabel#itemTime {{ color: #4a5361; font-size: {time}pt; }}
QFrame#rule {{ background: #d6dbe3; max-height: 2px; min-height: 2px; border: none; }}
QLabel#heading {{ color: #1f3a5f; font-size: {heading}pt; font-weight: 700; }}
QLabel#number {{ color: #1f5fa8; font-size: {number}pt; font-weight: 700; }}
QLabel#what {{ color: #111111; font-size: {what}pt; }}
QLabel#meta {{ color: #4a5361; font-size: {meta}pt; }}
QLabel#empty {{ color: #4a5361; font-size: {empty}pt; }}
QLabel#footer {{ color: #4a5361; font-size: {footer}pt; }}
QScrollArea, QWidget#agreementList {{ background: #ffffff; border: none; }}
QPushButton#closeShared {{ color: #ffffff; background: transparent; border: 2px solid #9fb4cf; border-radius: 6px;
                           padding: 4px 14px; font-size: {date}pt; }}
QPushButton#closeShared:hover, QPushButton#closeShared:focus {{ background: #2d5282; border-color: #ffffff; }}
"""


def first_name(child_name: str) -> str:
    parts = (child_name or "").split()
    return parts[0] if parts else ""


def _label(name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class AgreementRow(QWidget):
    """One agreement in large type: its number, what, and who and when underneath."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(18)
        self.number = _label("number", self, wrap=False)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setMinimumWidth(48)
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.what = _label("what", self)
        self.meta = _label("meta", self)
        text.addWidget(self.what)
        text.addWidget(self.meta)
        layout.addLayout(text, 1)


class PresentationWindow(QWidget):
    def __init__(self, store, session, parent=None):
        """`parent`: the chair's view, kept as its owner – but not as the window's Qt parent, since a
        window with a parent is held above it by the window system and would cover the chair's
        window on a single screen. The owner closes it (LiveMeetingView.close_session)."""
        super().__init__(None, Qt.WindowType.Window)
        self.owner = parent
        self.store, self.session = store, session
        self.meeting_id = session.meeting_id
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bridge: StoreBridge | None = None
        self.agreements: list[Agreement] = []
        self.rows: list[AgreementRow] = []
        self.current_item_id = None
        self.no_new_agreements = False
        self._scale = 0.0
        self._build()
        self.reload()
        session.text_changed.connect(self._on_typed)
        session.current_item_changed.connect(self._on_current_item)
        shortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen, Qt.ShortcutContext.WindowShortcut)
        # Esc closes the shared screen, full screen or not: the way out that everyone tries first.
        shortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close, Qt.ShortcutContext.WindowShortcut)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        band = QFrame(self)
        band.setObjectName("band")
        band_layout = QHBoxLayout(band)
        band_layout.setContentsMargins(40, 14, 40, 14)
        self.title = _label("bandTitle", band, wrap=False)
        self.date = _label("bandDate", band, wrap=False)
        band_layout.addWidget(self.title, 1)
        band_layout.addWidget(self.date)
        band_layout.addSpacing(24)
        # A visible way out, also full screen (where the window has no title bar to close it from).
        self.close_button = QPushButton(self.tr("Close shared screen (Esc)"), band)
        self.close_button.setObjectName("closeShared")
        self.close_button.setAutoDefault(False)
        self.close_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.close_button.clicked.connect(self.close)
        band_layout.addWidget(self.close_button)
        layout.addWidget(band)

        body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 16)
        body.setSpacing(4)
        self.now = _label("now", self, wrap=False)
        self.item_title = _label("itemTitle", self)
        self.item_time = _label("itemTime", self, wrap=False)
        body.addWidget(self.now)
        body.addWidget(self.item_title)
        body.addWidget(self.item_time)
        body.addSpacing(18)
        rule = QFrame(self)
        rule.setObjectName("rule")
        body.addWidget(rule)
        body.addSpacing(14)
        self.heading = _label("heading", self, wrap=False)
        body.addWidget(self.heading)
        body.addSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list = QWidget(self.scroll)
        self.list.setObjectName("agreementList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        self.empty = _label("empty", self.list)
        self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)
        self.scroll.setWidget(self.list)
        body.addWidget(self.scroll, 1)
        self.footer = _label("footer", self)
        self.footer.setText(self.tr("A network meeting makes agreements. Decisions on municipal interventions "
                                    "are not taken here."))
        body.addSpacing(8)
        body.addWidget(self.footer)
        layout.addLayout(body, 1)
        self._apply_style()

    def _apply_style(self) -> None:
        """Type that stays readable from across the room: larger on a taller screen."""
        scale = min(2.2, max(0.75, (self.height() or 768) / 768))
        if abs(scale - self._scale) < 0.05:
            return
        self._scale = scale
        self.setStyleSheet(STYLE.format(**{k: round(v * scale) for k, v in SIZES.items()}))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_style()

    # -- what it shows --------------------------------------------------------------------------------
    def reload(self) -> None:
        meeting = self.store.meetings.get(self.meeting_id)
        self.meeting = meeting
        name = first_name(self.store.cases.get(meeting.case_id).child_name)
        title = self.tr("Network meeting about %1").replace("%1", name) if name else self.tr("Network meeting")
        self.title.setText(title)
        self.setWindowTitle(title_as_typed(title))
        self.date.setText(dates.fmt_date_long(meeting.starts_at) if meeting.starts_at else "")
        self.current_item_id = self.store.live.current_item(self.meeting_id)
        state = self.store.live.state(self.meeting_id)
        self.no_new_agreements = bool(self.session.value("minutes", self.meeting_id, "no_new_agreements",
                                                         state.minutes.no_new_agreements))
        before = {a.id for a in self.agreements}
        self.agreements = state.agreements
        for agreement in self.agreements:
            agreement.what = self.session.value("agreements", agreement.id, "what", agreement.what)
        self._show_item()
        added = [a.id for a in self.agreements if a.id not in before]
        # A new agreement is what the room is talking about: bring it into view.
        self._show_agreements(typed_id=added[-1] if added and before else None)

    def _show_item(self) -> None:
        agenda = self.meeting.agenda
        index = next((i for i, item in enumerate(agenda) if item.id == self.current_item_id), None)
        if index is None:
            self.now.setText(self.tr("AGENDA") if agenda else "")
            self.item_title.setText(self.tr("The meeting is about to begin") if agenda else "")
            self.item_time.setText("")
            return
        item = agenda[index]
        self.now.setText(self.tr("NOW  ·  ITEM %1 OF %2").replace("%1", str(index + 1))
                         .replace("%2", str(len(agenda))))
        self.item_title.setText(item.title)
        slot = next(((start, end) for it, start, end in agenda_schedule(self.meeting) if it.id == item.id), None)
        length = self.tr("%1 min").replace("%1", str(item.minutes))
        if slot is not None:
            start, end = (dates.to_local(t) for t in slot)
            self.item_time.setText(f"{start.hour}.{start.minute:02d}–{end.hour}.{end.minute:02d}  ·  {length}")
        else:
            self.item_time.setText(length)

    def _show_agreements(self, typed_id: int | None = None) -> None:
        shown = [a for a in self.agreements if a.what.strip()]
        self.heading.setText(self.tr("Agreements so far") if shown else self.tr("Agreements"))
        while len(self.rows) < len(shown):
            row = AgreementRow(self.list)
            self.list_layout.insertWidget(self.list_layout.count() - 1, row)
            self.rows.append(row)
        for number, (row, agreement) in enumerate(zip(self.rows, shown, strict=False), 1):
            row.number.setText(f"{number}.")
            row.what.setText(agreement.what.strip())
            row.meta.setText(self._meta(agreement))
            row.meta.setVisible(bool(row.meta.text()))
            row.show()
        for row in self.rows[len(shown):]:
            row.hide()
        self.empty.setText(self.tr("No new agreements at this meeting.") if self.no_new_agreements
                           else self.tr("No agreements yet."))
        self.empty.setVisible(not shown)
        if typed_id is not None:
            index = next((i for i, a in enumerate(shown) if a.id == typed_id), None)
            if index is not None:
                self.list.adjustSize()
                self.scroll.ensureWidgetVisible(self.rows[index], 0, 0)
            elif shown and typed_id == self.agreements[-1].id:
                self.scroll.verticalScrollBar().setValue(self.scroll.verticalScrollBar().maximum())

    def _meta(self, agreement: Agreement) -> str:
        parts = []
        who = agreement.responsible_name.strip()
        if who:
            sector = labels.label(labels.SECTORS, agreement.sector) if agreement.sector else ""
            parts.append(f"{who} ({sector})" if sector else who)
        if agreement.ongoing:
            parts.append(self.tr("ongoing"))
        elif agreement.deadline:
            parts.append(self.tr("deadline %1").replace("%1", dates.fmt_date(agreement.deadline)))
        return "  ·  ".join(parts)

    def shown_texts(self) -> list[str]:
        """Every text on the shared screen now (for tests and checks)."""
        return [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self) and label.text()]

    # -- following the chair ---------------------------------------------------------------------------
    def _on_typed(self, table: str, row_id: int, field: str, value) -> None:
        # Only an agreement's "what" and the "no new agreements" mark; discussions and notes never.
        if table == "agreements" and field == "what":
            agreement = next((a for a in self.agreements if a.id == row_id), None)
            if agreement is not None:
                agreement.what = value
                self._show_agreements(typed_id=row_id)
        elif table == "minutes" and field == "no_new_agreements" and row_id == self.meeting_id:
            self.no_new_agreements = bool(value)
            self._show_agreements()

    def _on_current_item(self, item_id) -> None:
        self.current_item_id = item_id
        self._show_item()

    def _on_changed(self, changes) -> None:
        if any(c.entity == "meetings" and c.id == self.meeting_id for c in changes) \
                or touches(changes, {"agreements", "agenda_items", "cases"}, self.meeting.case_id):
            try:
                self.reload()
            except KeyError:  # the meeting is gone
                self.close()

    # -- the window ---------------------------------------------------------------------------------------
    def present(self, chair_screen=None) -> bool:
        """Open on a second screen, full screen, if there is one (returns True); else as an ordinary
        window that leaves the chair's window in front, to be shared in a video meeting or dragged to
        a projector (returns False)."""
        screens = QGuiApplication.screens()
        chair_screen = chair_screen or (self.owner.screen() if self.owner is not None else None) \
            or QGuiApplication.primaryScreen()
        other = next((s for s in screens if s is not chair_screen), None)
        if other is not None:
            self.setScreen(other)
            self.setGeometry(other.availableGeometry())
            self.showFullScreen()
            self.raise_()
            return True
        available = chair_screen.availableGeometry() if chair_screen else None
        if available is not None:
            self.resize(min(1280, int(available.width() * 0.9)), min(800, int(available.height() * 0.9)))
        self.showNormal()
        chair = self.owner.window() if self.owner is not None else None
        if chair is not None:  # the chair goes on typing: their window stays in front
            chair.raise_()
            chair.activateWindow()
        return False

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def showEvent(self, event) -> None:
        if self.bridge is None:
            self.bridge = StoreBridge(self.store, self)
            self.bridge.changed.connect(self._on_changed)
            self.reload()  # whatever changed while it was closed
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge.deleteLater()
            self.bridge = None
        super().closeEvent(event)
