"""The data folder as a whole: the demo, the check, backups and restores, the case list."""
from __future__ import annotations

import json

from kitdesk.commands.base import CommandError, _ask, _has_database, _opened, _unlocked
from kitdesk.domain.vocabulary import PHASES
from kitdesk.paths import DataFolder


def cmd_demo(folder: DataFolder, args) -> int:
    from kitdesk.store.demo import load_demo

    with _opened(folder, may_create=True) as store:
        ids = load_demo(store, extra_cases=max(0, args.cases - 4))
    print(f"{len(ids)} fiktive sager oprettet i {folder.root}")
    return 0


def cmd_check(folder: DataFolder, args) -> int:
    """Reads only, writes nothing – and never a traceback: every finding is a Danish line."""
    from kitdesk.store.opening import check_data_folder
    from kitdesk.store.unlocking import FolderState, folder_state
    from kitdesk.terminal_keys import KeyRefused, key_source

    key = None
    try:
        if folder.db_path.exists() and folder_state(folder) is not FolderState.PLAIN:
            key = key_source(folder, may_create=False)(folder_state(folder))
    except KeyRefused as refused:
        raise CommandError(str(refused), refused.exit_code) from None
    except OSError:
        pass  # check_data_folder says what is wrong with the folder
    result = check_data_folder(folder, key)
    if not result.ok:
        raise CommandError(result.message, result.exit_code)
    print(result.message)
    return 0


def cmd_backup(folder: DataFolder, args) -> int:
    from kitdesk.domain.dates import local_today
    from kitdesk.store.backup import BackupError, make_backup, rotate_backups

    if not _has_database(folder):
        raise CommandError("Der er ingen database at tage en sikkerhedskopi af.", 1)
    with _opened(folder, exclusive=False) as store:  # brings an older database up to date first
        try:
            path = make_backup(folder.db_path, folder.backups, key=store.key)
        except BackupError as exc:
            raise CommandError(str(exc), 2) from exc
        rotate_backups(folder.backups, local_today())
    print(f"Sikkerhedskopi gemt: {path}")
    return 0


def cmd_restore(folder: DataFolder, args) -> int:
    from kitdesk.store.restore import MSG_RESTORE_OTHER_FOLDER, RestoreError, judge_backup, restore_backup

    with _unlocked(folder, database=False) as opening:
        verdict = judge_backup(args.file, folder, opening.key)
        if verdict.problem:
            raise CommandError(verdict.problem, 2)
        if verdict.other_folder and not args.yes:
            question = MSG_RESTORE_OTHER_FOLDER.format(name=args.file.name)
            if not _ask(question + " Gendan den alligevel? [j/N] "):
                raise CommandError(question + " Intet er gendannet. Er det den, du vil have, så skriv "
                                   f"'kitdesk restore --yes {args.file}'.", 1)
        try:
            aside = restore_backup(args.file, folder, key=opening.key, other_folder_ok=True)
        except RestoreError as exc:
            raise CommandError(str(exc), 2) from exc
    print(f"Sikkerhedskopien {args.file.name} er gendannet.")
    if aside:
        print(f"Den tidligere database er gemt som {aside}")
    return 0


def cmd_cases(folder: DataFolder, args) -> int:
    with _opened(folder, exclusive=False) as store:
        rows = sorted(store.cases.rows(), key=lambda r: (r.child_name.casefold(), r.id))
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
