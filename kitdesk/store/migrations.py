"""Schema steps, forward only. Each runs in its own transaction (sqlite_utils.Migrations).

The steps are registered in order by schema_steps_first (m001–m006) and schema_steps_later (m007 on).
A released step is never edited: add a new one at the end of schema_steps_later. tests/data/ keeps a
database of every released schema, and tests/store/test_migrations.py upgrades each of them.
"""
from __future__ import annotations

from sqlite_utils import Database

from kitdesk.store import schema_steps_later  # noqa: F401 – registers m007 on, after the first steps
from kitdesk.store.schema_steps_first import migrations

__all__ = ["apply", "migrations", "pending"]


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)
