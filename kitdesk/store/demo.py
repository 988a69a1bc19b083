"""Fictitious demo data: four hand-written cases, then generated ones for benchmarks.

Every name here is made up. No CPR numbers: a plausible number could belong to a real child.
"""
from __future__ import annotations

import json
import random
import re
from datetime import date, datetime, time, timedelta

from kitdesk.domain.dates import TZ, age_on, local_today, to_utc_iso, utc_now
from kitdesk.domain.meeting import Invitee
from kitdesk.domain.model import Case, Consent, Exchange, Person

# (key, name, title, organisation, sector, email, phone)
PEOPLE = [
    ("mette", "Mette Kjærgaard", "Psykolog", "BUC Nordstrand", "buc", "mette.kjaergaard@buc.example.dk", "70 10 20 31"),
    ("jonas", "Jonas Brøndum", "Overlæge", "BUC Nordstrand", "buc", "jonas.brondum@buc.example.dk", "70 10 20 32"),
    ("sara", "Sara Holmgaard", "Sygeplejerske", "BUC Nordstrand", "buc", "sara.holmgaard@buc.example.dk", "70 10 20 33"),
    ("anders", "Anders Vestergård", "Sagsbehandler", "Fjordby Kommune, Familieafdelingen", "caseworker",
     "anders.vestergaard@fjordby.example.dk", "72 30 40 50"),
    ("lise", "Lise Østergaard", "Sagsbehandler", "Fjordby Kommune, Familieafdelingen", "caseworker",
     "lise.oestergaard@fjordby.example.dk", "72 30 40 51"),
    ("hanne", "Hanne Lund Friis", "PPR-psykolog", "Fjordby Kommune, PPR", "ppr", "hanne.friis@fjordby.example.dk", "72 30 41 10"),
    ("peter", "Peter Ærø", "Klasselærer", "Bakkeskolen", "school", "peter.aero@bakkeskolen.example.dk", "72 30 60 00"),
    ("birgit", "Birgit Sørensen", "Skoleleder", "Bakkeskolen", "school", "birgit.sorensen@bakkeskolen.example.dk", "72 30 60 01"),
    ("nina", "Nina Dahl", "Pædagog", "Børnehuset Mælkebøtten", "daycare", "nina.dahl@fjordby.example.dk", "72 30 70 00"),
    ("karen", "Karen Bech", "Sundhedsplejerske", "Fjordby Kommune, Sundhedsplejen", "health_visitor",
     "karen.bech@fjordby.example.dk", "72 30 80 00"),
    ("ole", "Ole Gram", "Praktiserende læge", "Lægehuset ved Åen", "gp", "", "72 40 00 00"),
    ("freja_mor", "Camilla Nørgaard", "Mor", "", "family", "camilla.n@example.dk", "20 00 00 01"),
    ("emil_far", "Thomas Bak", "Far", "", "family", "", "20 00 00 02"),
    ("mathias_mor", "Line Skov", "Mor", "", "family", "line.skov@example.dk", "20 00 00 03"),
    ("alma_mor", "Rikke Holm", "Mor", "", "family", "rikke.holm@example.dk", "20 00 00 04"),
    ("noah_far", "Kasper Vinther", "Far", "", "family", "kasper.v@example.dk", "20 00 00 05"),
]


# Postal addresses of those without e-mail: their invitation goes by post.
ADDRESSES = {"ole": "Åvej 1\n4700 Fjordby", "emil_far": "Skovbrynet 7\n4700 Fjordby"}

# The user's details the demo fills in when there are none, and takes away again with the demo.
DEMO_USER = {"user_name": "Mette Kjærgaard", "user_title": "Psykolog", "user_organisation": "BUC Nordstrand",
             "user_sector": "buc", "user_email": "mette.kjaergaard@buc.example.dk", "user_phone": "70 10 20 31"}
DEMO_USER_MARK = "demo_user_details"


def load_demo(store, extra_cases: int = 0, seed: int = 7, today: date | None = None) -> list[int]:
    """Fill the store with the four demo cases and `extra_cases` generated ones; returns case ids.

    The cases and persons are marked as demo (is_demo), so that "Fjern eksempeldata" removes them –
    and only them – in one step. The history is laid out back from `today` (a test gives another day:
    the demo as a user loading it then would have it)."""
    today = today or local_today()
    with store.transaction():
        if not store.settings.get("user_name"):
            store.settings.set_many({**DEMO_USER, DEMO_USER_MARK: "1"})
        (last_person,) = store.conn.execute("SELECT COALESCE(MAX(id), 0) FROM persons").fetchone()
        try:
            _on(store, today, 420)
            people = {key: store.persons.create(Person(name=n, title=t, organisation=o, sector=s, email=e, phone=p,
                                                       address=ADDRESSES.get(key, "")))
                      for key, n, t, o, s, e, p in PEOPLE}
            ids = [_freja(store, people, today), _emil(store, people, today),
                   _mathias(store, people, today), _alma(store, people, today)]
            _meetings(store, people, ids, today)
            _desk_spread(store, people, ids, today)
        finally:
            store.writer.clock = utc_now
        # "Seneste aktivitet": the last thing that happened in each case's history, not the loading.
        store.conn.execute("UPDATE cases SET last_activity = (SELECT MAX(at) FROM log_entries l WHERE "
                           "l.case_id = cases.id) WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)])
        if extra_cases:
            from kitdesk.store.demo_history import add_history

            generated = _generated(store, people, today, extra_cases, random.Random(seed))
            # Three years of meetings, plans, agreements and waits for the report (Selvevaluering).
            add_history(store, generated, people["ole"], today, random.Random(seed + 1))
            ids += generated
        # A marker, not the user's data: no audit row (as last_activity).
        store.conn.execute("UPDATE cases SET is_demo = 1 WHERE id IN (SELECT value FROM json_each(?))",
                           [json.dumps(ids)])
        store.conn.execute("UPDATE persons SET is_demo = 1 WHERE id > ?", [last_person])
    return ids


def _on(store, today: date, days_ago: int, hour: int = 9, minute: int = 0) -> None:
    """The demo's history is written on the days it tells of: what is written next is dated
    `days_ago` days before today at hour.minute (never later than now)."""
    moment = datetime.combine(today - timedelta(days=days_ago), time(hour, minute), tzinfo=TZ)
    store.writer.clock = lambda: min(moment, _now_on(today))


def _now_on(today: date) -> datetime:
    """Now, or this time of day on `today` when the demo is loaded as on another day."""
    now = utc_now()
    local = now.astimezone(TZ)
    return now if local.date() == today else datetime.combine(today, local.time(), tzinfo=TZ)


def _case(store, today, days_ago, **fields) -> int:
    _on(store, today, days_ago)
    return store.cases.create(Case(opened_on=today - timedelta(days=days_ago), **fields))


def _freja(store, p, today) -> int:
    cid = _case(store, today, 120, child_name="Freja Nørgaard", birth_date=date(2013, 4, 17),
                school="Bakkeskolen, 7.b", municipality="Fjordby Kommune", origin="municipal_referral",
                phase="assessment", step=3, level=2)
    net = store.network
    net.add(cid, p["mette"], "Behandler, udredning", "buc", is_contact=True, is_baton_holder=True)
    net.add(cid, p["anders"], "Sagsbehandler", "caseworker", is_contact=True)
    net.add(cid, p["hanne"], "PPR-psykolog", "ppr")
    net.add(cid, p["peter"], "Klasselærer", "school")
    net.add(cid, p["freja_mor"], "Mor", "family")
    _on(store, today, 110, 11)
    store.consents.add(Consent(case_id=cid, given_by="Camilla Nørgaard", giver_kind="parent",
                               sectors=["buc", "caseworker", "ppr", "school"],
                               information="Udredning, trivsel i skolen, fremmøde",
                               given_on=today - timedelta(days=110), form="written",
                               valid_until=today + timedelta(days=255)))
    store.exchanges.add(Exchange(case_id=cid, kind="referral", exchanged_on=today - timedelta(days=118),
                                 from_sector="caseworker", to_sector="buc",
                                 note="Henvisning med PPR's pædagogisk-psykologiske vurdering vedlagt."))
    _on(store, today, 80, 10)
    store.baton_log.add_note(cid, "Aftalt med PPR, at klasselæreren laver observation i frikvartererne.")
    _on(store, today, 20, 14)
    store.exchanges.add(Exchange(case_id=cid, kind="status_note", exchanged_on=today - timedelta(days=20),
                                 from_sector="buc", to_sector="caseworker",
                                 note="Statusnotat midt i udredningen: angst og skolefravær."))
    _on(store, today, 6, 11, 30)
    store.baton_log.add_note(cid, "Telefonsamtale med mor: Freja har været hjemme fra skole 6 dage i november.")
    return cid


def _emil(store, p, today) -> int:
    cid = _case(store, today, 40, child_name="Emil Bak", birth_date=date(2016, 9, 2),
                school="Bakkeskolen, 4.a", municipality="Fjordby Kommune", origin="gp_referral",
                phase="referral", step=2, level=2)
    net = store.network
    net.add(cid, p["jonas"], "Visitator", "buc")
    net.add(cid, p["lise"], "Sagsbehandler", "caseworker", is_contact=True, is_baton_holder=True)
    net.add(cid, p["peter"], "Lærer", "school")
    net.add(cid, p["ole"], "Almen praktiserende læge", "gp")
    net.add(cid, p["emil_far"], "Far", "family")
    _on(store, today, 38, 10)
    store.consents.add(Consent(case_id=cid, given_by="Thomas Bak", giver_kind="parent",
                               sectors=["buc", "caseworker", "gp"], information="Henvisning og ventetid",
                               given_on=today - timedelta(days=38), form="oral"))
    store.exchanges.add(Exchange(case_id=cid, kind="referral", exchanged_on=today - timedelta(days=40),
                                 from_sector="gp", to_sector="buc", note="Henvisning fra almen praksis."))
    # Emil waits for the assessment in BUC; the caseworker calls the father every other week meanwhile.
    _on(store, today, 35, 11)
    store.waiting.start(cid, "Udredning i BUC", today - timedelta(days=35), p["lise"], contact_every_days=14)
    _on(store, today, 30, 13)
    store.baton_log.add_note(cid, "Emil venter på udredning. Aftalt koordineret støtte i skolen imens.")
    return cid


def _mathias(store, p, today) -> int:
    cid = _case(store, today, 300, child_name="Mathias Skov", birth_date=date(2009, 1, 30),
                school="Fjordby Gymnasium", municipality="Fjordby Kommune", origin="buc_notification",
                phase="follow_up", step=4, level=3)
    net = store.network
    net.add(cid, p["sara"], "Kontaktsygeplejerske", "buc", is_contact=True)
    net.add(cid, p["anders"], "Sagsbehandler", "caseworker", is_contact=True, is_baton_holder=True)
    net.add(cid, p["ole"], "Almen praktiserende læge", "gp")
    net.add(cid, p["mathias_mor"], "Mor", "family")
    _on(store, today, 200, 10)
    # Given for the treatment until a month after discharge: it ends soon (the overview shows it).
    store.consents.add(Consent(case_id=cid, given_by="Mathias Skov", giver_kind="young_person",
                               sectors=["buc", "caseworker", "gp"], information="Behandling og udskrivning",
                               given_on=today - timedelta(days=200), form="written",
                               valid_until=today + timedelta(days=19)))
    old = store.consents.add(Consent(case_id=cid, given_by="Line Skov", giver_kind="parent",
                                     sectors=["buc", "school"], information="Skolegang",
                                     given_on=today - timedelta(days=290), form="written"))
    _on(store, today, 100, 10)
    store.consents.withdraw(old, today - timedelta(days=100))
    _on(store, today, 60, 10)
    store.exchanges.add(Exchange(case_id=cid, kind="treatment_plan", exchanged_on=today - timedelta(days=60),
                                 from_sector="buc", to_sector="caseworker", note="Udskrivningsplan sendt."))
    store.cases.update(cid, {"phase": "follow_up"})
    _on(store, today, 55, 9, 30)
    store.baton_log.add_note(cid, "Opfølgning i kommunen: sagsbehandleren har overtaget koordineringen (niveau 3).")
    return cid


def _alma(store, p, today) -> int:
    cid = _case(store, today, 400, child_name="Alma Holm", birth_date=date(2019, 6, 11),
                school="Børnehuset Mælkebøtten", municipality="Fjordby Kommune", origin="family_request",
                phase="treatment", step=3, level=2)
    net = store.network
    net.add(cid, p["mette"], "Behandler", "buc", is_contact=True, is_baton_holder=True)
    net.add(cid, p["nina"], "Pædagog", "daycare")
    net.add(cid, p["karen"], "Sundhedsplejerske", "health_visitor")
    net.add(cid, p["alma_mor"], "Mor", "family")
    _on(store, today, 395, 10)
    store.consents.add(Consent(case_id=cid, given_by="Rikke Holm", giver_kind="parent",
                               sectors=["buc", "daycare", "health_visitor"], information="Behandling, trivsel",
                               given_on=today - timedelta(days=395), form="written",
                               valid_until=today - timedelta(days=30)))
    _on(store, today, 29, 10)
    store.baton_log.add_note(cid, "Samtykket er udløbet – skal fornyes ved næste møde med mor.")
    _on(store, today, 14, 13)
    store.exchanges.add(Exchange(case_id=cid, kind="dialogue", exchanged_on=today - timedelta(days=14),
                                 from_sector="buc", to_sector="daycare", note="Dialog om Almas søvn og overgange."))
    return cid


FIRST = ["Ida", "Oscar", "Clara", "William", "Sofie", "Lucas", "Ella", "Victor", "Laura", "Malthe",
         "Agnes", "Carl", "Karla", "Alfred", "Josefine", "Magnus", "Liva", "Storm", "Asta", "Bertram"]
LAST = ["Mikkelsen", "Dalsgaard", "Kirk", "Lauridsen", "Bisgaard", "Toft", "Riis", "Krogh",
        "Munk", "Lykke", "Vad", "Bruun", "Damgaard", "Hald", "Schou", "Brix"]
SCHOOLS = ["Bakkeskolen", "Åskolen", "Engskolen", "Fjordby Friskole"]
DAYCARE = "Børnehuset Mælkebøtten"  # where the demo's pædagog works
SCHOOL_AGE = 6
HISTORY_DAYS = 1095


def _generated(store, people: dict, today: date, count: int, rnd: random.Random) -> list[int]:
    """Cases of realistic size: a network of five, a consent, two exchanges, a few notes.

    The cases open evenly over the three years (each in its own stretch of HISTORY_DAYS / count days),
    so that every quarter of the history has its share of new cases and of the waits that start with
    them, whatever day the demo is loaded. A child under school age has the day care in its network
    instead of a school, so that the day care takes part in meetings in every quarter."""
    phases = ["referral", "assessment", "treatment", "discharge", "follow_up", "closed"]
    pros = {s: [pid for (k, _, _, _, sec, _, _), pid in zip(PEOPLE, people.values(), strict=True) if sec == s]
            for s in ("buc", "caseworker", "ppr", "school", "daycare")}
    ids = []
    for n in range(count):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        born = today - timedelta(days=rnd.randint(365 * 2, 365 * 17))
        opened = HISTORY_DAYS - int((n + rnd.random()) * (HISTORY_DAYS - 1) / count)
        school = rnd.choice(SCHOOLS)
        young = age_on(born, today) < SCHOOL_AGE
        cid = _case(store, today, opened, child_name=f"{first} {last}", birth_date=born,
                    school=DAYCARE if young else school, municipality="Fjordby Kommune",
                    origin=rnd.choice(["municipal_referral", "gp_referral", "buc_notification", "family_request"]),
                    phase=rnd.choice(phases), step=rnd.randint(1, 4), level=rnd.randint(1, 3))
        parent = store.persons.create(Person(name=f"{rnd.choice(['Anne', 'Jens', 'Maria', 'Søren'])} {last}",
                                             title="Forælder", sector="family"))
        net = store.network
        net.add(cid, rnd.choice(pros["buc"]), "Behandler", "buc", is_contact=True, is_baton_holder=True)
        net.add(cid, rnd.choice(pros["caseworker"]), "Sagsbehandler", "caseworker", is_contact=True)
        net.add(cid, rnd.choice(pros["ppr"]), "PPR-psykolog", "ppr")
        if young:
            net.add(cid, rnd.choice(pros["daycare"]), "Pædagog", "daycare")
        else:
            net.add(cid, rnd.choice(pros["school"]), "Lærer", "school")
        net.add(cid, parent, "Forælder", "family")
        store.consents.add(Consent(case_id=cid, given_by="Forælder",
                                   sectors=["buc", "caseworker", "ppr", "daycare" if young else "school"],
                                   given_on=today - timedelta(days=rnd.randint(0, 300)), form="written"))
        for kind in ("referral", "status_note"):
            store.exchanges.add(Exchange(case_id=cid, kind=kind, exchanged_on=today - timedelta(days=rnd.randint(0, 300)),
                                         from_sector="caseworker", to_sector="buc", note="Sendt sikkert."))
        store.baton_log.add_note(cid, f"Samtale med familien om {first}s trivsel.")
        if n % 3 == 0:
            # A bare draft: enough for the meetings overview to have rows, cheap for thousands of cases.
            # No draws from rnd here: the generated cases stay the same as before meetings existed.
            store.meetings.create(cid, ("buc", "municipality")[n % 2], today - timedelta(days=n % 20))
        ids.append(cid)
    return ids


# -- network meetings: drafts, invited, cancelled, held awaiting sign-off, signed ---------------------

def _meetings(store, people: dict, ids: list[int], today: date) -> None:
    from kitdesk.domain.meeting import DEADLINE_DAYS, export_folder_name
    from kitdesk.domain.workdays import add_working_days, working_days_between
    from kitdesk.templates import load_agenda_templates, load_roles, role_for_sector

    templates = {t.path.stem: t for t in load_agenda_templates()}
    roles = load_roles()
    extra = store.settings.extra_closed_days()
    details = {key: (name, organisation, sector, email, phone)
               for key, name, _title, organisation, sector, email, phone in PEOPLE}
    freja, emil, mathias, alma = ids

    def invite(meeting_id, key, role_key="", **flags) -> int:
        name, organisation, sector, email, phone = details[key]
        role_key = role_key or role_for_sector(sector)
        return store.meetings.add_invitee(meeting_id, Invitee(
            person_id=people[key], name=name, organisation=organisation, sector=sector, email=email,
            phone=phone, role_key=role_key, role_text=roles[role_key].text if role_key in roles else "", **flags))

    def agenda(meeting_id, template_stem, responsible: dict[str, int]) -> None:
        template = templates[template_stem]
        store.meetings.update(meeting_id, {"purpose": template.purpose})
        for item in template.items:
            store.meetings.add_item(meeting_id, item.title, item.description, item.minutes,
                                    responsible.get(item.role))

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=TZ)

    def then(day: date, hour: int, minute: int = 0) -> None:
        """What is written next happened on `day` at hour.minute (see _on)."""
        _on(store, today, (today - day).days, hour, minute)

    def mark_sent(case_id: int, meeting_id: int) -> None:
        # Marked as the window marks it, in the folder it would use; no files are written for the demo.
        store.meetings.update(meeting_id, {"invitees_agreed": True})  # agreed with the family (seed 002)
        meeting = store.meetings.get(meeting_id)
        case_no = re.sub(r"[^\w.\-]+", "_", store.cases.get(case_id).case_no, flags=re.ASCII).strip("._") or "sag"
        folder = str(store.folder.exports / case_no / export_folder_name(meeting)) if store.folder else ""
        store.meetings.mark_sent(meeting_id, folder, [i.id for i in meeting.invitees], "request")

    def write_minutes(meeting_id, sections: dict[str, str | int], discussions: list[str]) -> None:
        # The live texts as the chair typed them (the demo writes them in its own transaction; the
        # window saves them through the minutes saver).
        assignments = ", ".join(f"{k} = ?" for k in sections)
        store.conn.execute(f"UPDATE minutes SET {assignments} WHERE meeting_id = ?", [*sections.values(), meeting_id])
        items = sorted(store.meetings.get(meeting_id).agenda, key=lambda i: i.position)
        for item, text in zip(items, discussions, strict=False):  # items past the last discussion stay empty
            store.conn.execute("UPDATE item_notes SET discussion = ? WHERE agenda_item_id = ?", [text, item.id])

    def hold(meeting_id, attendance: dict[int, str]) -> None:
        store.live.start(meeting_id)
        for invitee_id, value in attendance.items():
            store.live.set_attendance(invitee_id, value)

    def approve(meeting_id, names: dict[str, str], on: date) -> None:
        for approval in store.plans.approvals(meeting_id):
            if approval.name in names:
                store.plans.set_approval(approval.id, {"approved": True, "how": names[approval.name],
                                                       "approved_on": on})

    # Freja: the first meeting, three months ago, is signed off; its agreements are followed up next.
    first_day = add_working_days(today - timedelta(days=85), 1, extra)
    then(first_day - timedelta(days=4), 10)
    mid = store.meetings.create(freja, "municipality", first_day - timedelta(days=4))
    store.meetings.update(mid, {"starts_at": at(first_day, 13), "ends_at": at(first_day, 14), "form": "hybrid",
                                "place": "Bakkeskolen, mødelokalet ved administrationen",
                                "video_link": "https://video.example.dk/moede/2210", "virtual_asked": True})
    anders = invite(mid, "anders", is_chair=True)
    mette = invite(mid, "mette")
    peter = invite(mid, "peter", is_minute_taker=True)
    mother = invite(mid, "freja_mor")
    agenda(mid, "01_opstart_og_afklaring", {"chair": anders, "caseworker": anders, "parent": mother})
    mark_sent(freja, mid)
    then(first_day, 13)
    hold(mid, {anders: "in_room", mette: "online", peter: "in_room", mother: "in_room"})
    write_minutes(mid, {
        "child_words": "Jeg vil gerne i skole, men jeg får ondt i maven om morgenen. Det er værst i frikvartererne.",
        "perspective": "Mor oplever, at morgenerne er blevet sværere siden sommerferien.",
        "challenges": "Fravær på 6 dage i september. Freja trækker sig i frikvartererne.",
        "resources": "Freja har en god veninde i klassen og er glad for matematik. Mor og skolen har en god dialog.",
        "development": "Målet er, at Freja kommer i skole hver dag før jul, og at hun har en voksen at gå til.",
        "next_meeting_not_agreed": 1},
        ["Alle præsenterede sig. Mor fortalte om sommeren.", "Freja fortalte selv om, hvad der er svært.",
         "Skolen og mor beskrev forløbet siden august.", "Skolen og BUC fordelte opgaverne.",
         "Intet nyt møde aftalt endnu; sagsbehandleren indkalder, når udredningen er færdig."])
    items = [i.id for i in sorted(store.meetings.get(mid).agenda, key=lambda i: i.position)]
    store.live.add_agreement(mid, items[3], what="Klasselæreren laver observation i frikvartererne i to uger",
                             responsible_name="Peter Ærø", sector="school", deadline=first_day + timedelta(days=21),
                             follow_up="Resultatet sendes til sagsbehandleren")
    store.live.add_agreement(mid, items[3], what="BUC indkalder til udredningssamtaler",
                             responsible_name="Mette Kjærgaard", sector="buc", deadline=first_day + timedelta(days=30),
                             follow_up="På næste netværksmøde")
    store.live.add_agreement(mid, items[4], what="Mor kontakter egen læge om Frejas mavesmerter",
                             responsible_name="Camilla Nørgaard", sector="family", ongoing=True)
    then(first_day, 14)
    store.live.end(mid)
    approve(mid, {"Anders Vestergård": "in_meeting", "Mette Kjærgaard": "in_meeting",
                  "Camilla Nørgaard": "in_meeting"}, first_day)
    then(first_day + timedelta(days=1), 10)
    store.plans.sign_off(mid, at=at(first_day + timedelta(days=1), 10))

    # Alma: a meeting last week, held; the minutes wait for approval from the day care and the family.
    held_day = add_working_days(today - timedelta(days=10), 1, extra)
    then(held_day - timedelta(days=5), 11)
    mid = store.meetings.create(alma, "buc", held_day - timedelta(days=5), kind="discharge")
    store.meetings.update(mid, {"starts_at": at(held_day, 14), "ends_at": at(held_day, 15), "form": "physical",
                                "place": "Børnehuset Mælkebøtten, personalerummet"})
    mette = invite(mid, "mette", is_chair=True, is_minute_taker=True)
    nina = invite(mid, "nina")
    karen = invite(mid, "karen")
    mother = invite(mid, "alma_mor")
    agenda(mid, "04_udskrivning_og_opfoelgning", {"chair": mette, "buc_clinician": mette, "parent": mother})
    mark_sent(alma, mid)
    then(held_day - timedelta(days=2), 12)
    store.meetings.update_invitee(karen, {"answer": "declined", "answer_note": "Kursus"})
    then(held_day, 14)
    hold(mid, {mette: "in_room", nina: "in_room", mother: "in_room"})
    write_minutes(mid, {
        "perspective": "Mor fortæller, at Alma sover bedre, men stadig græder ved aflevering om mandagen.",
        "challenges": "Overgangene i børnehaven: aflevering og når der skiftes aktivitet.",
        "resources": "Alma er glad for sin pædagog Nina og for at lege i sandkassen. Mor er meget engageret.",
        "development": "Alma skal opleve trygge afleveringer; behandlingen i BUC afsluttes i løbet af foråret.",
        "discharge_handover": "Sundhedsplejen følger Almas søvn. Børnehaven fortsætter afleveringsrutinen. "
                              "Sagsbehandler er ikke involveret.",
        "discharge_medication": "Alma får ingen medicin. BUC sender et afslutningsnotat til almen praksis, som "
                                "følger op ved 5-årsundersøgelsen.",
        "discharge_family_contact": "Mor kontakter Nina i børnehaven om hverdagen og Mette Kjærgaard i BUC frem "
                                    "til afslutningen; derefter almen praksis.",
        "next_meeting_not_agreed": 0},
        ["Alle præsenterede sig.", "Mette gennemgik behandlingen: Alma sover bedre og er mere tryg.",
         "Mor fortalte, hvad der hjælper derhjemme.", "Nina fortalte om hverdagen i børnehaven.",
         "Kontakt går via mor og Nina; BUC giver almen praksis besked ved afslutningen."])
    store.conn.execute("UPDATE minutes SET next_meeting_at = ? WHERE meeting_id = ?",
                       [to_utc_iso(at(held_day + timedelta(days=42), 14)), mid])
    items = [i.id for i in sorted(store.meetings.get(mid).agenda, key=lambda i: i.position)]
    store.live.add_agreement(mid, items[3], what="Børnehaven laver en fast afleveringsrutine med billeder",
                             responsible_name="Nina Dahl", sector="daycare", deadline=held_day + timedelta(days=14),
                             follow_up="Nina og mor taler sammen hver fredag")
    store.live.add_agreement(mid, items[4], what="BUC sender en afslutningsplan til mor og almen praksis",
                             responsible_name="Mette Kjærgaard", sector="buc", deadline=held_day + timedelta(days=30))
    then(held_day, 15)
    store.live.end(mid)
    approve(mid, {"Mette Kjærgaard": "in_meeting"}, held_day)

    # Emil: a draft about the waiting time, asked for by the municipality, no time yet.
    then(today - timedelta(days=2), 10)
    mid = store.meetings.create(emil, "municipality", today - timedelta(days=2))
    agenda(mid, "03_ventetid", {})

    # Freja: the end of the assessment, invited within the deadline; one answer has come in.
    then(today - timedelta(days=1), 9)
    mid = store.meetings.create(freja, "buc", today - timedelta(days=1))
    day = add_working_days(today, 3, extra)
    store.meetings.update(mid, {"starts_at": at(day, 9), "ends_at": at(day, 10, 30), "form": "physical",
                                "place": "BUC Nordstrand, mødelokale 2, Havnevej 12, 4700 Fjordby"})
    mette = invite(mid, "mette", is_chair=True, is_minute_taker=True)  # BUC invites, so BUC writes the minutes
    anders = invite(mid, "anders")
    hanne = invite(mid, "hanne")
    invite(mid, "peter")
    mother = invite(mid, "freja_mor")
    store.meetings.add_invitee(mid, Invitee(name="Freja Nørgaard", sector="family", role_key="child",
                                            role_text=roles["child"].text))
    agenda(mid, "02_afslutning_af_udredning",
           {"chair": mette, "buc_clinician": mette, "parent": mother, "caseworker": anders, "ppr": hanne})
    then(today - timedelta(days=1), 11)
    mark_sent(freja, mid)
    then(today - timedelta(days=1), 15, 20)
    store.meetings.update_invitee(anders, {"answer": "attending", "attend_mode": "physical"})

    # Mathias: the discharge meeting was invited, then cancelled.
    then(today - timedelta(days=3), 10)
    mid = store.meetings.create(mathias, "buc", today - timedelta(days=3), kind="discharge")
    day = add_working_days(today, 2, extra)
    store.meetings.update(mid, {"starts_at": at(day, 13), "ends_at": at(day, 14), "form": "video",
                                "video_link": "https://video.example.dk/moede/7314", "virtual_asked": True})
    sara = invite(mid, "sara", is_chair=True, is_minute_taker=True)
    anders = invite(mid, "anders")
    invite(mid, "ole", gp_spoken_to=True)
    mother = invite(mid, "mathias_mor")
    agenda(mid, "04_udskrivning_og_opfoelgning",
           {"chair": sara, "buc_clinician": sara, "parent": mother, "caseworker": anders})
    mark_sent(mathias, mid)
    then(today, 8, 15)
    store.meetings.cancel(mid, "Mathias er syg. Vi aftaler et nyt tidspunkt med familien.")

    # Alma: the family asked, and the meeting still has no time – the deadline has passed. Ten days
    # back is not always a working day past five working days (Christmas, Easter, a weekend after
    # the deadline): then the request is older.
    asked = today - timedelta(days=10)
    while working_days_between(add_working_days(asked, DEADLINE_DAYS, extra), today, extra) < 1:
        asked -= timedelta(days=1)
    then(asked, 9, 40)
    mid = store.meetings.create(alma, "family", asked, request_note=(
        "Mor ringede: Alma sover dårligt og græder ved aflevering i børnehaven. Mor ønsker, at BUC, "
        "børnehaven og sundhedsplejen taler sammen om, hvad der kan hjælpe."))
    agenda(mid, "05_familien_har_bedt_om_et_moede", {})


# -- the desk (issue 12): an overview with something in every corner ----------------------------------

def _desk_spread(store, people: dict, ids: list[int], today: date) -> None:
    """A realistic spread for Overblik, beside what the cases already hold (an overdue and an upcoming
    agreement, Emil waiting with his family's contact overdue, Alma's meeting asked for past its deadline,
    Emil's near it): an agreement followed up between meetings."""
    freja = ids[0]
    _on(store, today, 3, 14)
    observation = next(a for a in store.desk.agreements(status="open", case_id=freja) if a.sector == "school")
    store.desk.close_agreement(observation.id, "done", "Observationen er sendt til sagsbehandleren. Freja søger "
                                                        "især de voksne i de lange frikvarterer.")
