"""One running meeting on screen: the save path, and what every live widget listens to.

Widgets never save texts themselves: they call type(), which hands the value to the MinutesSaver
(off the UI thread, on disk within a second) and tells every listener – the chair's other widgets
and the presentation window – at once. Structural changes (agreements added, attendance, the
current item) go through store.live as usual and arrive via the StoreBridge.

While saving fails, what was typed stays in the saver, which keeps trying; nothing here drops it.
Only close() does, when it cannot be saved even then – and the view asks the user before that
(kitdesk/ui/live/unsaved.py).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kitdesk.domain.dates import fmt_time, from_utc_iso, to_local
from kitdesk.store.minutes_saver import MinutesSaver, SaveReport

# While saving fails, a flush makes one attempt at once and waits no longer than this: a full disk
# must not freeze the screen at every field left or item changed (the red line says what is wrong).
FAILING_WAIT = 1.0


class LiveSession(QObject):
    # table, row id, field, value – as typed, before it is saved
    text_changed = Signal(str, int, str, object)
    current_item_changed = Signal(object)  # agenda item id or None
    saved = Signal(str)  # the local time of the last commit, "10.42.07"
    save_failed = Signal(str)  # a Danish message; the text is kept and saving is retried
    save_refused = Signal(str)  # a Danish message; what was typed last was refused for good (signed plan)
    _report_from_thread = Signal(object)

    def __init__(self, store, meeting_id: int, parent=None, *, connect=None):
        """`connect`: how the writer opens its connection (tests give it a page limit: a full disk)."""
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.typed: dict[tuple[str, int, str], object] = {}  # newest values, saved or not
        self.last_saved: str | None = None  # local time of the last commit of this session, "10.42.07"
        self._report_from_thread.connect(self._on_report)  # queued: the saver reports from its thread
        self.saver = MinutesSaver(store.folder.db_path, store.settings.get("user_name"),
                                  self._report_from_thread.emit, key=store.key, connect=connect)

    def type(self, table: str, row_id: int, field: str, value) -> None:
        """A keystroke's worth of change: saved within a second, shown everywhere now."""
        self.typed[(table, row_id, field)] = value
        self.saver.put(table, row_id, field, value, meeting_id=self.meeting_id)
        self.text_changed.emit(table, row_id, field, value)

    def value(self, table: str, row_id: int, field: str, stored):
        """What the screen should show: the newest typed value, else what is stored."""
        return self.typed.get((table, row_id, field), stored)

    def set_current_item(self, item_id: int | None) -> None:
        self.store.live.set_current_item(self.meeting_id, item_id)
        self.current_item_changed.emit(item_id)

    # -- saving -----------------------------------------------------------------------------------
    @property
    def failing(self) -> bool:
        """The last attempt to save failed (the words are kept and tried again)."""
        return self.saver.last_error is not None

    @property
    def error(self) -> str | None:
        return self.saver.last_error

    @property
    def unsaved(self) -> bool:
        return self.saver.unsaved

    def flush(self, timeout: float = 5.0) -> bool:
        """Everything typed so far onto the disk; True when it is there."""
        return self.saver.flush(min(timeout, FAILING_WAIT) if self.failing else timeout)

    def try_again(self, timeout: float = 3.0) -> bool:
        """The user asked to try again: one attempt now, waited for in full."""
        return self.saver.flush(timeout)

    def close(self) -> bool:
        """Stop the writer. True when everything typed is on disk; False when it could not be saved
        and was dropped – the view asked the user before closing (or the meeting is gone)."""
        if self.saver.close(FAILING_WAIT if self.failing else 5.0):
            return True
        self.saver.abandon()
        return False

    def _on_report(self, report: SaveReport) -> None:
        if report.error and not report.refused:
            self.save_failed.emit(report.error)
            return
        local = to_local(from_utc_iso(report.at))
        self.last_saved = f"{fmt_time(local)}.{local.second:02d}"
        if report.refused:
            self.save_refused.emit(report.error)
        else:
            self.saved.emit(self.last_saved)
