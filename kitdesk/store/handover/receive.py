"""A handover bundle received: opened with its passphrase, compared with what is here, imported.

The import is one transaction on the receiving store: every row of the case goes in through the
Writer (so each has its audit row, and the screens hear of it) with new ids, references remapped; the
bundle's persons are either the directory's own (chosen by the user, see matching.py) or new. The
attached files are written into files/<new case id>/ before the commit; killed before it, the
database holds nothing of the case, and the folder of a case id that does not exist is cleared by the
next import that takes that id (and by the next erasure, see erasure.py).

A case already here (the same case number, or the same CPR number) is never changed without the user
asking: `keep_both` adds the bundle's case beside it under a case number of its own; `update` – offered
only when the bundle's case is newer – replaces this laptop's copy of the case by the bundle's, in the
same transaction, keeping its id.
"""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from kitdesk.domain.dates import fmt_date, from_utc_iso, to_local
from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.db import DatabaseErrors, connect
from kitdesk.store.erasure_rows import Graph, ids_json, live_rows
from kitdesk.store.handover.bundle import DAMAGED, IN_USE, read_bundle_file, temp_path
from kitdesk.store.handover.export import RECEIVED, SOFT_REFERENCES
from kitdesk.store.handover.matching import PersonMatch, match_persons

KEEP_BOTH, UPDATE = "keep_both", "update"
ALREADY_HERE = message(
    "receive.already_here",
    "Sagen {case_no} findes allerede her. Vælg at beholde begge – eller at opdatere sagen her fra filen, når filens "
    "udgave er nyere. Intet er ændret.",
    "The case {case_no} is already here. Choose to keep both – or to update the case here from the file, when the "
    "file's copy is newer. Nothing was changed.")
NOT_NEWER = message(
    "receive.not_newer",
    "Sagen {case_no} her er ændret senere ({here}) end udgaven i filen ({there}), så den opdateres ikke fra filen. "
    "Vælg at beholde begge. Intet er ændret.",
    "The case {case_no} here was changed later ({here}) than the copy in the file ({there}), so it is not updated "
    "from the file. Choose to keep both. Nothing was changed.")

# What "showing what differs" compares, table by table, in the words of the screens.
COUNTED = (("members", "personer i netværket"), ("consents", "samtykker"), ("exchanges", "udvekslinger"),
           ("log_entries", "indlæg i stafetloggen"), ("meetings", "netværksmøder"), ("agreements", "aftaler"),
           ("plan_versions", "planversioner"))
CASE_FIELDS = (("child_name", "Barnets navn"), ("birth_date", "Fødselsdato"), ("school", "Skole/institution"),
               ("municipality", "Kommune"), ("phase", "Forløb"), ("step", "Trin"), ("level", "Niveau"),
               ("closed_on", "Afsluttet"))


@dataclass(frozen=True)
class ExistingCase:
    id: int
    case_no: str
    here_changed: str  # UTC ISO of the last activity here
    bundle_changed: str
    differences: tuple[str, ...]

    @property
    def bundle_is_newer(self) -> bool:
        return self.bundle_changed > self.here_changed


@dataclass
class Received:
    case_id: int
    case_no: str
    matched: list[PersonMatch] = field(default_factory=list)
    created: list[str] = field(default_factory=list)  # names of the persons added to the directory
    files: int = 0
    updated: bool = False


class OpenedBundle:
    """The bundle's database, copied into the data folder and opened; close() removes the copy."""

    def __init__(self, store, path: Path, passphrase: str):
        self.path = Path(path)
        header, body, keys = read_bundle_file(self.path, passphrase)
        self._copy = temp_path(store.folder.root if store.folder is not None else Path.cwd(), "receive")
        IN_USE.add(str(self._copy))
        fd = os.open(self._copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(body)
        self._open = False
        try:
            self.conn = connect(self._copy, keys.database, isolation_level=None)
            self._open = True
            # Every page's HMAC, now: a damaged page must be said before the import, not fail it halfway.
            if self.conn.execute("PRAGMA cipher_integrity_check").fetchall():
                raise ValueError("damaged page")
            self._migrate()
            self.info = dict(self.conn.execute("SELECT key, value FROM bundle_info").fetchall())
            self.case = self._rows("SELECT * FROM cases WHERE id = ?", [int(self.info["case_id"])])[0]
            self.persons = self._rows("SELECT * FROM persons ORDER BY id")
        except (*DatabaseErrors, KeyError, IndexError, ValueError) as exc:
            self.close()
            raise Refusal(DAMAGED, name=self.path.name) from exc
        except BaseException:
            self.close()
            raise

    def _migrate(self) -> None:
        """A bundle from an older KIT Desk gets this version's schema (in the copy only)."""
        from kitdesk.store.schema import pending_steps

        if pending_steps(self.conn):
            from kitdesk.store import migrations
            from kitdesk.store.db import wrap

            migrations.apply(wrap(self.conn))

    def _rows(self, sql: str, args=()) -> list[dict]:
        cursor = self.conn.execute(sql, args)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    @property
    def sender(self) -> str:
        return self.info.get("sender", "")

    @property
    def sent_on(self) -> str:
        return fmt_date(to_local(from_utc_iso(self.info["sent_at"])).date()) if self.info.get("sent_at") else ""

    def close(self) -> None:
        if self._open:
            self.conn.close()
            self._open = False
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self._copy}{suffix}").unlink(missing_ok=True)
        IN_USE.discard(str(self._copy))

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_bundle(store, path: Path, passphrase: str) -> OpenedBundle:
    """The bundle opened, or a Refusal: not a bundle, damaged or truncated, newer, wrong passphrase."""
    return OpenedBundle(store, path, passphrase)


def person_matches(store, bundle: OpenedBundle) -> list[PersonMatch]:
    return match_persons(bundle.persons, store.query("SELECT id, name, organisation, email FROM persons"))


def existing_case(store, bundle: OpenedBundle) -> ExistingCase | None:
    """The case already here with the bundle's case number or CPR number, and how the two differ."""
    case = bundle.case
    rows = store.query("SELECT * FROM cases WHERE case_no = ? OR (? != '' AND cpr = ?) ORDER BY case_no = ? DESC",
                       [case["case_no"], case["cpr"] or "", case["cpr"] or "", case["case_no"]])
    if not rows:
        return None
    here = rows[0]
    return ExistingCase(here["id"], here["case_no"], here["last_activity"], case["last_activity"],
                        tuple(_differences(store, here, bundle)))


def _differences(store, here: dict, bundle: OpenedBundle) -> list[str]:
    there = bundle.case
    lines = []
    for column, label in CASE_FIELDS:
        if (here.get(column) or "") != (there.get(column) or ""):
            lines.append(f"{label}: »{here.get(column) or '–'}« her, »{there.get(column) or '–'}« i filen")
    for table, words in COUNTED:
        mine = store.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE case_id = ?", [here["id"]]).fetchone()[0]
        theirs = bundle.conn.execute(f"SELECT COUNT(*) FROM [{table}] WHERE case_id = ?", [there["id"]]).fetchone()[0]
        if mine != theirs:
            lines.append(f"{mine} {words} her, {theirs} i filen")
    lines.append(f"Senest ændret: {_when(here['last_activity'])} her, {_when(there['last_activity'])} i filen")
    return lines


def _when(utc_iso: str | None) -> str:
    if not utc_iso:
        return "–"
    local = to_local(from_utc_iso(utc_iso))
    return f"{fmt_date(local.date())} kl. {local:%H.%M}"


def receive(store, bundle: OpenedBundle, use_existing: dict[int, int | None], on_existing: str | None = None) -> Received:
    """Import the bundle's case. `use_existing`: bundle person id -> the directory's person to use (a
    person not named, or None, is added as new). `on_existing`: KEEP_BOTH or UPDATE when the case is
    here already (else a Refusal, nothing changed)."""
    existing = existing_case(store, bundle)
    if existing is not None and on_existing not in (KEEP_BOTH, UPDATE):
        raise Refusal(ALREADY_HERE, case_no=existing.case_no)
    if existing is not None and on_existing == UPDATE and not existing.bundle_is_newer:
        raise Refusal(NOT_NEWER, case_no=existing.case_no, here=_when(existing.here_changed),
                      there=_when(existing.bundle_changed))
    updating = existing if existing is not None and on_existing == UPDATE else None
    importer = _Importer(store, bundle)
    old_files = importer.stored_files(updating.id) if updating else []
    try:
        with store.transaction() as w:
            w.conn.execute("PRAGMA defer_foreign_keys = ON")
            if updating is not None:
                importer.remove_case(w, updating.id)
            received = importer.run(w, use_existing, keep_id=updating.id if updating else None,
                                    rename=existing is not None and updating is None)
    except BaseException:
        importer.remove_written()
        raise
    received.updated = updating is not None
    kept = set(importer.written)
    for path in old_files:
        if path not in kept:
            path.unlink(missing_ok=True)
    store.access_log.record("case_received", "cases", received.case_id, received.case_id)
    return received


class _Importer:
    def __init__(self, store, bundle: OpenedBundle):
        self.store, self.bundle = store, bundle
        self.graph = Graph(bundle.conn)
        self.ids: dict[str, dict[int, int]] = {}
        self.written: list[Path] = []
        self.fresh_id = True  # the case gets a new id (not: updated in place)

    def stored_files(self, case_id: int) -> list[Path]:
        if self.store.folder is None:
            return []
        return [self.store.folder.root / r[0] for r in self.store.conn.execute(
            "SELECT stored_file FROM exchanges WHERE case_id = ? AND stored_file != ''", [case_id])]

    def remove_case(self, w, case_id: int) -> None:
        """This laptop's copy of the case, gone inside the import's transaction (the bundle's takes its
        place and id). The signed-plan triggers let these deletes through while `erasing` lists it."""
        conn = w.conn
        graph = Graph(conn, w.references)
        live = live_rows(graph, "cases", {case_id})
        conn.execute("INSERT INTO erasing (kind, id) VALUES ('case', ?)", [case_id])
        for table in graph.children_first(live):
            conn.execute(f"DELETE FROM [{table}] WHERE [{graph.key(table)}] IN (SELECT value FROM json_each(?))",
                         [ids_json(live[table])])
        conn.execute("DELETE FROM erasing")
        w._audit("cases", case_id, "update", {"received": "bundle"})

    def run(self, w, use_existing: dict[int, int | None], keep_id: int | None, rename: bool) -> Received:
        bundle = self.bundle
        self.fresh_id = keep_id is None
        case = dict(bundle.case)
        received = Received(0, case["case_no"])
        matches = {m.bundle_id: m for m in person_matches(self.store, bundle)}
        persons = self.ids.setdefault("persons", {})
        for person in bundle.persons:
            chosen = use_existing.get(person["id"])
            if chosen is not None:
                persons[person["id"]] = chosen
                if person["id"] in matches:
                    received.matched.append(matches[person["id"]])
                continue
            row = {k: v for k, v in person.items() if k != "id"}
            persons[person["id"]] = w.insert("persons", row)
            received.created.append(person["name"])
        if rename:
            case["case_no"] = self._free_case_no(case["case_no"])
        signed: list[int] = []
        current_items: dict[int, int] = {}
        case_id = 0
        for table in self.graph.reachable("cases"):
            key = self.graph.key(table)
            refs = [r for r in self.graph.all if r.table == table]
            for row in bundle._rows(f"SELECT * FROM [{table}] ORDER BY [{key}]") if table != "cases" else [case]:
                old = row[key]
                for ref in refs:
                    value = row[ref.columns[0]]
                    if value is not None:
                        row[ref.columns[0]] = self.ids.get(ref.parent, {}).get(value)
                if table == "meetings":
                    if row["state"] == "signed":
                        row["state"] = "held"
                        signed.append(old)
                    if row.get("current_item_id") is not None:
                        current_items[old] = row["current_item_id"]
                    row["current_item_id"] = None
                    if rename or self._uid_taken(row["uid"]):
                        row["uid"] = f"{uuid.uuid4()}@kitdesk"
                    row["sent_folder"] = ""  # a folder on the sender's computer
                if table == "exchanges" and row["stored_file"]:
                    row["stored_file"] = self._write_file(old, case_id)
                    received.files += 1
                if key == "id":
                    del row["id"]
                    if table == "cases" and keep_id is not None:
                        row["id"] = keep_id
                new = w.insert(table, row, case_id or None)
                self.ids.setdefault(table, {})[old] = row.get(key, new) if key != "id" else new
                if table == "cases":
                    case_id = received.case_id = self.ids["cases"][old]
                    received.case_no = case["case_no"]
        self._finish_meetings(w, case_id, signed, current_items)
        sender, receiver = bundle.sender or "afsenderen", self.store.settings.get("user_name") or "Ukendt bruger"
        self.store.baton_log.add_event(w, case_id, RECEIVED,
                                       f"Sagen er modtaget fra {sender} af {receiver} (overdraget {bundle.sent_on}).")
        self.store.cases.touch(w, case_id)
        return received

    def _finish_meetings(self, w, case_id: int, signed: list[int], current_items: dict[int, int]) -> None:
        meetings = self.ids.get("meetings", {})
        for old, item in current_items.items():
            target = SOFT_REFERENCES[("meetings", "current_item_id")]
            new_item = self.ids.get(target, {}).get(item)
            if new_item is not None:
                w.update("meetings", meetings[old], {"current_item_id": new_item}, case_id)
        for old in signed:
            # A meeting's state is only ever moved by MeetingsRepo; here it is restored as it was sent,
            # after the rows under it (which m004's triggers refuse under a signed meeting).
            w.conn.execute("UPDATE meetings SET state = 'signed' WHERE id = ?", [meetings[old]])
            w._audit("meetings", meetings[old], "update", {"state": ["held", "signed"]})
            w.announce("meetings", meetings[old], case_id)

    def _uid_taken(self, uid: str) -> bool:
        return self.store.conn.execute("SELECT 1 FROM meetings WHERE uid = ?", [uid]).fetchone() is not None

    def _free_case_no(self, case_no: str) -> str:
        """The case number itself when it is free here (the same child under another number), else -2, -3…"""
        if not self.store.conn.execute("SELECT 1 FROM cases WHERE case_no = ?", [case_no]).fetchone():
            return case_no
        n = 2
        while self.store.conn.execute("SELECT 1 FROM cases WHERE case_no = ?", [f"{case_no}-{n}"]).fetchone():
            n += 1
        return f"{case_no}-{n}"

    def _write_file(self, exchange_id: int, case_id: int) -> str:
        folder = self.store.folder
        found = self.bundle.conn.execute("SELECT name, data FROM bundle_files WHERE exchange_id = ?",
                                         [exchange_id]).fetchone()
        if folder is None or found is None:
            return ""
        name, data = found
        target_dir = folder.files / str(case_id)
        if self.fresh_id and not self.written and target_dir.is_dir():
            # A new case's id was free: a folder of that name was left by an import killed before its
            # commit (or an erasure cut short), and holds no case's files.
            shutil.rmtree(target_dir, ignore_errors=True)
        target_dir.mkdir(parents=True, exist_ok=True)
        stem, suffix = Path(name).stem, Path(name).suffix
        target, n = target_dir / name, 1
        while target.exists():
            n += 1
            target = target_dir / f"{stem}-{n}{suffix}"
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.replace(target)
        self.written.append(target)
        return target.relative_to(folder.root).as_posix()

    def remove_written(self) -> None:
        for path in self.written:
            path.unlink(missing_ok=True)
