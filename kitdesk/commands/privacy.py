"""Erasure and the right of access (issue 10): deleting a case, removing the demo, the access extract."""
from __future__ import annotations

import sys

from kitdesk.commands.base import CommandError, _opened
from kitdesk.paths import DataFolder


def cmd_delete_case(folder: DataFolder, args) -> int:
    """Erase a case for good, as "Slet sag…" does: the case number typed to confirm, or --yes."""
    from kitdesk.store.backup_expiry import backup_after_erasure
    from kitdesk.store.erasure import ErasureRefused, describe_case, describe_result, erase_case

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        key = store.key
        found = store.conn.execute("SELECT id, case_no FROM cases WHERE id = ? OR case_no = ?",
                                   [int(args.case) if args.case.isdigit() else -1, args.case]).fetchone()
        if found is None:
            raise CommandError(f"Der er ingen sag med nummer {args.case}. Se sagerne med 'kitdesk cases --json'.", 2)
        case_id, case_no = found
        lines = describe_case(store, case_id)
        print("\n".join(line for line in lines if not line.startswith("ADVARSEL")), flush=True)
        for line in lines:
            if line.startswith("ADVARSEL"):
                print(line, file=sys.stderr)
        if not args.yes:
            try:
                answer = input(f"Skriv sagsnummeret ({case_no}) for at slette sagen for altid: ")
            except EOFError:
                answer = ""
            if answer.strip() != case_no:
                raise CommandError("Sagsnummeret passer ikke. Intet er slettet.", 1)
        try:
            erased = erase_case(store, case_id)
        except ErasureRefused as exc:
            raise CommandError(str(exc), 1) from exc
    outlook, error = backup_after_erasure(folder, erased.erased_at, erased.first_created, key=key)
    print(f"Sagen {case_no} er slettet.")
    print("\n".join(describe_result(erased, outlook, error)))
    return 0


def cmd_remove_demo(folder: DataFolder, args) -> int:
    """Remove the example data ("Fjern eksempeldata"): demo cases and persons, never real ones."""
    from kitdesk.store.demo_removal import remove_demo

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        removed = remove_demo(store)
    print(f"{removed.cases} eksempelsager og {removed.persons} eksempelpersoner er fjernet.")
    if removed.kept:
        print("Beholdt, fordi dine egne sager bruger dem: " + ", ".join(removed.kept))


def cmd_access_log(folder: DataFolder, args) -> int:
    """"Udtræk til indsigt" headless: the same PDF or CSV the window writes, for the child of a case
    (`--case` its id or its case number) or a person in the directory (`--person`)."""
    import re

    from kitdesk.export.access_extract import SUFFIXES, write_access_file
    from kitdesk.export.atomic import ExportError
    from kitdesk.store import access_extract

    target = args.out.expanduser().resolve()
    if target.suffix.lower() not in SUFFIXES:
        raise CommandError(f"Filen skal hedde .pdf eller .csv, fx Indsigt.pdf – ikke »{target.name}«.", 2)
    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        if args.case is not None:
            text = args.case.strip()
            found = store.query("SELECT id FROM cases WHERE id = ? OR case_no = ?",
                                [int(text) if re.fullmatch(r"[0-9]+", text) else -1, text])
            if not found:
                raise CommandError(f"Der er ingen sag med nummer {text}. Se sagerne med 'kitdesk cases'.", 2)
            case_id = found[0]["id"]
            data = access_extract.gather_case(store, case_id)
        else:
            try:
                data = access_extract.gather_person(store, args.person)
            except KeyError:
                raise CommandError(f"Der er ingen person med nummer {args.person} i personregistret.", 2) from None
        try:
            write_access_file(access_extract.build(store, data), target)
        except ExportError as exc:
            raise CommandError(exc.message, 1) from exc
        kind = target.suffix.lower().lstrip(".")
        if args.case is not None:
            store.access_log.record("access_extract", "cases", case_id, case_id, kind, "cli")
        else:
            store.access_log.record("access_extract", "persons", args.person, None, kind, "cli")
    print(target)
    return 0
