"""Where things live: the user's data folder and the app's bundled resources.

The data folder comes from platformdirs, overridden by ``--home DIR`` or ``KITDESK_HOME``
(tests and developers use it to keep real data out of reach).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "KITDESK_HOME"
DB_NAME = "kitdesk.sqlite3"

# Everything in a data folder is about children: on POSIX the folder and every folder in it are for
# the user alone (0700), every file too (0600), whatever the umask (see DataFolder.make_private).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PRIVATE_UMASK = 0o077

# Temporary full copies of the database while a backup or a restore is being built (backups/ and
# the folder itself); one a crash left behind is removed at the next start.
BACKUP_TEMP_PREFIX = ".kitdesk-backup-"
RESTORE_TEMP_PREFIX = ".kitdesk-restore-"
TEMP_SUFFIX = ".tmp"


def resources_dir() -> Path:
    """The resources/ folder, also inside a PyInstaller build (sys._MEIPASS)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("KITDesk", appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataFolder:
    """The layout of one data folder: one database, its backups, logs and copied files."""

    root: Path

    @classmethod
    def resolve(cls, home: str | os.PathLike | None = None) -> DataFolder:
        chosen = home or os.environ.get(ENV_HOME) or default_home()
        return cls(Path(chosen).expanduser().resolve())

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def files(self) -> Path:
        """Documents attached to information exchanges, copied in."""
        return self.root / "files"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def damaged(self) -> Path:
        """Damaged database files set aside, never deleted."""
        return self.root / "damaged"

    @property
    def lock_path(self) -> Path:
        return self.root / "kitdesk.lock"

    def ensure(self) -> DataFolder:
        for folder in (self.root, self.backups, self.logs, self.files, self.exports):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        return self

    def make_private(self) -> None:
        """Take group and other permissions off the data folder and everything in it (POSIX).

        Only takes away: a folder the user made read-only stays read-only. Entries that are not
        the user's own are skipped, symbolic links are not followed.
        """
        if os.name != "posix":
            return
        _take_away_others(self.root, PRIVATE_DIR_MODE)
        for top, folders, files in os.walk(self.root):
            for name in folders:
                _take_away_others(Path(top, name), PRIVATE_DIR_MODE)
            for name in files:
                _take_away_others(Path(top, name), PRIVATE_FILE_MODE)


LANGUAGE_FILE = "language"


def read_language(folder: DataFolder) -> str:
    """The user's chosen language ("da"/"en"), kept outside the encrypted database because the
    passphrase screens come before it can be read. Not personal data."""
    try:
        text = (folder.root / LANGUAGE_FILE).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""
    return text if text in ("da", "en") else ""


def write_language(folder: DataFolder, language: str) -> None:
    try:
        (folder.root / LANGUAGE_FILE).write_text(language, encoding="ascii")
    except OSError:
        pass  # the passphrase screen is then Danish; nothing else depends on it


def use_private_umask() -> None:
    """New files and folders of this process are the user's alone (POSIX): the data folder's
    database, logs, backups and exports, and the exports the user saves elsewhere – all of them
    are about a child."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def _take_away_others(path: Path, allowed: int) -> None:
    import stat

    try:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            return
        wanted = stat.S_IMODE(mode) & allowed
        if wanted != stat.S_IMODE(mode):
            os.chmod(path, wanted)
    except OSError:
        pass  # not ours to change (or gone): nothing we can do about it here
