"""Danish is complete: every string in the code has a finished Danish translation, Qt's own too."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory):
    fresh = tmp_path_factory.mktemp("ts") / "fresh_da.ts"
    tool.lupdate(fresh)
    return {(context, source) for context, source, _ in tool.messages(fresh)}


def committed():
    return {(context, source): message for context, source, message in tool.messages(tool.TS)}


def test_every_string_in_the_code_has_a_finished_danish_translation(code_strings):
    catalogue = committed()
    missing = sorted(pair for pair in code_strings if pair not in catalogue)
    unfinished = sorted(pair for pair in code_strings if pair in catalogue and tool.unfinished(catalogue[pair]))
    assert not missing, f"{len(missing)} strings missing from kitdesk_da.ts (run make lupdate): {missing[:20]}"
    assert not unfinished, f"{len(unfinished)} unfinished translations: {unfinished[:20]}"
    assert len(code_strings) > 100


def test_screen_words_match_the_domain_vocabulary(danish):
    from PySide6.QtCore import QCoreApplication

    from kitdesk.domain import vocabulary
    from kitdesk.ui.labels import VOCABULARY_PAIRS

    for name, table in VOCABULARY_PAIRS.items():
        danish_words = getattr(vocabulary, name)
        for code, english in table.items():
            assert QCoreApplication.translate("Labels", english) == danish_words[code], (name, code)


def test_qt_own_buttons_are_danish(danish):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"


def test_main_window_speaks_danish(danish, main_window):
    tabs = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert tabs[:2] == ["Sager", "Personer"]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus[0] == "&Filer"
