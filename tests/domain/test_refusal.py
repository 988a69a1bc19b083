import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import kitdesk
from kitdesk.domain.refusal import MESSAGES, Refusal, message


def test_a_refusal_speaks_danish_by_default_and_english_when_asked():
    message("test_no_chair", "Mødet mangler en mødeleder ({name}).", "The meeting has no chair ({name}).")
    refused = Refusal("test_no_chair", name="Møde 3")
    assert str(refused) == "Mødet mangler en mødeleder (Møde 3)."
    assert refused.text("en") == "The meeting has no chair (Møde 3)."
    assert not isinstance(refused, ValueError)  # a bare ValueError is a bug, not a refusal


def test_a_rule_is_worded_once():
    message("test_once", "Én gang.", "Once.")
    with pytest.raises(RuntimeError):
        message("test_once", "To gange.", "Twice.")
    with pytest.raises(KeyError):
        Refusal("test_never_registered")


def test_every_message_has_the_same_placeholders_in_both_languages():
    import kitdesk.domain  # noqa: F401 – registers the domain's messages
    for message_id, (da, en) in MESSAGES.items():
        assert set(re.findall(r"{(\w+)}", da)) == set(re.findall(r"{(\w+)}", en)), message_id


def test_a_parameter_is_said_in_the_language_asked_for():
    from kitdesk.domain.refusal import Words

    message("test_words", "{thing} er væk. {why}", "{thing} is gone. {why}")
    message("test_why", "Den blev slettet.", "It was deleted.")
    refused = Refusal("test_words", thing=Words("Sagen", "The case"), why=Refusal("test_why"))
    assert (str(refused), refused.text("en")) == ("Sagen er væk. Den blev slettet.", "The case is gone. It was deleted.")
    both = Refusal.joined([Refusal("test_why"), refused])
    assert both.text("en") == "It was deleted. The case is gone. It was deleted."
    assert Refusal.joined([refused]) is refused


# -- every refusal in kitdesk/ names a registered message; no ValueError speaks Danish -----------------

KITDESK = Path(kitdesk.__file__).parent
DANISH = re.compile(r"[æøåÆØÅ»«]|\b(?:ikke|Skriv|Vælg|Ukendte?|skal|kun|findes|allerede|Mødet|Planen|Filen|"
                    r"Samtykket|eller|kan)\b")


def _modules():
    """Every module of kitdesk, imported (so that each has registered its messages), with its source tree."""
    for info in pkgutil.walk_packages(kitdesk.__path__, "kitdesk."):
        if info.name == "kitdesk.__main__":
            continue
        module = importlib.import_module(info.name)
        path = Path(module.__file__)
        yield module, path, ast.parse(path.read_text(encoding="utf-8"))


def _refusal_classes() -> set[str]:
    found, todo = set(), [Refusal]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found


def _message_ids(node: ast.expr, module) -> list | None:
    """The message ids an expression can name, worked out from the module's globals; None if it cannot be."""
    if isinstance(node, ast.Constant):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _message_ids(node.body, module), _message_ids(node.orelse, module)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Subscript):  # one message per state: CLOSED[meeting.state]
        table = _message_ids(node.value, module)
        return None if table is None else [v for t in table for v in t.values()]
    try:
        return [eval(compile(ast.Expression(node), "<id>", "eval"), vars(module))]  # a name or an attribute
    except Exception:
        return None


def test_every_refusal_raised_in_kitdesk_names_a_registered_message():
    import kitdesk.ui.refusals  # noqa: F401 – the ui too (Qt runs offscreen in the tests)

    modules = list(_modules())
    classes = _refusal_classes()  # DeleteRefused, ErasureRefused: once their modules are imported
    assert {"DeleteRefused", "ErasureRefused"} <= classes
    checked, unknown = 0, []
    for module, path, tree in modules:
        for node in ast.walk(tree):
            name = getattr(node, "func", None)
            name = getattr(name, "id", None) or getattr(name, "attr", None)
            if not isinstance(node, ast.Call) or name not in classes or not node.args:
                continue
            where = f"{path.relative_to(KITDESK.parent)}:{node.lineno}"
            ids = _message_ids(node.args[0], module)
            if ids is None:
                unknown.append(f"{where}: cannot tell which message {ast.unparse(node.args[0])} is")
                continue
            unknown += [f"{where}: {i!r} is not registered" for i in ids if i not in MESSAGES]
            checked += 1
    assert not unknown
    assert checked > 80  # the refusals of domain, store, templates and the screens were all found


def test_no_value_error_in_domain_or_store_speaks_danish():
    """A ValueError is a bug; what a user is told is a Refusal with a registered message."""
    danish = []
    for module, path, tree in _modules():
        if not module.__name__.startswith(("kitdesk.domain", "kitdesk.store", "kitdesk.templates")):
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValueError"):
                continue
            words = [c.value for arg in node.args for c in ast.walk(arg)
                     if isinstance(c, ast.Constant) and isinstance(c.value, str)]
            if any(DANISH.search(w) for w in words):
                danish.append(f"{path.relative_to(KITDESK.parent)}:{node.lineno}: {ast.unparse(node)}")
    assert not danish
