"""The baton log (stafetlog): append-only; a correction is a new entry pointing at the old one.

Three kinds of entries point at an earlier one:
- kind "correction", written by the user: it replaces the text of the entry it points at;
- kind "undone" ("Fortrudt: …"), written when the user undoes the change that wrote an entry;
- kind "redone" ("Gentaget: …"), written when the user redoes it (it points at the "undone" entry).
Which entries still stand is worked out by entry_states() below, from these pointers alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from kitdesk.domain.model import LogEntry, stored
from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.convert import from_row

NO_NOTE_TEXT = message("log.no_note_text", "Skriv en tekst til stafetloggen.", "Write a text for the baton log.")
NO_CORRECTION_TEXT = message("log.no_correction_text", "Skriv rettelsen.", "Write the correction.")
CORRECTION_UNCHANGED = message("log.correction_unchanged",
                               "Rettelsen er magen til det oprindelige indlæg. Ret teksten først.",
                               "The correction is the same as the original entry. Change the text first.")

UNDONE = "Fortrudt: "
REDONE = "Gentaget: "

# How an entry that points at another one acts on it.
USER_CORRECTION, UNDO_MARK, REDO_MARK = "correction", "undo", "redo"


@dataclass(frozen=True)
class EntryState:
    """What the screen needs to show about the links around one entry."""

    stands: bool = True  # False: corrected or undone by an entry that itself still stands
    cancelled_by: str | None = None  # USER_CORRECTION / UNDO_MARK / REDO_MARK, when not standing
    corrects_at: str | None = None  # UTC time of the entry this one points at
    role: str | None = None  # how this entry acts on the one it points at (see above)


def link_role(entry: LogEntry) -> str | None:
    if entry.corrects_id is None:
        return None
    if entry.kind == "undone":
        return UNDO_MARK
    if entry.kind == "redone":
        return REDO_MARK
    return USER_CORRECTION


def entry_states(entries: list[LogEntry]) -> dict[int, EntryState]:
    """Which entries stand, and what points where, for one case's whole log.

    An entry stands unless an entry that stands points at it. A pointer always goes to an older
    entry, so walking from the newest id down settles each entry after everything pointing at it.
    One exception: a user correction of a user correction replaces that correction's text, so it
    also keeps the original corrected (the original is not restored by correcting the correction).
    """
    by_id = {stored(e.id): e for e in entries}
    pointing: dict[int, list[int]] = {}
    for entry_id, e in by_id.items():
        if e.corrects_id is not None:
            pointing.setdefault(e.corrects_id, []).append(entry_id)
    roles = {entry_id: link_role(e) for entry_id, e in by_id.items()}

    def targets(entry_id: int) -> list[int]:
        """The entries this one cancels while it stands."""
        out, current_id = [], entry_id
        while (points_at := by_id[current_id].corrects_id) is not None and points_at in by_id:
            out.append(points_at)
            if roles[current_id] != USER_CORRECTION:
                break
            current_id = points_at
            if roles[current_id] != USER_CORRECTION:
                break
        return out

    cancellers: dict[int, list[int]] = {}
    for entry_id in by_id:
        for target_id in targets(entry_id):
            cancellers.setdefault(target_id, []).append(entry_id)

    stands: dict[int, bool] = {}
    cancelled_by: dict[int, str | None] = {}
    for entry_id in sorted(by_id, reverse=True):
        live = [c for c in cancellers.get(entry_id, []) if stands.get(c, True)]
        stands[entry_id] = not live
        cancelled_by[entry_id] = roles[max(live)] if live else None

    states = {}
    for entry_id, e in by_id.items():
        target = by_id.get(e.corrects_id) if e.corrects_id is not None else None
        states[entry_id] = EntryState(stands=stands[entry_id], cancelled_by=cancelled_by[entry_id],
                                      corrects_at=target.at if target else None, role=roles[entry_id])
    return states


class BatonLogRepo:
    def __init__(self, store):
        self.store = store

    def entries(self, case_id: int, kinds: set[str] | None = None, text: str = "") -> list[LogEntry]:
        """Newest first. `text` matches the entry's text or author, ignoring case (æøå too)."""
        sql = "SELECT * FROM log_entries WHERE case_id = ?"
        args: list[object] = [case_id]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' for _ in kinds)})"
            args += sorted(kinds)
        rows = self.store.query(sql + " ORDER BY at DESC, id DESC", args)
        found = [from_row(LogEntry, r) for r in rows]
        # Filtered here, not with LIKE: SQLite folds case for ASCII only, so "ø" would miss "Ø".
        words = text.casefold().split()
        if words:
            found = [e for e in found if all(w in f"{e.text}\n{e.author}".casefold() for w in words)]
        return found

    def states(self, case_id: int) -> dict[int, EntryState]:
        """entry_states() over the case's whole log (a filter must not hide what corrects what)."""
        return entry_states(self.entries(case_id))

    def get(self, entry_id: int) -> LogEntry:
        row = self.store.writer.row("log_entries", entry_id)
        if row is None:
            raise KeyError(entry_id)
        return from_row(LogEntry, row)

    def add_note(self, case_id: int, text: str) -> int:
        text = text.strip()
        if not text:
            raise Refusal(NO_NOTE_TEXT)
        with self.store.transaction() as w:
            entry_id = self._insert(w, case_id, "note", text)
            self.store.cases.touch(w, case_id)
            return entry_id

    def correct(self, entry_id: int, text: str) -> int:
        text = text.strip()
        if not text:
            raise Refusal(NO_CORRECTION_TEXT)
        original = self.get(entry_id)
        if text == original.text.strip():
            raise Refusal(CORRECTION_UNCHANGED)
        with self.store.transaction() as w:
            new_id = self._insert(w, stored(original.case_id), "correction", text, corrects_id=entry_id)
            self.store.cases.touch(w, original.case_id)
            return new_id

    def add_event(self, w, case_id: int, kind: str, text: str) -> int:
        """An entry the app writes for an event, inside the caller's transaction."""
        return self._insert(w, case_id, kind, text)

    def note_undone(self, w, entry_id: int) -> int:
        entry = self.get(entry_id)
        if entry.kind == "undone":
            kind, text = "redone", REDONE + entry.text.removeprefix(UNDONE)
        else:
            kind, text = "undone", UNDONE + entry.text
        return self._insert(w, stored(entry.case_id), kind, text, corrects_id=entry_id)

    def _insert(self, w, case_id: int, kind: str, text: str, corrects_id: int | None = None) -> int:
        return w.insert("log_entries", {
            "case_id": case_id, "at": w.now(), "author": self.store.settings.get("user_name"),
            "kind": kind, "text": text, "corrects_id": corrects_id,
        }, case_id)
