"""Network meetings and plans: the deadline, the meetings, the invitation, the plan's export and check, a plan read in."""
from __future__ import annotations

import json
import sys
from datetime import date

from kitdesk.commands.base import CommandError, _has_database, _iso_date, _opened
from kitdesk.paths import DataFolder


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
