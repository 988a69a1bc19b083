"""Danish by default: our Qt Linguist catalogue plus Qt's own, so standard buttons read "Annuller"."""
from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kitdesk.paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = {"da": "Dansk", "en": "English"}


def catalogue(language: str) -> Path:
    return resources_dir() / "translations" / f"kitdesk_{language}.qm"


def ensure_compiled(language: str) -> Path | None:
    """The .qm is built by `make`; compile it here if someone started from a bare checkout."""
    qm = catalogue(language)
    ts = qm.with_suffix(".ts")
    # A frozen build ships the catalogue it was built with (the copies' times say nothing).
    if qm.exists() and (getattr(sys, "frozen", False) or not ts.exists()
                        or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return None
    import subprocess  # only when compiling (start-up normally finds the .qm): not loaded at start-up otherwise

    tool = shutil.which("pyside6-lrelease") or _venv_tool("pyside6-lrelease")
    if tool is None:
        log.warning("no lrelease; the interface will be in English")
        return qm if qm.exists() else None
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        log.warning("could not compile %s", ts.name)
    return qm if qm.exists() else None


def _venv_tool(name: str) -> str | None:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else None


def install_translators(app: QCoreApplication, language: str) -> None:
    for old in getattr(app, "_kitdesk_translators", []):
        app.removeTranslator(old)
    app._kitdesk_translators = []
    if language != "da":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_da", qt_dir):
        app.installTranslator(qt_own)
        app._kitdesk_translators.append(qt_own)
    ours = QTranslator(app)
    qm = ensure_compiled("da")
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        app._kitdesk_translators.append(ours)
    else:
        log.warning("Danish catalogue not loaded")
