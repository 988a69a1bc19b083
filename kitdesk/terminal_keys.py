"""The passphrase for the headless commands: from KITDESK_PASSPHRASE (scripts and tests – documented
as such in the README), else asked on the terminal. The same steps as the window's: a new folder
is set up, a plain one converted, and the recovery key is printed once (on stderr, so that
`--json` output stays clean)."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable

from kitdesk.paths import DataFolder
from kitdesk.store.keys import KeyProblem
from kitdesk.store.unlocking import ENV_PASSPHRASE, MSG_RECOVERY_KEY, FolderState

TRIES = 3

MSG_NO_TERMINAL = ("Dataene i {root} er krypteret. Der er ingen terminal at spørge om adgangskoden i: sæt "
                   f"miljøvariablen {ENV_PASSPHRASE} (til scripts), eller kør kommandoen i en terminal.")
MSG_WRONG_ENV = f"Adgangskoden i {ENV_PASSPHRASE} er forkert. Intet er ændret."
MSG_NO_KEY_FILE = ("Nøglefilen til de krypterede data i {root} mangler. Åbn KIT Desk-vinduet, og brug "
                   "gendannelsesnøglen; så laves en ny nøglefil.")


class KeyRefused(Exception):
    """A Danish message and exit code for the command line (kitdesk.commands turns it into a CommandError)."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


def key_source(folder: DataFolder, *, may_create: bool) -> Callable[[FolderState], bytes | None]:
    """`may_create`: a new, empty folder may be set up (`kitdesk demo`); other commands leave it."""
    def get_key(state: FolderState) -> bytes | None:
        from kitdesk.store import unlocking

        given = os.environ.get(ENV_PASSPHRASE) or None  # set but empty: not given
        if state is FolderState.NEW:
            if not may_create:
                return None
            unlocked = unlocking.set_up(folder, given or _new_passphrase(folder))
            _tell_recovery_key(unlocked.recovery_key)
            return unlocked.key
        if state is FolderState.PLAIN:
            from kitdesk.store.conversion import convert_plain

            print("Dataene krypteres nu (første gang efter opdateringen) …", file=sys.stderr, flush=True)
            unlocked = convert_plain(folder, given or _new_passphrase(folder))
            _tell_recovery_key(unlocked.recovery_key)
            return unlocked.key
        if state is FolderState.KEY_FILE_MISSING:
            raise KeyRefused(MSG_NO_KEY_FILE.format(root=folder.root))
        return _unlock(folder, given)

    return get_key


def _unlock(folder: DataFolder, given: str | None) -> bytes:
    from kitdesk.store import unlocking

    if given is not None:
        try:
            return unlocking.unlock(folder, given)
        except unlocking.Throttled as wait:
            raise KeyRefused(str(wait)) from None
        except KeyProblem as problem:
            raise KeyRefused(MSG_WRONG_ENV if isinstance(problem, unlocking.WrongPassphrase) else str(problem)) from None
    _need_terminal(folder)
    problem: KeyProblem | None = None
    for _ in range(TRIES):
        try:
            return unlocking.unlock(folder, _read("Adgangskode: "))
        except unlocking.Throttled as wait:
            raise KeyRefused(str(wait)) from None
        except unlocking.WrongPassphrase as wrong:
            problem = wrong
            print(str(wrong), file=sys.stderr, flush=True)
        except KeyProblem as other:
            raise KeyRefused(str(other)) from None
    raise KeyRefused(str(problem))


def _new_passphrase(folder: DataFolder) -> str:
    from kitdesk.domain.passphrase import HINTS_DA, Strength, assess

    _need_terminal(folder)
    print("Vælg en adgangskode til dataene i denne datamappe (mindst 10 tegn; fire almindelige ord med "
          "mellemrum er lette at huske og svære at gætte).", file=sys.stderr, flush=True)
    for _ in range(TRIES):
        first = _read("Ny adgangskode: ")
        level = assess(first)
        print(HINTS_DA[level], file=sys.stderr, flush=True)
        if level is Strength.TOO_SHORT:
            continue
        if _read("Gentag adgangskoden: ") == first:
            return first
        print("De to adgangskoder er ikke ens.", file=sys.stderr, flush=True)
    raise KeyRefused("Ingen adgangskode valgt. Intet er ændret.", 1)


def _tell_recovery_key(recovery_key: str) -> None:
    print(MSG_RECOVERY_KEY.format(key=recovery_key), file=sys.stderr, flush=True)


def _need_terminal(folder: DataFolder) -> None:
    if not sys.stdin.isatty():
        raise KeyRefused(MSG_NO_TERMINAL.format(root=folder.root))


def _read(prompt: str) -> str:
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise KeyRefused("Afbrudt. Intet er ændret.", 1) from None
