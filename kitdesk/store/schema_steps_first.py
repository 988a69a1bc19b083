"""The first release's schema steps, m001–m006: the case file, meetings, live minutes, plans and
their freeze once signed, erasure. Released: never edited (see kitdesk.store.migrations)."""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("kitdesk")


def run_script(db: Database, script: str) -> None:
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
    run_script(db, SCHEMA_1)


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
    run_script(db, SCHEMA_2)


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
    run_script(db, SCHEMA_3)


# The cross-sector plan: approvals, frozen versions, the files exported of them. Once a version is
# signed, the database itself refuses to change it or the working copy it was taken from; only a new
# version (the meeting back to 'held') opens the working copy again.
_SIGNED = "(SELECT state FROM meetings WHERE id = {row}.meeting_id) = 'signed'"
_FROZEN = "BEGIN SELECT RAISE(ABORT, 'signed plan: open a new version to change it'); END"


def freeze_when_signed(table: str, columns: str) -> str:
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
    freeze_when_signed("minutes", "perspective, challenges, resources, development, misc, next_meeting_at, "
                       "next_meeting_not_agreed, no_new_agreements"),
    freeze_when_signed("item_notes", "discussion"),
    freeze_when_signed("agreements", "what, responsible_invitee_id, responsible_name, sector, deadline, ongoing, follow_up, "
                          "agenda_item_id, position, carried_from_id, meeting_id"),
    freeze_when_signed("invitees", "name, organisation, sector, role_key, role_text, attendance, is_chair, is_minute_taker, "
                        "walk_in, meeting_id"),
    freeze_when_signed("agenda_items", "title, minutes, description, responsible_id, position, meeting_id"),
]) + "\n"


@migrations(name="m004_plans")
def m004_plans(db: Database) -> None:
    run_script(db, SCHEMA_4)


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
    run_script(db, SCHEMA_5)


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
    run_script(db, SCHEMA_6)
