"""Cut off at 1366×768: in the main window at a laptop's size, every cell of Personer (title,
organisation, sector, e-mail) and of Informationsudveksling (from, to) shows its whole text, and the
live view's Fremmøde shows every one of the six invited without scrolling."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui.conftest import case_named, freja_meeting

PADDING = 2 * 6 + 2 * 3 + 1  # the style sheet's cell padding, Qt's own text margin, the grid line


@pytest.fixture
def laptop(qtbot, danish, demo_store):
    """The main window as app.py shows it on a laptop: the screen's size set before it is shown."""
    from kitdesk.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.bridge.detach()


def cut_cells(table, columns) -> list[str]:
    """The texts of these columns that do not fit their cells (wrapped when the table wraps)."""
    metrics = table.fontMetrics()
    model = table.model()
    flags = Qt.TextFlag.TextWordWrap if table.wordWrap() else Qt.TextFlag.TextSingleLine
    cut = []
    for row in range(model.rowCount()):
        for column in columns:
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""
            width = table.columnWidth(column) - PADDING
            height = table.rowHeight(row) - 4 - 1
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(flags), text)
            words = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            if needed.height() > height or words > width:
                cut.append(text)
    return cut


def test_people_shows_every_title_organisation_sector_and_email(qtbot, laptop):
    main_window = laptop
    main_window.tabs.setCurrentIndex(1)
    page = main_window.persons_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 10)
    qtbot.wait(50)  # the details beside the list laid out with the first person's
    from kitdesk.ui.models.person_table import COLUMNS

    columns = [COLUMNS.index(name) for name in ("name", "title", "organisation", "sector", "email", "phone")]
    assert cut_cells(page.table, columns) == []
    assert page.table.horizontalScrollBar().maximum() == 0  # and no sideways scrolling


def test_information_exchange_shows_from_and_to(qtbot, laptop, demo_store):
    main_window = laptop
    main_window.open_case(case_named(demo_store, "Freja Nørgaard"))
    view = main_window.tabs.currentWidget()
    view.tabs.setCurrentWidget(view.exchanges)
    qtbot.wait(10)
    from kitdesk.ui.models.exchange_table import COLUMNS

    table = view.exchanges.table
    assert cut_cells(table, [COLUMNS.index(c) for c in ("from_sector", "to_sector", "kind", "note")]) == []
    assert table.horizontalScrollBar().maximum() == 0


def test_the_live_attendance_shows_all_six(qtbot, laptop, demo_store):
    main_window = laptop
    meeting_id = freja_meeting(demo_store)
    demo_store.live.start(meeting_id)
    view = main_window.open_live_meeting(meeting_id)
    try:
        qtbot.wait(10)
        panel = view.attendance
        assert len(panel.rows) == 6
        viewport = panel.parentWidget()  # the scroll area's viewport
        for row in panel.rows.values():
            bottom = row.mapTo(viewport, row.rect().bottomLeft()).y()
            assert bottom <= viewport.height(), row.name.text()
    finally:
        view.close_session()
