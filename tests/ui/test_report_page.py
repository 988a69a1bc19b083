"""The Selvevaluering page: a fixed tab showing the report's PDF through the preview, the period and the
selection on top, and saving the report and the GP fee list."""
import csv
from datetime import date

from kitdesk.domain.dates import local_today
from kitdesk.domain.indicators.period import Period, last_full_quarter
from kitdesk.ui.main_window import REPORT_TAB


def _page(qtbot, main_window):
    main_window.show()
    main_window.tabs.setCurrentIndex(REPORT_TAB)
    page = main_window.report_page
    assert main_window.tabs.widget(REPORT_TAB) is page
    with qtbot.waitSignal(page.preview.rendered, timeout=20000) as shown:
        page.refresh()
    return page, shown.args[0]


def test_the_tab_shows_the_last_whole_quarter(qtbot, main_window):
    page, pages = _page(qtbot, main_window)
    assert pages >= 3 and len(page.preview.page_labels) == pages
    assert page.period() == last_full_quarter(local_today())
    assert main_window.tabs.tabText(REPORT_TAB) in ("Self-evaluation", "Selvevaluering")
    main_window.close_tab(REPORT_TAB)  # a fixed tab: not closed
    assert main_window.tabs.widget(REPORT_TAB) is page


def test_choosing_a_year_a_range_and_a_selection(qtbot, main_window):
    page, _ = _page(qtbot, main_window)
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.kind.set_code("year")
    assert page.period() == Period.year(local_today().year - 1)
    page.kind.set_code("range")
    page.date_from.setText("01.03.2026")
    page.date_to.setText("15.02.2026")
    page.date_to.editingFinished.emit()
    assert page.period() is None and page.message.isVisible() and "dd.mm.yyyy" in page.message.text()
    page.date_to.setText("31.02.2026")  # not in the calendar: said so, not a crash
    page.date_to.editingFinished.emit()
    assert page.period() is None and "dd.mm.yyyy" in page.message.text()
    assert "31.02.2026" in page.message.text()  # "… findes ikke: februar 2026 har kun 28 dage."
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.date_to.setText("15.05.2026")
        page.date_to.editingFinished.emit()
    assert page.period() == Period(date(2026, 3, 1), date(2026, 5, 15)) and not page.message.isVisible()
    schools = [page.school.itemText(i) for i in range(page.school.count())]
    assert "Bakkeskolen, 7.b" in schools
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.school.set_code("Bakkeskolen, 7.b")
    assert page.selection().school == "Bakkeskolen, 7.b"


def test_saving_the_report_and_the_gp_fee_list(qtbot, main_window, tmp_path):
    page, _ = _page(qtbot, main_window)
    page.kind.set_code("year")
    page.save_report(tmp_path / "rapport")
    qtbot.waitUntil(lambda: page._job is None, timeout=20000)
    names = sorted(p.suffix for p in (tmp_path / "rapport").iterdir())
    assert names == [".csv", ".json", ".pdf", ".xlsx"]  # the figure file for merging too
    assert page.message.isVisible() and str(tmp_path / "rapport") in page.message.text()
    assert page.open_folder_button.isVisible()
    page.save_fee_list(tmp_path / "honorar")
    qtbot.waitUntil(lambda: page._job is None, timeout=20000)
    [fee_csv] = (tmp_path / "honorar").glob("*.csv")
    assert list(csv.reader(fee_csv.read_text("utf-8-sig").splitlines(), delimiter=";"))[0][0] == "Dato"


def test_a_folder_that_cannot_be_written_says_so(qtbot, main_window, tmp_path):
    page, _ = _page(qtbot, main_window)
    blocked = tmp_path / "fil"
    blocked.write_text("en fil, ikke en mappe")
    page.save_report(blocked / "rapport")
    qtbot.waitUntil(lambda: page._job is None, timeout=20000)
    assert "Intet er skrevet" in page.message.text() or "Nothing was written" in page.message.text()
    assert page.save_button.isEnabled()


def test_the_report_follows_a_change_in_the_cases(qtbot, main_window):
    page, _ = _page(qtbot, main_window)
    from kitdesk.domain.model import Case

    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        main_window.store.cases.create(Case(child_name="Ny", school="Nyskolen"))
    assert "Nyskolen" in [page.school.itemText(i) for i in range(page.school.count())]


def test_the_pages_fit_the_pane_without_scrolling_sideways(qtbot, main_window):
    """The pages are rendered as wide as the pane once its vertical scroll bar is there: no sideways
    scrolling at the normal zoom (the first render used to be as wide as the pane without the bar)."""
    main_window.resize(1366, 768)
    page, _ = _page(qtbot, main_window)
    qtbot.wait(50)
    assert page.preview.verticalScrollBar().maximum() > 0  # pages taller than the pane
    assert page.preview.horizontalScrollBar().maximum() == 0
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.preview.zoom_in()
    qtbot.wait(50)
    assert page.preview.horizontalScrollBar().maximum() > 0  # zoomed in: sideways on purpose
