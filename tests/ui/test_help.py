"""Hjælp has a short guide and the keyboard shortcuts, in Danish: F1 opens them; the menus' shortcuts
are read from the menus, so the list says what the keys really do."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_f1_opens_the_guide_and_the_shortcuts_in_danish(qtbot, danish, main_window):
    window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    from kitdesk.ui.help_dialog import HelpDialog

    qtbot.waitUntil(lambda: any(isinstance(w, HelpDialog) and w.isVisible() for w in window.findChildren(HelpDialog)))
    dialog = next(w for w in window.findChildren(HelpDialog) if w.isVisible())
    assert dialog.windowTitle() == "Vejledning og tastaturgenveje"
    guide = dialog.guide.toPlainText()
    for words in ("Ny sag", "Netværk", "fem arbejdsdage", "Start mødet", "Del skærm", "godkend planen", "Udskriv"):
        assert words in guide, words
    keys = dict(dialog.shortcuts())
    assert keys["Ctrl+N"] == "Ny sag…" and keys["Ctrl+P"] == "Udskriv…" and keys["F1"] == "Vejledning og tastaturgenveje"
    assert "Ctrl+Z" in keys and "Ctrl+Shift+N" in keys and "F4" in keys and "Esc" in keys
    dialog.close()
