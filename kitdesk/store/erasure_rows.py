"""Which rows, and which audit rows, belong to the cases being erased – found through the database's
own foreign keys, so that a table a later schema step adds is covered without touching this file.

Live rows: everything that refers, directly or through other rows, to the cases (a meeting's
invitees, an agenda item's notes, an exported plan's record...). Rows of a table with a case_id
column are taken only when that case_id is one being erased, so a reference from another case is
never followed into it (the deferred foreign-key check then refuses the erasure instead).

Audit rows: the audit also keeps the values of rows that are gone already (an exchange undone, an
agenda item deleted in the meeting). Row ids are reused – undo deletes the newest row, and the next
insert takes its id again, possibly for another case – so the audit rows of one (table, row_id) are
cut into lifetimes, each beginning with an insert and ending with a delete, and each lifetime is
judged on its own: by the row it referred to at the time (its insert's case_id, meeting_id, ...),
and that row's own lifetime at that moment, up to the case.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from kitdesk.store.references import Reference, References, foreign_keys

# Tables the erasure itself uses, never erased through a reference.
_OWN = frozenset({"erasing", "audit"})
# The audit row that records an erasure: kept, always.
ERASED_MARK = '{"erased"'


def ids_json(ids) -> str:
    """A set of ids as one JSON parameter, read in SQL with json_each: no limit on the number of ids."""
    return json.dumps(sorted(ids))


class Graph:
    """The foreign keys of one database, by parent and by child."""

    def __init__(self, conn, references: References | None = None):
        self.conn = conn
        self.references = references or References(conn)
        self.all: list[Reference] = [r for r in foreign_keys(conn) if r.table not in _OWN]
        self._columns: dict[str, set[str]] = {}

    def children(self, parent: str) -> list[Reference]:
        return [r for r in self.all if r.parent == parent]

    def parents(self, child: str) -> list[Reference]:
        return [r for r in self.all if r.table == child and r.parent != child]

    def key(self, table: str) -> str:
        return self.references.key(table)

    def columns(self, table: str) -> set[str]:
        if table not in self._columns:
            self._columns[table] = {r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")}
        return self._columns[table]

    def reachable(self, root: str) -> list[str]:
        """Tables whose rows can belong to a row of `root`, parents before children (root first)."""
        seen, stack = {root}, [root]
        while stack:
            for ref in self.children(stack.pop()):
                if ref.table not in seen:
                    seen.add(ref.table)
                    stack.append(ref.table)
        return [t for t in reversed(self.children_first(seen))]

    def children_first(self, tables) -> list[str]:
        """`tables` ordered so that a table comes before every table it refers to: deleting in this
        order leaves nothing for ON DELETE CASCADE / SET NULL to do (a cycle is broken anywhere; the
        deferred foreign-key check still holds)."""
        tables = set(tables)
        order: list[str] = []
        state: dict[str, int] = {}

        def visit(table: str) -> None:
            if state.get(table) == 2 or state.get(table) == 1:
                return
            state[table] = 1
            for ref in self.children(table):
                if ref.table in tables and ref.table != table:
                    visit(ref.table)
            state[table] = 2
            order.append(table)

        for table in sorted(tables):
            visit(table)
        return order


def live_rows(graph: Graph, root: str, root_ids: set[int]) -> dict[str, set[int]]:
    """Every row that belongs to the root rows, by table (the root rows included), keyed by each
    table's own key column."""
    owned: dict[str, set[int]] = {root: set(root_ids)}
    pending = [root]
    case_guard = ids_json(root_ids) if root == "cases" else None
    while pending:
        parent = pending.pop()
        for ref in graph.children(parent):
            if len(ref.columns) != 1:
                raise NotImplementedError(f"composite foreign key {ref.name}")
            values = _parent_values(graph, parent, ref.parent_columns[0], owned[parent])
            if not values:
                continue
            key = graph.key(ref.table)
            sql = f"SELECT [{key}] FROM [{ref.table}] WHERE [{ref.columns[0]}] IN (SELECT value FROM json_each(?))"
            args = [ids_json(values)]
            if case_guard is not None and "case_id" in graph.columns(ref.table):
                sql += " AND case_id IN (SELECT value FROM json_each(?))"
                args.append(case_guard)
            found = {r[0] for r in graph.conn.execute(sql, args)}
            new = found - owned.get(ref.table, set())
            if new:
                owned.setdefault(ref.table, set()).update(new)
                pending.append(ref.table)
    return owned


def _parent_values(graph: Graph, parent: str, column: str, keys: set[int]) -> set:
    if column == graph.key(parent):
        return set(keys)
    return {r[0] for r in graph.conn.execute(
        f"SELECT [{column}] FROM [{parent}] WHERE [{graph.key(parent)}] IN (SELECT value FROM json_each(?))",
        [ids_json(keys)]) if r[0] is not None}


# -- the audit --------------------------------------------------------------------------------------

@dataclass
class _Lifetime:
    start: int  # the audit id it begins with
    rows: list = field(default_factory=list)  # (audit id, action, changes)


def _lifetimes(rows) -> list[_Lifetime]:
    found: list[_Lifetime] = []
    current = None
    for audit_id, action, changes in rows:
        if action == "insert" or current is None:
            current = _Lifetime(audit_id)
            found.append(current)
        current.rows.append((audit_id, action, changes))
        if action == "delete":
            current = None
    return found


def _value(lifetime: _Lifetime, column: str):
    """The value a lifetime's row had in `column`: from its insert, its delete or any update."""
    for _id, action, text in lifetime.rows:
        try:
            changes = json.loads(text)
        except ValueError:
            continue
        pair = changes.get(column) if isinstance(changes, dict) else None
        if isinstance(pair, list) and len(pair) == 2:
            value = pair[0] if action == "delete" else pair[1]
            if value is None and action == "update":
                value = pair[0]
            if value is not None:
                return value
    return None


def audit_rows(graph: Graph, root: str, root_ids: set[int], live: dict[str, set[int]],
               tables: list[str] | None = None) -> list[int]:
    """The ids of the audit rows that hold values of the root rows and of the rows that belonged to
    them, now or earlier (see the module's note). `tables`: parents first; default every table that
    can belong to `root`. The audit rows that record an erasure are never among them."""
    tables = tables or graph.reachable(root)
    # Candidates, a superset: row ids seen in the audit with a reference to a candidate parent.
    candidates: dict[str, set[int]] = {root: set(root_ids)}
    for table in tables:
        if table == root:
            continue
        found = set(live.get(table, ()))
        key = graph.key(table)
        for ref in graph.parents(table):
            if ref.parent not in candidates or not candidates[ref.parent]:
                continue
            column = ref.columns[0]
            if column == key:
                found |= candidates[ref.parent]
                continue
            path = json.dumps(column)
            found |= {r[0] for r in graph.conn.execute(
                "SELECT DISTINCT row_id FROM audit WHERE table_name = ? AND ("
                "json_extract(changes, '$.' || ? || '[0]') IN (SELECT value FROM json_each(?)) OR "
                "json_extract(changes, '$.' || ? || '[1]') IN (SELECT value FROM json_each(?)))",
                [table, path, ids_json(candidates[ref.parent]), path, ids_json(candidates[ref.parent])])}
        candidates[table] = found

    history: dict[tuple[str, int], list[_Lifetime]] = {}
    for table, ids in candidates.items():
        rows: dict[int, list] = {}
        for audit_id, row_id, action, changes in graph.conn.execute(
                "SELECT id, row_id, action, changes FROM audit WHERE table_name = ? "
                "AND row_id IN (SELECT value FROM json_each(?)) ORDER BY id", [table, ids_json(ids)]):
            rows.setdefault(row_id, []).append((audit_id, action, changes))
        for row_id, its_rows in rows.items():
            history[(table, row_id)] = _lifetimes(its_rows)

    memo: dict[tuple[str, int, int], bool] = {}

    def belongs(table: str, row_id, at: int | None) -> bool:
        """Did row (table, row_id), as it was at audit id `at` (None: now), belong to the root rows?"""
        lifetimes = history.get((table, row_id), [])
        if not lifetimes:  # no audit of it: only the row as it is now can tell
            return row_id in live.get(table, ())
        index = len(lifetimes) - 1
        if at is not None:
            started = [i for i, lt in enumerate(lifetimes) if lt.start <= at]
            index = started[-1] if started else 0
        return lifetime_belongs(table, row_id, index)

    def lifetime_belongs(table: str, row_id, index: int) -> bool:
        memo_key = (table, row_id, index)
        if memo_key in memo:
            return memo[memo_key]
        lifetimes = history[(table, row_id)]
        current = index == len(lifetimes) - 1
        if table == root:
            result = row_id in root_ids and current
        elif current and row_id in live.get(table, ()):
            result = True
        else:
            result = False
            lifetime = lifetimes[index]
            # References to the root first: a row's case_id says it most directly.
            for ref in sorted(graph.parents(table), key=lambda r: r.parent != root):
                if ref.parent not in candidates:
                    continue
                column = ref.columns[0]
                value = row_id if column == graph.key(table) else _value(lifetime, column)
                if value is not None:
                    result = belongs(ref.parent, value, lifetime.start)
                    break
        memo[memo_key] = result
        return result

    purge: list[int] = []
    for (table, row_id), lifetimes in history.items():
        for index, lifetime in enumerate(lifetimes):
            if lifetime_belongs(table, row_id, index):
                purge.extend(audit_id for audit_id, _action, changes in lifetime.rows
                             if not str(changes).startswith(ERASED_MARK))
    return purge
