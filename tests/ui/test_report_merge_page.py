"""The Selvevaluering page merges colleagues' figure files: the merged report shown in the preview, the
period and the selection taken from the files, refusals said in the banner, and back to this folder."""
import io
import json

from pypdf import PdfReader

from kitdesk.domain.indicators.figure_file import SUFFIX
from kitdesk.ui.main_window import REPORT_TAB


def _page(qtbot, main_window):
    main_window.tabs.setCurrentIndex(REPORT_TAB)
    page = main_window.report_page
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.refresh()
    return page


def _own_figure_file(qtbot, page, folder):
    page.save_report(folder)
    qtbot.waitUntil(lambda: page._job is None, timeout=20000)
    (figures,) = folder.glob(f"*{SUFFIX}")
    return figures


def _colleague(figures, tmp_path, name: str, export_id: str, source_id: str):
    """A colleague's file: the same figures from another data folder (another export and source id)."""
    document = json.loads(figures.read_bytes())
    document.update(export_id=export_id, source_id=source_id)
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_merging_three_files_shows_the_merged_report(qtbot, main_window, tmp_path):
    page = _page(qtbot, main_window)
    own = _own_figure_file(qtbot, page, tmp_path / "mine")
    assert "colleagues can merge" in page.message.text() or "kolleger kan flette" in page.message.text()
    others = [_colleague(own, tmp_path, f"kollega{n}.kitdesk-tal.json", f"e{n}" * 16, f"s{n}" * 16) for n in (1, 2)]
    own_held = json.loads(own.read_bytes())["current"]["meetings_held"]["numerator"]

    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.merge_figures([own, *others, own])  # one given twice: counted once
    assert page.merged is not None and page.merged.merged_from == 3
    assert page.merged.figure("meetings_held").current.numerator == 3 * own_held
    assert page.message.isVisible()
    assert "er valgt to gange og er talt med én gang" in page.message.text()
    assert page.own_button.isVisible() and not page.fees_button.isEnabled()
    assert not page.kind.isEnabled() and not page.municipality.isEnabled()
    assert page.merge_button.accessibleName() in ("Merge colleagues' figures", "Flet tal fra kolleger")
    assert page.note.text().startswith(("Merged from 3 figure files", "Lagt sammen af 3 filer"))

    page.save_report(tmp_path / "team")
    qtbot.waitUntil(lambda: page._job is None, timeout=20000)
    names = sorted(p.name for p in (tmp_path / "team").iterdir())
    assert len(names) == 3 and all("_flettet" in n for n in names)  # no figure file of a merged report
    (pdf,) = (tmp_path / "team").glob("*.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages).split())
    assert "Selvevaluering – flettet" in text and "Lagt sammen af 3 filer med nøgletal" in text

    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.own_button.click()
    assert page.merged is None and page.kind.isEnabled() and page.fees_button.isEnabled()
    assert not page.own_button.isVisible()


def test_a_file_that_cannot_be_merged_is_said_and_the_report_stays(qtbot, main_window, tmp_path):
    page = _page(qtbot, main_window)
    own = _own_figure_file(qtbot, page, tmp_path / "mine")
    notes = tmp_path / "noter.txt"
    notes.write_text("ikke tal")
    page.merge_figures([own, notes])
    assert page.merged is None and page.kind.isEnabled()
    assert "noter.txt" in page.message.text()
    assert ("ikke en fil med nøgletal" in page.message.text()
            or "is not a KIT Desk figure file" in page.message.text())


def test_the_merge_button_asks_for_files(qtbot, main_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = _page(qtbot, main_window)
    own = _own_figure_file(qtbot, page, tmp_path / "mine")
    other = _colleague(own, tmp_path, "kollega.kitdesk-tal.json", "f" * 32, "a" * 32)
    asked = []

    def answer(parent, title, folder, filter_text):
        asked.append(filter_text)
        return [str(own), str(other)], filter_text

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer))
    with qtbot.waitSignal(page.preview.rendered, timeout=20000):
        page.merge_button.click()
    assert SUFFIX in asked[0] and page.merged is not None and page.merged.merged_from == 2
