"""Gathering "Udtræk til indsigt": everything the database holds about one person, as plain rows.

    data = gather_case(store, case_id)      # the child: the case with everything in it
    data = gather_person(store, person_id)  # a parent or a professional: what concerns them
    extract = build(store, data)            # Danish sections (kitdesk.domain.access_sections)

A person's extract is limited to the cases they are in – in the network, or invited to a meeting –
and within those to what names them or their sector. Rows the audit knows of but that are gone
from the tables (a removed network member) are found through the audit's own insert rows.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from kitdesk.domain.access import Extract, ExtractData, plan_mentions, same_name
from kitdesk.domain.access_sections import MINUTES_PARTS, build_extract
from kitdesk.domain.dates import from_utc_iso, utc_now
from kitdesk.domain.plan import content_from_json

CHUNK = 500  # ids per IN (...): far below SQLite's limit on parameters
MERGE_GAP_S = 30 * 60  # updates of one record by one user less than this apart are one line
# The baton log shows its own entries with time and author; the audit's insert row for each says nothing more.
NOT_IN_CHANGES = ("log_entries",)


def build(store, data: ExtractData) -> Extract:
    return build_extract(data, store.access_log.started_at())


# -- small helpers ----------------------------------------------------------------------------------------

def _in(ids: Iterable[int]) -> list[list[int]]:
    ordered = sorted(set(ids))
    return [ordered[i:i + CHUNK] for i in range(0, len(ordered), CHUNK)]


def _rows(store, sql: str, ids: Iterable[int], *args) -> list[dict]:
    """Rows of `sql` with one "{ids}" placeholder, over ids in chunks."""
    found: list[dict] = []
    for chunk in _in(ids):
        found += store.query(sql.format(ids=", ".join("?" for _ in chunk)), [*args, *chunk])
    return found


def _inserted(store, table: str, column: str, parents: Iterable[int]) -> set[int]:
    """Ids of rows of `table` the audit saw inserted with `column` in `parents` (gone or not)."""
    found: set[int] = set()
    for chunk in _in(parents):
        found |= {r[0] for r in store.conn.execute(
            f"SELECT row_id FROM audit WHERE table_name = ? AND action = 'insert' "
            f"AND json_extract(changes, '$.{column}[1]') IN ({', '.join('?' for _ in chunk)})", [table, *chunk])}
    return found


def _with_roles(invitees: list[dict]) -> list[dict]:
    """The role's name from the library ("Sagsbehandler"), and its text only where the user wrote
    their own: the library's standard text says nothing about the person."""
    from kitdesk.templates import load_roles

    roles = load_roles()
    for i in invitees:
        role = roles.get(i["role_key"])
        i["role_label"] = role.label if role else ""
        own = (i["role_text"] or "").strip()
        i["role_own_text"] = "" if role and own == role.text.strip() else own
    return invitees


def _meeting_times(store, meeting_ids: Iterable[int]) -> dict[int, str | None]:
    return {r["id"]: r["starts_at"] for r in _rows(store, "SELECT id, starts_at FROM meetings WHERE id IN ({ids})",
                                                   meeting_ids)}


def _case_numbers(store, case_ids: Iterable[int]) -> dict[int, str]:
    return {r["id"]: r["case_no"] for r in _rows(store, "SELECT id, case_no FROM cases WHERE id IN ({ids})", case_ids)}


def _changes(store, targets: dict[str, set[int]], context: dict[tuple[str, int], dict]) -> list[dict]:
    """The audit rows of the target records, a run of updates of one record by one user as one line."""
    raw: list[dict] = []
    for table, ids in targets.items():
        if table in NOT_IN_CHANGES or not ids:
            continue
        raw += _rows(store, "SELECT id, at, user, table_name, row_id, action, changes FROM audit "
                            "WHERE table_name = ? AND row_id IN ({ids})", ids, table)
    raw.sort(key=lambda r: (r["at"], r["id"]))
    lines: list[dict] = []
    open_runs: dict[tuple, dict] = {}
    for row in raw:
        fields = _fields(row["changes"])
        key = (row["table_name"], row["row_id"], row["user"], row["action"])
        run = open_runs.get(key)
        if (run is not None and row["action"] == "update"
                and (from_utc_iso(row["at"]) - from_utc_iso(run["last_at"])).total_seconds() <= MERGE_GAP_S):
            run["last_at"] = row["at"]
            run["count"] += 1
            run["fields"] += [f for f in fields if f not in run["fields"]]
            continue
        line = {"at": row["at"], "last_at": row["at"], "user": row["user"], "action": row["action"],
                "table_name": row["table_name"], "row_id": row["row_id"], "fields": fields, "count": 1,
                **context.get((row["table_name"], row["row_id"]), {})}
        open_runs[key] = line
        lines.append(line)
    return lines


def _fields(changes: str | None) -> list[str]:
    """The columns an audit row names; none when its values were cleared (erasure keeps only that
    something changed, by whom and when) or are not the usual JSON object."""
    try:
        parsed = json.loads(changes) if changes else {}
    except ValueError:
        return []
    return list(parsed) if isinstance(parsed, dict) else []


def _context(table: str, rows: list[dict], *columns: str, **renamed: str) -> dict[tuple[str, int], dict]:
    """What an audit line of each row shows beside its kind: its meeting, its case, a name, a date
    (`renamed`: the context key and the column it is read from)."""
    wanted = {**{c: c for c in columns}, **renamed}
    return {(table, r["id"]): {key: r[c] for key, c in wanted.items() if r.get(c) is not None} for r in rows}


# -- the child ---------------------------------------------------------------------------------------------

def gather_case(store, case_id: int) -> ExtractData:
    case = store.writer.row("cases", case_id)
    if case is None:
        raise KeyError(case_id)
    q = store.query
    case = {**case, "waiting_periods": q("SELECT * FROM waiting_periods WHERE case_id = ? ORDER BY started_on, id",
                                         [case_id])}
    meetings = q("SELECT * FROM meetings WHERE case_id = ? ORDER BY starts_at IS NULL, starts_at, id", [case_id])
    order = {m["id"]: n for n, m in enumerate(meetings)}
    meeting_ids = set(order)
    invitees = _rows(store, "SELECT * FROM invitees WHERE meeting_id IN ({ids})", meeting_ids)
    invitees.sort(key=lambda i: (order[i["meeting_id"]], i["id"]))
    agenda = _rows(store, "SELECT a.*, n.discussion, n.internal_note FROM agenda_items a "
                          "LEFT JOIN item_notes n ON n.agenda_item_id = a.id WHERE a.meeting_id IN ({ids})", meeting_ids)
    agreements = q("SELECT * FROM agreements WHERE case_id = ?", [case_id])
    agreements.sort(key=lambda a: (order.get(a["meeting_id"], 0), a["position"], a["id"]))
    versions = q("SELECT id, meeting_id, case_id, version, reason, fingerprint, signed_at, signed_by FROM plan_versions "
                 "WHERE case_id = ? ORDER BY meeting_id, version", [case_id])
    exports = q("SELECT e.*, v.meeting_id, v.version, v.case_id FROM plan_exports e "
                "JOIN plan_versions v ON v.id = e.plan_version_id WHERE v.case_id = ? ORDER BY e.exported_at, e.id",
                [case_id])
    data = ExtractData(
        kind="case", subject_id=case_id, made_at=utc_now(), made_by=store.settings.get("user_name") or "", case=case,
        members=q("SELECT m.*, p.name AS person_name, p.organisation FROM members m JOIN persons p "
                  "ON p.id = m.person_id WHERE m.case_id = ? ORDER BY m.id", [case_id]),
        consents=q("SELECT * FROM consents WHERE case_id = ? ORDER BY given_on, id", [case_id]),
        exchanges=q("SELECT * FROM exchanges WHERE case_id = ? ORDER BY exchanged_on, id", [case_id]),
        log_entries=q("SELECT * FROM log_entries WHERE case_id = ? ORDER BY at, id", [case_id]),
        meetings=meetings, invitees=_with_roles(invitees), minutes=_minutes(store, meetings, agenda), agreements=agreements,
        plan_versions=versions, plan_exports=exports,
        access=q("SELECT * FROM access_log WHERE case_id = ? ORDER BY at, id", [case_id]),
        case_numbers={case_id: case["case_no"]}, meeting_times={m["id"]: m["starts_at"] for m in meetings})
    data.changes = _changes(store, *_case_targets(store, case_id, data, agenda))
    return data


def _minutes(store, meetings: list[dict], agenda: list[dict]) -> list[dict]:
    written = {r["meeting_id"]: r for r in _rows(store, "SELECT * FROM minutes WHERE meeting_id IN ({ids})",
                                                  [m["id"] for m in meetings])}
    found = []
    for meeting in meetings:
        mid = meeting["id"]
        items = sorted((a for a in agenda if a["meeting_id"] == mid), key=lambda a: (a["position"], a["id"]))
        for number, item in enumerate(items, start=1):
            found.append({"meeting_id": mid, "part": "agenda", "item_no": number,
                          "text": "\n".join(t for t in (item["title"], item["description"]) if t)})
        minutes = written.get(mid) or {}
        for part, _label in MINUTES_PARTS:
            found.append({"meeting_id": mid, "part": part, "text": minutes.get(part) or ""})
        if minutes.get("next_meeting_at"):
            found.append({"meeting_id": mid, "part": "next_meeting", "text": "", "at": minutes["next_meeting_at"]})
        for number, item in enumerate(items, start=1):
            found.append({"meeting_id": mid, "part": "discussion", "item_no": number, "text": item["discussion"] or ""})
            found.append({"meeting_id": mid, "part": "internal_note", "item_no": number,
                          "text": item["internal_note"] or ""})
    return found


def _case_targets(store, case_id: int, data: ExtractData, agenda: list[dict]):
    """The records of the case, the ones since removed too, for the audit lines."""
    targets: dict[str, set[int]] = {"cases": {case_id}}
    targets["members"] = {m["id"] for m in data.members}
    targets["consents"] = {c["id"] for c in data.consents}
    targets["exchanges"] = {e["id"] for e in data.exchanges}
    targets["meetings"] = {m["id"] for m in data.meetings}
    targets["agreements"] = {a["id"] for a in data.agreements}
    targets["plan_versions"] = {v["id"] for v in data.plan_versions}
    for table in ("waiting_periods", "consent_forms"):
        targets[table] = {r["id"] for r in store.query(f"SELECT id FROM {table} WHERE case_id = ?", [case_id])}
    for table in ("members", "consents", "exchanges", "meetings", "agreements", "plan_versions", "waiting_periods",
                  "consent_forms"):
        targets[table] |= _inserted(store, table, "case_id", [case_id])
    meetings = targets["meetings"]
    targets["invitees"] = {i["id"] for i in data.invitees} | _inserted(store, "invitees", "meeting_id", meetings)
    targets["agenda_items"] = {a["id"] for a in agenda} | _inserted(store, "agenda_items", "meeting_id", meetings)
    approvals = _rows(store, "SELECT id, meeting_id FROM approvals WHERE meeting_id IN ({ids})", meetings)
    targets["approvals"] = {a["id"] for a in approvals} | _inserted(store, "approvals", "meeting_id", meetings)
    targets["minutes"] = set(meetings)  # keyed by meeting_id
    targets["item_notes"] = set(targets["agenda_items"])  # keyed by agenda_item_id
    targets["plan_exports"] = ({e["id"] for e in data.plan_exports}
                               | _inserted(store, "plan_exports", "plan_version_id", targets["plan_versions"]))
    context = {**_context("invitees", data.invitees, "meeting_id", about="name"),
               **_context("members", data.members, about="person_name"),
               **_context("consents", data.consents, on="given_on"),
               **_context("exchanges", data.exchanges, on="exchanged_on"),
               **_context("agenda_items", agenda, "meeting_id"),
               **_context("approvals", approvals, "meeting_id"), **_context("agreements", data.agreements, "meeting_id"),
               **_context("plan_versions", data.plan_versions, "meeting_id"),
               **{("item_notes", a["id"]): {"meeting_id": a["meeting_id"]} for a in agenda}}
    return targets, context


# -- a person in the directory -------------------------------------------------------------------------------

def gather_person(store, person_id: int) -> ExtractData:
    person = store.writer.row("persons", person_id)
    if person is None:
        raise KeyError(person_id)
    name = person["name"]
    q = store.query
    members = q("SELECT m.*, c.phase FROM members m JOIN cases c ON c.id = m.case_id WHERE m.person_id = ? "
                "ORDER BY c.case_no", [person_id])
    invitees = q("SELECT i.*, m.case_id, m.state, m.starts_at FROM invitees i JOIN meetings m ON m.id = i.meeting_id "
                 "WHERE i.person_id = ?", [person_id])
    case_ids = {m["case_id"] for m in members} | {i["case_id"] for i in invitees}
    # Invited by name only (added to a meeting without the directory), in their own cases.
    invitees += [i for i in _rows(store, "SELECT i.*, m.case_id, m.state, m.starts_at FROM invitees i "
                                         "JOIN meetings m ON m.id = i.meeting_id WHERE i.person_id IS NULL "
                                         "AND m.case_id IN ({ids})", case_ids) if same_name(i["name"], name)]
    invitees.sort(key=lambda i: (i["starts_at"] is None, i["starts_at"] or "", i["id"]))
    sectors: dict[int, set[str]] = {}
    since: dict[int, str] = {}
    for row in [*members, *invitees]:
        sectors.setdefault(row["case_id"], set()).add(row["sector"])
        since[row["case_id"]] = min(since.get(row["case_id"], row["created_at"]), row["created_at"])

    consents = []
    for c in _rows(store, "SELECT * FROM consents WHERE case_id IN ({ids}) ORDER BY given_on, id", case_ids):
        c["given_by_subject"] = same_name(c["given_by"], name)
        if c["given_by_subject"] or sectors[c["case_id"]] & set(json.loads(c["sectors"] or "[]")):
            consents.append(c)
    exchanges = [e for e in _rows(store, "SELECT * FROM exchanges WHERE case_id IN ({ids}) ORDER BY exchanged_on, id",
                                  case_ids) if {e["from_sector"], e["to_sector"]} & sectors[e["case_id"]]]
    invitee_ids = {i["id"] for i in invitees}
    agreements = [a for a in _rows(store, "SELECT * FROM agreements WHERE case_id IN ({ids}) ORDER BY created_at, id",
                                   case_ids)
                  if a["responsible_invitee_id"] in invitee_ids or same_name(a["responsible_name"], name)]
    versions = []
    for v in _rows(store, "SELECT * FROM plan_versions WHERE case_id IN ({ids}) ORDER BY case_id, meeting_id, version",
                   case_ids):
        named = plan_mentions(content_from_json(v["content"]), name) if v["content"] else ()
        if named:
            versions.append({**{k: v[k] for k in v if k != "content"}, "named_as": named})
    exports = _rows(store, "SELECT e.*, v.meeting_id, v.version, v.case_id FROM plan_exports e "
                           "JOIN plan_versions v ON v.id = e.plan_version_id WHERE v.id IN ({ids})",
                    [v["id"] for v in versions])
    exports.sort(key=lambda e: (e["exported_at"], e["id"]))
    access = q("SELECT * FROM access_log WHERE entity = 'persons' AND entity_id = ?", [person_id])
    access += [a for a in _rows(store, "SELECT * FROM access_log WHERE case_id IN ({ids})", case_ids)
               if a["at"] >= since[a["case_id"]]]
    access.sort(key=lambda a: (a["at"], a["id"]))

    meeting_ids = ({i["meeting_id"] for i in invitees} | {a["meeting_id"] for a in agreements}
                   | {v["meeting_id"] for v in versions} | {a["entity_id"] for a in access if a["entity"] == "meetings"})
    data = ExtractData(
        kind="person", subject_id=person_id, made_at=utc_now(), made_by=store.settings.get("user_name") or "",
        person=person, members=members, consents=consents, exchanges=exchanges, invitees=_with_roles(invitees),
        agreements=agreements, plan_versions=versions, plan_exports=exports, access=access,
        case_numbers=_case_numbers(store, case_ids | {a["case_id"] for a in access if a["case_id"] is not None}),
        meeting_times=_meeting_times(store, meeting_ids))
    data.changes = _changes(store, *_person_targets(store, person_id, data))
    return data


def _person_targets(store, person_id: int, data: ExtractData):
    approvals = _rows(store, "SELECT id, meeting_id FROM approvals WHERE person_id = ? OR invitee_id IN ({ids})",
                      [i["id"] for i in data.invitees] or [0], person_id)
    targets = {
        "persons": {person_id},
        "members": {m["id"] for m in data.members} | _inserted(store, "members", "person_id", [person_id]),
        "invitees": {i["id"] for i in data.invitees} | _inserted(store, "invitees", "person_id", [person_id]),
        "approvals": {a["id"] for a in approvals} | _inserted(store, "approvals", "person_id", [person_id]),
        "agreements": {a["id"] for a in data.agreements},
        "consents": {c["id"] for c in data.consents if c["given_by_subject"]},
    }
    context = {**_context("members", data.members, "case_id"),
               **_context("invitees", data.invitees, "case_id", "meeting_id"),
               **_context("agreements", data.agreements, "case_id", "meeting_id"),
               **_context("consents", data.consents, "case_id")}
    for approval in approvals:
        context[("approvals", approval["id"])] = {"meeting_id": approval["meeting_id"]}
    return targets, context
