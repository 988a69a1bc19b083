"""One running meeting on screen: the save path, and what every live widget listens to.

Widgets never save texts themselves: they call type(), which hands the value to the MinutesSaver
(off the UI thread, on disk within a second) and tells every listener – the chair's other widgets
and the presentation window – at once. Structural changes (agreements added, attendance, the
current item) go through store.live as usual and arrive via the StoreBridge.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kitdesk.domain.dates import fmt_time, from_utc_iso, to_local
from kitdesk.store.minutes_saver import MinutesSaver, SaveReport


class LiveSession(QObject):
    # table, row id, field, value – as typed, before it is saved
    text_changed = Signal(str, int, str, object)
    current_item_changed = Signal(object)  # agenda item id or None
    saved = Signal(str)  # the local time of the last commit, "10.42.07"
    save_failed = Signal(str)  # a Danish message; the text is kept and saving is retried
    _report_from_thread = Signal(object)

    def __init__(self, store, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting_id = meeting_id
        self.typed: dict[tuple[str, int, str], object] = {}  # newest values, saved or not
        self._report_from_thread.connect(self._on_report)  # queued: the saver reports from its thread
        self.saver = MinutesSaver(store.folder.db_path, store.settings.get("user_name"),
                                  self._report_from_thread.emit)

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

    def flush(self, timeout: float = 5.0) -> bool:
        return self.saver.flush(timeout)

    def close(self) -> bool:
        return self.saver.close()

    def _on_report(self, report: SaveReport) -> None:
        if report.error:
            self.save_failed.emit(report.error)
        else:
            local = to_local(from_utc_iso(report.at))
            self.saved.emit(f"{fmt_time(local)}.{local.second:02d}")
