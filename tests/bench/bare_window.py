"""The floor for start-up: a bare PySide6 main window, shown, then quit."""
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
def ready():
    print(f"ready {time.time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
