"""The line under a field that says what is wrong with it, the red mark on the field, and a dialog
that grows to show a message that just appeared – one way for every form."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kitdesk.ui.widgets import restyle


def field_message(parent: QWidget, kind: str = "") -> QLabel:
    """A hidden, word-wrapped line for a field's message, as wide as the field however short."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if kind:
        label.setProperty("kind", kind)
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def show_field_message(label: QLabel, text: str, kind: str = "warning") -> None:
    label.setText(text)
    # Polish before showing, so the layout sizes the label with its padding.
    restyle(label, kind=kind)
    label.setVisible(bool(text))
    label.updateGeometry()
    if text:
        grow_to_fit(label.window())


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    restyle(widget, invalid=invalid)


def grow_to_fit(widget: QWidget) -> None:
    """Make the window tall enough for a message that just appeared – now, and once more when the
    layout has settled. A window's minimum size ignores word-wrapped labels (height-for-width), so
    without this a two-line message is cut off."""
    def fit() -> None:
        window = widget.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if need > window.height():
            window.resize(window.width(), need)

    fit()
    QTimer.singleShot(0, widget, fit)
