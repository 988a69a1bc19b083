"""The names of all schema steps, readable without importing sqlite-utils.

Start-up compares them with the applied ones and only loads kitdesk.store.migrations when a step
is pending. A test keeps this list equal to the steps registered there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kitdesk.store.db import Connection


MIGRATION_SET = "kitdesk"
STEPS = ("m001_case_file", "m002_meetings", "m003_live_minutes", "m004_plans",
         "m005_signed_meeting_stays_signed", "m006_erasure", "m007_access_log", "m008_closer_to_kit",
         "m009_screen_walk", "m010_plan_import", "m011_report", "m012_desk")


def pending_steps(conn: Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone()
    if not exists:
        return list(STEPS)
    applied = {r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return [step for step in STEPS if step not in applied]
