"""The user's own details (the organiser of meetings), language and extra closed days."""
from __future__ import annotations

import json
from functools import lru_cache

from kitdesk.domain.refusal import Refusal, message


@lru_cache(maxsize=1)
def defaults() -> dict[str, str]:
    # The working-day rules are imported here, not at the top: start-up reads the settings
    # before the window shows, and needs no holiday rules for that.
    from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED

    return {**_DEFAULTS, "extra_closed_days": json.dumps(list(DEFAULT_EXTRA_CLOSED))}


_DEFAULTS = {
    "user_name": "",
    "user_title": "",
    "user_organisation": "",
    "user_sector": "buc",
    "user_email": "",
    "user_phone": "",
    "language": "da",
    # Both responsible contact persons (BUC and the municipality) must approve before sign-off.
    "plan_requires_contacts": "1",
    # Closed cases are listed for deletion this many months after they were closed (never deleted by itself).
    "retention_months": "12",
    # The window locks after this many minutes without use (0: never); not during a running meeting.
    "lock_after_minutes": "10",
    # Exported files (meant to be sent on) are deleted from the data folder's exports/ after this many days.
    "export_days": "30",
    # Seed 002: invited in good time – a warning when an invitation goes out fewer working days before.
    "invite_notice_days": "3",
}
MAX_NOTICE_DAYS = 30
BAD_NOTICE_DAYS = message("settings.bad_notice_days",
                          "Antal arbejdsdage før mødet skal være et helt tal fra 0 til {most}.",
                          "The number of working days before the meeting must be a whole number from 0 to {most}.")
LANGUAGE_CODES = ("da", "en")


def _closed_days(text: str) -> list[str]:
    """The stored JSON list of extra closed days; ValueError if it is not one (a damaged value, or a
    bug in the caller: the settings dialog stores what parse_extra_closed read)."""
    try:
        days = json.loads(text)
    except (TypeError, ValueError):
        raise ValueError("extra_closed_days is not JSON") from None
    if not isinstance(days, list) or not all(isinstance(d, str) for d in days):
        raise ValueError("extra_closed_days is not a list of days")
    from kitdesk.domain.workdays import normalize_extra_closed

    normalize_extra_closed(days)  # raises ValueError on a day that is not a day
    return days


class SettingsRepo:
    def __init__(self, store):
        self.store = store
        self._cache: dict[str, str] | None = None

    def all(self) -> dict[str, str]:
        if self._cache is None:
            values = dict(defaults())
            values.update(dict(self.store.conn.execute("SELECT key, value FROM settings").fetchall()))
            self._cache = values
        return dict(self._cache)

    def get(self, key: str) -> str:
        return self.all().get(key, "")

    def extra_closed_days(self) -> list[str]:
        try:
            return _closed_days(self.get("extra_closed_days"))
        except ValueError:
            # A damaged value must not stop deadlines from being counted: use the defaults.
            return list(json.loads(defaults()["extra_closed_days"]))

    def retention_months(self) -> int:
        """How many months after closing a case is listed for deletion (a damaged value: the default)."""
        from kitdesk.domain.retention import DEFAULT_MONTHS, parse_months

        try:
            return parse_months(self.get("retention_months"))
        except Refusal:
            return DEFAULT_MONTHS

    def invite_notice_days(self) -> int:
        """Warn when an invitation goes out fewer than this many working days before the meeting (0: never)."""
        try:
            days = int(self.get("invite_notice_days"))
        except ValueError:
            return int(_DEFAULTS["invite_notice_days"])  # a damaged value: the default
        return min(max(days, 0), MAX_NOTICE_DAYS)

    def set_many(self, values: dict[str, str]) -> None:
        current = self.all()
        changed = {k: str(v) for k, v in values.items() if current.get(k) != str(v)}
        if not changed:
            return
        # Checked before anything is written: a bad value here would break start-up or deadlines.
        if "language" in changed and changed["language"] not in LANGUAGE_CODES:
            raise ValueError(f"unknown language {changed['language']!r}")  # the dialog offers only ours
        if "extra_closed_days" in changed:
            _closed_days(changed["extra_closed_days"])
        if "user_email" in changed:
            from kitdesk.domain.contact import check_email

            check_email(changed["user_email"])  # the From of every invitation and plan e-mail
        if "invite_notice_days" in changed:
            days = changed["invite_notice_days"].strip()
            if not days.isdigit() or int(days) > MAX_NOTICE_DAYS:
                raise Refusal(BAD_NOTICE_DAYS, most=MAX_NOTICE_DAYS)
            changed["invite_notice_days"] = str(int(days))
        if "retention_months" in changed:
            from kitdesk.domain.retention import parse_months

            changed["retention_months"] = str(parse_months(changed["retention_months"]))
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
        if "language" in changed and self.store.folder is not None:
            from kitdesk.paths import write_language

            write_language(self.store.folder, changed["language"])
