"""The headless sub-commands: the same store code the window uses, without Qt."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from datetime import date

from kitdesk.domain.vocabulary import PHASES
from kitdesk.paths import DataFolder


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _unlocked(folder: DataFolder, *, exclusive: bool = True, database: bool = True, may_create: bool = False):
    """The data folder opened through the one door (kitdesk.store.opening), its key from
    KITDESK_PASSPHRASE or the terminal (kitdesk.terminal_keys); what stops it from opening becomes the
    Danish message and exit code of a CommandError. `exclusive`: hold the folder's lock (every command
    that writes); the others may run beside the window. `may_create`: set up a new, empty folder."""
    from kitdesk.store.opening import open_data_folder
    from kitdesk.terminal_keys import KeyRefused, key_source

    try:
        opening = open_data_folder(folder, get_key=key_source(folder, may_create=may_create),
                                   exclusive=exclusive, database=database)
    except KeyRefused as refused:
        raise CommandError(str(refused), refused.exit_code) from None
    try:
        if not opening.opened:
            raise CommandError(opening.message, opening.exit_code)
        for told in (opening.notice, opening.cleaned):
            if told:
                print(told, file=sys.stderr)
        yield opening
    finally:
        opening.close()


@contextmanager
def _opened(folder: DataFolder, *, exclusive: bool = True, may_create: bool = False):
    """The store of the data folder (see _unlocked)."""
    with _unlocked(folder, exclusive=exclusive, may_create=may_create) as opening:
        yield opening.store


def _has_database(folder: DataFolder) -> bool:
    """Is there a database yet? A folder the user may not even look into is said as the door says it."""
    from kitdesk.store.opening import answer_for_error

    try:
        return folder.db_path.exists()
    except OSError as exc:
        answer = answer_for_error(folder, exc)
        raise CommandError(answer.message, answer.exit_code) from exc


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


def _ask(question: str) -> bool:
    """A yes/no question on the terminal; no terminal (a script) counts as no."""
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


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


def _given_date(text: str):
    """A date as a person writes it (23.11.2026) or as a script does (2026-11-23)."""
    import re

    from kitdesk.domain.dates import parse_date
    from kitdesk.domain.refusal import Refusal

    if re.fullmatch(r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}", text.strip()):
        try:
            return parse_date(text)
        except Refusal as exc:  # a day not in the calendar: said so, in Danish
            raise CommandError(f"{exc} Ret datoen, og prøv igen.", 2) from None
    try:
        return _iso_date(text)
    except CommandError:
        raise CommandError(f"»{text}« er ikke en dato. Skriv datoen som DD.MM.ÅÅÅÅ, fx 23.11.2026 "
                           "(eller ÅÅÅÅ-MM-DD).", 2) from None


def cmd_deadline(folder: DataFolder, args) -> int:
    """The deadline as a person reads it (30.11.2026), or ISO for scripts (--iso, --json)."""
    from kitdesk.domain.dates import fmt_date
    from kitdesk.domain.workdays import DEFAULT_EXTRA_CLOSED, add_working_days

    start = _given_date(args.date)
    try:
        days = int(str(args.days).strip())
    except ValueError:
        days = -1
    if days < 0:
        raise CommandError(f"»{args.days}« er ikke et antal arbejdsdage. Skriv et helt tal fra 0 og op, fx 5.", 2)
    extra = DEFAULT_EXTRA_CLOSED
    if _has_database(folder):
        # The user's own list of closed days, as the window counts them.
        with _opened(folder, exclusive=False) as store:
            extra = tuple(store.settings.extra_closed_days())
    deadline = add_working_days(start, days, extra)
    if getattr(args, "json", False):
        import json

        print(json.dumps({"requested": start.isoformat(), "working_days": days, "deadline": deadline.isoformat()}))
    elif getattr(args, "iso", False):
        print(deadline.isoformat())
    else:
        print(fmt_date(deadline))
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

    if not _has_database(folder):
        rows, extra = [], ()
    else:
        with _opened(folder, exclusive=False) as store:
            rows, extra = store.meetings.rows(), tuple(store.settings.extra_closed_days())
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
    """What blocks sending, as the window's checklist says it (in Danish)."""
    from kitdesk.domain.dates import local_today
    from kitdesk.domain.meeting import Organiser, meeting_day, sectors_without_consent, send_problems
    from kitdesk.domain.vocabulary import SECTORS

    organiser = Organiser.from_settings(store.settings.all())
    problems = [str(problem) for problem in send_problems(meeting, organiser.sector)]
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
    from kitdesk.domain.dates import local_today
    from kitdesk.domain.meeting import Organiser, short_notice_warning
    from kitdesk.export.bundle import ExportError, write_invitation

    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
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
        short_notice = short_notice_warning(meeting, local_today(), store.settings.invite_notice_days(),
                                            store.settings.extra_closed_days())
        out = args.out.expanduser().resolve()
        postal = {i.id: store.persons.postal_address(i.person_id) for i in meeting.invitees
                  if i.id in targets and not i.has_email}
        try:
            files = write_invitation(written, child_name, organiser, out, kind=kind, postal=postal)
        except ExportError as exc:
            raise CommandError(exc.message, 1) from exc
        # Only once all three files are on the disk, as in the window.
        store.meetings.mark_sent(meeting.id, str(out), targets, kind)
        store.access_log.record_meeting("invitation_exported", meeting.id,
                                        "new" if meeting.state == "invited" and kind == "request" else kind, "cli")
    for path in files.paths:
        print(path)
    if short_notice:  # seed 002: invited in good time – the checklist's warning, as the window gives it
        print(f"Bemærk: {short_notice}", file=sys.stderr)
    without = [i.name for i in files.without_email if i.id in targets]
    if without:
        names = ", ".join(without)
        print(f"Uden e-mailadresse – send dem brevet med posten (en PDF til hver med navn og adresse, "
              f"filerne der ender på _post1, _post2 …): {names}", file=sys.stderr)
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

    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        meeting = _meeting_or_error(store, args.meeting)
        if meeting.state not in ("held", "signed"):
            raise CommandError("Planen laves, når mødet er afholdt.", 1)
        try:
            inputs = store.plans.render_inputs(meeting.id, args.version, draft=args.draft)
        except KeyError:
            raise CommandError(f"Mødet har ingen version {args.version}.", 2) from None
        target = args.out.expanduser().resolve()
        try:
            write_plan_pdf(inputs.content, target, author=inputs.author, created=inputs.created,
                           fingerprint=inputs.fingerprint, include_cpr=args.cpr)
        except ExportError as exc:
            raise CommandError(exc.message, 1) from exc
        if inputs.version is not None:
            store.plans.record_export(inputs.version, target.read_bytes(), target.name, "plan", args.cpr)
        version = f"v{inputs.version.version}" if inputs.version is not None else "draft"
        store.access_log.record_meeting("plan_exported", meeting.id, version,
                                        "cpr" if args.cpr and inputs.content.cpr else "", "cli")
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
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root}.", 2)
    with _opened(folder, exclusive=False) as store:
        try:
            version = store.plans.get_version(marker["meeting"], marker["version"])
        except KeyError:
            version = None
        if version is None or not version.is_signed or version.fingerprint != marker["fingerprint"]:
            # A case handed over from another laptop: its meetings have other ids here.
            version = store.plans.signed_by_fingerprint(marker["fingerprint"])
        if version is None or not version.is_signed or version.fingerprint != marker["fingerprint"]:
            raise CommandError("Planen findes ikke som godkendt version i denne datamappe (forkert datamappe, "
                               "et udkast, eller en ændret fil).", 2)
        signed = None if store.plans.exported(data) else build_plan_pdf(
            version.content, author=version.signed_by, created=from_utc_iso(version.signed_at),
            fingerprint=version.fingerprint, include_cpr=marker["cpr"])
        case = store.cases.get(version.case_id)
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


def cmd_read_plan(folder: DataFolder, args) -> int:
    """A plan PDF from another KIT Desk read into a case (--case ID or --new-case), as "Læs plan ind…"
    does; prints what arrived. What is wrong with the file is a Refusal, said in Danish."""
    from kitdesk.domain.dates import fmt_date
    from kitdesk.export.plan_data import read_plan_file

    try:
        data = read_plan_file(args.file.expanduser().read_bytes())
    except OSError as exc:
        raise CommandError(f"Filen kan ikke læses: {args.file} ({exc.strerror or exc}).", 2) from exc
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        case_id = None
        if not args.new_case:
            text = args.case.strip()
            found = store.query("SELECT id FROM cases WHERE id = ? OR case_no = ?",
                                [int(text) if text.isdigit() else -1, text])
            if not found:
                raise CommandError(f"Der er ingen sag med nummer {text}. Se sagerne med 'kitdesk cases'.", 2)
            case_id = found[0]["id"]
        result = store.plan_imports.read_in(data, case_id, "cli")
        arrived = [a for a in store.plan_imports.imported_agreements(result.case_id) if a["source"] == result.source]
    said = {"new": "Planen er læst ind", "updated": "En ny version af planen er læst ind",
            "unchanged": "Planen var allerede læst ind – intet er ændret"}[result.outcome]
    print(f"{said}: sag {result.case_no}{' (ny sag)' if result.case_created else ''}, {result.source}.")
    if result.outcome == "updated":
        print(f"{result.added} nye, {result.changed} ændrede og {result.removed} fjernede aftaler.")
    for a in arrived:
        deadline = date.fromisoformat(a["deadline"]) if a["deadline"] else None
        when = "løbende" if a["ongoing"] else (f"frist {fmt_date(deadline)}" if deadline else "ingen frist")
        followed = "" if a["status"] == "open" else " (fulgt op)"
        print(f"  {a['position'] + 1}. {a['what'].strip()} – {a['responsible_name'] or 'ingen ansvarlig'}, "
              f"{when}{followed}")
    return 0


# -- erasure (issue 10, section 4) -------------------------------------------------------------------

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
    from kitdesk.store.demo import remove_demo

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


# -- the contact person's desk (issue 12): agreements across cases, the overview, the deadlines' calendar --

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


# -- handing a case over (issue 14, section 1) ---------------------------------------------------------

ENV_BUNDLE_PASSPHRASE = "KITDESK_BUNDLE_PASSPHRASE"


def _case_id(store, text: str) -> int:
    """A case by its id or its case number, or a CommandError that says how to find it."""
    text = text.strip()
    found = store.query("SELECT id FROM cases WHERE id = ? OR case_no = ?", [int(text) if text.isdigit() else -1, text])
    if not found:
        raise CommandError(f"Der er ingen sag med nummer {text}. Se sagerne med 'kitdesk cases --json'.", 2)
    return found[0]["id"]


def cmd_handover(folder: DataFolder, args) -> int:
    """"Overdrag sag…" headless: the case written into one encrypted file; the one-time passphrase printed
    once, to be given by phone or another channel – never in the same e-mail as the file."""
    from kitdesk.store.handover.export import hand_over

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        case_id = _case_id(store, args.case)
        done = hand_over(store, case_id, args.out.expanduser().resolve(), args.to or "")
    print(f"Sagen {done.case_no} er skrevet til {done.path}")
    print(f"Adgangskode til filen: {done.passphrase}")
    print("Giv modtageren adgangskoden i telefonen eller ad en anden vej – aldrig i samme e-mail som filen. "
          "Den vises kun denne ene gang.")
    print(f"Sagen er markeret som overdraget i stafetloggen. Når modtageren har bekræftet, at sagen er kommet "
          f"frem, kan du slette den her med: kitdesk delete-case {done.case_no}")
    return 0


def _bundle_passphrase() -> list[str]:
    """The passphrases to try: KITDESK_BUNDLE_PASSPHRASE, else up to three typed on the terminal."""
    import os

    given = os.environ.get(ENV_BUNDLE_PASSPHRASE)
    if given:
        return [given]
    if not sys.stdin.isatty():
        raise CommandError("Filen er krypteret. Der er ingen terminal at spørge om filens adgangskode i: sæt "
                           f"miljøvariablen {ENV_BUNDLE_PASSPHRASE}, eller kør kommandoen i en terminal.", 2)
    return []


def _read_bundle_passphrase() -> str:
    import getpass

    try:
        return getpass.getpass("Filens adgangskode (24 tegn, fra afsenderen): ")
    except (EOFError, KeyboardInterrupt):
        raise CommandError("Afbrudt. Intet er ændret.", 1) from None


def _open_bundle_from_terminal(store, path):
    from kitdesk.domain.refusal import Refusal
    from kitdesk.store.handover.bundle import WRONG_PASSPHRASE
    from kitdesk.store.handover.receive import open_bundle

    given = _bundle_passphrase()
    tries = given or [None, None, None]
    for attempt, passphrase in enumerate(tries):
        try:
            return open_bundle(store, path, passphrase if passphrase is not None else _read_bundle_passphrase())
        except Refusal as refused:
            if refused.message_id != WRONG_PASSPHRASE or attempt == len(tries) - 1:
                raise CommandError(str(refused), 1) from None
            print(str(refused), file=sys.stderr, flush=True)
    raise AssertionError("unreachable")


def cmd_receive(folder: DataFolder, args) -> int:
    """"Modtag sag…" headless: persons with the same e-mail address are taken from the directory, the rest
    created; a case already here is changed only with --keep-both or --update."""
    from kitdesk.store.handover.matching import BY_EMAIL
    from kitdesk.store.handover.receive import KEEP_BOTH, UPDATE, existing_case, person_matches, receive

    path = args.file.expanduser()
    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu. Start KIT Desk én gang først.", 1)
    with _opened(folder) as store, _open_bundle_from_terminal(store, path) as bundle:
        existing = existing_case(store, bundle)
        choice = KEEP_BOTH if args.keep_both else UPDATE if args.update else None
        if existing is not None and choice is None:
            print(f"Sagen {existing.case_no} findes allerede her. Forskelle:", file=sys.stderr)
            for line in existing.differences:
                print(f"  {line}", file=sys.stderr)
            newer = ("Filens udgave er nyere: brug --update for at opdatere sagen her fra filen, eller --keep-both "
                     "for at beholde begge." if existing.bundle_is_newer else
                     "Sagen her er ændret senere end filens udgave: brug --keep-both for at beholde begge.")
            raise CommandError(f"{newer} Intet er ændret.", 1)
        matches = person_matches(store, bundle)
        use = {m.bundle_id: m.local_id for m in matches if m.by == BY_EMAIL}
        received = receive(store, bundle, use, choice)
        same_name = [m for m in matches if m.by not in (BY_EMAIL, None)]
        sender, sent_on = bundle.sender, bundle.sent_on
    how = "opdateret fra filen" if received.updated else "modtaget"
    print(f"Sagen {received.case_no} er {how} (fra {sender or 'afsenderen'}, overdraget {sent_on}).")
    if received.case_no != bundle.case["case_no"]:
        print(f"Sagen findes allerede her, så den modtagne har fået sagsnummeret {received.case_no}.")
    if received.matched:
        print("Fundet i personregistret (samme e-mail): " + ", ".join(m.local_name for m in received.matched) + ".")
    if received.created:
        print("Oprettet i personregistret: " + ", ".join(received.created) + ".")
    if same_name:
        print("Oprettet som nye, selv om en med samme navn og arbejdssted findes (kontrollér dem under Personer): "
              + ", ".join(m.name for m in same_name) + ".")
    if received.files:
        print(f"Vedhæftede filer: {received.files}.")
    return 0


# -- Selvevaluering (issue 13) -----------------------------------------------------------------------------

def cmd_report(folder: DataFolder, args) -> int:
    """The report headless: the same PDF, CSV and XLSX the window's "Selvevaluering" writes, for any
    from–to (a whole month, quarter or year is named as one), and with --honorarliste the GP fee list."""
    from kitdesk.domain.dates import local_today, utc_now
    from kitdesk.domain.indicators.compute import build_report, needed_ranges
    from kitdesk.domain.indicators.period import Period
    from kitdesk.domain.indicators.records import Selection
    from kitdesk.domain.vocabulary import SECTORS
    from kitdesk.export.atomic import ExportError
    from kitdesk.export.gp_fees import write_fee_files
    from kitdesk.export.report_files import write_report_files

    if args.merge:
        return _merge_reports(args)
    if not (args.date_from and args.date_to):
        raise CommandError("Angiv perioden med --from og --to (ÅÅÅÅ-MM-DD), eller flet filer med nøgletal med "
                           "--merge FIL FIL ….", 2)
    start, end = _iso_date(args.date_from), _iso_date(args.date_to)
    if end < start:
        raise CommandError("Periodens sidste dag (--to) ligger før den første (--from). Byt om på dem.", 2)
    if args.sektor and args.sektor not in SECTORS:
        raise CommandError(f"»{args.sektor}« er ikke en sektor. Brug en af: {', '.join(SECTORS)}.", 2)
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    period = Period.between(start, end)
    selection = Selection(args.kommune.strip(), args.skole.strip(), args.sektor)
    out = args.out.expanduser().resolve()
    with _opened(folder, exclusive=False) as store:
        today = local_today()
        report = build_report(store.report.data(needed_ranges(period), today), period, selection, today)
        lines = store.report.gp_participations(period, selection) if args.honorarliste else None
        settings = store.settings.all()
    author, organisation = settings.get("user_name", ""), settings.get("user_organisation", "")
    try:
        files = write_report_files(report, out, author=author, organisation=organisation, created=utc_now(),
                                   folder_id=settings.get("folder_id", "")).paths
        if lines is not None:
            files += write_fee_files(lines, period, out, author=author, organisation=organisation,
                                     created=utc_now(), selection=selection).paths
    except ExportError as exc:
        raise CommandError(exc.message, 1) from exc
    for path in files:
        print(path)
    if not report.cases.numerator:
        print("Ingen sager var åbne i perioden med det valgte udvalg – rapporten er tom.", file=sys.stderr)
    return 0


def _merge_reports(args) -> int:
    """`report --merge A B C --out DIR`: the figure files colleagues saved, summed into one report, the
    small-number rule applied to the sums. Needs no data folder."""
    from kitdesk.domain.dates import utc_now
    from kitdesk.export.atomic import ExportError
    from kitdesk.export.report_figures import merge_files
    from kitdesk.export.report_files import write_report_files

    if args.honorarliste:
        raise CommandError("Honorarlisten flettes ikke, da den nævner lægerne. Gem den fra hver datamappe for sig "
                           "(kitdesk report --from … --to … --honorarliste).", 2)
    if args.date_from or args.date_to or args.kommune or args.skole or args.sektor:
        raise CommandError("Perioden og udvalget står i filerne med nøgletal: brug ikke --from, --to, --kommune, "
                           "--skole eller --sektor sammen med --merge.", 2)
    try:
        report = merge_files([p.expanduser() for p in args.merge])
        files = write_report_files(report, args.out.expanduser().resolve(), author="", created=utc_now()).paths
    except ExportError as exc:
        raise CommandError(exc.message, 1) from exc
    for note in report.merge_notes:
        print(note, file=sys.stderr)
    for path in files:
        print(path)
    return 0
