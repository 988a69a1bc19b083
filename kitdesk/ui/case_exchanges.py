"""PLACEHOLDER – being replaced."""
from PySide6.QtWidgets import QWidget


class ExchangesTab(QWidget):
    def __init__(self, store, bridge, case_id, undo_stack, parent=None):
        super().__init__(parent)

    def commit_pending(self):
        pass
