"""Plans read in from another KIT Desk ("Læs plan ind…", `kitdesk read-plan`): the received plan
version is kept (plan_imports, with its JSON as received) and its agreements become agreements of the
chosen case – without a meeting of this laptop (agreements.plan_import_id instead of meeting_id) – so
they are followed up at the case's next meeting like its own (LiveRepo.earlier_open), shown with their
source: "fra BUC Nordstrands plan, version 1, 12.09.2026".

Reading the same version again changes nothing. A later version of the same plan (the same plan id)
updates the agreements still open from the versions before – known again by their wording: a new
deadline or responsible is changed in place, new ones are added, those no longer in the plan
removed. An agreement already followed up here stays as it was followed up, unless the new version
says something new about it (then it arrives again, open). An earlier version is refused.
"""
from __future__ import annotations

from dataclasses import dataclass

from kitdesk.domain.model import Case
from kitdesk.domain.plan_data import PlanData, source_text
from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.convert import day

OLDER_VERSION = message(
    "plan_import.older_version",
    "Sagen har allerede version {have} af denne plan. Filen er version {version}, en ældre version, så intet er "
    "ændret.",
    "The case already has version {have} of this plan. The file is version {version}, an older one, so nothing "
    "was changed.")
OTHER_FINGERPRINT = message(
    "plan_import.other_fingerprint",
    "Version {version} af denne plan er allerede læst ind i sagen med et andet fingeraftryk. Intet er ændret. Spørg "
    "afsenderen, hvilken fil der er den godkendte.",
    "Version {version} of this plan has already been read into the case with another fingerprint. Nothing was "
    "changed. Ask the sender which file is the signed one.")
UNNAMED_CHILD = "Barn fra modtaget plan"
AGREEMENT_VALUES = ("what", "responsible_name", "sector", "deadline", "ongoing", "follow_up")


@dataclass(frozen=True)
class ReadIn:
    """What reading a plan in did."""

    case_id: int
    case_no: str
    outcome: str  # new / updated / unchanged
    source: str  # fra BUC Nordstrands plan, version 1, 12.09.2026
    added: int = 0
    changed: int = 0
    removed: int = 0
    case_created: bool = False


@dataclass(frozen=True)
class PlanImport:
    id: int
    case_id: int
    plan_id: str
    version: int
    fingerprint: str
    issuer: str
    source_case_no: str
    meeting_on: str | None
    imported_at: str
    signed_on: str | None = None

    @property
    def source(self) -> str:
        """As PlanData.source: the plan's meeting day, else the day it was signed."""
        return source_text(self.issuer, self.version, self.meeting_on or self.signed_on)


class PlanImportRepo:
    def __init__(self, store):
        self.store = store

    # -- reading ----------------------------------------------------------------------------------------
    def imports(self, case_id: int) -> list[PlanImport]:
        """The plan versions read into the case, oldest first."""
        return [self._record(r) for r in self.store.query(
            "SELECT * FROM plan_imports WHERE case_id = ? ORDER BY imported_at, id", [case_id])]

    def sources(self, case_id: int) -> dict[int, str]:
        """{plan import id: "fra BUC Nordstrands plan, version 1, 12.09.2026"} for the case."""
        return {p.id: p.source for p in self.imports(case_id)}

    def imported_agreements(self, case_id: int) -> list[dict]:
        """The case's agreements from received plans, with their source, in the plans' order."""
        sources = self.sources(case_id)
        return [{**r, "source": sources.get(r["plan_import_id"], "")} for r in self.store.query(
            "SELECT * FROM agreements WHERE case_id = ? AND plan_import_id IS NOT NULL "
            "ORDER BY plan_import_id, position, id", [case_id])]

    # -- reading a plan in --------------------------------------------------------------------------------
    def read_in(self, data: PlanData, case_id: int | None, *details: str) -> ReadIn:
        """Read the plan's agreements into the case (case_id None: a new case made from the plan's
        child). One transaction: nothing half-read. Refusal OLDER_VERSION / OTHER_FINGERPRINT;
        KeyError for a case that is not there. details: access-log detail codes ("cli")."""
        with self.store.transaction() as w:
            created = case_id is None
            if case_id is None:
                case_id = self.store.cases.create(Case(child_name=data.child_name.strip() or UNNAMED_CHILD,
                                                       birth_date=day(data.birth_date)))
            case = self.store.cases.get(case_id)
            earlier = [self._record(r) for r in self.store.query(
                "SELECT * FROM plan_imports WHERE case_id = ? AND plan_id = ? ORDER BY version", [case_id, data.plan_id])]
            same = next((p for p in earlier if p.version == data.version), None)
            if same is not None:
                if same.fingerprint != data.fingerprint:
                    raise Refusal(OTHER_FINGERPRINT, version=data.version)
                result = ReadIn(case_id, case.case_no, "unchanged", data.source)
            elif earlier and earlier[-1].version > data.version:
                raise Refusal(OLDER_VERSION, have=earlier[-1].version, version=data.version)
            else:
                result = self._add_version(w, data, case_id, case.case_no, earlier[-1] if earlier else None, created)
        self.store.access_log.record("plan_imported", "cases", case_id, case_id, f"v{min(data.version, 9999)}", *details)
        return result

    def _add_version(self, w, data: PlanData, case_id: int, case_no: str, previous: PlanImport | None,
                     created: bool) -> ReadIn:
        now = w.now()
        import_id = w.insert("plan_imports", {
            "case_id": case_id, "plan_id": data.plan_id, "version": data.version, "fingerprint": data.fingerprint,
            "issuer": data.issuer, "source_case_no": data.case_no, "meeting_on": data.meeting_on,
            "signed_on": data.signed_on, "data": data.text, "imported_at": now}, case_id)
        earlier = [] if previous is None else self.store.query(
            "SELECT * FROM agreements WHERE plan_import_id IN (SELECT id FROM plan_imports WHERE case_id = ? "
            "AND plan_id = ? AND id <> ?) ORDER BY id", [case_id, data.plan_id, import_id])
        still_open = [r for r in earlier if r["status"] == "open"]
        followed_up = [r for r in earlier if r["status"] != "open"]
        added = changed = 0
        for agreement in data.agreements:
            values = {"what": agreement.what, "responsible_name": agreement.responsible, "sector": agreement.sector,
                      "deadline": None if agreement.ongoing else agreement.deadline, "ongoing": int(agreement.ongoing),
                      "follow_up": agreement.follow_up}
            old = _same_wording(still_open, agreement.what)
            if old is not None:
                still_open.remove(old)
                before = w.update("agreements", old["id"], {**values, "plan_import_id": import_id,
                                                            "position": agreement.number - 1}, case_id)
                if set(before) & set(AGREEMENT_VALUES):
                    changed += 1
                    w.conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?", [now, old["id"]])
                continue
            done = _same_wording(followed_up, agreement.what)
            if done is not None and all(done[k] == v for k, v in values.items()):
                continue  # followed up here already, and the plan says nothing new about it
            w.insert("agreements", {"case_id": case_id, "plan_import_id": import_id,
                                    "position": agreement.number - 1, **values, "created_at": now,
                                    "updated_at": now}, case_id)
            added += 1
        removed = 0
        for old in still_open:  # no longer in the plan, and not followed up here
            w.delete("agreements", old["id"], case_id)
            removed += 1
        outcome = "updated" if previous is not None else "new"
        self.store.baton_log.add_event(w, case_id, "plan_imported", _log_text(data, outcome, added, changed, removed))
        self.store.cases.touch(w, case_id)
        return ReadIn(case_id, case_no, outcome, data.source, added, changed, removed, created)

    @staticmethod
    def _record(row: dict) -> PlanImport:
        return PlanImport(row["id"], row["case_id"], row["plan_id"], row["version"], row["fingerprint"],
                          row["issuer"], row["source_case_no"], row["meeting_on"], row["imported_at"],
                          row["signed_on"])


def _same_wording(rows: list[dict], what: str) -> dict | None:
    """The agreement among rows worded as `what` (spaces and case aside): an agreement is known again by
    its wording; one whose wording changed arrives as a new agreement, the old one removed."""
    key = " ".join(what.split()).casefold()
    return next((r for r in rows if " ".join(r["what"].split()).casefold() == key), None)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _log_text(data: PlanData, outcome: str, added: int, changed: int, removed: int) -> str:
    """The stafetlog's line: "Modtaget plan læst ind – fra BUC Nordstrands plan, version 1, 12.09.2026: 3 aftaler
    til opfølgning." """
    if outcome == "new":
        return (f"Modtaget plan læst ind – {data.source}: "
                f"{_count(added, 'aftale', 'aftaler')} til opfølgning.")
    parts = [_count(added, "ny aftale", "nye aftaler"), _count(changed, "ændret", "ændret"),
             _count(removed, "fjernet", "fjernet")]
    return f"Ny version af modtaget plan læst ind – {data.source}: {', '.join(parts)}."
