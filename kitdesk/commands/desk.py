"""The contact person's desk (issue 12): agreements across cases, the overview, the deadlines' calendar."""
from __future__ import annotations

import json

from kitdesk.commands.base import CommandError, _has_database, _opened
from kitdesk.paths import DataFolder


def cmd_agreements(folder: DataFolder, args) -> int:
    """Every agreement across cases, as the Aftaler list shows them (open ones unless --status says)."""
    from kitdesk.domain.dates import fmt_date, local_today
    from kitdesk.domain.vocabulary import FOLLOW_UP_OUTCOMES, SECTORS

    today = local_today()
    if not _has_database(folder):
        entries = []
    else:
        with _opened(folder, exclusive=False) as store:
            entries = store.desk.agreements(status=None if args.status == "all" else args.status)
    if args.overdue:
        entries = [a for a in entries if a.status == "open" and not a.ongoing and a.deadline and a.deadline < today]
    if args.person:
        wanted = args.person.strip().casefold()
        entries = [a for a in entries if wanted in a.responsible.casefold()]
    if args.json:
        print(json.dumps([{"id": a.id, "case_id": a.case_id, "case_no": a.case_no, "meeting_id": a.meeting_id,
                           "what": a.what, "responsible": a.responsible, "sector": a.sector,
                           "due": a.deadline.isoformat() if a.deadline else None, "ongoing": a.ongoing,
                           "status": a.status, "source": a.source or None} for a in entries],
                         ensure_ascii=False, indent=2))
        return 0
    words = {"open": "Åben", **FOLLOW_UP_OUTCOMES}
    for a in entries:
        due = "løbende" if a.ongoing else (fmt_date(a.deadline) if a.deadline else "–")
        who = a.responsible or "ingen ansvarlig"
        sector = f" ({SECTORS.get(a.sector, a.sector)})" if a.sector else ""
        source = f" ({a.source})" if a.source else ""  # from a received plan, not a meeting here
        print(f"{a.id:>5}  {a.case_no}  {words.get(a.status, a.status):<10} {due:<10}  {who}{sector}: "
              f"{a.what}{source}")
    if not entries:
        print("Ingen aftaler.")
    return 0


def cmd_overview(folder: DataFolder, args) -> int:
    """Overblik headless: the same groups and lines as the window's first page."""
    if not _has_database(folder):
        groups = []
    else:
        with _opened(folder, exclusive=False) as store:
            groups = store.desk.overview()
    if args.mine:
        groups = [g.mine() for g in groups]
    if args.json:
        print(json.dumps([{"group": g.key, "items": [i.as_json() for i in g.items]} for g in groups],
                         ensure_ascii=False, indent=2))
        return 0
    for group in groups:
        print(f"{_GROUP_WORDS[group.key]} ({len(group.items)})")
        for item in group.items:
            print(f"  {'!' if item.urgency == 'overdue' else ' '} {item.case_no}  {item.child_name}: {_line(item)}")
    return 0


_GROUP_WORDS = {"meetings": "Møder i dag og den næste uge", "requests": "Møder, der er bedt om – frist fem arbejdsdage",
                "agreements": "Aftaler med frist inden for 14 dage", "consents": "Samtykke",
                "waiting": "Børn, der venter", "plans": "Planer", "contacts": "Kontaktpersoner og stafetholder"}


def _line(item) -> str:
    from kitdesk.domain.dates import fmt_date, fmt_datetime
    from kitdesk.domain.vocabulary import MEETING_STATES, SECTORS

    sectors = ", ".join(SECTORS.get(c, c) for c in item.codes)
    days = abs(item.days)
    if item.kind == "meeting":
        sent = "indkaldelse sendt" if item.sent else "indkaldelse ikke sendt"
        return f"netværksmøde {fmt_datetime(item.start)} ({MEETING_STATES.get(item.state, item.state).lower()}, {sent})"
    if item.kind == "request":
        return f"møde uden tid, frist {fmt_date(item.due)} ({'overskredet' if item.days < 0 else f'{days} arbejdsdage tilbage'})"
    if item.kind == "agreement":
        source = f" ({item.source})" if item.source else ""
        return f"aftale, frist {fmt_date(item.due)}: {item.what} – {item.who or 'ingen ansvarlig'}{source}"
    if item.kind == "consent_expiring":
        return f"samtykke udløber {fmt_date(item.due)} ({sectors})"
    if item.kind == "consent_missing":
        return f"intet gyldigt samtykke for {sectors}"
    if item.kind == "waiting":
        contact = f"næste kontakt {fmt_date(item.due)}" if item.due else "kontakt ikke aftalt"
        return f"venter siden {fmt_date(item.since)} på {item.what} – {contact}"
    if item.kind == "plan_approval":
        return f"plan fra {fmt_date(item.start)} afventer godkendelse ({item.count} mangler)"
    if item.kind == "plan_unsent":
        return f"godkendt plan fra {fmt_date(item.start)} er ikke sendt"
    missing = [{"buc": "kontaktperson i BUC", "municipality": "kontaktperson i kommunen",
                "baton": "stafetholder"}[c] for c in item.codes]
    return "mangler " + " og ".join(missing)


def cmd_reminders(folder: DataFolder, args) -> int:
    """"Frister til kalenderen" headless: the user's deadlines as one .ics file."""
    from kitdesk.export.atomic import ExportError, write_file
    from kitdesk.export.reminders import reminders_file

    target = args.out.expanduser().resolve()
    if target.suffix.lower() != ".ics":
        raise CommandError(f"Filen skal hedde .ics, fx Frister.ics – ikke »{target.name}«.", 2)
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder, exclusive=False) as store:
        data, items = reminders_file(store)
        try:
            write_file(target, data)
        except ExportError as exc:
            raise CommandError(exc.message, 1) from exc
        for case_id in sorted({i.case_id for i in items}):
            store.access_log.record("reminders_exported", "cases", case_id, case_id, "cli")
    print(f"{len(items)} frister skrevet til {target}")
    return 0
