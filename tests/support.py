"""Encrypted data folders for the tests: every test folder is set up as a user's would be, with a
key file under a fixed passphrase – only its KDF is cheaper (the parameters are stored in the key
file, so unlocking reads them from there; scrypt at n=2**4 costs ~0.05 ms where the user's costs
~165 ms, and the tests unlock some 1,500 times). Subprocesses unlock with KITDESK_PASSPHRASE."""
from __future__ import annotations

import atexit
import contextlib
import functools
import io
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from kitdesk.domain.dates import local_today
from kitdesk.paths import DataFolder
from kitdesk.store import keys, unlocking
from kitdesk.store.keys import KdfParams

TEST_PASSPHRASE = "testens lange adgangskode"
FAST_KDF = KdfParams(n=2**4)


def prepare(folder: DataFolder | Path) -> bytes:
    """Set up a new data folder (as the first start does); returns its data key."""
    folder = folder if isinstance(folder, DataFolder) else DataFolder(Path(folder))
    folder.ensure()
    if keys.has_key_file(folder.root):
        return key_of(folder)
    return unlocking.set_up(folder, TEST_PASSPHRASE, FAST_KDF).key


_keys_by_file: dict[bytes, bytes] = {}


def key_of(folder: DataFolder | Path) -> bytes:
    """The folder's data key, unwrapped once per key file: the copies the fixtures make share one."""
    root = folder.root if isinstance(folder, DataFolder) else Path(folder)
    record = keys.key_file(root).read_bytes()
    if record not in _keys_by_file:
        _keys_by_file[record] = keys.unlock(root, TEST_PASSPHRASE)
    return _keys_by_file[record]


def open_store(folder: DataFolder | Path, **kwargs):
    from kitdesk.store.store import Store

    folder = folder if isinstance(folder, DataFolder) else DataFolder(Path(folder))
    return Store.open(folder, key=prepare(folder), **kwargs)


def typed_key_source(folder: DataFolder):
    """The door's key source as a user at the keyboard would answer it, with the test passphrase
    (a new folder set up, a plain one converted, an encrypted one unlocked)."""
    from kitdesk.store.conversion import convert_plain
    from kitdesk.store.unlocking import FolderState

    def get_key(state):
        if state is FolderState.NEW:
            return unlocking.set_up(folder, TEST_PASSPHRASE, FAST_KDF).key
        if state is FolderState.PLAIN:
            return convert_plain(folder, TEST_PASSPHRASE, FAST_KDF).key
        return unlocking.unlock(folder, TEST_PASSPHRASE)

    return get_key


def open_folder(folder: DataFolder | Path, **kwargs):
    """Through the one door, as the window opens it; returns the Opening (close it)."""
    from kitdesk.store.opening import open_data_folder

    folder = folder if isinstance(folder, DataFolder) else DataFolder(Path(folder))
    return open_data_folder(folder, get_key=typed_key_source(folder), **kwargs)


class Templates:
    """Data folders made once per test process (each xdist worker has its own) and copied for each
    test: a copy takes ~10 ms, where opening a new database runs every schema step (~60 ms) and the
    demo takes ~180 ms more. Copies share one data key and one folder id. Made again when the day
    changes: the demo's dates count from today. The kinds:
    - "folder": a new data folder with its key file, as at a first start;
    - "store", "demo": the same with an empty store, user "Test Bruger" – and with the demo in it
      (the store fixtures, tests/conftest.py);
    - "opened-demo": the demo with `cases` cases, loaded through the one door as `kitdesk demo` loads
      it (demo_folder)."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, int, date], DataFolder] = {}

    def get(self, kind: str, cases: int = 4) -> DataFolder:
        made = (kind, cases, local_today())
        if made not in self.made:
            root = Path(_template_dir()) / f"{kind}-{cases}-{made[2].isoformat()}"
            self.made[made] = self._make(kind, cases, DataFolder(root))
        return self.made[made]

    def _make(self, kind: str, cases: int, folder: DataFolder) -> DataFolder:
        from kitdesk.store.demo import load_demo
        from kitdesk.store.store import Store

        if kind == "folder":
            prepare(folder)
        elif kind == "opened-demo":
            _load_demo_through_the_door(folder, cases)
        else:
            shutil.copytree(self.get("folder").root, folder.root)
            store = Store.open(folder, key=key_of(folder))
            store.settings.set_many({"user_name": "Test Bruger"})
            if kind == "demo":
                load_demo(store)
            store.close()
        return folder


TEMPLATES = Templates()


@functools.cache
def _template_dir() -> str:
    made = tempfile.mkdtemp(prefix="kitdesk-test-templates-")
    atexit.register(shutil.rmtree, made, True)
    return made


def demo_folder(root: DataFolder | Path, cases: int = 4, own: bool = False) -> Path:
    """A data folder holding the demo data, as `kitdesk demo --cases N` makes it – through the one
    door, only with the tests' cheap KDF: a folder the command set up has the real one, which every
    later command run in it pays for again (~0.2 s a start). A copy of TEMPLATES' "opened-demo";
    `own` makes one of its own (its own key and folder id), for a test of several folders. Returns
    the root."""
    target = DataFolder(root.root if isinstance(root, DataFolder) else Path(root))
    if own:
        _load_demo_through_the_door(target, cases)
    else:
        shutil.copytree(TEMPLATES.get("opened-demo", cases).root, target.root, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("kitdesk.lock"))
    return target.root


def _load_demo_through_the_door(folder: DataFolder, cases: int) -> None:
    from kitdesk.store.demo import load_demo

    opening = open_folder(folder)
    try:
        assert opening.opened, opening.message
        load_demo(opening.store, extra_cases=max(0, cases - 4))
    finally:
        opening.close()


# The sub-commands that run headless (kitdesk/cli.py); anything else – the window, --version,
# --selftest – starts a real process.
def case_no_of(folder: DataFolder | Path, child_name: str = "Freja Nørgaard") -> str:
    """A demo case's number in that data folder. It carries the year the case was opened, which the
    demo counts back from the day the suite runs: read it, never write it into a test."""
    from kitdesk.store.db import connect

    conn = connect((folder if isinstance(folder, DataFolder) else DataFolder(Path(folder))).db_path, key_of(folder))
    try:
        return conn.execute("SELECT case_no FROM cases WHERE child_name = ?", [child_name]).fetchone()[0]
    finally:
        conn.close()


HEADLESS = frozenset({"demo", "check", "backup", "restore", "cases", "deadline", "meetings", "invite",
                      "export-plan", "access-log", "verify", "read-plan", "delete-case", "remove-demo", "agreements",
                      "overview", "reminders", "handover", "receive", "report"})


def kitdesk(home, *args, timeout: float = 120, stdin: str = "") -> subprocess.CompletedProcess:
    """`kitdesk --home HOME ARGS…` as a user runs it, answered as subprocess.run answers.

    A headless sub-command runs in this process through kitdesk.cli.main – the code `python -m
    kitdesk` runs – with its own output, `stdin` as what is typed (no terminal), the umask restored: a
    Python start costs ~0.3 s, and the command tests start hundreds. The window, and what only a
    process shows (kill -9, another user, the umask at start), run as real processes
    (kitdesk_process, and the tests' own subprocess calls)."""
    if not args or args[0] not in HEADLESS:
        return kitdesk_process(home, *args, timeout=timeout, stdin=stdin)
    from kitdesk import cli

    argv = ["--home", str(home), *args]
    out, err = io.StringIO(), io.StringIO()
    umask, own_stdin = os.umask(0o077), sys.stdin
    sys.stdin = io.StringIO(stdin)  # what is typed; no terminal, as in a script
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(argv)
            except SystemExit as exc:  # argparse refusing an argument
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = own_stdin
        os.umask(umask)
    return subprocess.CompletedProcess(["kitdesk", *argv], 0 if code is None else code, out.getvalue(),
                                       err.getvalue())


def kitdesk_process(home, *args, timeout: float = 120, stdin: str = "") -> subprocess.CompletedProcess:
    """`python -m kitdesk --home HOME ARGS…` in a process of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KITDESK_HOME", None)
    return subprocess.run([sys.executable, "-m", "kitdesk", "--home", str(home), *args], input=stdin,
                          capture_output=True, text=True, timeout=timeout, env=env)
