"""The schema steps from m007 on: the access log, closer to KIT, the screen walk, plans read in,
the report and the desk. Released steps are never edited; a new step goes at the end of this file
(see kitdesk.store.migrations)."""
from __future__ import annotations

from sqlite_utils import Database

from kitdesk.store.schema_steps_first import freeze_when_signed, migrations, run_script

# The access log: who opened, viewed or exported what about a child, beside the change audit. Its
# rows hold codes and ids only – never a name, a CPR number or a file name: AccessLogRepo takes only
# the codes of kitdesk.domain.access, and the CHECKs let nothing but lower-case code words, digits
# and ids in (shape, not a list: a new action code needs no rebuilt table). Append-only: a trigger
# refuses UPDATE. DELETE is allowed, because deleting a case (erasure) removes its rows; case_id is
# therefore a plain column, not a foreign key – Writer.delete refuses to delete a row an append-only
# table refers to.
SCHEMA_7 = """
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 40 AND action NOT GLOB '*[^a-z_]*'),
    entity TEXT NOT NULL CHECK (length(entity) BETWEEN 1 AND 40 AND entity NOT GLOB '*[^a-z_]*'),
    entity_id INTEGER NOT NULL,
    case_id INTEGER,
    detail TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 80 AND detail NOT GLOB '*[^a-z0-9=,]*')
);
CREATE INDEX access_log_case ON access_log(case_id, at);
CREATE INDEX access_log_entity ON access_log(entity, entity_id);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access log rows are never edited'); END;
"""


@migrations(name="m007_access_log")
def m007_access_log(db: Database) -> None:
    run_script(db, SCHEMA_7)


# Closer to KIT (issue 11). The minutes keep the child's own words apart from the parents', and a
# discharge meeting's hand-over has a section of its own; a meeting knows whether it is about
# discharge, whether its invitees were agreed with the family, why the family is not invited, and why
# another side than the inviting one writes the minutes; an invitee's wish for others to take part
# goes with any answer; the GP's fee mark follows the attendance; waiting is a period of its own
# (what, since when, who keeps in touch with the family and how often, until when) instead of two
# loose fields on the case; a printed consent form is kept until its signed return is registered.
SCHEMA_8 = "\n".join([
    """
ALTER TABLE minutes ADD COLUMN child_words TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes ADD COLUMN discharge_handover TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes ADD COLUMN discharge_medication TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes ADD COLUMN discharge_family_contact TEXT NOT NULL DEFAULT '';
DROP TRIGGER minutes_frozen_update;
ALTER TABLE meetings ADD COLUMN kind TEXT NOT NULL DEFAULT 'ordinary' CHECK (kind IN ('ordinary', 'discharge'));
ALTER TABLE meetings ADD COLUMN invitees_agreed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN family_absent_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN minute_taker_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE invitees ADD COLUMN others_wanted TEXT NOT NULL DEFAULT '';
UPDATE invitees SET others_wanted = answer_note, answer_note = '', answer = 'attending' WHERE answer = 'wants_others';
UPDATE invitees SET gp_paid = CASE WHEN sector = 'gp' AND attendance IN ('in_room', 'online') THEN 1 ELSE 0 END;
CREATE TABLE waiting_periods (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    started_on TEXT NOT NULL,
    waiting_for TEXT NOT NULL,
    contact_person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_every_days INTEGER CHECK (contact_every_days IS NULL OR contact_every_days BETWEEN 1 AND 365),
    last_contact_on TEXT,
    ended_on TEXT,
    end_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX waiting_periods_case ON waiting_periods(case_id, ended_on);
INSERT INTO waiting_periods (case_id, started_on, waiting_for, created_at, updated_at)
    SELECT id, COALESCE(waiting_since, opened_on, substr(created_at, 1, 10)), trim(waiting_for), updated_at, updated_at
    FROM cases WHERE trim(waiting_for) <> '';
ALTER TABLE cases DROP COLUMN waiting_for;
ALTER TABLE cases DROP COLUMN waiting_since;
CREATE TABLE consent_forms (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    given_by TEXT NOT NULL,
    giver_kind TEXT NOT NULL DEFAULT 'parent',
    sectors TEXT NOT NULL DEFAULT '[]',
    information TEXT NOT NULL DEFAULT '',
    printed_on TEXT NOT NULL,
    consent_id INTEGER REFERENCES consents(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX consent_forms_case ON consent_forms(case_id);
""",
    freeze_when_signed("minutes", "perspective, challenges, resources, development, misc, next_meeting_at, "
                       "next_meeting_not_agreed, no_new_agreements, child_words, discharge_handover, "
                       "discharge_medication, discharge_family_contact").split("\n")[0],
]) + "\n"


@migrations(name="m008_closer_to_kit")
def m008_closer_to_kit(db: Database) -> None:
    run_script(db, SCHEMA_8)


# The walk through every screen (issue 11): a person's postal address, printed on the invitation
# letter sent by post to someone without e-mail.
SCHEMA_9 = """
ALTER TABLE persons ADD COLUMN address TEXT NOT NULL DEFAULT '';
"""


@migrations(name="m009_screen_walk")
def m009_screen_walk(db: Database) -> None:
    run_script(db, SCHEMA_9)


# A plan read in from another KIT Desk (issue 14, "Læs plan ind…"): the plan version as received,
# and its agreements as agreements of the case, so that they are followed up at the case's next
# meeting like its own. Such an agreement belongs to no meeting on this laptop: agreements.meeting_id
# becomes optional, and exactly one of meeting_id and plan_import_id is set. SQLite cannot drop a NOT
# NULL, so the table is built anew (SQLite's documented way): the new table, the rows copied, the old
# table dropped, the new one renamed, its indexes and triggers made again from their stored SQL. The
# self-reference carried_from_id is filled in after the rename – while both tables exist it points at
# the old one, and dropping that would count every carried row as a broken reference.
SCHEMA_10 = """
CREATE TABLE plan_imports (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    plan_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    source_case_no TEXT NOT NULL DEFAULT '',
    meeting_on TEXT,
    signed_on TEXT,
    data TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (case_id, plan_id, version)
);
CREATE INDEX plan_imports_case ON plan_imports(case_id, plan_id)
"""
_AGREEMENT_MEETING = "meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"


@migrations(name="m010_plan_import")
def m010_plan_import(db: Database) -> None:
    run_script(db, SCHEMA_10)
    table_sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'agreements'").fetchone()[0]
    if _AGREEMENT_MEETING not in table_sql:
        raise RuntimeError("agreements is not as m002 made it")
    extras = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'agreements' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name")]
    new_sql = table_sql.replace("CREATE TABLE agreements", "CREATE TABLE agreements_new", 1).replace(
        _AGREEMENT_MEETING, "meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,\n"
        "    plan_import_id INTEGER REFERENCES plan_imports(id) ON DELETE CASCADE,", 1)
    new_sql = new_sql.rstrip().removesuffix(")") + ",\n    CHECK ((meeting_id IS NULL) <> (plan_import_id IS NULL))\n)"
    columns = ", ".join(f"[{r[1]}]" for r in db.execute("PRAGMA table_info(agreements)"))
    db.execute(new_sql)
    db.execute(f"INSERT INTO agreements_new ({columns}) SELECT {columns.replace('[carried_from_id]', 'NULL')} "
               "FROM agreements")
    db.execute("CREATE TEMP TABLE m010_carried AS SELECT id, carried_from_id FROM agreements "
               "WHERE carried_from_id IS NOT NULL")
    db.execute("DROP TABLE agreements")
    db.execute("ALTER TABLE agreements_new RENAME TO agreements")
    db.execute("UPDATE agreements SET carried_from_id = (SELECT c.carried_from_id FROM m010_carried c "
               "WHERE c.id = agreements.id) WHERE id IN (SELECT id FROM m010_carried)")
    db.execute("DROP TABLE m010_carried")
    for statement in extras:
        db.execute(statement)
    db.execute("CREATE INDEX agreements_plan_import ON agreements(plan_import_id)")


# The report (Selvevaluering) reads every meeting of a period with who came, its agreements and its
# plan's sign-off: 2,000 cases and three years of meetings in well under 300 ms only if SQLite reads
# these narrow indexes instead of the wide rows (a meeting's texts, an invitee's role text, a signed plan's content,
# which every column after it in the row is stored behind), and the changes of trin and niveau from a
# partial index of the cases' updates instead of pages of the whole audit (and the contacts kept during a
# wait from one of the waiting periods' updates).
SCHEMA_11 = """
CREATE INDEX report_meetings ON meetings(starts_at, state, case_id, requested_on, started_at, form, (purpose <> ''));
CREATE INDEX report_invitees ON invitees(meeting_id, role_key, sector, attendance, invited_sequence);
CREATE INDEX report_agreements ON agreements(meeting_id, case_id, status, status_meeting_id, deadline, ongoing,
    carried_from_id);
CREATE INDEX report_plan_versions ON plan_versions(meeting_id, signed_at);
CREATE INDEX report_plan_exports ON plan_exports(plan_version_id, kind);
CREATE INDEX report_members ON members(case_id, sector, is_contact);
CREATE INDEX report_case_changes ON audit(row_id, at, changes) WHERE table_name = 'cases' AND action = 'update';
CREATE INDEX report_waiting_changes ON audit(row_id, at, changes) WHERE table_name = 'waiting_periods'
    AND action = 'update';
"""


@migrations(name="m011_report")
def m011_report(db: Database) -> None:
    run_script(db, SCHEMA_11)


# The overview (Overblik) is where the window opens: with 2,000 cases its facts took ~250 ms on the
# encrypted file, because each query read wide rows (a meeting's texts, a signed plan's content, every
# agreement) to look at two or three narrow columns – and every page read is a page decrypted. These
# indexes hold exactly what the overview asks: its meetings by state; whether a case has a later
# meeting held; the approvals still missing; the latest signed plan version; the open agreements
# due (a partial index of the open ones only, the texts the overview shows included); and the day
# and state of the meeting an agreement was made at. meetings_case and approvals_meeting become
# the wider indexes they are a prefix of.
SCHEMA_12 = """
CREATE INDEX desk_meetings ON meetings(state, starts_at, requested_on, case_id, requested_by, update_pending);
CREATE INDEX desk_meeting_times ON meetings(id, starts_at, state);
DROP INDEX meetings_case;
CREATE INDEX meetings_case ON meetings(case_id, state, starts_at);
DROP INDEX approvals_meeting;
CREATE INDEX approvals_meeting ON approvals(meeting_id, version, approved);
CREATE INDEX desk_plan_versions ON plan_versions(meeting_id, version, signed_at);
CREATE INDEX desk_open_agreements ON agreements(deadline, case_id, meeting_id, plan_import_id, ongoing,
    status_meeting_id, sector, responsible_name, status_note, what) WHERE status = 'open';
"""


@migrations(name="m012_desk")
def m012_desk(db: Database) -> None:
    run_script(db, SCHEMA_12)
