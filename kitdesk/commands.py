"""The headless sub-commands: the same store code the window uses, without Qt."""
from __future__ import annotations

import json
import sys
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


# -- network meetings ------------------------------------------------------------------------------

def _iso_date(text: str):
    """A date written YYYY-MM-DD, strictly (date.fromisoformat in 3.11 also takes week dates)."""
    import re
    from datetime import date

    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", text.strip())
    try:
        if match:
            return date(*(int(part) for part in match.groups()))
    except ValueError:
        pass
    raise CommandError(f"»{text}« er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-11-23.", 2)


def cmd_deadline(folder: DataFolder, args) -> int:
    from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED, add_working_days

    start = _iso_date(args.date)
    try:
        days = int(str(args.days).strip())
    except ValueError:
        days = -1
    if days < 0:
        raise CommandError(f"»{args.days}« er ikke et antal arbejdsdage. Skriv et helt tal fra 0 og op, fx 5.", 2)
    extra = DEFAULT_EXTRA_CLOSED
    if folder.db_path.exists():
        # The user's own list of closed days, as the window counts them.
        store = _open(folder)
        try:
            extra = tuple(store.settings.extra_closed_days())
        finally:
            store.close()
    print(add_working_days(start, days, extra).isoformat())
    return 0


def _meeting_json(row, extra) -> dict:
    from datetime import date

    from kitdesk.domain.dates import from_utc_iso, to_local
    from kitdesk.domain.meeting import meeting_deadline

    start = to_local(from_utc_iso(row.starts_at)).isoformat(timespec="seconds") if row.starts_at else None
    requested = date.fromisoformat(row.requested_on) if row.requested_on else None
    deadline = meeting_deadline(requested, extra) if requested else None
    return {"id": row.id, "case_id": row.case_id, "state": row.state, "start": start,
            "deadline": deadline.isoformat() if deadline else None}


def cmd_meetings(folder: DataFolder, args) -> int:
    from datetime import date, datetime

    from kitdesk.domain.dates import fmt_date, fmt_datetime
    from kitdesk.domain.vocabulary import MEETING_STATES

    if not folder.db_path.exists():
        rows, extra = [], ()
    else:
        store = _open(folder)
        try:
            rows, extra = store.meetings.rows(), tuple(store.settings.extra_closed_days())
        finally:
            store.close()
    listed = [(_meeting_json(r, extra), r.child_name) for r in rows]
    if args.json:
        print(json.dumps([item for item, _child in listed], ensure_ascii=False, indent=2))
        return 0
    for item, child in listed:
        when = fmt_datetime(datetime.fromisoformat(item["start"])) if item["start"] else "uden tidspunkt"
        due = f"frist {fmt_date(date.fromisoformat(item['deadline']))}" if item["deadline"] else ""
        print(f"{item['id']:>5}  {child:<30} {MEETING_STATES.get(item['state'], item['state']):<9} {when:<20} {due}")
    return 0


def _what_to_send(store, meeting):
    """(export kind, meeting as written, invitee ids to mark) – the choice "Send" makes in the window:
    the first invitation, the update after a changed time or place, or the invitation for
    participants added after it went out."""
    from kitdesk.domain.meeting import addressed_to, not_yet_invited

    if meeting.state == "draft":
        return "request", meeting, [i.id for i in meeting.invitees]
    if meeting.state == "invited":
        if store.meetings.update_pending(meeting.id):
            return "update", meeting, [i.id for i in meeting.invitees]
        new = [i.id for i in not_yet_invited(meeting)]
        if new:
            # The letter lists everyone; the calendar file and the e-mail go to the new ones only.
            return "request", addressed_to(meeting, new), new
        raise CommandError("Indkaldelsen er allerede sendt, og der er ikke noget nyt at sende. En opdatering "
                           "laves, når tid eller sted ændres; nye deltagere får indkaldelsen, når de tilføjes.", 1)
    word = {"cancelled": "er aflyst", "held": "er afholdt", "signed": "er godkendt", "running": "er i gang"}
    raise CommandError(f"Mødet {word.get(meeting.state, meeting.state)}, så der kan ikke sendes en indkaldelse.", 1)


def _invite_problems(store, meeting) -> list[str]:
    """What blocks sending, as the window's checklist says it (Danish)."""
    from kitdesk.domain.dates import local_today
    from kitdesk.domain.meeting import Organiser, meeting_day, send_problems, sectors_without_consent
    from kitdesk.domain.vocabulary import SECTORS

    problems = send_problems(meeting)
    organiser = Organiser.from_settings(store.settings.all())
    if not organiser.name or not organiser.email:
        problems.append("Skriv dit navn og din e-mailadresse under Indstillinger – du er afsender af indkaldelsen, "
                        "og afbud sendes til dig.")
    day = meeting_day(meeting) or local_today()
    missing = sectors_without_consent(meeting, store.consents.list(meeting.case_id), day)
    if missing and not meeting.consent_override.strip():
        problems.append(f"Intet gyldigt samtykke den {day:%d.%m.%Y} for: {', '.join(SECTORS.get(s, s) for s in missing)}. "
                        "Registrér familiens samtykke – eller send uden samtykke fra programmet og skriv hvorfor.")
    return problems


def cmd_invite(folder: DataFolder, args) -> int:
    """The same steps as "Send indkaldelse" in the window: check, write the three files, mark sent."""
    from kitdesk.domain.meeting import Organiser
    from kitdesk.export.bundle import ExportError, write_invitation

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _locked(folder):
        store = _open(folder)
        try:
            try:
                meeting = store.meetings.get(args.meeting)
            except KeyError:
                raise CommandError(f"Der er intet netværksmøde med nummer {args.meeting}. "
                                   "Se numrene med 'kitdesk meetings'.", 2) from None
            kind, written, targets = _what_to_send(store, meeting)
            problems = _invite_problems(store, meeting)
            if problems:
                raise CommandError("Indkaldelsen kan ikke sendes endnu:\n"
                                   + "\n".join(f"- {problem}" for problem in problems), 1)
            child_name = store.cases.get(meeting.case_id).child_name
            organiser = Organiser.from_settings(store.settings.all())
            out = args.out.expanduser().resolve()
            try:
                files = write_invitation(written, child_name, organiser, out, kind=kind)
            except ExportError as exc:
                raise CommandError(exc.message, 1) from exc
            # Only once all three files are on the disk, as in the window.
            store.meetings.mark_sent(meeting.id, str(out), targets, kind)
        finally:
            store.close()
    for path in files.paths:
        print(path)
    without = [i.name for i in files.without_email if i.id in targets]
    if without:
        names = ", ".join(without)
        print(f"Uden e-mailadresse – giv dem indkaldelsen på anden vis (brevet er PDF-filen): {names}", file=sys.stderr)
    return 0


def _meeting_or_error(store, meeting_id: int):
    try:
        return store.meetings.get(meeting_id)
    except KeyError:
        raise CommandError(f"Der er intet netværksmøde med nummer {meeting_id}. "
                           "Se numrene med 'kitdesk meetings'.", 2) from None


def cmd_export_plan(folder: DataFolder, args) -> int:
    """The plan as PDF – the same PDF "Send planen" writes: the latest signed version, `--version N`, or
    the draft (marked UDKAST on every page) of a meeting not yet signed off, or with `--draft`."""
    from kitdesk.export.atomic import ExportError
    from kitdesk.export.plan_files import write_plan_pdf

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _locked(folder):
        store = _open(folder)
        try:
            meeting = _meeting_or_error(store, args.meeting)
            if meeting.state not in ("held", "signed"):
                raise CommandError("Planen laves, når mødet er afholdt.", 1)
            try:
                inputs = store.plans.render_inputs(meeting.id, args.version, draft=args.draft)
            except KeyError:
                raise CommandError(f"Mødet har ingen version {args.version}.", 2) from None
            except ValueError as exc:
                raise CommandError(str(exc), 1) from exc
            target = args.out.expanduser().resolve()
            try:
                write_plan_pdf(inputs.content, target, author=inputs.author, created=inputs.created,
                               fingerprint=inputs.fingerprint, include_cpr=args.cpr)
            except ExportError as exc:
                raise CommandError(exc.message, 1) from exc
            if inputs.version is not None:
                store.plans.record_export(inputs.version, target.read_bytes(), target.name, "plan", args.cpr)
        finally:
            store.close()
    print(target)
    return 0


def cmd_verify(folder: DataFolder, args) -> int:
    """Is this file an unaltered signed plan version from this data folder? 0 yes; 1 altered; 2 not a
    plan from here. A file this data folder exported is known by its SHA-256; any other is rendered
    again from the stored version and compared byte for byte, and a copy another program re-saved
    by what it shows (export/plan_check.py)."""
    from kitdesk.domain.dates import fmt_datetime, from_utc_iso
    from kitdesk.export.plan_check import content_difference, why_unreadable
    from kitdesk.export.plan_pdf import build_plan_pdf, read_plan_marker

    try:
        data = args.file.expanduser().read_bytes()
    except OSError as exc:
        raise CommandError(f"Filen kan ikke læses: {args.file} ({exc.strerror or exc}).", 2) from exc
    marker = read_plan_marker(data)
    if marker is None:
        raise CommandError(why_unreadable(data) or "Filen er ikke en tværsektoriel plan fra KIT Desk – eller den er "
                           "ændret, så det ikke kan ses.", 1)
    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root}.", 2)
    store = _open(folder)
    try:
        try:
            version = store.plans.get_version(marker["meeting"], marker["version"])
        except KeyError:
            version = None
        if version is None or not version.is_signed or version.fingerprint != marker["fingerprint"]:
            raise CommandError("Planen findes ikke som godkendt version i denne datamappe (forkert datamappe, "
                               "et udkast, eller en ændret fil).", 2)
        signed = None if store.plans.exported(data) else build_plan_pdf(
            version.content, author=version.signed_by, created=from_utc_iso(version.signed_at),
            fingerprint=version.fingerprint, include_cpr=marker["cpr"])
        case = store.cases.get(version.case_id)
    finally:
        store.close()
    resaved = signed is not None and signed != data
    difference = content_difference(data, signed) if resaved else None
    if difference:
        raise CommandError(f"ÆNDRET: filen ligner version {version.version} af planen for sag {case.case_no}, "
                           f"men den er ikke identisk med den godkendte version: {difference}", 1)
    print(f"ok: uændret tværsektoriel plan, sag {case.case_no}, netværksmøde {version.meeting_id}, "
          f"version {version.version}, godkendt {fmt_datetime(from_utc_iso(version.signed_at))} af "
          f"{version.signed_by}, fingeraftryk {version.fingerprint}")
    if resaved:
        print("Filen er gemt igen af et andet program, så den er ikke byte for byte den fil, KIT Desk skrev; "
              "sider, tekst og udseende er de samme som i den godkendte version.")
    return 0
