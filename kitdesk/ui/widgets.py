"""Small widgets shared by the screens."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QToolButton,
    QToolTip,
    QWidget,
)

from kitdesk.domain.dates import NO_DATE, fmt_date, local_today, parse_date
from kitdesk.domain.refusal import Refusal
from kitdesk.ui.refusals import refusal_text


def restyle(widget: QWidget, **properties) -> None:
    """Set style properties (invalid=True, kind="warning", ...) and apply them now: Qt reads property
    selectors only when a widget is polished, and a label keeps its old padding until its sheet is
    set again."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.setStyleSheet(widget.styleSheet())


def as_typed(text: str) -> str:
    """User text for a tab, a menu item, a button or a group box title, shown as typed: Qt takes a
    single "&" there as the mark of a shortcut key and hides it ("Anna & Bo" showed as "Anna  Bo")."""
    return text.replace("&", "&&")


def title_as_typed(text: str) -> str:
    """User text for a window title, shown as typed: Qt hides "[*]" there (the unsaved-changes mark)."""
    return text.replace("[*]", "[*][*]")


_FIELDS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)


def _first_field(item) -> QWidget | None:
    widget = item.widget() if item is not None else None
    if isinstance(widget, _FIELDS):
        return widget
    layout = widget.layout() if widget is not None else (item.layout() if item is not None else None)
    for index in range(layout.count() if layout is not None else 0):
        found = _first_field(layout.itemAt(index))
        if found is not None:
            return found
    return None


def point_labels_at_fields(form: QFormLayout) -> None:
    """A form row whose field is a box (a field with its message under it, a combo with a text beside
    it) gets its label pointed at the field itself: the label's Alt+letter then puts the cursor there,
    and a screen reader reads the label as the field's name."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = label.widget() if label is not None else None
        if isinstance(label, QLabel) and label.text().replace("&", "").strip():
            field = _first_field(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
            if field is not None and label.buddy() is not field:
                label.setBuddy(field)
                # PySide6 6.11: when the wrapper of a label given a buddy from Python is freed, it
                # invalidates the wrappers the dialog holds of the buddy's children (an editable
                # combo's line edit). Kept alive as long as the form's widget.
                holder = form.parentWidget()
                if holder is not None:
                    holder.__dict__.setdefault("_kitdesk_pointed_labels", []).append(label)
                # Qt finds a buddy's label for a screen reader only among the field's siblings.
                if not field.accessibleName():
                    field.setAccessibleName(label.text().replace("&&", "\0").replace("&", "")
                                            .replace("\0", "&").rstrip(" *:"))


def point_all_labels(widget: QWidget) -> None:
    """point_labels_at_fields for every form in `widget`."""
    for form in widget.findChildren(QFormLayout):
        point_labels_at_fields(form)


def search_field(edit: QLineEdit, name: str) -> QLineEdit:
    """A search box named for a screen reader (its placeholder is no name), its clear button too."""
    edit.setAccessibleName(name)
    name_clear_button(edit)
    return edit


def name_clear_button(edit: QLineEdit) -> None:
    """A line edit's clear button (setClearButtonEnabled) named for a screen reader: Qt leaves it nameless."""
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        text = QCoreApplication.translate("DateEdit", "Clear")
        action.setText(text)
        for button in edit.findChildren(QToolButton):
            if button.defaultAction() is action:
                button.setAccessibleName(text)


def _calendar_icon() -> QIcon:
    """A small calendar drawn here: no icon file, and no emoji font needed."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#3b4450"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#1f5fa8"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#3b4450"))
    painter.end()
    return QIcon(pixmap)


class DateEdit(QLineEdit):
    """A date typed the Danish way (23.11.2026); empty means no date. Bad input is shown, not lost.
    Or picked in a calendar: the button at its end, or Alt+Down / F4 from the keyboard."""

    committed = Signal(object)  # date | None, after a valid edit

    def __init__(self, parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self.required = required
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaxLength(10)
        self.setClearButtonEnabled(not required)
        name_clear_button(self)
        self._value: date | None = None
        self.editingFinished.connect(self._finish)
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose the date in a calendar (F4)"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.calendar_action:
                button.setAccessibleName(self.tr("Choose the date in a calendar"))
        self.popup: QCalendarWidget | None = None
        self.setMinimumWidth(self.needed_width())

    def needed_width(self) -> int:
        """Room for a whole date beside the calendar button and the clear button."""
        return self.fontMetrics().horizontalAdvance("00.00.00000") + 2 * 24 + 14

    def setMaximumWidth(self, width: int) -> None:
        # Screens cap a date field's width; never below what shows the whole date beside its buttons.
        super().setMaximumWidth(max(width, self.needed_width()))

    def show_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self.popup is None:
            self.popup = QCalendarWidget(self)
            self.popup.setWindowFlags(Qt.WindowType.Popup)
            self.popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.popup.setGridVisible(True)
            self.popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
            self.popup.setAccessibleName(self.tr("Calendar"))
            self.popup.activated.connect(self._picked)
            self.popup.clicked.connect(self._picked)
            # Room for the day names and the month: a popup is given no size by a layout.
            self.popup.setMinimumSize(self.popup.sizeHint().expandedTo(QSize(440, 240)))
        try:
            shown = self.value() or local_today()
        except Refusal:  # not a date (yet): the calendar opens at today
            shown = local_today()
        self.popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        self.popup.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.setText(fmt_date(date(picked.year(), picked.month(), picked.day())))
        self.setModified(True)
        self.setFocus()
        # As if typed and left: the screen saves the date the way it saves a typed one.
        self.editingFinished.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                            and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ReadOnlyChange:
            self.calendar_action.setEnabled(not self.isReadOnly())
        super().changeEvent(event)

    def value(self) -> date | None:
        """The date typed now; a Refusal (show it with refusal_text) if the text is not a date."""
        text = self.text().strip()
        if not text:
            if self.required:
                raise Refusal(NO_DATE)
            return None
        return parse_date(text)

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.setText(fmt_date(value))
        self._mark(None)

    def is_valid(self) -> bool:
        try:
            self.value()
        except Refusal:
            return False
        return True

    def _finish(self) -> None:
        try:
            value = self.value()
        except Refusal as refused:
            self._mark(refusal_text(refused))
            return
        self._mark(None)
        if value is not None:
            self.setText(fmt_date(value))
        if value != self._value:
            self._value = value
            self.committed.emit(value)

    def _mark(self, error: str | None) -> None:
        self.setToolTip(error or "")
        restyle(self, invalid=bool(error))


class CodeCombo(QComboBox):
    """A combo box of (shown text, stored code) pairs."""

    def __init__(self, pairs: list[tuple[str, object]], parent: QWidget | None = None):
        super().__init__(parent)
        for text, code in pairs:
            self.addItem(text, code)

    def code(self):
        return self.currentData()

    def set_code(self, code) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class Banner(QLabel):
    """A coloured line that tells the user something needs attention (warning) or is fine (ok)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hide()

    def show_message(self, text: str, kind: str = "warning") -> None:
        self.setText(text)
        restyle(self, kind=kind)  # its padding too, for a banner shown after the window is up
        self.setVisible(bool(text))


def shortcut(keys, widget: QWidget, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A keyboard shortcut limited to `widget` (and its children by default).

    The context is set afterwards: PySide6's QShortcut(key, parent, callable, context) leaves it at
    WindowShortcut, and then the same keys on two screens of one window would clash.
    """
    made = QShortcut(QKeySequence(keys), widget)
    made.setContext(context)
    made.activated.connect(slot)
    return made


def heading(text: str, parent: QWidget | None = None, level: int = 1) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("heading", level)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_column(table: QTableView, column: int, texts, minimum: int = 0) -> None:
    """Make a column wide enough for the longest of `texts` on one line – the cell's padding from the
    window's style sheet and Qt's own margin included."""
    metrics = table.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    table.setColumnWidth(column, max(minimum, widest + CELL_PADDING))


CELL_PADDING = 2 * 6 + 2 * 3 + 1 + 6  # QTableView::item's padding (style.py), Qt's margin, the grid line, air


class WrappingDelegate(QStyledItemDelegate):
    """For a table whose rows grow to their wrapped text: the height is worked out for the width the
    text really gets. Qt's own hint wraps at the cell's width less its default margin, not less the
    style sheet's padding too, so a text a few pixels too long got one line – and was cut off with "…".
    For short lists only (a case's records): a Python delegate is called for every cell."""

    EXTRA = 2 * 6  # the style sheet's padding each side (painted inside Qt's own margin, which stays)

    def sizeHint(self, option, index):
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -self.EXTRA, 0)
        return super().sizeHint(narrower, index)


class RecordTable(QTableView):
    """A list of records: whole rows, one at a time, read-only, striped, 28 px rows; Tab leaves the
    list; a cut-off cell shows its full text when pointed at."""

    def __init__(self, parent: QWidget | None = None, name: str = ""):
        """`name`: what a screen reader calls the list ("Sager", "Aftaler")."""
        super().__init__(parent)
        if name:
            self.setAccessibleName(name)
        self.horizontalHeader().setAccessibleName(QCoreApplication.translate("RecordTable", "Column headings"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)

    def viewportEvent(self, event) -> bool:
        # Here rather than in an item delegate: a Python delegate would be called for every cell
        # painted, and the case list repaints 10,000 rows' worth while the user types.
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                if text and self.fontMetrics().horizontalAdvance(text) + 14 > self.visualRect(index).width():
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
        return super().viewportEvent(event)


def primary_and_cancel(parent: QWidget, text: str, cancel_text: str, on_primary, on_cancel):
    """The closing row of a dialog page: its one primary action (the default, drawn as such) and
    Cancel, to the right. Returns (the row's layout, the primary button)."""
    row = QHBoxLayout()
    row.addStretch(1)
    primary = QPushButton(text, parent)
    primary.setProperty("primary", True)
    primary.setDefault(True)
    primary.clicked.connect(on_primary)
    cancel = QPushButton(cancel_text, parent)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(on_cancel)
    row.addWidget(primary)
    row.addWidget(cancel)
    return row, primary


class SearchKeys(QObject):
    """A list's search box and the keyboard: Down goes into the list (with `select_first`, onto its
    first row when none is selected), Enter does the list's action – a name typed and Enter is all it
    takes. Nothing happens while the list is empty."""

    def __init__(self, search: QLineEdit, table: QAbstractItemView, enter, select_first: bool = False):
        super().__init__(search)
        self.table, self.enter, self.select_first = table, enter, select_first
        search.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        model = self.table.model()
        if event.type() == QEvent.Type.KeyPress and model is not None and model.rowCount():
            if event.key() == Qt.Key.Key_Down:
                if self.select_first and not self.table.selectionModel().selectedRows():
                    self.table.selectRow(0)
                self.table.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter()
                return True
        return False

