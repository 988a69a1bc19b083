"""CaseTableModel, the case list's model, on its own: Qt's model tester after every kind of change."""
from PySide6.QtCore import Qt

from kitdesk.ui.models.case_table import COLUMNS, CaseTableModel


def test_the_case_table_passes_the_model_tester(qtmodeltester, demo_store):
    model = CaseTableModel()
    qtmodeltester.check(model)  # empty, before the first load
    model.set_rows(demo_store.cases.rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == len(COLUMNS)
    model.set_filter(text="freja")
    qtmodeltester.check(model)
    assert [model.row_at(r).child_name for r in range(model.rowCount())] == ["Freja Nørgaard"]
    model.set_filter(text="", status="all")
    model.sort(COLUMNS.index("child"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    names = [model.row_at(r).child_name for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    model.set_filter(text="nobody like this")
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.total() == 4
