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
    def resolve(cls, home: str | os.PathLike | None = None) -> "DataFolder":
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

    def ensure(self) -> "DataFolder":
        for folder in (self.root, self.backups, self.logs, self.files, self.exports):
            folder.mkdir(parents=True, exist_ok=True)
        return self
