"""ExtractData -> Extract: the sections of "Udtræk til indsigt" in Danish, one text per cell.

Both files print these sections: the PDF as tables, the CSV row for row. For the child (a case)
everything in the case is shown; for a person in the directory only what concerns them, and other
cases by their case number only – another child's name is not theirs to receive.
"""
from __future__ import annotations

import json
from datetime import date

from kitdesk.domain.access import ACCESS_ACTIONS, Column, Extract, ExtractData, Section, detail_text, file_stem
from kitdesk.domain.access_words import ACTIONS, RECORDS, field_words
from kitdesk.domain.dates import fmt_date, fmt_datetime, fmt_time, from_utc_iso, to_local
from kitdesk.domain.vocabulary import (
    ANSWERS,
    CONSENT_FORMS,
    CONSENT_GIVERS,
    EXCHANGE_KINDS,
    LEVELS,
    LOG_KINDS,
    MEETING_FORMS,
    MEETING_STATES,
    ORIGINS,
    PHASES,
    SECTORS,
    STEPS,
)

TITLE = "Udtræk til indsigt"
ATTENDANCE = {"in_room": "Til stede i lokalet", "online": "Deltog virtuelt", "absent": "Udeblev",
              "declined": "Meldte afbud"}
AGREEMENT_STATUS = {"open": "Åben", "done": "Gennemført", "continued": "Videreført", "dropped": "Opgivet"}
MINUTES_PARTS = (("child_words", "Barnets/den unges egne ord"), ("perspective", "Barnets og familiens perspektiv"),
                 ("challenges", "Udfordringer"), ("resources", "Ressourcer"), ("development", "Udviklingsmuligheder"),
                 ("discharge_handover", "Udskrivning: hvem overtager hvad"),
                 ("discharge_medication", "Udskrivning: medicin og opfølgning"),
                 ("discharge_family_contact", "Udskrivning: hvem familien kontakter"), ("misc", "Øvrigt"))
NO_USER = "(intet brugernavn)"


# -- small formatters -------------------------------------------------------------------------------------

def day(text: str | None) -> str:
    """An ISO date (or the date of an ISO time) as 23.11.2026."""
    if not text:
        return ""
    try:
        return fmt_date(date.fromisoformat(text[:10]) if len(text) <= 10 else from_utc_iso(text))
    except ValueError:
        return text


def moment(text: str | None) -> str:
    """A stored UTC time as Copenhagen time: 23.11.2026 kl. 14.05 ("kl." and the time kept on
    one line: a narrow column breaks after the date)."""
    return fmt_datetime(from_utc_iso(text)).replace("kl. ", "kl.\u00a0") if text else ""


def span(first: str, last: str) -> str:
    if moment(first) == moment(last):
        return moment(first)
    a, b = to_local(from_utc_iso(first)), to_local(from_utc_iso(last))
    if a.date() == b.date():
        return f"{moment(first)}–{fmt_time(b)}"  # 04.12.2026 kl. 9.02–10.31
    return f"{moment(first)} – {moment(last)}"


def sectors(text) -> str:
    codes = json.loads(text) if isinstance(text, str) and text.startswith("[") else (text or [])
    return ", ".join(SECTORS.get(c, c) for c in codes)


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


class _Context:
    """Lookups the sections share: case numbers and meeting times by id."""

    def __init__(self, data: ExtractData):
        self.data = data
        self.by_case = data.kind == "person"

    def case_no(self, case_id) -> str:
        return self.data.case_numbers.get(case_id, "") if case_id is not None else ""

    def meeting(self, meeting_id) -> str:
        starts = self.data.meeting_times.get(meeting_id)
        if meeting_id not in self.data.meeting_times:
            return f"Møde nr. {meeting_id}"
        return moment(starts) if starts else f"Møde uden tidspunkt (nr. {meeting_id})"

    def lead_columns(self, *columns: Column) -> tuple[Column, ...]:
        """A person's extract names the case in front of every row."""
        return ((Column("Sag", 1.2),) if self.by_case else ()) + columns

    def lead_cells(self, row: dict, *cells: str) -> tuple[str, ...]:
        return ((self.case_no(row.get("case_id")),) if self.by_case else ()) + cells


# -- the sections -------------------------------------------------------------------------------------------

def _network(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for m in data.members:
        duties = _lines("Ansvarlig kontaktperson" if m.get("is_contact") else "",
                        "Stafetholder" if m.get("is_baton_holder") else "")
        if cx.by_case:
            rows.append((cx.case_no(m["case_id"]), m.get("role") or "", SECTORS.get(m["sector"], m["sector"]),
                         duties, PHASES.get(m.get("phase") or "", m.get("phase") or ""), day(m.get("created_at"))))
        else:
            rows.append((m.get("person_name") or "", m.get("role") or "", SECTORS.get(m["sector"], m["sector"]),
                         m.get("organisation") or "", duties, day(m.get("created_at"))))
    if cx.by_case:
        return Section("network", "Sager og netværk", "De sager, personen er med i netværket omkring, og rollen i hver.",
                       (Column("Sag", 1.2), Column("Rolle", 2.2), Column("Sektor", 2.2),
                        Column("Kontaktperson / stafetholder", 2.2), Column("Sagens fase", 1.4),
                        Column("Med siden", 1.3)), tuple(rows), "Personen er ikke med i netværket i nogen sag.")
    return Section("network", "Netværket", "Dem, der er med i netværket omkring barnet, og deres rolle.",
                   (Column("Navn", 2.2), Column("Rolle", 2.0), Column("Sektor", 2.0), Column("Organisation", 2.4),
                    Column("Kontaktperson / stafetholder", 1.9), Column("Med siden", 1.3)),
                   tuple(rows), "Ingen er registreret i netværket.")


def _consents(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for c in data.consents:
        kind = CONSENT_GIVERS.get(c["giver_kind"], c["giver_kind"])
        form = CONSENT_FORMS.get(c["form"], c["form"]).lower()
        giver = c["given_by"] if (not cx.by_case or c.get("given_by_subject")) else ""
        # "Givet 16.08.2026" kept on one line (NBSP): the date is not left alone on the next.
        validity = _lines(f"Givet\u00a0{day(c['given_on'])}",
                          f"Gyldigt til\u00a0{day(c['valid_until'])}" if c.get("valid_until") else "Uden slutdato",
                          f"Trukket tilbage\u00a0{day(c['withdrawn_on'])}" if c.get("withdrawn_on") else "")
        info = _lines(c.get("information") or "", f"Note: {c['note']}" if c.get("note") else "")
        rows.append(cx.lead_cells(c, _lines(giver, f"{kind}, {form}"), sectors(c["sectors"]), info, validity))
    lead = ("Samtykker til at udveksle oplysninger mellem parterne."
            if not cx.by_case else
            "Samtykker, personen selv har givet, og samtykker, der omfatter personens sektor i de samme sager. "
            "Et samtykke givet af en anden viser kun, hvem der gav det (fx forælder), ikke navnet.")
    return Section("consents", "Samtykker", lead,
                   cx.lead_columns(Column("Givet af", 2.4), Column("Omfatter", 2.4), Column("Oplysninger", 2.8),
                                   Column("Gyldighed", 2.0)), tuple(rows), "Ingen samtykker.")


def _exchanges(data: ExtractData, cx: _Context) -> Section:
    if cx.by_case:
        rows = tuple((cx.case_no(e["case_id"]), day(e["exchanged_on"]), EXCHANGE_KINDS.get(e["kind"], e["kind"]),
                      SECTORS.get(e["from_sector"], ""), SECTORS.get(e["to_sector"], "")) for e in data.exchanges)
        return Section("exchanges", "Udveksling af oplysninger",
                       "Oplysninger, der er sendt fra eller til personens sektor i de sager, personen er med i.",
                       (Column("Sag", 1.2), Column("Dato", 1.2), Column("Hvad", 1.7), Column("Fra", 2.3),
                        Column("Til", 2.3)), rows, "Ingen udveksling af oplysninger.")
    rows = tuple((day(e["exchanged_on"]), EXCHANGE_KINDS.get(e["kind"], e["kind"]),
                  f"{SECTORS.get(e['from_sector'], '')} → {SECTORS.get(e['to_sector'], '')}", e.get("note") or "",
                  e.get("file_name") or "") for e in data.exchanges)
    return Section("exchanges", "Udveksling af oplysninger", "Hvad der er udvekslet mellem sektorerne, og hvornår.",
                   (Column("Dato", 1.2), Column("Hvad", 1.5), Column("Fra → til", 2.4), Column("Note", 3.4),
                    Column("Bilag", 1.8)), rows, "Ingen udveksling af oplysninger.")


def _baton_log(data: ExtractData, cx: _Context) -> Section:
    rows = tuple((moment(e["at"]), e.get("author") or NO_USER, LOG_KINDS.get(e["kind"], e["kind"]), e["text"])
                 for e in data.log_entries)
    return Section("baton_log", "Stafetlog", "Koordineringens log: notater og hændelser i sagen. Indlæg rettes "
                   "aldrig; en rettelse er et nyt indlæg.",
                   (Column("Tidspunkt", 1.7), Column("Skrevet af", 1.7), Column("Slags", 1.7), Column("Tekst", 5.0)),
                   rows, "Stafetloggen er tom.")


def _meetings(data: ExtractData, cx: _Context) -> Section:
    rows: list[tuple[str, ...]] = []  # six columns for a person, four for a case
    if cx.by_case:
        for i in data.invitees:
            role = _role(i)
            answer = _lines(ANSWERS.get(i["answer"], i["answer"]), i.get("answer_note") or "")
            rows.append((cx.case_no(i.get("case_id")), cx.meeting(i["meeting_id"]),
                         MEETING_STATES.get(i.get("state") or "", i.get("state") or ""), role, answer,
                         ATTENDANCE.get(i.get("attendance") or "", "")))
        return Section("meetings", "Netværksmøder", "De møder, personen er indkaldt til, med svar og fremmøde.",
                       (Column("Sag", 1.2), Column("Møde", 1.7), Column("Status", 1.1), Column("Rolle ved mødet", 2.6),
                        Column("Svar", 1.6), Column("Fremmøde", 1.3)), tuple(rows), "Personen er ikke indkaldt til møder.")
    for m in data.meetings:
        status = _lines(MEETING_STATES.get(m["state"], m["state"]),
                        f"Aflyst: {m['cancel_reason']}" if m.get("cancel_reason") else "")
        where = _lines(MEETING_FORMS.get(m["form"], m["form"]), m.get("place") or "", m.get("video_link") or "",
                       m.get("phone") or "")
        rows.append((cx.meeting(m["id"]), status, where, m.get("purpose") or ""))
    return Section("meetings", "Netværksmøder", "Møderne i sagen: hvornår, hvor og hvorfor.",
                   (Column("Tidspunkt", 1.7), Column("Status", 1.3), Column("Mødeform og sted", 2.4),
                    Column("Formål", 4.2)), tuple(rows), "Ingen netværksmøder.")


def _role(invitee: dict) -> str:
    """"Sagsbehandler · mødeleder", then a role text the user wrote themselves."""
    marks = [m for m, on in (("mødeleder", invitee.get("is_chair")), ("referent", invitee.get("is_minute_taker")),
                             ("kom uden indkaldelse", invitee.get("walk_in"))) if on]
    label = invitee.get("role_label") or ""
    head = " · ".join([label, *marks]) if label else " · ".join(marks).capitalize()
    return _lines(head, invitee.get("role_own_text") or "")


def _invitees(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for i in data.invitees:
        role = _role(i)
        rows.append((cx.meeting(i["meeting_id"]), _lines(i["name"], SECTORS.get(i.get("sector") or "", "")), role,
                     _lines(ANSWERS.get(i["answer"], i["answer"]), i.get("answer_note") or ""),
                     ATTENDANCE.get(i.get("attendance") or "", "")))
    return Section("invitees", "Deltagere i møderne", "Hvem der er indkaldt, hvad de svarede, og hvem der kom.",
                   (Column("Møde", 1.7), Column("Navn", 2.2), Column("Rolle ved mødet", 2.8), Column("Svar", 1.6),
                    Column("Fremmøde", 1.4)), tuple(rows), "Ingen er indkaldt til møder.")


def _minutes_part(entry: dict) -> str:
    part, number = entry["part"], entry.get("item_no")
    if part == "agenda":
        return f"Dagsordenspunkt {number}"
    if part == "discussion":
        return f"Punkt {number} – drøftelse"
    if part == "internal_note":
        return f"Punkt {number} – intern note"
    if part == "next_meeting":
        return "Næste møde"
    return dict(MINUTES_PARTS).get(part, part)


def _minutes(data: ExtractData, cx: _Context) -> Section:
    rows = tuple((cx.meeting(m["meeting_id"]), _minutes_part(m), moment(m["at"]) if m.get("at") else m["text"])
                 for m in data.minutes if (m["text"] or "").strip() or m.get("at"))
    return Section("minutes", "Referater", "Det skrevne fra møderne. En intern note er mødelederens egen og "
                   "kommer ikke med i planen.",
                   (Column("Møde", 1.6), Column("Afsnit", 2.0), Column("Tekst", 6.4)), rows, "Intet referat.")


def _agreements(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for a in data.agreements:
        deadline = day(a.get("deadline")) or ("Løbende" if a.get("ongoing") else "")
        status = _lines(AGREEMENT_STATUS.get(a["status"], a["status"]), a.get("status_note") or "")
        what = _lines(a.get("what") or "", f"Opfølgning: {a['follow_up']}" if a.get("follow_up") else "")
        if cx.by_case:
            rows.append((cx.case_no(a["case_id"]), cx.meeting(a["meeting_id"]), what, deadline, status))
        else:
            rows.append((cx.meeting(a["meeting_id"]), what, a.get("responsible_name") or "", deadline, status))
    if cx.by_case:
        return Section("agreements", "Aftaler", "Aftaler, personen er ansvarlig for.",
                       (Column("Sag", 1.2), Column("Møde", 1.6), Column("Aftale", 4.4), Column("Frist", 1.3),
                        Column("Status", 1.5)), tuple(rows), "Personen er ikke ansvarlig for nogen aftale.")
    return Section("agreements", "Aftaler", "Aftalerne fra møderne: hvem gør hvad, og hvornår.",
                   (Column("Møde", 1.6), Column("Aftale", 4.0), Column("Ansvarlig", 2.0), Column("Frist", 1.3),
                    Column("Status", 1.5)), tuple(rows), "Ingen aftaler.")


def _plans(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for v in data.plan_versions:
        signed = moment(v["signed_at"]) if v.get("signed_at") else "Ikke godkendt endnu"
        if cx.by_case:
            rows.append((cx.case_no(v["case_id"]), cx.meeting(v["meeting_id"]), str(v["version"]), signed,
                         ", ".join(v.get("named_as") or ())))
        else:
            rows.append((cx.meeting(v["meeting_id"]), str(v["version"]), signed, v.get("signed_by") or "",
                         v.get("reason") or ""))
    if cx.by_case:
        return Section("plans", "Tværsektorielle planer", "Versioner af planen, hvor personen er nævnt.",
                       (Column("Sag", 1.2), Column("Møde", 1.6), Column("Version", 0.9), Column("Godkendt", 1.8),
                        Column("Nævnt som", 3.2)), tuple(rows), "Personen er ikke nævnt i nogen plan.")
    return Section("plans", "Tværsektorielle planer", "Hver godkendt version af planen er låst; en ændring er "
                   "en ny version med en begrundelse.",
                   (Column("Møde", 1.6), Column("Version", 0.9), Column("Godkendt", 1.8), Column("Godkendt af", 2.0),
                    Column("Begrundelse for ny version", 3.4)), tuple(rows), "Ingen planer.")


def _plan_exports(data: ExtractData, cx: _Context) -> Section:
    kinds = {"plan": "Planen", "summary": "Familieudgaven (Det har vi aftalt)"}
    rows = tuple(cx.lead_cells(e, moment(e["exported_at"]), cx.meeting(e["meeting_id"]), str(e["version"]),
                               kinds.get(e["kind"], e["kind"]), "Ja" if e.get("include_cpr") else "Nej",
                               e["file_name"]) for e in data.plan_exports)
    return Section("plan_exports", "Udleverede planer", "Godkendte planer, der er skrevet til en fil for at blive "
                   "sendt eller udleveret.",
                   cx.lead_columns(Column("Tidspunkt", 1.8), Column("Møde", 1.6), Column("Version", 0.9),
                                   Column("Hvad", 1.8), Column("Med CPR-nummer", 1.2), Column("Fil", 3.2)),
                   rows, "Ingen planer er udleveret.")


def _access(data: ExtractData, cx: _Context, since: str | None) -> Section:
    rows = []
    for a in data.access:
        action = ACCESS_ACTIONS.get(a["action"], a["action"])
        detail = detail_text(a.get("detail") or "")
        rows.append((moment(a["at"]), a.get("user") or NO_USER, f"{action} ({detail})" if detail else action,
                     _access_target(a, cx, data)))
    lead = ("Hvem der har åbnet sagen, set planen eller skrevet oplysninger om barnet til filer (indkaldelser, "
            "planer, udtræk), og hvornår." if not cx.by_case else
            "Hvem der har åbnet en sag, et møde eller en plan, hvor personen indgår (fra den dag, personen kom med), "
            "eller har lavet et udtræk om personen, og hvornår.")
    if since:
        lead += f" KIT Desk har ført denne log siden {day(since)}."
    return Section("access", "Hvem har set oplysningerne", lead,
                   (Column("Tidspunkt", 1.8), Column("Bruger", 2.0), Column("Handling", 3.0), Column("Hvad", 3.0)),
                   tuple(rows), "Ingen har åbnet eller udleveret oplysningerne, siden loggen blev indført.")


def _access_target(row: dict, cx: _Context, data: ExtractData) -> str:
    entity, entity_id = row["entity"], row["entity_id"]
    if entity == "cases":
        what = "Sagen"
    elif entity == "meetings":
        what = f"Netværksmøde {cx.meeting(entity_id)}"
    elif entity == "exchanges":
        what = f"Bilag til udveksling nr. {entity_id}"
    else:  # persons
        what = f"Person nr. {entity_id}"
    case_no = cx.case_no(row.get("case_id"))
    if cx.by_case and case_no:
        return f"Sag {case_no}" if entity == "cases" else f"{what}, sag {case_no}"
    return what


def _changes(data: ExtractData, cx: _Context) -> Section:
    rows = []
    for c in data.changes:
        count = c.get("count", 1)
        action = ACTIONS.get(c["action"], c["action"])
        if count > 1:
            action += f" ({count} gange)"
        rows.append((span(c["at"], c.get("last_at") or c["at"]), c.get("user") or NO_USER, action,
                     _change_target(c, cx), field_words(c.get("fields") or ()) if c["action"] == "update" else ""))
    lead = ("Hvornår oplysningerne er oprettet, ændret eller slettet, og af hvem; ved en ændring hvilke felter. Mange "
            "ændringer af det samme i træk (fx et referat, der skrives under mødet) står som én linje med antallet.")
    return Section("changes", "Hvem har ændret oplysningerne", lead,
                   (Column("Tidspunkt", 2.2), Column("Bruger", 1.8), Column("Handling", 1.5), Column("Hvad", 2.4),
                    Column("Felter", 2.6)), tuple(rows), "Ingen ændringer registreret.")


def _change_target(change: dict, cx: _Context) -> str:
    """"Sagen", "Netværksmøde 11.09.2026 kl. 13.00", "Plads i netværket – Anders Vestergård",
    "Samtykke givet 16.08.2026"; "nr. 12" for a record that is gone."""
    table, row_id = change["table_name"], change["row_id"]
    word = RECORDS.get(table, "Oplysning")
    if table in ("cases", "persons"):
        what = word
    elif table == "meetings":
        what = f"{word} {cx.meeting(row_id)}"
    elif table == "minutes":
        what = f"{word}, møde {cx.meeting(row_id)}"
    elif change.get("about") and not cx.by_case:
        what = f"{word} – {change['about']}"
    elif table == "consents" and change.get("on"):
        what = f"{word} givet {day(change['on'])}"
    elif table == "exchanges" and change.get("on"):
        what = f"{word} {day(change['on'])}"
    elif change.get("meeting_id") is not None:
        what = f"{word}, møde {cx.meeting(change['meeting_id'])}"
    else:
        what = f"{word} nr. {row_id}"
    case_no = cx.case_no(change.get("case_id"))
    return f"{what} (sag {case_no})" if cx.by_case and case_no else what


# -- the whole extract --------------------------------------------------------------------------------------

def build_extract(data: ExtractData, log_since: str | None = None) -> Extract:
    """`log_since`: when the access log was started in this data folder (UTC ISO), said in its lead."""
    cx = _Context(data)
    made = f"Lavet {fmt_datetime(data.made_at)} af {data.made_by or NO_USER}."
    if data.kind == "case":
        case = data.case or {}
        reference = f"sag {data.case_no}"
        subject_line = f"{data.subject_name} – sag {data.case_no}"
        intro = (f"Her er alle de oplysninger, KIT Desk på denne computer har om {data.subject_name} i sag "
                 f"{data.case_no}, og hvem der har set, udleveret og ændret dem og hvornår. Udtrækket er lavet til en "
                 f"anmodning om indsigt efter databeskyttelsesforordningens artikel 15. {made}")
        facts = _child_facts(case)
        sections: tuple[Section, ...] = (_network(data, cx), _consents(data, cx), _exchanges(data, cx), _baton_log(data, cx),
                    _meetings(data, cx), _invitees(data, cx), _minutes(data, cx), _agreements(data, cx),
                    _plans(data, cx), _plan_exports(data, cx), _access(data, cx, log_since), _changes(data, cx))
    else:
        reference = f"person nr. {data.subject_id}"
        subject_line = f"{data.subject_name} – person nr. {data.subject_id} i personregistret"
        intro = (f"Her er de oplysninger, KIT Desk på denne computer har om {data.subject_name}: personens egne "
                 "oplysninger, de sager personen er med i (kun med sagsnummer) og det i dem, der angår personen, og "
                 "hvem der har set og ændret oplysningerne og hvornår. Udtrækket er lavet til en anmodning om indsigt "
                 f"efter databeskyttelsesforordningens artikel 15. {made}")
        facts = _person_facts(data.person or {}, data.subject_id)
        sections = (_network(data, cx), _consents(data, cx), _exchanges(data, cx), _meetings(data, cx),
                    _agreements(data, cx), _plans(data, cx), _plan_exports(data, cx), _access(data, cx, log_since),
                    _changes(data, cx))
    made_on = to_local(data.made_at).date()
    return Extract(TITLE, subject_line, intro, facts, sections, data.made_at, data.made_by, reference,
                   file_stem(data.kind, data.subject_id, data.case_no, made_on))


def _or_dash(text) -> str:
    return str(text) if text not in (None, "") else "–"


def _child_facts(case: dict) -> tuple[tuple[str, str], ...]:
    # Waiting periods (m008): what, from when, until when.
    waiting = "; ".join(f"{w['waiting_for']} (fra {day(w['started_on'])}"
                        + (f" til {day(w['ended_on'])})" if w.get("ended_on") else ")")
                        for w in case.get("waiting_periods") or ())
    return tuple((label, _or_dash(value)) for label, value in (
        ("Navn", case.get("child_name")), ("CPR-nummer", case.get("cpr")), ("Fødselsdato", day(case.get("birth_date"))),
        ("Sagsnummer", case.get("case_no")), ("Skole / dagtilbud", case.get("school")),
        ("Kommune", case.get("municipality")), ("Henvendelse", ORIGINS.get(case.get("origin") or "", case.get("origin") or "")),
        ("Fase", PHASES.get(case.get("phase") or "", case.get("phase") or "")),
        ("Trin", f"{case['step']} – {STEPS.get(case['step'], '')}" if case.get("step") else ""),
        ("Niveau", f"{case['level']} – {LEVELS.get(case['level'], '')}" if case.get("level") else ""),
        ("Venter på", waiting), ("Sagen åbnet", day(case.get("opened_on"))),
        ("Sagen afsluttet", day(case.get("closed_on"))), ("Oprettet i KIT Desk", moment(case.get("created_at"))),
        ("Senest ændret", moment(case.get("updated_at")))))


def _person_facts(person: dict, person_id: int) -> tuple[tuple[str, str], ...]:
    return tuple((label, _or_dash(value)) for label, value in (
        ("Navn", person.get("name")), ("Titel / relation", person.get("title")),
        ("Organisation", person.get("organisation")), ("Sektor", SECTORS.get(person.get("sector") or "", "")),
        ("E-mail", person.get("email")), ("Telefon", person.get("phone")), ("Adresse", person.get("address")),
        ("Note", person.get("note")),
        ("Nummer i personregistret", person_id), ("Oprettet i KIT Desk", moment(person.get("created_at"))),
        ("Senest ændret", moment(person.get("updated_at")))))
