"""What every headless sub-command shares: its error, and the data folder opened through the one door."""
from __future__ import annotations

import sys
from contextlib import contextmanager

from kitdesk.paths import DataFolder


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _unlocked(folder: DataFolder, *, exclusive: bool = True, database: bool = True, may_create: bool = False):
    """The data folder opened through the one door (kitdesk.store.opening), its key from
    KITDESK_PASSPHRASE or the terminal (kitdesk.terminal_keys); what stops it from opening becomes the
    Danish message and exit code of a CommandError. `exclusive`: hold the folder's lock (every command
    that writes); the others may run beside the window. `may_create`: set up a new, empty folder."""
    from kitdesk.store.opening import open_data_folder
    from kitdesk.terminal_keys import KeyRefused, key_source

    try:
        opening = open_data_folder(folder, get_key=key_source(folder, may_create=may_create),
                                   exclusive=exclusive, database=database)
    except KeyRefused as refused:
        raise CommandError(str(refused), refused.exit_code) from None
    try:
        if not opening.opened:
            raise CommandError(opening.message, opening.exit_code)
        for told in (opening.notice, opening.cleaned):
            if told:
                print(told, file=sys.stderr)
        yield opening
    finally:
        opening.close()


@contextmanager
def _opened(folder: DataFolder, *, exclusive: bool = True, may_create: bool = False):
    """The store of the data folder (see _unlocked)."""
    with _unlocked(folder, exclusive=exclusive, may_create=may_create) as opening:
        yield opening.store


def _has_database(folder: DataFolder) -> bool:
    """Is there a database yet? A folder the user may not even look into is said as the door says it."""
    from kitdesk.store.opening import answer_for_error

    try:
        return folder.db_path.exists()
    except OSError as exc:
        answer = answer_for_error(folder, exc)
        raise CommandError(answer.message, answer.exit_code) from exc


def _ask(question: str) -> bool:
    """A yes/no question on the terminal; no terminal (a script) counts as no."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _iso_date(text: str):
    """A date written YYYY-MM-DD, strictly (date.fromisoformat in 3.11 also takes week dates)."""
    import re
    from datetime import date

    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text.strip())
    try:
        if match:
            return date(*(int(part) for part in match.groups()))
    except ValueError:
        pass
    raise CommandError(f"»{text}« er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.", 2)
