"""The layers of ARCHITECTURE.md hold: import-linter contracts from pyproject.toml."""
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import kitdesk

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_module_is_in_the_layers_contract():
    """A new top-level module (as kitdesk.templates once was) gets a place in the layers, so the
    contracts see it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["type"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.replace("|", ":").split(":")}
    modules = {f"kitdesk.{m.name}" for m in pkgutil.iter_modules(kitdesk.__path__)}
    assert modules - placed == set()


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "; print(' '.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def test_the_command_line_loads_no_qt_and_no_screen():
    """`kitdesk deadline`, `kitdesk verify`, ... answer without loading Qt: cli imports neither Qt
    nor a screen at module level, and the sub-commands run headless."""
    loaded = _modules_after("import sys, kitdesk.cli, kitdesk.commands")
    assert not {m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6")}
    assert not {m for m in loaded if m.startswith(("kitdesk.ui", "kitdesk.app"))}


def test_reportlab_is_not_imported_at_start_up():
    loaded = _modules_after("import sys, kitdesk.cli, kitdesk.app, kitdesk.ui.main_window")
    assert "reportlab" not in loaded


def test_no_sql_in_the_screens():
    """Screens ask repository methods; SQL lives in kitdesk/store."""
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "kitdesk" / "ui").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if any(word in line for word in (".query(", ".execute(", "SELECT ", "UPDATE ", "INSERT INTO"))]
    assert found == []
