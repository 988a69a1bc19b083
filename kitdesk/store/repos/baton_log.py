"""The baton log (stafetlog): append-only; a correction is a new entry pointing at the old one."""
from __future__ import annotations

from kitdesk.domain.model import LogEntry
from kitdesk.store.convert import from_row

UNDONE = "Fortrudt: "
REDONE = "Gentaget: "


class BatonLogRepo:
    def __init__(self, store):
        self.store = store

    def entries(self, case_id: int, kinds: set[str] | None = None, text: str = "") -> list[LogEntry]:
        sql, args = "SELECT * FROM log_entries WHERE case_id = ?", [case_id]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
            args += sorted(kinds)
        if text:
            sql += " AND text LIKE ? ESCAPE '\\'"
            args.append("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        rows = self.store.db.query(sql + " ORDER BY at DESC, id DESC", args)
        return [from_row(LogEntry, r) for r in rows]

    def get(self, entry_id: int) -> LogEntry:
        row = self.store.writer.row("log_entries", entry_id)
        if row is None:
            raise KeyError(entry_id)
        return from_row(LogEntry, row)

    def add_note(self, case_id: int, text: str) -> int:
        text = text.strip()
        if not text:
            raise ValueError("Skriv en tekst til stafetloggen.")
        with self.store.transaction() as w:
            entry_id = self._insert(w, case_id, "note", text)
            self.store.cases.touch(w, case_id)
            return entry_id

    def correct(self, entry_id: int, text: str) -> int:
        text = text.strip()
        if not text:
            raise ValueError("Skriv rettelsen.")
        original = self.get(entry_id)
        with self.store.transaction() as w:
            new_id = self._insert(w, original.case_id, "correction", text, corrects_id=entry_id)
            self.store.cases.touch(w, original.case_id)
            return new_id

    def add_event(self, w, case_id: int, kind: str, text: str) -> int:
        """An entry the app writes for an event, inside the caller's transaction."""
        return self._insert(w, case_id, kind, text)

    def note_undone(self, w, entry_id: int) -> int:
        entry = self.get(entry_id)
        if entry.kind == "correction" and entry.text.startswith(UNDONE):
            text = REDONE + entry.text[len(UNDONE):]
        else:
            text = UNDONE + entry.text
        return self._insert(w, entry.case_id, "correction", text, corrects_id=entry_id)

    def _insert(self, w, case_id: int, kind: str, text: str, corrects_id: int | None = None) -> int:
        return w.insert("log_entries", {
            "case_id": case_id, "at": w.now(), "author": self.store.settings.get("user_name"),
            "kind": kind, "text": text, "corrects_id": corrects_id,
        }, case_id)
