"""The plan's own data: the machine-readable copy of a signed plan version that its PDF carries as an
embedded file (kitdesk-plan.json, in a PDF/A-3b document – kitdesk/export/pdfa.py), so that the
other side's KIT Desk – or a case system that journalises the plan – can read the agreements
without retyping them.

The format, version 1 (UTF-8 JSON, keys sorted):

    {"format": "kitdesk-plan-data", "format_version": 1,
     "plan": {"id", "version", "replaces", "reason", "fingerprint", "signed_on", "signed_by"},
     "issuer": {"organisation", "chair"},
     "case": {"case_no", "child_name", "birth_date"},
     "meeting": {"starts_at", "ends_at", "form", "kind", "purpose"},
     "participants": [{"name", "organisation", "sector", "role", "attendance", "chair", "minute_taker"}],
     "contacts": [{"name", "organisation", "sector", "phone", "email", "side", "baton_holder"}],
     "agreements": [{"number", "what", "responsible", "sector", "deadline", "ongoing", "follow_up",
                     "item", "carried_from"}],
     "follow_ups": [{"what", "responsible", "outcome", "note", "from_meeting"}],
     "next_meeting": {"at", "not_agreed"},
     "approvals": [{"name", "sector", "approved", "on", "how"}],
     "data_sha256": SHA-256 of the canonical JSON of everything else}

Never the CPR number (the PDF prints it only when asked; the data never carries it). The child's
name and birth date are in it because the plan PDF prints them on its first page. "fingerprint" is
the plan version's fingerprint, the one the PDF prints and its marker carries; "id" names the plan
(the same for every version of the meeting's plan), so a later version read in replaces the earlier.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.plan import PlanContent
from kitdesk.domain.refusal import Refusal, message

FORMAT = "kitdesk-plan-data"
FORMAT_VERSION = 1
FILE_NAME = "kitdesk-plan.json"
DESCRIPTION = "Planens data: deltagere, aftaler, næste møde, version og fingeraftryk (KIT Desk, JSON)"

NOT_A_PDF = message("plan_data.not_a_pdf", "Filen er ikke en PDF, eller den er beskadiget. Vælg den plan (PDF), "
                    "du har fået tilsendt.",
                    "The file is not a PDF, or it is damaged. Choose the plan (PDF) you received.")
NO_DATA = message("plan_data.no_data", "PDF'en har ingen data fra KIT Desk. Kun en godkendt plan, som KIT Desk har "
                  "lavet (fra denne version og frem), kan læses ind – skriv aftalerne ind selv, eller bed afsenderen "
                  "om planen fra KIT Desk.",
                  "The PDF holds no KIT Desk data. Only a signed plan made by KIT Desk (from this release on) can be "
                  "read in – type the agreements yourself, or ask the sender for the plan from KIT Desk.")
NEWER_FORMAT = message("plan_data.newer_format", "Planen er lavet med en nyere udgave af KIT Desk (dataformat "
                       "{found}). Opdatér KIT Desk, og læs planen ind igen.",
                       "The plan was made with a newer KIT Desk (data format {found}). Update KIT Desk and read the "
                       "plan in again.")
NOT_MATCHING = message("plan_data.not_matching", "Planens data passer ikke med dens fingeraftryk: filen er ændret, "
                       "efter KIT Desk lavede den. Bed afsenderen om planen igen.",
                       "The plan's data does not match its fingerprint: the file was changed after KIT Desk made it. "
                       "Ask the sender for the plan again.")


@dataclass(frozen=True)
class ReceivedAgreement:
    number: int
    what: str
    responsible: str = ""
    sector: str = ""
    deadline: str | None = None  # ISO date
    ongoing: bool = False
    follow_up: str = ""


@dataclass(frozen=True)
class PlanData:
    """What a received plan says, as read from its embedded data."""

    plan_id: str
    version: int
    fingerprint: str
    signed_on: str | None
    issuer: str  # the issuing organisation (the chair's)
    case_no: str
    child_name: str
    birth_date: str | None
    meeting_on: str | None  # ISO date of the meeting
    next_meeting_at: str | None
    agreements: tuple[ReceivedAgreement, ...]
    text: str  # the JSON as embedded, kept with the import

    @property
    def source(self) -> str:
        """"fra BUC Nordstrands plan, version 1, 12.09.2026" (the meeting's date)."""
        return source_text(self.issuer, self.version, self.meeting_on or self.signed_on)


def genitive(name: str) -> str:
    """Danish genitive: BUC Nordstrands, Aarhus Kommunes; a name ending in s, x or z takes an apostrophe."""
    name = name.strip()
    return name + ("'" if name[-1:].lower() in ("s", "x", "z") else "s")


def source_text(issuer: str, version: int, on: str | None) -> str:
    whose = f"{genitive(issuer)} plan" if issuer.strip() else "en modtaget plan"
    day = _date(on)
    return f"fra {whose}, version {version}" + (f", {fmt_date(day)}" if day else "")


def plan_id(content: PlanContent) -> str:
    """The plan's name across its versions: the issuing organisation, the case number and the meeting
    (all printed on the plan), hashed so the name says nothing by itself."""
    issuer = content.chair.organisation.strip() if content.chair else ""
    key = "\n".join((issuer, content.case_no.strip(), str(content.meeting_id)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def data_of(content: PlanContent, fingerprint: str) -> dict:
    """The data of a signed plan version (see the module's docstring); never the CPR number."""
    chair = content.chair
    body = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "plan": {"id": plan_id(content), "version": content.version, "replaces": content.replaces,
                 "reason": content.reason, "fingerprint": fingerprint, "signed_on": content.signed_on,
                 "signed_by": content.signed_by},
        "issuer": {"organisation": chair.organisation if chair else "", "chair": chair.name if chair else ""},
        "case": {"case_no": content.case_no, "child_name": content.child_name, "birth_date": content.birth_date},
        "meeting": {"starts_at": content.starts_at, "ends_at": content.ends_at, "form": content.form,
                    "kind": content.kind, "purpose": content.purpose},
        "participants": [{"name": p.name, "organisation": p.organisation, "sector": p.sector, "role": p.role,
                          "attendance": p.attendance, "chair": p.is_chair, "minute_taker": p.is_minute_taker}
                         for p in content.participants],
        "contacts": [{"name": c.name, "organisation": c.organisation, "sector": c.sector, "phone": c.phone,
                      "email": c.email, "side": c.side, "baton_holder": c.is_baton_holder} for c in content.contacts],
        "agreements": [{"number": n, "what": a.what, "responsible": a.responsible, "sector": a.sector,
                        "deadline": a.deadline, "ongoing": a.ongoing, "follow_up": a.follow_up, "item": a.item,
                        "carried_from": a.carried_from} for n, a in enumerate(content.agreements, start=1)],
        "follow_ups": [{"what": f.what, "responsible": f.responsible, "outcome": f.outcome, "note": f.note,
                        "from_meeting": f.from_meeting} for f in content.follow_ups],
        "next_meeting": {"at": None if content.next_meeting_not_agreed else content.next_meeting_at,
                         "not_agreed": content.next_meeting_not_agreed},
        "approvals": [{"name": a.name, "sector": a.sector, "approved": a.approved, "on": a.on, "how": a.how}
                      for a in content.approvals],
    }
    body["data_sha256"] = hashlib.sha256(_canonical(body)).hexdigest()
    return body


def data_bytes(content: PlanContent, fingerprint: str) -> bytes:
    """The embedded file's bytes: indented for a human reader, the same bytes for the same version."""
    return (json.dumps(data_of(content, fingerprint), sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()


def parse_plan_data(raw: bytes, marker_fingerprint: str | None) -> PlanData:
    """The embedded data read and checked: Refusal NO_DATA (not ours), NEWER_FORMAT, or NOT_MATCHING
    (its digest, or the fingerprint the PDF's marker carries, disagrees with the data)."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refusal(NO_DATA) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT or not isinstance(body.get("format_version"), int):
        raise Refusal(NO_DATA)
    if body["format_version"] > FORMAT_VERSION:
        raise Refusal(NEWER_FORMAT, found=body["format_version"])
    rest = {k: v for k, v in body.items() if k != "data_sha256"}
    if body.get("data_sha256") != hashlib.sha256(_canonical(rest)).hexdigest():
        raise Refusal(NOT_MATCHING)
    try:
        plan, case = body["plan"], body["case"]
        if marker_fingerprint is None or plan["fingerprint"] != marker_fingerprint:
            raise Refusal(NOT_MATCHING)
        agreements = tuple(ReceivedAgreement(
            int(a["number"]), str(a["what"]), str(a.get("responsible") or ""), str(a.get("sector") or ""),
            a.get("deadline") if _date(a.get("deadline")) else None, bool(a.get("ongoing")),
            str(a.get("follow_up") or "")) for a in body["agreements"])
        starts = body["meeting"].get("starts_at")
        return PlanData(str(plan["id"]), int(plan["version"]), str(plan["fingerprint"]), plan.get("signed_on"),
                        str(body["issuer"].get("organisation") or ""), str(case["case_no"]),
                        str(case.get("child_name") or ""),
                        case.get("birth_date") if _date(case.get("birth_date")) else None,
                        starts[:10] if _date(starts) else None,
                        body["next_meeting"].get("at"), agreements, raw.decode("utf-8"))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise Refusal(NO_DATA) from None


def _date(iso) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if isinstance(iso, str) else None
    except ValueError:
        return None
