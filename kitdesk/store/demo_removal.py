"""Removing the demo in one step: every demo case and demo person erased, real cases untouched."""
from __future__ import annotations

from dataclasses import dataclass

from kitdesk.store.demo import DEMO_USER, DEMO_USER_MARK


@dataclass(frozen=True)
class DemoRemoved:
    cases: int
    persons: int
    kept: list[str]  # demo persons a real case uses: kept, and no longer marked as demo


def has_demo(store) -> bool:
    return bool(store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM cases WHERE is_demo) OR EXISTS (SELECT 1 FROM persons WHERE is_demo)").fetchone()[0])


def remove_demo(store) -> DemoRemoved:
    """Erase every demo case and every demo person in one transaction. A demo person that a real case
    uses (its network, a meeting's participants, an approval) is kept – as a real person from now on.
    The user details the demo filled in go too, unless the user has changed them since."""
    from kitdesk.store.erasure import erase
    from kitdesk.store.erasure_rows import Graph, ids_json, live_rows

    conn = store.conn
    case_ids = [r[0] for r in conn.execute("SELECT id FROM cases WHERE is_demo ORDER BY id")]
    demo_persons = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM persons WHERE is_demo")}
    graph = Graph(conn, store.writer.references)
    demo_rows = live_rows(graph, "cases", set(case_ids)) if case_ids else {}
    used: set[int] = set()
    for ref in graph.children("persons"):
        key = graph.key(ref.table)
        for row_key, person_id in conn.execute(
                f"SELECT [{key}], [{ref.columns[0]}] FROM [{ref.table}] "
                f"WHERE [{ref.columns[0]}] IN (SELECT value FROM json_each(?))", [ids_json(demo_persons)]):
            if row_key not in demo_rows.get(ref.table, ()):
                used.add(person_id)
    kept = sorted(used)

    def finish(w) -> None:
        if kept:
            conn.execute("UPDATE persons SET is_demo = 0 WHERE id IN (SELECT value FROM json_each(?))", [ids_json(kept)])
        settings = store.settings.all()
        if settings.get(DEMO_USER_MARK) == "1":
            reset = {DEMO_USER_MARK: ""}
            if all(settings.get(k) == v for k, v in DEMO_USER.items()):
                reset.update({k: "" for k in DEMO_USER if k != "user_sector"})
            store.settings.set_many(reset)

    erased = erase(store, case_ids, [p for p in demo_persons if p not in used], before_commit=finish)
    return DemoRemoved(len(case_ids), len(erased.person_ids), sorted(demo_persons[p] for p in kept))
