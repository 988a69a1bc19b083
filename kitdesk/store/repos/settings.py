"""The user's own details (the organiser of meetings), language and extra closed days."""
from __future__ import annotations

import json

from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED

DEFAULTS = {
    "user_name": "",
    "user_title": "",
    "user_organisation": "",
    "user_sector": "buc",
    "user_email": "",
    "user_phone": "",
    "language": "da",
    "extra_closed_days": json.dumps(list(DEFAULT_EXTRA_CLOSED)),
}


class SettingsRepo:
    def __init__(self, store):
        self.store = store
        self._cache: dict[str, str] | None = None

    def all(self) -> dict[str, str]:
        if self._cache is None:
            values = dict(DEFAULTS)
            values.update(dict(self.store.conn.execute("SELECT key, value FROM settings").fetchall()))
            self._cache = values
        return dict(self._cache)

    def get(self, key: str) -> str:
        return self.all().get(key, "")

    def extra_closed_days(self) -> list[str]:
        try:
            return list(json.loads(self.get("extra_closed_days")))
        except (ValueError, TypeError):
            return list(DEFAULT_EXTRA_CLOSED)

    def set_many(self, values: dict[str, str]) -> None:
        current = self.all()
        changed = {k: str(v) for k, v in values.items() if current.get(k) != str(v)}
        if not changed:
            return
        with self.store.transaction() as w:
            for key, value in changed.items():
                w.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
            self._cache = None
            # Settings rows have text keys; the audit row carries them in its changes.
            w._audit("settings", 0, "update", {k: [current.get(k), v] for k, v in changed.items()})
            w.announce("settings", 0)
        self._cache = None
