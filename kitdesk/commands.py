"""The headless sub-commands: the same store code the window uses, without Qt."""
from __future__ import annotations

import json
from contextlib import contextmanager

from kitdesk.domain.vocabulary import PHASES
from kitdesk.paths import DataFolder


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _locked(folder: DataFolder):
    from kitdesk.store.lock import ALREADY_RUNNING_MESSAGE, InstanceLock

    folder.ensure()
    lock = InstanceLock(folder.lock_path)
    if not lock.acquire():
        raise CommandError(ALREADY_RUNNING_MESSAGE, 3)
    try:
        yield
    finally:
        lock.release()


def _open(folder: DataFolder):
    from kitdesk.store.db import DatabaseErrors, describe_error
    from kitdesk.store.store import DatabaseDamaged, Store

    try:
        return Store.open(folder)
    except DatabaseDamaged as exc:
        raise CommandError("Databasen er beskadiget: " + " ".join(exc.problems)
                           + " Gendan en sikkerhedskopi med 'kitdesk restore FIL'.", 2) from exc
    except DatabaseErrors as exc:
        raise CommandError(describe_error(exc), 2) from exc


def cmd_demo(folder: DataFolder, args) -> int:
    from kitdesk.store.demo import load_demo

    with _locked(folder):
        store = _open(folder)
        try:
            ids = load_demo(store, extra_cases=max(0, args.cases - 4))
        finally:
            store.close()
    print(f"{len(ids)} fiktive sager oprettet i {folder.root}")
    return 0


def cmd_check(folder: DataFolder, args) -> int:
    from kitdesk.store.integrity import check_database_file
    from kitdesk.store.migrations import migrations
    from kitdesk.store.db import open_database

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    problems = check_database_file(folder.db_path)
    if problems:
        raise CommandError("\n".join(problems), 2)
    db = open_database(folder.db_path)
    try:
        pending = migrations.pending(db)
        fk_errors = db.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        db.conn.close()
    if pending:
        raise CommandError("Databasen er fra en ældre udgave og opdateres, næste gang programmet startes.", 1)
    if fk_errors:
        raise CommandError(f"Databasen har {len(fk_errors)} brudte henvisninger mellem tabeller.", 2)
    print("ok")
    return 0


def cmd_backup(folder: DataFolder, args) -> int:
    from kitdesk.store.backup import make_backup, rotate_backups
    from kitdesk.domain.dates import local_today

    if not folder.db_path.exists():
        raise CommandError("Der er ingen database at tage en sikkerhedskopi af.", 1)
    store = _open(folder)
    store.close()
    path = make_backup(folder.db_path, folder.backups)
    rotate_backups(folder.backups, local_today())
    print(f"Sikkerhedskopi gemt: {path}")
    return 0


def cmd_restore(folder: DataFolder, args) -> int:
    from kitdesk.store.backup import RestoreError, restore_backup

    with _locked(folder):
        try:
            aside = restore_backup(args.file, folder)
        except RestoreError as exc:
            raise CommandError(str(exc), 2) from exc
    print(f"Sikkerhedskopien {args.file.name} er gendannet.")
    if aside:
        print(f"Den tidligere database er gemt som {aside}")
    return 0


def cmd_cases(folder: DataFolder, args) -> int:
    store = _open(folder)
    try:
        rows = sorted(store.cases.rows(), key=lambda r: (r.child_name.casefold(), r.id))
    finally:
        store.close()
    if args.json:
        print(json.dumps([{
            "id": r.id, "case_no": r.case_no, "child": r.child_name, "phase": r.phase,
            "contact_persons": {"buc": r.buc_contact, "municipality": r.municipal_contact},
        } for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.case_no}  {r.child_name:<30} {PHASES.get(r.phase, r.phase):<12} "
                  f"BUC: {r.buc_contact or '–'}  Kommune: {r.municipal_contact or '–'}")
    return 0
