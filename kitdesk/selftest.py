"""`kitdesk --selftest`: proves an installed or frozen build works, in a temporary data folder."""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from kitdesk.domain.model import Case
from kitdesk.domain.plan import PlanAgreement, PlanContent, PlanParticipant
from kitdesk.domain.workdays import add_working_days
from kitdesk.export.plan_pdf import build_plan_pdf, read_plan_marker
from kitdesk.paths import DataFolder
from kitdesk.store.store import Store
from kitdesk.store.unlocking import set_up, unlock


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kitdesk-selftest-") as tmp:
        folder = DataFolder(Path(tmp)).ensure()
        # SQLCipher and the key wrapping (cryptography) must work in the build, or nothing opens.
        set_up(folder, "selvtest af krypteringen")
        store = Store.open(folder, key=unlock(folder, "selvtest af krypteringen"))
        try:
            case_id = store.cases.create(Case(child_name="Selvtest Æblegrød"))
            assert store.cases.get(case_id).child_name == "Selvtest Æblegrød", "case did not read back"
            assert add_working_days(date(2026, 12, 23), 1).isoformat() == "2026-12-28", "holidays missing"
            # Qt is imported only now, with QT_QPA_PLATFORM set: a build machine may have no display.
            from kitdesk.app import make_application
            from kitdesk.ui.selftest_window import check_window

            make_application()
            problem = check_window(store)
            if problem:
                print(f"selftest: {problem}", file=sys.stderr)
                return 1
            _check_plan_export()
        except AssertionError as exc:
            print(f"selftest failed: {exc}", file=sys.stderr)
            return 1
        finally:
            store.close()
    print("selftest ok")
    return 0


def _check_plan_export() -> None:
    """The plan's PDF (ReportLab and the embedded fonts) and its preview (PDFium) work in this build."""
    from kitdesk.ui.plan.preview import render_pages  # Qt: after QT_QPA_PLATFORM is set (run_selftest)

    content = PlanContent(case_no="0", child_name="Selvtest Æblegrød", birth_date=None, meeting_id=1,
                          starts_at="2026-12-04T09:00+01:00", ends_at="2026-12-04T10:00+01:00", form="physical",
                          participants=(PlanParticipant(name="Åse", is_chair=True),),
                          agreements=(PlanAgreement(what="Aftale – ø"),))
    data = build_plan_pdf(content, author="Selvtest", created=datetime(2026, 12, 4, tzinfo=UTC),
                          fingerprint=None)
    assert read_plan_marker(data) is not None, "the plan PDF has no marker"
    pages = render_pages(data, 200)
    assert pages and pages[0][0] == 200, "the plan preview did not render"
