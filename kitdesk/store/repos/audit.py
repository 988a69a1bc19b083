from __future__ import annotations

import json


class AuditRepo:
    def __init__(self, store):
        self.store = store

    def rows(self, table: str | None = None, row_id: int | None = None) -> list[dict]:
        sql = "SELECT * FROM audit"
        args: list[object] = []
        where = []
        if table is not None:
            where.append("table_name = ?")
            args.append(table)
        if row_id is not None:
            where.append("row_id = ?")
            args.append(row_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = [dict(r) for r in self.store.query(sql + " ORDER BY id", args)]
        for r in rows:
            r["changes"] = json.loads(r["changes"])
        return rows
