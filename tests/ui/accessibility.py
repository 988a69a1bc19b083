"""Walking a screen as a screen reader does (EN 301 549): every interactive control must have a name.

A button is named by its text (or an accessible name); a tab bar by its tabs' texts, and each tab's
close button by an accessible name. A field, a list, a table and its header, a combo box or a spin
box is named by an accessible name or by a label that has it as its buddy – not by what is typed in
it or chosen in it, which Qt would otherwise read out as its name. The name is also checked through
Qt's accessibility interface (QAccessible), which is what the screen reader receives.
"""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
               QTabBar)


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def _buddies(root: QWidget) -> dict[int, str]:
    found = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().replace("&", "").strip():
            found[id(buddy)] = label.text()
    return found


def _inside_a_composite(widget: QWidget) -> bool:
    """Parts Qt builds into another control (a combo's or spin box's line edit, a scroll bar's
    buttons, a calendar's internals, a tab bar's scroll arrows): named through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QScrollBar)) or parent.inherits("QCalendarWidget"):
            return True
        parent = parent.parentWidget()
    if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QTabBar):
        return widget.objectName() in ("ScrollLeftButton", "ScrollRightButton")
    return False


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__}" if parent is not None else ""
    return f"{type(widget).__name__}({widget.objectName() or '-'}){where}"


def unnamed_controls(root: QWidget) -> list[str]:
    """The visible interactive controls in `root` that a screen reader would announce without a name."""
    buddies = _buddies(root.window())
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root.window()) or _inside_a_composite(widget):
            continue
        if isinstance(widget, QTabBar):
            if any(not widget.tabText(i).replace("&", "").strip() for i in range(widget.count())):
                missing.append(describe(widget) + " has a tab without text")
            for index in range(widget.count()):
                for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                    button = widget.tabButton(index, side)
                    if button is not None and not button.accessibleName().strip():
                        missing.append(f"the close button of tab {widget.tabText(index)!r}")
            continue
        if isinstance(widget, QAbstractButton):
            named = bool(widget.text().replace("&", "").strip() or widget.accessibleName().strip())
        else:
            named = bool(widget.accessibleName().strip() or id(widget) in buddies)
        if isinstance(widget, QHeaderView) and not widget.isVisibleTo(root.window()):
            continue
        if not named or not _accessible_name(widget).strip():
            missing.append(describe(widget))
    return missing
