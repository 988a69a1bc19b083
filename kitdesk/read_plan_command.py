"""`kitdesk read-plan FIL.pdf --case ID | --new-case`: a plan PDF from another KIT Desk read into a
case, as "Læs plan ind…" does, printing what arrived."""
from __future__ import annotations

import re
from datetime import date

from kitdesk.commands import CommandError, _has_database, _opened
from kitdesk.domain.dates import fmt_date
from kitdesk.paths import DataFolder

OUTCOMES = {"new": "Planen er læst ind", "updated": "En ny version af planen er læst ind",
            "unchanged": "Planen var allerede læst ind – intet er ændret"}


def read_plan(folder: DataFolder, args) -> int:
    from kitdesk.export.plan_data import read_plan_file

    try:
        content = args.file.expanduser().read_bytes()
    except OSError as exc:
        raise CommandError(f"Filen kan ikke læses: {args.file} ({exc.strerror or exc}).", 2) from exc
    data = read_plan_file(content)  # a Refusal says in Danish what is wrong with the file
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        case_id = None
        if not args.new_case:
            text = args.case.strip()
            found = store.query("SELECT id FROM cases WHERE id = ? OR case_no = ?",
                                [int(text) if re.fullmatch(r"[0-9]+", text) else -1, text])
            if not found:
                raise CommandError(f"Der er ingen sag med nummer {text}. Se sagerne med 'kitdesk cases'.", 2)
            case_id = found[0]["id"]
        result = store.plan_imports.read_in(data, case_id, "cli")
        agreements = [a for a in store.plan_imports.imported_agreements(result.case_id)
                      if a["source"] == result.source]
    made = " (ny sag)" if result.case_created else ""
    print(f"{OUTCOMES[result.outcome]}: sag {result.case_no}{made}, {result.source}.")
    if result.outcome == "updated":
        print(f"{result.added} nye, {result.changed} ændrede og {result.removed} fjernede aftaler.")
    for agreement in agreements:
        if agreement["ongoing"]:
            when = "løbende"
        elif agreement["deadline"]:
            when = f"frist {fmt_date(date.fromisoformat(agreement['deadline']))}"
        else:
            when = "ingen frist"
        who = agreement["responsible_name"] or "ingen ansvarlig"
        status = "" if agreement["status"] == "open" else " (fulgt op)"
        print(f"  {agreement['position'] + 1}. {agreement['what'].strip()} – {who}, {when}{status}")
    return 0
