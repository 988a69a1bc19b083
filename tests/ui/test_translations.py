"""Danish is complete: every string in the code has a finished Danish translation, Qt's own too."""
import importlib.util
import re
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
    assert tabs[:5] == ["Overblik", "Sager", "Personer", "Møder", "Aftaler"]
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus[0] == "&Filer"


def test_every_translated_string_can_be_found_by_lupdate():
    """lupdate only finds tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP("Context", "…") with
    literal text: a helper such as _tr("…") or a context in a variable hides the string from the
    catalogue, and the screen stays English whatever the test above says."""
    import ast

    hidden = []
    for path in (ROOT / "kitdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if name == "translate" and isinstance(func, ast.Attribute) and \
                    getattr(func.value, "id", "") in ("QCoreApplication", "QApplication"):
                # A literal text needs a literal context; a text from a table (QT_TRANSLATE_NOOP) is
                # registered where the table is.
                text_literal = len(literal) > 1 and literal[1]
                formatted = len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr)
                if (text_literal and not literal[0]) or formatted:
                    hidden.append(f"{path.name}:{node.lineno}")
            elif name in ("_tr", "tr") and not isinstance(func, ast.Attribute) and literal[0]:
                hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, f"strings lupdate cannot see: {hidden}"


PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\d+\}")


def placeholders(text: str | None) -> list[str]:
    return sorted(PLACEHOLDER.findall(text or ""))


def test_every_translation_keeps_its_placeholders():
    """%1, %2, %n (and {0}) are replaced in the code: a translation that drops or mistypes one shows a
    raw "%1" to the user, or leaves out the name or number it stood for (TagStudio's test)."""
    wrong = []
    for context, source, message in tool.messages(tool.TS):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [
            translation.text]
        wanted = placeholders(source)
        for form in forms:
            # A plural form may say the number in words ("ét minut") instead of %n; nothing else may differ.
            got = placeholders(form)
            if got != wanted and not (message.get("numerus") == "yes" and got == [p for p in wanted if p != "%n"]):
                wrong.append((context, source, form))
    assert not wrong, f"{len(wrong)} translations lose or change a placeholder: {wrong[:10]}"
    assert any("%1" in (source or "") for _, source, _ in tool.messages(tool.TS))
