"""One case written into a handover bundle (see bundle.py for the file), and the handover recorded.

What goes into the bundle is found through the database's own foreign keys (erasure_rows.live_rows,
the same walk that erasure uses), so a table a later schema step adds to a case comes along without
touching this file: the case, its network, consents, exchanges, the stafetlog, meetings with their
invitees, agenda, minutes, agreements and approvals, every plan version with its fingerprint and
canonical content, exports and filings – plus the persons those rows refer to. Rows keep their ids
in the bundle (it is a new database); a reference to a row outside the case (an agreement carried over
from another case) is left out. The attached files go into a table of the bundle's own, `bundle_files`,
and a few facts about the handover into `bundle_info`. Neither the audit nor the access log goes
along: they are this laptop's record.
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kitdesk.domain.dates import fmt_date, local_today, to_utc_iso, utc_now
from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.db import open_connection, wrap
from kitdesk.store.erasure_rows import Graph, ids_json, live_rows
from kitdesk.store.handover.bundle import SUFFIX, derive, new_passphrase, temp_path, write_bundle_file
from kitdesk.store.keys import DEFAULT_KDF, KdfParams

HANDED_OVER = "handover_out"
RECEIVED = "handover_in"
# Columns that name a row of another table without a foreign key; remapped like one on import.
SOFT_REFERENCES = {("meetings", "current_item_id"): "agenda_items"}
BUNDLE_TABLES = """
CREATE TABLE bundle_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE bundle_files (exchange_id INTEGER PRIMARY KEY, name TEXT NOT NULL, data BLOB NOT NULL)
"""
NO_CASE = message("handover.no_case", "Sagen findes ikke (længere). Intet er overdraget.",
                  "The case does not exist (any more). Nothing was handed over.")
FILE_MISSING = message(
    "handover.file_missing",
    "Det vedhæftede bilag {name} findes ikke længere i datamappen, så sagen kan ikke overdrages hel. Intet er "
    "overdraget.",
    "The attached document {name} is no longer in the data folder, so the case cannot be handed over whole. "
    "Nothing was handed over.")
NOT_WRITTEN = message("handover.not_written", "Filen kunne ikke skrives ({reason}). Intet er overdraget.",
                      "The file could not be written ({reason}). Nothing was handed over.")


@dataclass(frozen=True)
class HandedOver:
    path: Path
    passphrase: str
    case_no: str
    case_id: int


def bundle_name(case_no: str, on: date | None = None) -> str:
    """The file's name: a date and the case number only (never a name or a CPR number)."""
    from kitdesk.store.erasure import case_folder_name

    return f"Overdragelse_{(on or local_today()).isoformat()}_{case_folder_name(case_no)}{SUFFIX}"


def hand_over(store, case_id: int, target: Path, to_whom: str = "", *, kdf: KdfParams = DEFAULT_KDF,
              passphrase: str | None = None) -> HandedOver:
    """Write the case into `target` (a file, or a folder to put bundle_name() in) under a new one-time
    passphrase, then record the handover in the stafetlog and the access log. Nothing is recorded
    unless the file was written whole."""
    case = store.query("SELECT id, case_no FROM cases WHERE id = ?", [case_id])
    if not case:
        raise Refusal(NO_CASE)
    case_no = case[0]["case_no"]
    target = Path(target)
    if target.is_dir():
        target = target / bundle_name(case_no)
    passphrase = passphrase or new_passphrase()
    salt = secrets.token_bytes(16)
    keys = derive(passphrase, salt, kdf)
    sender = store.settings.get("user_name") or "Ukendt bruger"
    to_whom = " ".join(to_whom.split())
    now = to_utc_iso(utc_now())
    text = handover_text(sender, to_whom, now)
    temp = _temp_path(store)
    try:
        _build(store, case_id, temp, keys.database, {"case_id": str(case_id), "sender": sender, "to": to_whom,
                                                     "sent_at": now, "log_text": text})
        try:
            write_bundle_file(target, temp.read_bytes(), salt, keys, kdf)
        except OSError as exc:
            raise Refusal(NOT_WRITTEN, reason=exc.strerror or type(exc).__name__) from exc
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{suffix}").unlink(missing_ok=True)
    with store.transaction() as w:
        store.baton_log.add_event(w, case_id, HANDED_OVER, text)
        store.cases.touch(w, case_id)
    store.access_log.record("case_handed_over", "cases", case_id, case_id)
    return HandedOver(target, passphrase, case_no, case_id)


def handover_text(sender: str, to_whom: str, at_utc: str) -> str:
    from kitdesk.domain.dates import from_utc_iso, to_local

    when = fmt_date(to_local(from_utc_iso(at_utc)).date())
    return f"Sagen er overdraget fra {sender} til {to_whom or 'en anden KIT Desk'} den {when}."


def handed_over(store, case_id: int) -> str | None:
    """The text of the handover, when the case's latest handover entry says it left this laptop."""
    row = store.conn.execute(
        "SELECT kind, text FROM log_entries WHERE case_id = ? AND kind IN (?, ?) ORDER BY at DESC, id DESC LIMIT 1",
        [case_id, HANDED_OVER, RECEIVED]).fetchone()
    return row[1] if row and row[0] == HANDED_OVER else None


def _temp_path(store) -> Path:
    """Inside the data folder, beside the database: the bundle is about a child even while encrypted."""
    return temp_path(store.folder.root if store.folder is not None else Path.cwd(), "handover")


def case_rows(conn, case_id: int) -> tuple[Graph, dict[str, set[int]]]:
    """Every row of the case by table, and the persons they refer to (under "persons")."""
    graph = Graph(conn)
    live = live_rows(graph, "cases", {case_id})
    persons: set[int] = set()
    for table, ids in live.items():
        for ref in graph.parents(table):
            if ref.parent == "persons" and ids:
                persons |= {r[0] for r in conn.execute(
                    f"SELECT [{ref.columns[0]}] FROM [{table}] WHERE [{graph.key(table)}] IN "
                    f"(SELECT value FROM json_each(?))", [ids_json(ids)]) if r[0] is not None}
    live["persons"] = persons
    return graph, live


def _build(store, case_id: int, path: Path, key: bytes, info: dict[str, str]) -> None:
    from kitdesk.store import migrations
    from kitdesk.store.identity import stamp

    graph, live = case_rows(store.conn, case_id)
    conn = open_connection(path, key=key)
    try:
        migrations.apply(wrap(conn))
        stamp(conn)
        conn.execute("BEGIN IMMEDIATE")
        for statement in BUNDLE_TABLES.split(";\n"):
            conn.execute(statement)
        conn.execute("PRAGMA defer_foreign_keys = ON")
        signed: list[int] = []
        for table in ["persons", *graph.reachable("cases")]:
            ids = live.get(table)
            if ids:
                _copy_table(store.conn, conn, graph, live, table, ids, signed)
        # A signed meeting's minutes, agreements and invitees cannot be inserted (m004's triggers): the
        # meeting went in as held, and is signed now that everything under it is in.
        conn.execute("UPDATE meetings SET state = 'signed' WHERE id IN (SELECT value FROM json_each(?))",
                     [ids_json(signed)])
        conn.executemany("INSERT INTO bundle_info (key, value) VALUES (?, ?)", sorted(info.items()))
        _copy_files(store, conn, live.get("exchanges", set()))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def _copy_table(source, dest, graph: Graph, live: dict[str, set[int]], table: str, ids: set[int],
                signed: list[int]) -> None:
    key = graph.key(table)
    # Self-references too (an agreement carried over from an earlier one).
    outside = [(ref.columns[0], ref.parent) for ref in graph.all if ref.table == table]
    cursor = source.execute(f"SELECT * FROM [{table}] WHERE [{key}] IN (SELECT value FROM json_each(?)) "
                            f"ORDER BY [{key}]", [ids_json(ids)])
    names = [d[0] for d in cursor.description]
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        for column, parent in outside:
            if row.get(column) is not None and row[column] not in live.get(parent, ()):
                row[column] = None  # a row of another case: not handed over
        if table == "meetings" and row["state"] == "signed":
            row["state"] = "held"
            signed.append(row["id"])
        dest.execute(f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in row)}) "
                     f"VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def _copy_files(store, dest, exchange_ids: set[int]) -> None:
    if not exchange_ids:
        return
    for exchange_id, file_name, stored_file in store.conn.execute(
            "SELECT id, file_name, stored_file FROM exchanges WHERE stored_file != '' AND id IN "
            "(SELECT value FROM json_each(?)) ORDER BY id", [json.dumps(sorted(exchange_ids))]).fetchall():
        path = store.folder.root / stored_file if store.folder is not None else Path(stored_file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise Refusal(FILE_MISSING, name=file_name or os.path.basename(stored_file)) from exc
        dest.execute("INSERT INTO bundle_files (exchange_id, name, data) VALUES (?, ?, ?)",
                     [exchange_id, Path(stored_file).name, data])
