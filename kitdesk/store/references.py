"""What refers to what in the database, read from the database itself once per connection.

Writer.delete needs this to do by hand what ON DELETE CASCADE and ON DELETE SET NULL would do behind
its back: rows that SQLite removes or changes on its own are in no journal and no audit row, so an
undo could not put them back. Read with PRAGMA foreign_key_list rather than written down here, so a
new schema step's foreign keys are covered without touching this file.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kitdesk.store.db import Connection

import re
from dataclasses import dataclass

from kitdesk.domain.refusal import Refusal, Words, message

# ON DELETE actions the writer carries out itself before deleting the row referred to.
CASCADE, SET_NULL, SET_DEFAULT = "CASCADE", "SET NULL", "SET DEFAULT"
WRITER_ACTIONS = (CASCADE, SET_NULL, SET_DEFAULT)

# A trigger that refuses every update of a table, without a WHEN or a column list: the table is
# append-only (the baton log, the audit, the record of exported plans). Its rows are never deleted.
_NEVER_EDITED = re.compile(r"\bBEFORE\s+UPDATE\s+ON\s+\[?(\w+)\]?\s+BEGIN\b", re.IGNORECASE)

# Words for the refusals. A table not named here is still refused, in general words.
_THING = {
    "cases": Words("Sagen", "The case"), "persons": Words("Personen", "The person"),
    "members": Words("Pladsen i netværket", "The place in the network"), "meetings": Words("Mødet", "The meeting"),
    "invitees": Words("Deltageren", "The participant"), "agenda_items": Words("Dagsordenspunktet", "The agenda item"),
    "agreements": Words("Aftalen", "The agreement"), "plan_versions": Words("Planversionen", "The plan version"),
    "approvals": Words("Godkendelsen", "The approval"),
    "log_entries": Words("Indlægget i stafetloggen", "The entry in the baton log"),
}
_SOME_THING = Words("Det", "It")
_REFERRER = {
    "members": Words("en sags netværk", "a case's network"), "log_entries": Words("stafetloggen", "the baton log"),
    "audit": Words("ændringsloggen", "the change log"), "plan_exports": Words("en udskrevet plan", "a plan written out"),
    "agreements": Words("en aftale", "an agreement"), "invitees": Words("en deltager i et møde", "a participant in a meeting"),
    "approvals": Words("en godkendelse af en plan", "an approval of a plan"),
    "plan_versions": Words("en version af en plan", "a version of a plan"),
}
_SOMETHING_ELSE = Words("andre oplysninger", "other records")
class DeleteRefused(Refusal):
    """A delete that would lose rows an undo could not put back, or that other rows still need.
    Nothing was deleted."""


NEVER_DELETED = message(
    "delete.referred_never_deleted", "{thing} kan ikke slettes: {referrer} henviser hertil, og {referrer} slettes "
    "aldrig. Intet er slettet.",
    "{thing} cannot be deleted: {referrer} refers to it, and {referrer} is never deleted. Nothing was deleted.")
STILL_REFERRED = message(
    "delete.still_referred", "{thing} kan ikke slettes, så længe {referrer} henviser hertil. Fjern det først – intet "
    "er slettet.",
    "{thing} cannot be deleted while {referrer} refers to it. Remove that first – nothing was deleted.")
STILL_REFERRED_ELSEWHERE = message(
    "delete.still_referred_elsewhere",
    "Det kan ikke slettes, så længe andre oplysninger henviser hertil. Intet er slettet.",
    "It cannot be deleted while other records refer to it. Nothing was deleted.")


@dataclass(frozen=True)
class Reference:
    """One foreign key: rows of `table` refer through `columns` to `parent_columns` of `parent`."""

    table: str
    columns: tuple[str, ...]
    parent: str
    parent_columns: tuple[str, ...]
    on_delete: str  # CASCADE, SET NULL, SET DEFAULT, RESTRICT or NO ACTION

    @property
    def name(self) -> str:
        return f"{self.table}({', '.join(self.columns)}) → {self.parent} ON DELETE {self.on_delete}"


def foreign_keys(conn: Connection) -> list[Reference]:
    """Every foreign key in the database, as PRAGMA foreign_key_list reports it."""
    found = []
    keys = {}
    for table in _tables(conn):
        grouped: dict[int, list] = {}
        for fk_id, _seq, parent, column, parent_column, _on_update, on_delete, _match in conn.execute(
                f"PRAGMA foreign_key_list([{table}])"):
            grouped.setdefault(fk_id, []).append((column, parent_column, parent, on_delete.upper()))
        for parts in grouped.values():
            parent = parts[0][2]
            parent_columns = tuple(p[1] for p in parts)
            if None in parent_columns:  # "REFERENCES t" without a column: t's primary key
                if parent not in keys:
                    keys[parent] = _primary_key(conn, parent)
                parent_columns = keys[parent]
            found.append(Reference(table, tuple(p[0] for p in parts), parent, parent_columns, parts[0][3]))
    return found


class References:
    """The foreign keys and row keys of one connection's database, read on first use and kept."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._keys: dict[str, str] = {}
        self._to: dict[str, tuple[Reference, ...]] | None = None
        self._blocking: dict[str, tuple[Reference, ...]] = {}
        self._append_only: frozenset[str] = frozenset()

    def key(self, table: str) -> str:
        """The column that names one row: `id` in most tables, `agenda_item_id` in item_notes."""
        key = self._keys.get(table)
        if key is None:
            columns = _primary_key(self._conn, table)
            key = self._keys[table] = columns[0] if len(columns) == 1 else "rowid"
        return key

    def to(self, table: str) -> tuple[Reference, ...]:
        """The references to `table` that SQLite would act on when one of its rows is deleted."""
        to = self._to if self._to is not None else self._read()
        return to.get(table, ())

    def append_only(self, table: str) -> bool:
        if self._to is None:
            self._read()
        return table in self._append_only

    def refusal(self, ref: Reference) -> DeleteRefused:
        """Why a row of ref.parent cannot be deleted while rows of ref.table refer to it."""
        return DeleteRefused(NEVER_DELETED if self.append_only(ref.table) else STILL_REFERRED,
                             thing=_THING.get(ref.parent, _SOME_THING),
                             referrer=_REFERRER.get(ref.table, _SOMETHING_ELSE))

    def blocking(self, table: str) -> tuple[Reference, ...]:
        """References to `table` that make SQLite refuse the delete (NO ACTION, RESTRICT)."""
        if self._to is None:
            self._read()
        return self._blocking.get(table, ())

    def _read(self) -> dict[str, tuple[Reference, ...]]:
        to: dict[str, list[Reference]] = {}
        blocking: dict[str, list[Reference]] = {}
        # Cascades before SET NULL: a row about to be deleted anyway need not be unlinked first.
        for ref in sorted(foreign_keys(self._conn), key=lambda r: r.on_delete != CASCADE):
            (to if ref.on_delete in WRITER_ACTIONS else blocking).setdefault(ref.parent, []).append(ref)
        self._to = {parent: tuple(refs) for parent, refs in to.items()}
        self._blocking = {parent: tuple(refs) for parent, refs in blocking.items()}
        triggers = self._conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")
        self._append_only = frozenset(m.group(1) for (sql,) in triggers for m in [_NEVER_EDITED.search(sql)] if m)
        return self._to


def _tables(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _primary_key(conn: Connection, table: str) -> tuple[str, ...]:
    columns = sorted((pk, name) for _cid, name, _type, _notnull, _default, pk in conn.execute(
        f"PRAGMA table_info([{table}])") if pk)
    return tuple(name for _pk, name in columns) or ("rowid",)
