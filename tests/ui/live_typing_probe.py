"""Run in a subprocess by tests/test_qt_refcount_crash.py: a crash in Qt's bindings must fail that
test, not kill pytest.

    python -m tests.ui.live_typing_probe signals N      emit a bool signal N times, print the refcount drift
    python -m tests.ui.live_typing_probe type DIR N     start the demo's invited meeting in the real
                                                        window and type N characters into the minutes
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def emit_bool_signals(count: int) -> None:
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication.instance() or QCoreApplication([])

    class Emitter(QObject):
        flag = Signal(bool)

    emitter = Emitter()
    received = [0]

    def count_true(value: bool) -> None:
        received[0] += value is True

    emitter.flag.connect(count_true)
    before = sys.getrefcount(True)
    for _ in range(count):
        emitter.flag.emit(True)
    drift = sys.getrefcount(True) - before
    app.processEvents()
    print(f"received {received[0]} drift {drift}", flush=True)


def type_into_live_minutes(home: str, count: int) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kitdesk.paths import DataFolder
    from kitdesk.store.demo import load_demo
    from kitdesk.ui.main_window import MainWindow
    from tests.support import open_store

    app = QApplication.instance() or QApplication([])
    store = open_store(DataFolder(__import__("pathlib").Path(home)).ensure())
    store.settings.set_many({"user_name": "Test Bruger"})
    load_demo(store)
    meeting_id = next(r.id for r in store.meetings.rows() if r.state == "invited")
    store.live.start(meeting_id)
    window = MainWindow(store)
    window.show()
    live = window.open_live_meeting(meeting_id)
    field = live.minutes.first_field()
    field.setFocus()
    sentence = "Freja vil gerne i skole, og mor er enig. Æ ø å! "
    text = (sentence * (count // len(sentence) + 1))[:count]
    for start in range(0, count, 250):  # as a typist would: events run between bursts
        QTest.keyClicks(field, text[start:start + 250])
        app.processEvents()
    window.close()  # saves and stops the writer
    window.bridge.detach()
    saved = store.live.state(meeting_id).minutes.child_words  # the first field (issue 11)
    store.close()
    print(f"typed {count} saved {len(saved)} equal {int(saved == text)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "signals":
        emit_bool_signals(int(sys.argv[2]))
    else:
        type_into_live_minutes(sys.argv[2], int(sys.argv[3]))
