"""Pictures of every screen at 1366×768 on fictitious demo data: python scripts/screenshots.py OUT_DIR"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from kitdesk.paths import DataFolder
    from kitdesk.store import unlocking
    from kitdesk.store.demo import load_demo
    from kitdesk.store.store import Store
    from kitdesk.ui.i18n import install_translators
    from kitdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    install_translators(app, os.environ.get("KITDESK_LANG", "da"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataFolder(Path(tmp)).ensure()
        store = Store.open(folder, key=unlocking.set_up(folder, "skærmbilledernes adgangskode").key)
        load_demo(store, extra_cases=20)
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()

        def shot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))

        shot("01_case_list")
        window.tabs.setCurrentIndex(1)
        shot("02_persons")
        freja = next(r.id for r in store.cases.rows() if r.child_name == "Freja Nørgaard")
        window.open_case(freja)
        view = window.case_view(freja)
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            shot(f"{3 + index:02d}_case_{view.tabs.tabText(index).lower()}")
        window.close()
        window.bridge.detach()
        store.close()
    print(f"screens in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screens")))
