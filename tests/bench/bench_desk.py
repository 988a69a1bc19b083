"""The desk (issue 12): Overblik opens with 2,000 cases well under a second, and Aftaler sorts and filters
20,000 agreements under 30 ms a keystroke.

Overblik: the page built, read from the store and shown, against the floor of the case list – the
screen the app opened on before – built and shown over the same 2,000 cases in the same run.
Aftaler: keystrokes into the real page's search box and clicks on its column headers over 20,000
agreements, each followed by the table's repaint, against the same keystroke into a bare QLineEdit
beside an empty QTableView (what Qt costs anyway).
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.common import demo_home, report  # noqa: E402

RUNS = 5
AGREEMENTS = 20000
TYPED = "skole"


def _timed_show(app, make) -> float:
    start = time.perf_counter()
    page = make()
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def _agreements(count: int):
    """Synthetic agreements of realistic variety (the model is what is measured, not the database)."""
    from kitdesk.domain.desk import AgreementEntry

    sectors = ("buc", "caseworker", "ppr", "school", "daycare", "gp", "family")
    people = [f"{first} {last}" for first in ("Peter", "Nina", "Lise", "Anders", "Mette", "Sara", "Ole")
              for last in ("Ærø", "Dahl", "Østergaard", "Vestergård", "Kjærgaard", "Holm")]
    whats = ("Skolen laver en plan for fremmøde", "BUC indkalder til samtale", "Mor kontakter egen læge",
             "PPR observerer i klassen", "Sagsbehandleren undersøger aflastning", "Børnehaven laver rutiner")
    today = date(2026, 12, 4)
    return [AgreementEntry(i, i // 10 + 1, f"2026-{i // 10 + 1:04d}", f"Barn {i // 10:05d} Efternavn", i // 3,
                           today - timedelta(days=90), f"{whats[i % len(whats)]} nr. {i}", people[i % len(people)],
                           sectors[i % len(sectors)], today + timedelta(days=i % 120 - 40), i % 17 == 0,
                           ("open", "open", "done", "dropped", "continued")[i % 5], meeting_state="signed")
            for i in range(count)]


def _keystrokes(app, line_edit) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    for _ in range(3):
        for char in TYPED:
            start = time.perf_counter()
            QTest.keyClicks(line_edit, char)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        for _ in TYPED:
            start = time.perf_counter()
            QTest.keyClick(line_edit, Qt.Key.Key_Backspace)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    return times


def _sorts(app, page) -> list[float]:
    from PySide6.QtCore import Qt

    times = []
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            start = time.perf_counter()
            header.setSortIndicator(column, order)
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> bool:
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from kitdesk.paths import DataFolder
    from kitdesk.store import keys
    from kitdesk.store.store import Store
    from kitdesk.ui.agreements_page import AgreementsPage
    from kitdesk.ui.bridge import StoreBridge
    from kitdesk.ui.case_list import CaseListPage
    from kitdesk.ui.desk_page import DeskPage

    app = QApplication.instance() or QApplication([])
    folder = DataFolder(demo_home(2000))
    store = Store.open(folder, key=keys.unlock(folder.root, os.environ["KITDESK_PASSPHRASE"]))
    bridge = StoreBridge(store)
    _timed_show(app, lambda: DeskPage(store, bridge))  # warm: imports and the first reads
    _timed_show(app, lambda: CaseListPage(store, bridge))
    desk, cases = [], []
    for _ in range(RUNS):  # interleaved, so that whatever else the machine does weighs on both alike
        desk.append(_timed_show(app, lambda: DeskPage(store, bridge)))
        cases.append(_timed_show(app, lambda: CaseListPage(store, bridge)))
    lines = sum(len(g.items) for g in store.desk.overview())
    print(f"     {store.cases.count()} cases; {lines} lines on the overview")
    ok = report("Overblik opens (built, read, shown), median", statistics.median(desk), statistics.median(cases),
                "ms", limit_abs=500)

    page = AgreementsPage(store, bridge)
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    page.model.set_entries(_agreements(AGREEMENTS), date(2026, 12, 4))
    page.status.set_code("all")
    app.processEvents()
    typing = _keystrokes(app, page.search)
    sorting = _sorts(app, page)
    floor_edit, floor_view = QLineEdit(), QTableView()
    floor_edit.show()
    floor_view.resize(1366, 700)
    floor_view.show()
    floor = statistics.median(_keystrokes(app, floor_edit))
    store.close()
    print(f"     {page.model.total()} agreements; {len(typing)} keystrokes, {len(sorting)} sorts")
    ok &= report("Aftaler filter keystroke, worst", max(typing), floor, "ms", limit_abs=30)
    ok &= report("Aftaler sort by a column, worst", max(sorting), floor, "ms", limit_abs=30)
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
