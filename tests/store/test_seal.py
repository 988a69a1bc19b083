"""The seal: start-up skips the page walk only for the very file KIT Desk closed cleanly, and the
walk it skipped still finds damage the disk did in between (issue 10).

Bit rot is made for real: bytes inside a table's b-tree changed in place, with the file's mtime put
back (a disk that damages a page does not touch the file's times, its size or its inode).
Test data is fictitious: numbered names.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from kitdesk.domain.model import Case
from kitdesk.paths import DataFolder
from kitdesk.store.identity import read_identity
from kitdesk.store.integrity import ENCRYPTED_PAGE_SIZE, examine_at_start
from kitdesk.store.seal import is_sealed, seal_path
from tests.support import key_of, open_store

REPO = Path(__file__).resolve().parents[2]


def closed_cleanly(folder: DataFolder, table: str = "cases") -> int:
    """A database with some cases, closed by the store; returns `table`'s root page, which reading
    the database's identity does not touch."""
    store = open_store(folder)
    for n in range(40):
        store.cases.create(Case(child_name=f"Barn {n:02d}"))
    root = store.conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                              [table]).fetchone()[0]
    store.close()
    return root


def rot(path: Path, page: int) -> None:
    """Change 16 bytes in the middle of `page` in place, and put the file's times back."""
    before = path.stat()
    offset = (page - 1) * ENCRYPTED_PAGE_SIZE + ENCRYPTED_PAGE_SIZE // 2
    with open(path, "r+b") as f:
        f.seek(offset)
        data = f.read(16)
        f.seek(offset)
        f.write(bytes(b ^ 0xA5 for b in data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)


def at_start(folder: DataFolder):
    return examine_at_start(folder.db_path, read_identity, key=key_of(folder))


def test_a_clean_close_seals_and_the_next_start_skips_the_walk_but_still_reads_the_identity(folder):
    closed_cleanly(folder)
    assert is_sealed(folder.db_path)
    assert "Barn" not in seal_path(folder.db_path).read_text(encoding="ascii")  # numbers about the file only
    problems, identity, walked = at_start(folder)
    assert (problems, walked) == ([], False)
    assert identity.is_ours


def test_damage_after_the_seal_is_found_by_the_background_walk_and_never_sealed_again(folder):
    rot(folder.db_path, closed_cleanly(folder))
    problems, _identity, walked = at_start(folder)
    assert (problems, walked) == ([], False)  # start-up trusted the seal: the page was not read

    store = open_store(folder)
    assert not seal_path(folder.db_path).exists()  # opened for writing: the seal is gone
    assert store.page_check.owed
    told = []
    assert store.page_check.start(told.append)
    store.close()  # waits for the walk
    assert told and "beskadiget" in told[0][0]
    assert not seal_path(folder.db_path).exists()  # a damaged file is never sealed

    problems, _identity, walked = at_start(folder)  # so the next start walks, and says it
    assert walked and problems


def test_a_file_changed_after_the_seal_is_walked(folder):
    root = closed_cleanly(folder)
    rot(folder.db_path, root)
    stat = folder.db_path.stat()
    os.utime(folder.db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # its mtime moved
    problems, _identity, walked = at_start(folder)
    assert walked and problems


def test_a_file_of_another_size_is_walked(folder):
    closed_cleanly(folder)
    stat = folder.db_path.stat()
    with open(folder.db_path, "ab") as f:
        f.write(bytes(ENCRYPTED_PAGE_SIZE))
    os.utime(folder.db_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not is_sealed(folder.db_path)
    assert at_start(folder)[2]


def test_a_file_put_in_place_of_the_sealed_one_is_walked(folder):
    closed_cleanly(folder)
    stat = folder.db_path.stat()
    copy = folder.db_path.with_name("copy.sqlite3")
    copy.write_bytes(folder.db_path.read_bytes())
    os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(copy, folder.db_path)  # same bytes, same times, another file
    assert not is_sealed(folder.db_path)


def test_data_in_a_wal_beside_the_sealed_file_is_walked(folder):
    closed_cleanly(folder)
    Path(str(folder.db_path) + "-wal").write_bytes(b"x" * 100)
    assert not is_sealed(folder.db_path)


def test_an_unreadable_seal_is_walked(folder):
    closed_cleanly(folder)
    seal_path(folder.db_path).write_text("{not json", encoding="ascii")
    assert at_start(folder)[2]


def test_kill_9_while_the_store_is_open_leaves_no_seal_and_the_next_start_walks(folder):
    root = closed_cleanly(folder)
    assert is_sealed(folder.db_path)
    holder = ("import sys, time\nfrom kitdesk.paths import DataFolder\nfrom tests.support import open_store\n"
              "store = open_store(DataFolder(__import__('pathlib').Path(sys.argv[1])))\n"
              "print('open', flush=True)\ntime.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", holder, str(folder.root)], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.stdout.close()
    assert not seal_path(folder.db_path).exists()
    rot(folder.db_path, root)
    problems, _identity, walked = at_start(folder)
    assert walked and problems


def test_a_command_that_skipped_the_walk_walks_when_it_closes_and_seals_again(folder):
    closed_cleanly(folder)
    store = open_store(folder)
    assert store.page_check.owed
    store.close()  # no window started the walk: closing does it
    assert not store.page_check.owed
    assert is_sealed(folder.db_path)
