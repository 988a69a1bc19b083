from tests.ui.test_exchanges_tab import *  # noqa


def test_x(qtbot, make_tab, demo_store):
    tab = make_tab("Emil Bak")
    tab.table.selectRow(0)
    tab.edit_exchange()
    dialog = tab.dialog
    dialog.reject()
