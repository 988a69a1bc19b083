"""PLACEHOLDER – being replaced."""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class PersonsPage(QWidget):
    open_case = Signal(int)

    def __init__(self, store, bridge, parent=None):
        super().__init__(parent)
