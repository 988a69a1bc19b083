"""Overblik: what needs doing across all cases, grouped, the most urgent first – where the app opens.

Each line is one double-click (or Enter) from the place to act: a meeting or a plan opens the meeting,
an agreement opens it in Aftaler, a consent, a waiting child or a missing contact person opens the
case on the tab where it is put right. The lines and their order are the domain's
(kitdesk.domain.desk, read through store.desk); this page puts them into words.

The page catches up on any change in the store while it is shown (once per burst of changes), and
when shown again after changes made elsewhere.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitdesk.domain.dates import fmt_date, local_today
from kitdesk.domain.desk import counts
from kitdesk.ui import desk_texts
from kitdesk.ui.widgets import CodeCombo, heading

# Changes that say nothing about the desk: who looked at what.
IGNORED = {"access_log"}
COLUMN_WIDTHS = (190, 200, 640)
KIND_ROLE = Qt.ItemDataRole.UserRole
# Where a line of each kind is put right (the case's tab for those that open the case).
CASE_TABS = {"consent_expiring": "consents", "consent_missing": "consents", "waiting": "overview",
             "contact_missing": "network"}


class DeskPage(QWidget):
    open_meeting = Signal(int)
    open_case = Signal(int, str)  # case id, the key of its tab to show
    open_agreement = Signal(int)
    ready = Signal()  # the first time the page is filled and shown (start-up is over)

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
        self.store = store
        self.groups: list = []
        self.today = None
        self._stale = True
        self._ready_sent = False
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(0)
        self._reload_soon.timeout.connect(self.reload)
        self._build()
        bridge.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Overview"), self))
        top.addSpacing(16)
        self.headline = QLabel(self)
        self.headline.setAccessibleName(self.tr("What is overdue and due today"))
        top.addWidget(self.headline, 1)
        show = QLabel(self.tr("&Agreements:"), self)
        self.whose = CodeCombo([(self.tr("Mine"), "mine"), (self.tr("All"), "all")], self)
        self.whose.setAccessibleName(self.tr("Which agreements to show"))
        self.whose.setToolTip(self.tr("Mine: agreements where you are responsible or your sector is "
                                      "(your name and sector are in Settings)."))
        show.setBuddy(self.whose)
        top.addWidget(show)
        top.addWidget(self.whose)
        top.addSpacing(12)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.setAccessibleName(self.tr("Open the selected line"))
        top.addWidget(self.open_button)
        layout.addLayout(top)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("What needs doing across the cases"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Child"), self.tr("What"), self.tr("Standing")])
        self.tree.header().setAccessibleName(self.tr("Column headings"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemsExpandable(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.tree.setColumnWidth(column, width)
        self.tree.installEventFilter(self)
        layout.addWidget(self.tree, 1)
        self.hint = QLabel(self.tr("Double-click a line, or press Enter, to open the place where it is dealt "
                                   "with."), self)
        self.hint.setProperty("muted", True)
        layout.addWidget(self.hint)

        self.whose.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.itemActivated.connect(lambda item, _c: self.activate(item))
        self.open_button.clicked.connect(lambda: self.activate(self.tree.currentItem()))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.today is None:  # the first load: "mine" says nothing before the user's name or sector is set
            user = self.store.desk.user()
            if not (user.name.strip() or user.sector):
                self.whose.blockSignals(True)
                self.whose.set_code("all")
                self.whose.blockSignals(False)
        self._stale = False
        self.today = local_today()
        self.groups = self.store.desk.overview(self.today)
        self._fill()

    def _fill(self) -> None:
        selected = self._key_of(self.tree.currentItem())
        mine = self.whose.code() == "mine"
        groups = [g.mine() if mine else g for g in self.groups]
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        heading_brush, empty_brush = QBrush(QColor("#eef3fa")), QBrush(QColor("#5b6470"))
        brushes: dict[str, QBrush] = {}
        headers, spanned, reselect = [], [], None
        for group in groups:
            header = QTreeWidgetItem([f"{desk_texts.group_title(group.key)}  ({len(group.items)})"])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setBackground(0, heading_brush)
            headers.append(header)
            spanned.append(header)
            lines = []
            if not group.items:
                empty = QTreeWidgetItem([self.tr("Nothing here now.")])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(0, empty_brush)
                lines.append(empty)
                spanned.append(empty)
            for item in group.items:
                what = desk_texts.what_text(item)
                line = QTreeWidgetItem([desk_texts.when_text(item), item.child_name, what,
                                        desk_texts.standing_text(item)])
                line.setData(0, KIND_ROLE, item)
                line.setToolTip(2, what)
                colour = desk_texts.colour_of(item)
                if colour:
                    brush = brushes.setdefault(colour, QBrush(QColor(colour)))
                    line.setForeground(3, brush)
                    if item.urgency == "overdue":
                        line.setForeground(0, brush)
                if selected is not None and _key(item) == selected:
                    reselect = line
                lines.append(line)
            # Made apart from the tree and put in at once: a line put into the tree one by one is
            # announced to its view one by one (thousands of lines with 2,000 cases).
            header.addChildren(lines)
        self.tree.addTopLevelItems(headers)
        for item in spanned:  # spanning is the view's, so only once the line is in the tree
            item.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self._update_headline(groups)
        self._update_buttons()

    def _update_headline(self, groups) -> None:
        found = counts(groups)
        parts = [fmt_date(self.today)]
        if found["overdue"]:
            parts.append(f"{desk_texts.OVERDUE_SIGN} " + self.tr("%n overdue", "", found["overdue"]))
        if found["today"]:
            parts.append(self.tr("%n due today", "", found["today"]))
        if len(parts) == 1:
            parts.append(self.tr("nothing overdue"))
        self.headline.setText("   ·   ".join(parts))

    @staticmethod
    def _key_of(line) -> tuple | None:
        item = line.data(0, KIND_ROLE) if line is not None else None
        return _key(item) if item is not None else None

    def lines(self) -> list:
        """The DeskItems shown, top to bottom (for tests and the keyboard)."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(g)
            found += [header.child(i).data(0, KIND_ROLE) for i in range(header.childCount())
                      if header.child(i).data(0, KIND_ROLE) is not None]
        return found

    def line_of(self, item):
        """The tree line showing this DeskItem."""
        for g in range(self.tree.topLevelItemCount()):
            header = self.tree.topLevelItem(g)
            for i in range(header.childCount()):
                if header.child(i).data(0, KIND_ROLE) == item:
                    return header.child(i)
        return None

    # -- acting ---------------------------------------------------------------------------------------
    def activate(self, line) -> None:
        item = line.data(0, KIND_ROLE) if line is not None else None
        if item is None:
            return
        if item.kind == "agreement":
            self.open_agreement.emit(item.ref_id)
        elif item.kind in CASE_TABS:
            self.open_case.emit(item.case_id, CASE_TABS[item.kind])
        elif item.meeting_id is not None:
            self.open_meeting.emit(item.meeting_id)

    def _update_buttons(self) -> None:
        line = self.tree.currentItem()
        self.open_button.setEnabled(line is not None and line.data(0, KIND_ROLE) is not None)

    # -- events -------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate(self.tree.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _on_changed(self, changes) -> None:
        if all(c.entity in IGNORED for c in changes):
            return
        if self.isVisible():
            self._reload_soon.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale or self.today != local_today():
            self.reload()
        if not self._ready_sent:
            self._ready_sent = True
            self.tree.setFocus()
            QTimer.singleShot(0, self.ready.emit)


def _key(item) -> tuple:
    """What identifies a line across reloads (to select it again)."""
    return (item.kind, item.case_id, item.meeting_id, item.ref_id)
