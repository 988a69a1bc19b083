"""Schema steps, forward only. Each runs in its own transaction (sqlite_utils.Migrations).

A released step is never edited: add a new one. tests/data/ keeps a database of every released
schema, and tests/store/test_migrations.py upgrades each of them.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("kitdesk")

def _run(db: Database, script: str) -> None:
    """A step's SQL, statement by statement (each ends with ";" and a line break)."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


SCHEMA_1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'other',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_no TEXT NOT NULL UNIQUE,
    child_name TEXT NOT NULL,
    birth_date TEXT,
    cpr TEXT,
    school TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    phase TEXT NOT NULL,
    step INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 4),
    level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
    waiting_for TEXT NOT NULL DEFAULT '',
    waiting_since TEXT,
    opened_on TEXT,
    closed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_activity TEXT NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons(id),
    role TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL,
    is_contact INTEGER NOT NULL DEFAULT 0,
    is_baton_holder INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (case_id, person_id)
);
CREATE INDEX members_case ON members(case_id);
CREATE INDEX members_person ON members(person_id);
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    given_by TEXT NOT NULL,
    giver_kind TEXT NOT NULL,
    sectors TEXT NOT NULL DEFAULT '[]',
    information TEXT NOT NULL DEFAULT '',
    given_on TEXT NOT NULL,
    form TEXT NOT NULL,
    valid_until TEXT,
    withdrawn_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX consents_case ON consents(case_id);
CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    exchanged_on TEXT NOT NULL,
    from_sector TEXT NOT NULL,
    to_sector TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    stored_file TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX exchanges_case ON exchanges(case_id);
CREATE TABLE log_entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    corrects_id INTEGER REFERENCES log_entries(id)
);
CREATE INDEX log_entries_case ON log_entries(case_id, at);
-- The baton log is append-only: the database itself refuses edits.
CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
BEGIN SELECT RAISE(ABORT, 'log entries are never edited'); END;
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes TEXT NOT NULL
);
CREATE INDEX audit_row ON audit(table_name, row_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are never edited'); END;
"""


@migrations(name="m001_case_file")
def m001_case_file(db: Database) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    # Statements end in ";\n"; a trigger's inner ";" is followed by a space.
    _run(db, SCHEMA_1)


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def apply(db: Database) -> None:
    migrations.apply(db)


SCHEMA_2 = """
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'draft'
        CHECK (state IN ('draft', 'invited', 'running', 'held', 'signed', 'cancelled')),
    requested_by TEXT NOT NULL DEFAULT 'buc',
    request_note TEXT NOT NULL DEFAULT '',
    requested_on TEXT,
    starts_at TEXT,
    ends_at TEXT,
    form TEXT NOT NULL DEFAULT 'physical',
    place TEXT NOT NULL DEFAULT '',
    video_link TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    late_reason TEXT NOT NULL DEFAULT '',
    virtual_asked INTEGER NOT NULL DEFAULT 0,
    consent_override TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE,
    sequence INTEGER NOT NULL DEFAULT 0,
    update_pending INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NOT NULL DEFAULT '',
    sent_folder TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_case ON meetings(case_id);
CREATE INDEX meetings_start ON meetings(starts_at);
CREATE TABLE invitees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT 'other',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    role_key TEXT NOT NULL DEFAULT '',
    role_text TEXT NOT NULL DEFAULT '',
    is_chair INTEGER NOT NULL DEFAULT 0,
    is_minute_taker INTEGER NOT NULL DEFAULT 0,
    gp_spoken_to INTEGER NOT NULL DEFAULT 0,
    gp_paid INTEGER NOT NULL DEFAULT 0,
    answer TEXT NOT NULL DEFAULT 'pending'
        CHECK (answer IN ('pending', 'attending', 'declined', 'wants_others')),
    attend_mode TEXT NOT NULL DEFAULT '',
    answer_note TEXT NOT NULL DEFAULT '',
    invited_sequence INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX invitees_meeting ON invitees(meeting_id);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    responsible_id INTEGER REFERENCES invitees(id) ON DELETE SET NULL,
    minutes INTEGER NOT NULL DEFAULT 10 CHECK (minutes BETWEEN 0 AND 600),
    created_at TEXT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
"""


@migrations(name="m002_meetings")
def m002_meetings(db: Database) -> None:
    _run(db, SCHEMA_2)


SCHEMA_3 = """
ALTER TABLE invitees ADD COLUMN attendance TEXT NOT NULL DEFAULT '';
ALTER TABLE invitees ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN current_item_id INTEGER;
ALTER TABLE meetings ADD COLUMN started_at TEXT;
ALTER TABLE meetings ADD COLUMN ended_at TEXT;
CREATE TABLE minutes (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    perspective TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    development TEXT NOT NULL DEFAULT '',
    misc TEXT NOT NULL DEFAULT '',
    next_meeting_at TEXT,
    next_meeting_not_agreed INTEGER NOT NULL DEFAULT 0,
    no_new_agreements INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE item_notes (
    agenda_item_id INTEGER PRIMARY KEY REFERENCES agenda_items(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    discussion TEXT NOT NULL DEFAULT '',
    internal_note TEXT NOT NULL DEFAULT '',
    used_seconds INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX item_notes_meeting ON item_notes(meeting_id);
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    what TEXT NOT NULL DEFAULT '',
    responsible_invitee_id INTEGER REFERENCES invitees(id) ON DELETE SET NULL,
    responsible_name TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    ongoing INTEGER NOT NULL DEFAULT 0,
    follow_up TEXT NOT NULL DEFAULT '',
    carried_from_id INTEGER REFERENCES agreements(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'continued', 'dropped')),
    status_note TEXT NOT NULL DEFAULT '',
    status_meeting_id INTEGER REFERENCES meetings(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX agreements_meeting ON agreements(meeting_id, position);
CREATE INDEX agreements_case ON agreements(case_id, status);
"""


@migrations(name="m003_live_minutes")
def m003_live_minutes(db: Database) -> None:
    _run(db, SCHEMA_3)


# The cross-sector plan: approvals, frozen versions, the files exported of them. Once a version is
# signed, the database itself refuses to change it or the working copy it was taken from; only a new
# version (the meeting back to 'held') opens the working copy again.
_SIGNED = "(SELECT state FROM meetings WHERE id = {row}.meeting_id) = 'signed'"
_FROZEN = "BEGIN SELECT RAISE(ABORT, 'signed plan: open a new version to change it'); END"


def _freeze(table: str, columns: str) -> str:
    return "\n".join([
        f"CREATE TRIGGER {table}_frozen_update BEFORE UPDATE OF {columns} ON {table} "
        f"WHEN {_SIGNED.format(row='OLD')} {_FROZEN};",
        f"CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table} WHEN {_SIGNED.format(row='NEW')} {_FROZEN};",
        f"CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table} WHEN {_SIGNED.format(row='OLD')} {_FROZEN};",
    ])


SCHEMA_4 = "\n".join([
    """
CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    reason TEXT NOT NULL DEFAULT '',
    content TEXT,
    fingerprint TEXT,
    signed_at TEXT,
    signed_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (meeting_id, version)
);
CREATE TRIGGER plan_versions_signed_no_update BEFORE UPDATE ON plan_versions WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed plan: a signed version is never changed'); END;
CREATE TRIGGER plan_versions_signed_no_delete BEFORE DELETE ON plan_versions WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed plan: a signed version is never deleted'); END;
CREATE TABLE approvals (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    version INTEGER NOT NULL DEFAULT 1,
    invitee_id INTEGER REFERENCES invitees(id) ON DELETE SET NULL,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT 'other',
    approved INTEGER NOT NULL DEFAULT 0,
    approved_on TEXT,
    how TEXT NOT NULL DEFAULT '' CHECK (how IN ('', 'in_meeting', 'email', 'phone')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX approvals_meeting ON approvals(meeting_id, version);
CREATE TRIGGER approvals_signed_no_update BEFORE UPDATE ON approvals WHEN EXISTS (SELECT 1 FROM plan_versions p
    WHERE p.meeting_id = OLD.meeting_id AND p.version = OLD.version AND p.signed_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'signed plan: its approvals are never changed'); END;
CREATE TRIGGER approvals_signed_no_delete BEFORE DELETE ON approvals WHEN EXISTS (SELECT 1 FROM plan_versions p
    WHERE p.meeting_id = OLD.meeting_id AND p.version = OLD.version AND p.signed_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'signed plan: its approvals are never changed'); END;
CREATE TABLE plan_exports (
    id INTEGER PRIMARY KEY,
    plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'plan' CHECK (kind IN ('plan', 'summary')),
    include_cpr INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    exported_at TEXT NOT NULL
);
CREATE INDEX plan_exports_sha ON plan_exports(sha256);
CREATE TRIGGER plan_exports_no_update BEFORE UPDATE ON plan_exports
BEGIN SELECT RAISE(ABORT, 'export records are never edited'); END;
CREATE TRIGGER meetings_frozen_update BEFORE UPDATE OF purpose, starts_at, ends_at, form, place, video_link, phone
    ON meetings WHEN OLD.state = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed plan: open a new version to change it'); END;
""",
    _freeze("minutes", "perspective, challenges, resources, development, misc, next_meeting_at, "
                       "next_meeting_not_agreed, no_new_agreements"),
    _freeze("item_notes", "discussion"),
    _freeze("agreements", "what, responsible_invitee_id, responsible_name, sector, deadline, ongoing, follow_up, "
                          "agenda_item_id, position, carried_from_id, meeting_id"),
    _freeze("invitees", "name, organisation, sector, role_key, role_text, attendance, is_chair, is_minute_taker, "
                        "walk_in, meeting_id"),
    _freeze("agenda_items", "title, minutes, description, responsible_id, position, meeting_id"),
]) + "\n"


@migrations(name="m004_plans")
def m004_plans(db: Database) -> None:
    _run(db, SCHEMA_4)


# A signed meeting stays signed: the only way back to 'held' is a new plan version, which
# PlansRepo.open_new_version inserts (unsigned, after the latest signed one) before it moves the
# meeting. Any other UPDATE – a stray Writer.update, a tool, a hand-edited file – is refused; the
# message starts with "signed plan" like m004's, so db.describe_error says db.SIGNED_MESSAGE.
SCHEMA_5 = """
CREATE TRIGGER meetings_signed_stays_signed BEFORE UPDATE OF state ON meetings
WHEN OLD.state = 'signed' AND NEW.state IS NOT 'signed' AND NOT (NEW.state = 'held' AND EXISTS (
    SELECT 1 FROM plan_versions p WHERE p.meeting_id = OLD.id AND p.signed_at IS NULL
    AND p.version > (SELECT COALESCE(MAX(s.version), 0) FROM plan_versions s
                     WHERE s.meeting_id = OLD.id AND s.signed_at IS NOT NULL)))
BEGIN SELECT RAISE(ABORT, 'signed plan: a signed meeting goes back to held only with a new plan version'); END;
"""


@migrations(name="m005_signed_meeting_stays_signed")
def m005_signed_meeting_stays_signed(db: Database) -> None:
    _run(db, SCHEMA_5)


# Erasure (deleting a case or a person for good), demo markers and filed plans. Deleting is deliberate
# destruction, not an undoable edit: the signed plan's triggers must let it through, for that case
# alone. The erasure fills `erasing` inside its own transaction and empties it before commit; a trigger
# lets a delete pass only while the row's case (or, for a person's approvals, the person) is listed
# there. Everything else is refused exactly as before.
_ERASING_CASE = "EXISTS (SELECT 1 FROM erasing WHERE kind = 'case' AND id = {case})"
_CASE_OF_MEETING = "(SELECT case_id FROM meetings WHERE id = OLD.meeting_id)"
_APPROVAL_SIGNED = ("EXISTS (SELECT 1 FROM plan_versions p WHERE p.meeting_id = OLD.meeting_id "
                    "AND p.version = OLD.version AND p.signed_at IS NOT NULL)")
# A signed approval may change in one way only: its link to a person being erased is cleared (ON DELETE
# SET NULL); the name written on it stays, as the plan records who approved.
_PERSON_UNLINKED = (
    "(OLD.person_id IN (SELECT id FROM erasing WHERE kind = 'person') AND NEW.person_id IS NULL "
    "AND NEW.id IS OLD.id AND NEW.meeting_id IS OLD.meeting_id AND NEW.version IS OLD.version "
    "AND NEW.invitee_id IS OLD.invitee_id AND NEW.name IS OLD.name AND NEW.sector IS OLD.sector "
    "AND NEW.approved IS OLD.approved AND NEW.approved_on IS OLD.approved_on AND NEW.how IS OLD.how "
    "AND NEW.note IS OLD.note AND NEW.created_at IS OLD.created_at)")


def _frozen_delete_unless_erasing(table: str) -> str:
    return (f"DROP TRIGGER {table}_frozen_delete;\n"
            f"CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table} WHEN {_SIGNED.format(row='OLD')} "
            f"AND NOT {_ERASING_CASE.format(case=_CASE_OF_MEETING)} {_FROZEN};")


SCHEMA_6 = "\n".join([
    f"""
CREATE TABLE erasing (
    kind TEXT NOT NULL CHECK (kind IN ('case', 'person')),
    id INTEGER NOT NULL,
    PRIMARY KEY (kind, id)
);
DROP TRIGGER plan_versions_signed_no_delete;
CREATE TRIGGER plan_versions_signed_no_delete BEFORE DELETE ON plan_versions WHEN OLD.signed_at IS NOT NULL
    AND NOT {_ERASING_CASE.format(case='OLD.case_id')}
BEGIN SELECT RAISE(ABORT, 'signed plan: a signed version is never deleted'); END;
DROP TRIGGER approvals_signed_no_delete;
CREATE TRIGGER approvals_signed_no_delete BEFORE DELETE ON approvals WHEN {_APPROVAL_SIGNED}
    AND NOT {_ERASING_CASE.format(case=_CASE_OF_MEETING)}
BEGIN SELECT RAISE(ABORT, 'signed plan: its approvals are never changed'); END;
DROP TRIGGER approvals_signed_no_update;
CREATE TRIGGER approvals_signed_no_update BEFORE UPDATE ON approvals WHEN {_APPROVAL_SIGNED}
    AND NOT {_PERSON_UNLINKED}
BEGIN SELECT RAISE(ABORT, 'signed plan: its approvals are never changed'); END;
ALTER TABLE cases ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0;
ALTER TABLE persons ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0;
CREATE TABLE plan_filings (
    id INTEGER PRIMARY KEY,
    plan_version_id INTEGER NOT NULL UNIQUE REFERENCES plan_versions(id),
    filed_on TEXT NOT NULL,
    filed_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
""",
    *(_frozen_delete_unless_erasing(t) for t in ("minutes", "item_notes", "agreements", "invitees", "agenda_items")),
]) + "\n"


@migrations(name="m006_erasure")
def m006_erasure(db: Database) -> None:
    _run(db, SCHEMA_6)


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
    _run(db, SCHEMA_7)


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
    _freeze("minutes", "perspective, challenges, resources, development, misc, next_meeting_at, "
                       "next_meeting_not_agreed, no_new_agreements, child_words, discharge_handover, "
                       "discharge_medication, discharge_family_contact").split("\n")[0],
]) + "\n"


@migrations(name="m008_closer_to_kit")
def m008_closer_to_kit(db: Database) -> None:
    _run(db, SCHEMA_8)


# The walk through every screen (issue 11): a person's postal address, printed on the invitation
# letter sent by post to someone without e-mail.
SCHEMA_9 = """
ALTER TABLE persons ADD COLUMN address TEXT NOT NULL DEFAULT '';
"""


@migrations(name="m009_screen_walk")
def m009_screen_walk(db: Database) -> None:
    _run(db, SCHEMA_9)


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
    _run(db, SCHEMA_10)
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
    _run(db, SCHEMA_11)


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
    _run(db, SCHEMA_12)
