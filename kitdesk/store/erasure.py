"""Erasure: a case, or a person, deleted for good – not an undoable edit.

What goes, in one transaction: every row of the case in every table (found through the foreign keys,
see erasure_rows), the signed plan versions, approvals, minutes and the baton log included (the
schema's triggers let these deletes through only while `erasing` lists the case), and the audit rows
holding their values. One audit row stays: that a case (or a person) was erased, by whom and when –
its internal id, nothing of what it held. After the commit: the files attached to the case's
exchanges and its exports inside the data folder are overwritten and removed, and the WAL is
checkpointed and truncated so that it keeps no old page. Deleted content in the database file itself
is zeroed by `secure_delete`, which every connection sets. A crash between the commit and the files
leaves files/<id of no case>/ behind: the next erasure removes it.

Backups are not rewritten: they hold the data until rotation removes them (see backup_expiry).
Nothing here imports sqlite3: errors are caught through db.DatabaseErrors, which with SQLCipher are
sqlcipher3's.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.db import DatabaseErrors
from kitdesk.store.erasure_rows import Graph, audit_rows, ids_json, live_rows

ERASED_CASE = {"erased": "case"}
ERASED_PERSON = {"erased": "person"}
# "IN (list of ids)" with the ids as one JSON parameter: no limit on how many.
IN_IDS = "IN (SELECT value FROM json_each(?))"
NO_CASE = message("erase.no_case", "Sagen findes ikke (længere). Intet er slettet.",
                  "The case does not exist (any more). Nothing was deleted.")
NO_PERSON = message("erase.no_person", "Personen findes ikke (længere). Intet er slettet.",
                    "The person does not exist (any more). Nothing was deleted.")
OTHER_CASE = message(
    "erase.other_case",
    "Sagen kan ikke slettes, fordi en anden sag henviser til den (fx en aftale, der er ført videre). Intet er "
    "slettet.",
    "The case cannot be deleted, because another case refers to it (an agreement carried over, say). Nothing was "
    "deleted.")
IN_NETWORK_OF_ONE = message(
    "erase.in_network_of_one",
    "Personen er med i netværket i sagen {cases}. Fjern personen fra netværket dér først (fanen Netværk i sagen) "
    "– intet er slettet.",
    "The person is in the network of the case {cases}. Remove the person from that network first (the case's "
    "Network tab) – nothing was deleted.")
IN_NETWORK_OF_SEVERAL = message(
    "erase.in_network_of_several",
    "Personen er med i netværket i sagerne {cases}. Fjern personen fra netværket dér først (fanen Netværk i sagen) "
    "– intet er slettet.",
    "The person is in the network of the cases {cases}. Remove the person from those networks first (the case's "
    "Network tab) – nothing was deleted.")


class ErasureRefused(Refusal):
    """An erasure that cannot be done; the message says what to do. Nothing was deleted."""


@dataclass
class Erased:
    """What an erasure removed, for the message after it."""

    case_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    rows: int = 0
    audit_rows: int = 0
    files_removed: int = 0
    files_left: list[Path] = field(default_factory=list)  # could not be removed (open in another program)
    wal_cleared: bool = True
    first_created: date | None = None  # the oldest of the erased records: backups before it never held them
    erased_at: float = 0.0  # time.time() of the commit


def case_folder_name(case_no: str) -> str:
    """The case's folder under exports/: as the screens that export name it (ui/meeting_send._safe)."""
    return re.sub(r"[^\w.\-]+", "_", case_no, flags=re.ASCII).strip("._") or "sag"


def person_blockers(store, person_id: int) -> list[tuple[int, str, str]]:
    """The cases whose network the person is in: (case id, case number, child's name)."""
    return store.persons.case_names(person_id)


def person_refusal(blockers) -> ErasureRefused:
    cases = ", ".join(f"{case_no} ({child})" for _id, case_no, child in blockers)
    return ErasureRefused(IN_NETWORK_OF_ONE if len(blockers) == 1 else IN_NETWORK_OF_SEVERAL, cases=cases)


def erase_case(store, case_id: int, also_persons=()) -> Erased:
    """Erase one case and, if asked, persons who are in no other case's network."""
    return erase(store, [case_id], list(also_persons))


def erase_person(store, person_id: int) -> Erased:
    return erase(store, [], [person_id])


def erase(store, case_ids: list[int], person_ids: list[int], before_commit=None) -> Erased:
    """Erase cases and persons in one transaction, then their files, then clear the WAL.

    A person is erased only when, with these cases gone, no case's network holds them (else
    ErasureRefused, and nothing is deleted). Their links from meetings and approvals are cleared
    (ON DELETE SET NULL): the name written there stays with the meeting as its record.
    `before_commit(writer)`: more to do in the same transaction (the demo's removal uses it).
    """
    conn = store.conn
    result = Erased(case_ids=list(case_ids), person_ids=list(person_ids))
    graph = Graph(conn, store.writer.references)
    cases = {r[0]: r[1:] for r in conn.execute(
        f"SELECT id, case_no, created_at FROM cases WHERE id {IN_IDS}", [ids_json(case_ids)])}
    if len(cases) != len(set(case_ids)):
        raise ErasureRefused(NO_CASE)
    persons = {r[0]: r[1] for r in conn.execute(
        f"SELECT id, created_at FROM persons WHERE id {IN_IDS}", [ids_json(person_ids)])}
    if len(persons) != len(set(person_ids)):
        raise ErasureRefused(NO_PERSON)
    files, folders = _case_files(store, case_ids) if case_ids else ([], [])
    meetings = conn.execute(f"SELECT id, case_id FROM meetings WHERE case_id {IN_IDS}", [ids_json(case_ids)]).fetchall()
    try:
        with store.transaction() as w:
            # Rows are deleted children first; a reference left over (from another case) fails the commit.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.executemany("INSERT INTO erasing (kind, id) VALUES ('case', ?)", [[c] for c in case_ids])
            conn.executemany("INSERT INTO erasing (kind, id) VALUES ('person', ?)", [[p] for p in person_ids])
            if case_ids:
                result.rows, result.audit_rows = _erase_rows(graph, "cases", set(case_ids))
                # The access log names a case by id only (no foreign key: it outlives nothing but its
                # case); its rows about an erased case go with it.
                for case_id in case_ids:
                    result.rows += store.access_log.delete_case_rows(case_id)
            for person_id in person_ids:
                blockers = person_blockers(store, person_id)
                if blockers:
                    raise person_refusal(blockers)
            if person_ids:
                rows, audited = _erase_rows(graph, "persons", set(person_ids), tables=["persons"])
                result.rows += rows
                result.audit_rows += audited
            conn.execute("DELETE FROM erasing")
            for case_id in case_ids:
                w._audit("cases", case_id, "delete", ERASED_CASE)
                w.announce("cases", case_id, case_id)
            for meeting_id, case_id in meetings:
                w.announce("meetings", meeting_id, case_id)
            for person_id in person_ids:
                conn.execute("DELETE FROM access_log WHERE entity = 'persons' AND entity_id = ?", [person_id])
                w._audit("persons", person_id, "delete", ERASED_PERSON)
                w.announce("persons", person_id)
            w.announce("erasure", 0)
            if before_commit is not None:
                before_commit(w)
    except DatabaseErrors as exc:
        if "FOREIGN KEY" in str(exc).upper():
            raise ErasureRefused(OTHER_CASE) from exc
        raise
    result.erased_at = time.time()
    created = [c[1] for c in cases.values()] + list(persons.values())
    result.first_created = min((date.fromisoformat(c[:10]) for c in created if c), default=None)
    result.wal_cleared = clear_wal(conn)
    for path in files:
        if _shred(path):
            result.files_removed += 1
        elif path.exists():
            result.files_left.append(path)
    for emptied in folders:
        if emptied.is_dir() and not any(p.is_file() for p in emptied.rglob("*")):
            shutil.rmtree(emptied, ignore_errors=True)
    return result


def _erase_rows(graph: Graph, root: str, root_ids: set[int], tables: list[str] | None = None) -> tuple[int, int]:
    """Delete the root rows, everything that belongs to them, and their audit rows; returns the counts."""
    conn = graph.conn
    if tables is None:
        live = live_rows(graph, root, root_ids)
    else:
        live = {root: set(root_ids)}
    purge = audit_rows(graph, root, root_ids, live, tables)
    deleted = 0
    for table in graph.children_first(live):
        ids = live[table]
        if ids:
            cursor = conn.execute(f"DELETE FROM [{table}] WHERE [{graph.key(table)}] {IN_IDS}", [ids_json(ids)])
            deleted += cursor.rowcount
    for start in range(0, len(purge), 5000):
        conn.execute(f"DELETE FROM audit WHERE id {IN_IDS}", [ids_json(purge[start:start + 5000])])
    return deleted, len(purge)


def clear_wal(conn, tries: int = 20) -> bool:
    """Copy the WAL into the database file and truncate it to nothing, so that it keeps no page from
    before the erasure. False if another connection kept it busy (it is truncated when the last
    connection closes, at the latest)."""
    for _ in range(tries):
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
        time.sleep(0.05)
    return False


# -- files ----------------------------------------------------------------------------------------------

def _case_files(store, case_ids) -> tuple[list[Path], list[Path]]:
    """The files inside the data folder that belong to the cases, and the folders that hold them:
    attached documents (files/<case id>/, and each exchange's stored_file) and the exports
    (exports/<case number>/ and each meeting's sent_folder), read before the rows go."""
    folder = store.folder
    if folder is None:
        return [], []
    found: list[Path] = []
    roots = [folder.files / str(case_id) for case_id in case_ids]
    # And what an erasure interrupted after its commit (a crash, a flat battery) left of its case: the
    # attached files of a case that no longer exists.
    existing = {r[0] for r in store.conn.execute("SELECT id FROM cases")}
    if folder.files.is_dir():
        roots += [d for d in folder.files.iterdir() if d.is_dir() and d.name.isdigit() and int(d.name) not in existing]
    ids = ids_json(case_ids)
    for (stored,) in store.conn.execute(
            f"SELECT stored_file FROM exchanges WHERE case_id {IN_IDS} AND stored_file != ''",
            [ids]):
        found.append(folder.root / stored)
    names = [case_folder_name(r[0]) for r in store.conn.execute(
        f"SELECT case_no FROM cases WHERE id {IN_IDS}", [ids])]
    shared = {case_folder_name(r[0]) for r in store.conn.execute(
        f"SELECT case_no FROM cases WHERE id NOT {IN_IDS}", [ids])}
    roots += [folder.exports / name for name in names if name not in shared]
    for (sent,) in store.conn.execute(
            f"SELECT sent_folder FROM meetings WHERE case_id {IN_IDS} AND sent_folder != ''",
            [ids]):
        roots.append(Path(sent))
    # Only what lies strictly inside files/ or exports/: a sent folder the user chose elsewhere (or the
    # data folder itself) is never touched.
    places = (folder.files, folder.exports)
    roots = [root for root in roots if any(_strictly_inside(root, place) for place in places)]
    for root in roots:
        if root.is_dir():
            found += [p for p in root.rglob("*") if p.is_file() or p.is_symlink()]
        elif root.is_file():
            found.append(root)
    unique = []
    for path in found:
        if any(_strictly_inside(path, place) for place in places) and path not in unique:
            unique.append(path)
    return unique, [root for root in roots if root.is_dir()]


def _strictly_inside(path: Path, root: Path) -> bool:
    try:
        inner, outer = Path(path).resolve(), root.resolve()
    except OSError:
        return False
    return inner != outer and inner.is_relative_to(outer)


def _shred(path: Path) -> bool:
    """Overwrite a file with zeros, then remove it. (On an SSD the old blocks may survive the
    overwrite; the encrypted database is the real protection, this does what can be done.)"""
    try:
        if path.is_symlink() or not path.is_file():
            path.unlink(missing_ok=True)
            return True
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            block = b"\0" * min(size, 1 << 20) if size else b""
            written = 0
            while written < size:
                written += handle.write(block[:size - written])
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
        return True
    except OSError:
        return False


def summary_counts(store, case_id: int) -> dict[str, int]:
    """How much the case holds, for the confirmation ("3 møder, 2 godkendte planer, ...")."""
    q = store.conn.execute
    count = {
        "members": q("SELECT COUNT(*) FROM members WHERE case_id = ?", [case_id]).fetchone()[0],
        "consents": q("SELECT COUNT(*) FROM consents WHERE case_id = ?", [case_id]).fetchone()[0],
        "exchanges": q("SELECT COUNT(*) FROM exchanges WHERE case_id = ?", [case_id]).fetchone()[0],
        "files": q("SELECT COUNT(*) FROM exchanges WHERE case_id = ? AND stored_file != ''", [case_id]).fetchone()[0],
        "log_entries": q("SELECT COUNT(*) FROM log_entries WHERE case_id = ?", [case_id]).fetchone()[0],
        "meetings": q("SELECT COUNT(*) FROM meetings WHERE case_id = ?", [case_id]).fetchone()[0],
        "signed_plans": q("SELECT COUNT(*) FROM plan_versions WHERE case_id = ? AND signed_at IS NOT NULL",
                          [case_id]).fetchone()[0],
    }
    return count


def lone_persons(store, case_id: int) -> list[tuple[int, str, str, str]]:
    """The persons in this case's network who are in no other case's: (id, name, role, sector)."""
    return store.conn.execute(
        "SELECT p.id, p.name, m.role, m.sector FROM members m JOIN persons p ON p.id = m.person_id "
        "WHERE m.case_id = ? AND NOT EXISTS (SELECT 1 FROM members o WHERE o.person_id = m.person_id "
        "AND o.case_id != m.case_id) ORDER BY p.name COLLATE NOCASE", [case_id]).fetchall()


# -- what the headless command says (Danish; the window says the same through its translations) ---------

def describe_case(store, case_id: int) -> list[str]:
    """What erasing the case takes with it, and the signed plans not filed in the case system."""
    from kitdesk.domain.dates import fmt_date, to_local

    case = store.cases.get(case_id)
    n = summary_counts(store, case_id)
    parts = [_n(n["members"], "i netværket", "i netværket"), _n(n["consents"], "samtykke", "samtykker"),
             _n(n["exchanges"], "informationsudveksling", "informationsudvekslinger")
             + (f" ({_n(n['files'], 'vedhæftet fil', 'vedhæftede filer')})" if n["files"] else ""),
             _n(n["log_entries"], "indlæg i stafetloggen", "indlæg i stafetloggen"),
             _n(n["meetings"], "møde med referat", "møder med referater"),
             _n(n["signed_plans"], "godkendt plan", "godkendte planer")]
    lines = [f"Sag {case.case_no}: {case.child_name}",
             f"Slettes for altid: {', '.join(parts)} – og sagens filer i datamappens eksportmappe. "
             "Personerne i netværket bliver i kartoteket (Personer)."]
    for plan in store.plans.unfiled(case_id):
        day = f" fra netværksmødet {fmt_date(to_local(plan.starts_at).date())}" if plan.starts_at else ""
        hint = "" if plan.exported else (f" Den er ikke gemt som PDF: skriv den med 'kitdesk export-plan --meeting "
                                         f"{plan.meeting_id} --version {plan.version} --out FIL.pdf'.")
        lines.append(f"ADVARSEL: Den godkendte plan{day} (version {plan.version}) er ikke markeret som "
                     "journaliseret. Journalisér den i sagssystemet, før sagen slettes – bagefter findes den ikke i "
                     f"KIT Desk.{hint}")
    return lines


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe_result(erased: Erased, outlook, backup_error: str | None, what: str = "sagen") -> list[str]:
    """After the erasure: files left behind, and when the backups holding it are gone."""
    from kitdesk.domain.dates import fmt_date

    lines = []
    if erased.files_left:
        lines.append("Disse filer kunne ikke slettes – luk det program, der har dem åbne, og slet dem selv: "
                     + ", ".join(str(p) for p in erased.files_left))
    if backup_error:
        lines.append(f"Dagens sikkerhedskopi kunne ikke tages igen: {backup_error}")
    if not erased.wal_cleared:
        lines.append("Et andet program holdt databasen optaget: start KIT Desk og luk programmet igen, så ingen "
                     "slettede data bliver liggende i databasens arbejdsfil.")
    if outlook.gone_by is None:
        lines.append(f"Ingen sikkerhedskopi indeholder {what}.")
    else:
        held = _n(outlook.holding, "ældre sikkerhedskopi indeholder", "ældre sikkerhedskopier indeholder")
        lines.append(f"{held} stadig {what}. {'Den' if outlook.holding == 1 else 'De'} slettes automatisk senest "
                     f"{fmt_date(outlook.gone_by)} – første gang KIT Desk lukkes den dag eller senere.")
    if outlook.other_copies:
        copies = _n(len(outlook.other_copies), "kopi", "kopier")
        lines.append(f"{copies} af databasen fra før en opdatering eller en gendannelse kan også indeholde {what}; "
                     "de slettes ikke automatisk: "
                     + ", ".join(str(p) for p in outlook.other_copies))
    return lines
