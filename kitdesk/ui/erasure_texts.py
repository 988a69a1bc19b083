"""What the screens say after an erasure (a case, a person): files left behind, today's backup, and the
day the last backup holding it will be gone – the same facts `kitdesk delete-case` prints."""
from __future__ import annotations

from PySide6.QtCore import QObject

from kitdesk.domain.dates import fmt_date


def erase_with_backup(store, erase):
    """Run `erase()` (it returns an Erased), then take today's backup again and look at the older
    ones: (erased, outlook or None without a data folder, the backup's error or None)."""
    from kitdesk.store.backup_expiry import backup_after_erasure

    erased = erase()
    if store.folder is None:
        return erased, None, None
    # The WAL is checkpointed already: the backup copies a database without the erased pages.
    found, error = backup_after_erasure(store.folder, erased.erased_at, erased.first_created, key=store.key)
    return erased, found, error


class ErasureTexts(QObject):
    """A QObject for tr(): lupdate reads plural forms (%n) from tr() calls, not from translate()."""

    def lines(self, erased, outlook, backup_error, what: str) -> list[tuple[str, str]]:
        """(kind, sentence) for banners: "ok"/"info" for the backups, "warning" for what needs the user."""
        lines: list[tuple[str, str]] = []
        if erased.files_left:
            lines.append(("warning", self.tr("These files could not be deleted – close the program that has them "
                                             "open, and delete them yourself: %1").replace(
                "%1", ", ".join(str(p) for p in erased.files_left))))
        if backup_error:
            lines.append(("warning", self.tr("Today's backup could not be taken again: %1").replace("%1", backup_error)))
        if outlook is not None:
            lines += self._backups(outlook, what)
        if not erased.wal_cleared:
            lines.append(("warning", self.tr("Another program kept the database busy: close KIT Desk and start it "
                                             "again, so that no deleted data stays in its working file.")))
        return lines

    def _backups(self, outlook, what: str) -> list[tuple[str, str]]:
        if outlook.gone_by is None:
            found = [("ok", self.tr("No backup holds %1.").replace("%1", what))]
        else:
            found = [("info", self.tr(
                "%n older backup(s) still hold %1. They are deleted automatically by %2 at the latest – the first "
                "time KIT Desk is closed on or after that day. Backups are never changed.", "", outlook.holding)
                .replace("%1", what).replace("%2", fmt_date(outlook.gone_by)))]
        if outlook.other_copies:
            found.append(("warning", self.tr(
                "%n copy(-ies) of the database from before an update or a restore may also hold %1 and are not "
                "deleted automatically: %2", "", len(outlook.other_copies)).replace("%1", what).replace(
                "%2", ", ".join(str(p) for p in outlook.other_copies))))
        return found


def after_erasure(erased, outlook, backup_error, what: str) -> list[tuple[str, str]]:
    return ErasureTexts().lines(erased, outlook, backup_error, what)
