"""The cross-sector plan: approvals, sign-off into a frozen version, new versions, exports, verifying.

A held meeting's minutes are the working copy. Signing off takes a snapshot (PlanContent) of it,
stores the snapshot's canonical JSON and SHA-256 fingerprint as version N, and turns the meeting
'signed'; from then on the store – and the database's own triggers – refuse any change to the
working copy or the version. A change needs a new version with a reason: the meeting goes back to
'held', version N stays readable, and N+1 is signed off again.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from kitdesk.domain.dates import from_utc_iso, local_today, to_local, to_utc_iso, utc_now
from kitdesk.domain.network import contact_side
from kitdesk.domain.plan import (
    APPROVAL_WAYS,
    Approval,
    ContactPerson,
    PlanContent,
    canonical_json,
    content_from_json,
    fingerprint_of,
    short_fingerprint,
    signoff_problems,
)
from kitdesk.domain.refusal import Refusal, message
from kitdesk.store.convert import from_row
from kitdesk.store.db import SIGNED
from kitdesk.store.plan_snapshot import snapshot

APPROVAL_FIELDS = ("approved", "approved_on", "how", "note")

NO_APPROVER_NAME = message("plan.no_approver_name", "Skriv navnet på den, der godkender.",
                           "Write the name of the person who approves.")
ALREADY_SIGNED = message("plan.already_signed", "Planen er allerede godkendt.", "The plan is already signed off.")
NOT_HELD = message("plan.not_held", "Planen kan først godkendes, når mødet er afholdt.",
                   "The plan can be signed off only once the meeting is held.")
NEW_VERSION_OF_SIGNED = message("plan.new_version_of_signed", "Der kan kun oprettes en ny version af en godkendt plan.",
                                "A new version can only be made of a signed-off plan.")
NO_REASON = message("plan.no_reason",
                    "Skriv kort, hvorfor planen skal ændres. Begrundelsen står i den nye version.",
                    "Write briefly why the plan is to be changed. The reason is shown in the new version.")
VERSION_NOT_SIGNED = message("plan.version_not_signed", "Version {version} er ikke godkendt endnu.",
                             "Version {version} is not signed off yet.")
FILE_ONLY_SIGNED = message("plan.file_only_signed", "Kun en godkendt plan kan journaliseres.",
                           "Only a signed-off plan can be filed in the case system.")
FILE_NOT_EXPORTED = message(
    "plan.file_not_exported",
    "Planen er ikke gemt som PDF endnu. Gem den med »Send denne version…«, og journalisér den PDF i sagssystemet.",
    "The plan has not been saved as a PDF yet. Save it with “Send this version…”, and file that PDF in the case "
    "system.")
ATTENDANCE_UNMARKED = message(
    "plan.attendance_unmarked",
    "Fremmødet er ikke registreret for: {names}. Markér det under Fremmøde, før planen godkendes.",
    "Attendance is not recorded for: {names}. Mark it under Attendance before the plan is signed off.")
ALREADY_FILED = message("plan.already_filed", "Planen er allerede markeret som journaliseret.",
                        "The plan is already marked as filed in the case system.")
APPROVALS_WHEN_HELD = message("plan.approvals_when_held", "Godkendelser registreres, når mødet er afholdt.",
                              "Approvals are recorded once the meeting is held.")


@dataclass(frozen=True)
class PlanVersion:
    id: int
    meeting_id: int
    case_id: int
    version: int
    reason: str
    fingerprint: str | None
    signed_at: str | None  # UTC ISO
    signed_by: str
    content: PlanContent | None

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class RenderInputs:
    """What the PDF is made of. A signed version is rendered with its signer and the moment it was
    signed, so the same version gives the same bytes every time; a draft with the user and now."""

    content: PlanContent
    author: str
    created: datetime
    fingerprint: str | None
    version: PlanVersion | None  # None: the draft of the working copy


@dataclass(frozen=True)
class PlanFiling:
    """A signed version noted as filed in the case system (journaliseret)."""

    id: int
    plan_version_id: int
    filed_on: date
    filed_by: str


@dataclass(frozen=True)
class UnfiledPlan:
    meeting_id: int
    version: int
    starts_at: datetime | None  # the meeting's start, UTC
    exported: bool


class PlanRepo:
    def __init__(self, store):
        self.store = store

    # -- versions -----------------------------------------------------------------------------------
    def versions(self, meeting_id: int) -> list[PlanVersion]:
        return [self._version(r) for r in self.store.query(
            "SELECT * FROM plan_versions WHERE meeting_id = ? ORDER BY version", [meeting_id])]

    def signed_versions(self, meeting_id: int) -> list[PlanVersion]:
        return [v for v in self.versions(meeting_id) if v.is_signed]

    def latest_signed(self, meeting_id: int) -> PlanVersion | None:
        signed = self.signed_versions(meeting_id)
        return signed[-1] if signed else None

    def working_version(self, meeting_id: int) -> int:
        """The number of the version being prepared (or, for a signed meeting, the one signed)."""
        row = self.store.conn.execute("SELECT MAX(version) FROM plan_versions WHERE meeting_id = ?",
                                      [meeting_id]).fetchone()
        return row[0] or 1

    def pending_reason(self, meeting_id: int) -> str:
        """Why the version being prepared was opened ("" for version 1)."""
        versions = self.versions(meeting_id)
        return versions[-1].reason if versions and not versions[-1].is_signed else ""

    def get_version(self, meeting_id: int, version: int) -> PlanVersion:
        rows = self.store.query("SELECT * FROM plan_versions WHERE meeting_id = ? AND version = ?",
                                [meeting_id, version])
        if not rows:
            raise KeyError((meeting_id, version))
        return self._version(rows[0])

    def _version(self, row: dict) -> PlanVersion:
        content = content_from_json(row["content"]) if row["content"] else None
        return PlanVersion(row["id"], row["meeting_id"], row["case_id"], row["version"], row["reason"],
                           row["fingerprint"], row["signed_at"], row["signed_by"], content)

    # -- approvals ----------------------------------------------------------------------------------
    def approvals(self, meeting_id: int, version: int | None = None) -> list[Approval]:
        version = version or self.working_version(meeting_id)
        return [from_row(Approval, r) for r in self.store.query(
            "SELECT * FROM approvals WHERE meeting_id = ? AND version = ? ORDER BY id", [meeting_id, version])]

    def contacts(self, case_id: int) -> list[ContactPerson]:
        """The case's responsible contact persons, one per side."""
        found: list[ContactPerson] = []
        for member in self.store.network.members(case_id):
            side = contact_side(member)
            if side and all(c.side != side for c in found):
                found.append(ContactPerson(side, member.person_id, member.person_name))
        return found

    def prepare(self, meeting_id: int) -> None:
        """Give every participant – and a contact person who was not there – a line to approve on.
        Idempotent; a meeting that is not held is left alone."""
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state != "held":
            return
        version = self.working_version(meeting_id)
        have = self.approvals(meeting_id, version)
        known_invitees = {a.invitee_id for a in have}
        known_persons = {a.person_id for a in have if a.person_id is not None}
        rows = []
        for invitee in meeting.invitees:
            if invitee.id not in known_invitees and invitee.person_id not in known_persons:
                rows.append({"invitee_id": invitee.id, "person_id": invitee.person_id, "name": invitee.name,
                             "sector": invitee.sector})
                if invitee.person_id is not None:
                    known_persons.add(invitee.person_id)
        for contact in self.contacts(meeting.case_id):
            if contact.person_id not in known_persons:
                member = self.store.network.member_for(meeting.case_id, contact.person_id)
                rows.append({"invitee_id": None, "person_id": contact.person_id, "name": contact.name,
                             "sector": member.sector if member else contact.side})
        if not rows:
            return
        with self.store.transaction() as w:
            for row in rows:
                w.insert("approvals", {"meeting_id": meeting_id, "version": version, **row, "approved": 0,
                                       "created_at": w.now()}, meeting.case_id)

    def set_approval(self, approval_id: int, changes: dict) -> dict:
        unknown = set(changes) - set(APPROVAL_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(sorted(unknown))}")
        row = self.store.writer.row("approvals", approval_id)
        if row is None:
            raise KeyError(approval_id)
        meeting = self._held(row["meeting_id"])
        values = dict(changes)
        if "how" in values and values["how"] not in ("", *APPROVAL_WAYS):
            raise ValueError(f"unknown way of approving {values['how']!r}")
        if isinstance(values.get("approved_on"), date):
            values["approved_on"] = values["approved_on"].isoformat()
        if "approved" in values:
            values["approved"] = int(bool(values["approved"]))
            if values["approved"] and not (values.get("approved_on") or row["approved_on"]):
                values["approved_on"] = local_today().isoformat()
        with self.store.transaction() as w:
            before = w.update("approvals", approval_id, values, meeting.case_id)
            if before:
                self.store.cases.touch(w, meeting.case_id)
            return before

    def add_party(self, meeting_id: int, name: str, sector: str = "family") -> int:
        """Someone who approves without having been at the meeting (a parent by phone)."""
        meeting = self._held(meeting_id)
        if not name.strip():
            raise Refusal(NO_APPROVER_NAME)
        with self.store.transaction() as w:
            return w.insert("approvals", {"meeting_id": meeting_id, "version": self.working_version(meeting_id),
                                          "name": name.strip(), "sector": sector, "approved": 0,
                                          "created_at": w.now()}, meeting.case_id)

    def problems(self, meeting_id: int) -> list[Refusal]:
        """Why the plan cannot be signed off yet; [] when it can."""
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state == "signed":
            return [Refusal(ALREADY_SIGNED)]
        if meeting.state != "held":
            return [Refusal(NOT_HELD)]
        problems = signoff_problems(self.approvals(meeting_id), self.contacts(meeting.case_id),
                                    self.requires_contacts())
        unmarked = self.store.live.unmarked(meeting_id)
        if unmarked:
            # A signed plan says who took part: never "not recorded" for someone who was there.
            problems.append(Refusal(ATTENDANCE_UNMARKED, names=", ".join(unmarked)))
        return problems

    def requires_contacts(self) -> bool:
        """The setting: must both responsible contact persons approve before sign-off? (default yes)"""
        return self.store.settings.get("plan_requires_contacts") != "0"

    # -- the snapshot -------------------------------------------------------------------------------
    def draft_content(self, meeting_id: int) -> PlanContent:
        """The plan as the working copy says now (what a draft export and the preview show)."""
        meeting = self.store.meetings.get(meeting_id)
        latest = self.latest_signed(meeting_id) if meeting.state == "signed" else None
        if latest is not None and latest.content is not None:  # a signed version always has its content
            return latest.content
        return snapshot(self.store, meeting, self.working_version(meeting_id))

    def held_times(self, meeting) -> tuple[datetime | None, datetime | None]:
        """When the meeting was held: its planned start and end – or, for a meeting run on another day
        than planned (started early, say), the moments it was started and ended, since the plan's date
        is the date it was held."""
        rows = self.store.query("SELECT started_at, ended_at FROM meetings WHERE id = ?", [meeting.id])
        started = from_utc_iso(rows[0]["started_at"]) if rows and rows[0]["started_at"] else None
        ended = from_utc_iso(rows[0]["ended_at"]) if rows and rows[0]["ended_at"] else None
        if started is None or (meeting.starts_at is not None
                               and to_local(started).date() == to_local(meeting.starts_at).date()):
            return meeting.starts_at, meeting.ends_at
        return started, ended

    # -- sign-off and new versions --------------------------------------------------------------------
    def sign_off(self, meeting_id: int, at: datetime | None = None) -> PlanVersion:
        """Lock the working copy as the next version; a Refusal (every problem) while it cannot be.
        `at`: when it was signed (the demo data's past meetings); default now."""
        problems = self.problems(meeting_id)
        if problems:
            raise Refusal.joined(problems)
        meeting = self.store.meetings.get(meeting_id)
        version = self.working_version(meeting_id)
        signer = self.store.settings.get("user_name") or "Ukendt bruger"
        with self.store.transaction() as w:
            now = to_utc_iso(at) if at is not None else w.now()
            content = snapshot(self.store, meeting, version, to_local(from_utc_iso(now)).date(), signer)
            canonical = canonical_json(content)
            digest = fingerprint_of(canonical)
            values = {"content": canonical, "fingerprint": digest, "signed_at": now, "signed_by": signer}
            existing = w.conn.execute("SELECT id FROM plan_versions WHERE meeting_id = ? AND version = ?",
                                      [meeting_id, version]).fetchone()
            if existing:
                w.update("plan_versions", existing[0], values, meeting.case_id)
            else:
                w.insert("plan_versions", {"meeting_id": meeting_id, "case_id": meeting.case_id, "version": version,
                                           "created_at": now, **values}, meeting.case_id)
            self.store.meetings.set_state(w, meeting_id, "signed", case_id=meeting.case_id)
            self.store.baton_log.add_event(
                w, meeting.case_id, "plan_signed",
                f"Den tværsektorielle plan (version {version}) er godkendt af {signer}. "
                f"Fingeraftryk {short_fingerprint(digest)}.")
            self.store.cases.touch(w, meeting.case_id)
        return self.get_version(meeting_id, version)

    def open_new_version(self, meeting_id: int, reason: str) -> int:
        """A change after sign-off: the meeting back to 'held' for version N+1; returns N+1."""
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state != "signed":
            raise Refusal(NEW_VERSION_OF_SIGNED)
        if not reason.strip():
            raise Refusal(NO_REASON)
        version = self.working_version(meeting_id) + 1
        previous = self.approvals(meeting_id, version - 1)
        with self.store.transaction() as w:
            now = w.now()
            w.insert("plan_versions", {"meeting_id": meeting_id, "case_id": meeting.case_id, "version": version,
                                       "reason": reason.strip(), "created_at": now}, meeting.case_id)
            self.store.meetings.set_state(w, meeting_id, "held", case_id=meeting.case_id)
            for a in previous:  # the same parties, to approve again
                w.insert("approvals", {"meeting_id": meeting_id, "version": version, "invitee_id": a.invitee_id,
                                       "person_id": a.person_id, "name": a.name, "sector": a.sector, "approved": 0,
                                       "created_at": now}, meeting.case_id)
            self.store.baton_log.add_event(
                w, meeting.case_id, "plan_reopened",
                f"Version {version} af den tværsektorielle plan er oprettet: {reason.strip()}")
            self.store.cases.touch(w, meeting.case_id)
        return version

    # -- exports and verifying --------------------------------------------------------------------------
    def render_inputs(self, meeting_id: int, version: int | None = None, draft: bool = False) -> RenderInputs:
        """The signed `version` (default: the latest signed one), or with `draft` – or when nothing is
        signed yet – the working copy as a draft."""
        chosen = None
        if version is not None:
            chosen = self.get_version(meeting_id, version)
            if not chosen.is_signed:
                raise Refusal(VERSION_NOT_SIGNED, version=version)
        elif not draft:
            chosen = self.latest_signed(meeting_id) if self.store.meetings.get(meeting_id).state == "signed" else None
        if chosen is not None and chosen.content is not None and chosen.signed_at is not None:  # signed: both set
            return RenderInputs(chosen.content, chosen.signed_by, from_utc_iso(chosen.signed_at), chosen.fingerprint,
                                chosen)
        return RenderInputs(self.draft_content(meeting_id), self.store.settings.get("user_name"), utc_now(), None,
                            None)

    def record_export(self, version: PlanVersion, data: bytes, file_name: str, kind: str = "plan",
                      include_cpr: bool = False) -> None:
        with self.store.transaction() as w:
            w.insert("plan_exports", {"plan_version_id": version.id, "sha256": hashlib.sha256(data).hexdigest(),
                                      "kind": kind, "include_cpr": int(include_cpr), "file_name": file_name,
                                      "exported_at": w.now()}, version.case_id)

    def record_sent(self, meeting_id: int, version: int | None, names: list[str], draft: bool = False) -> None:
        meeting = self.store.meetings.get(meeting_id)
        what = "Et udkast til den tværsektorielle plan" if draft else f"Den tværsektorielle plan (version {version})"
        with self.store.transaction() as w:
            self.store.baton_log.add_event(
                w, meeting.case_id, "plan_sent",
                f"{what} er lagt i en e-mailkladde til: {', '.join(names) or 'ingen med e-mail'}.")
            self.store.cases.touch(w, meeting.case_id)

    def exported(self, data: bytes) -> bool:
        digest = hashlib.sha256(data).hexdigest()
        return bool(self.store.query("SELECT 1 FROM plan_exports WHERE sha256 = ?", [digest]))

    # -- filed in the case system ("journaliseret") -----------------------------------------------------
    def filings(self, meeting_id: int) -> dict[int, PlanFiling]:
        """The meeting's signed versions marked as filed in the case system, by version number."""
        rows = self.store.conn.execute(
            "SELECT v.version, f.id, f.plan_version_id, f.filed_on, f.filed_by FROM plan_filings f "
            "JOIN plan_versions v ON v.id = f.plan_version_id WHERE v.meeting_id = ?", [meeting_id]).fetchall()
        return {r[0]: PlanFiling(r[1], r[2], date.fromisoformat(r[3]), r[4]) for r in rows}

    def exported_versions(self, meeting_id: int) -> set[int]:
        """The version numbers of the meeting's signed versions written out as a PDF at least once."""
        return {r[0] for r in self.store.conn.execute(
            "SELECT DISTINCT v.version FROM plan_exports e JOIN plan_versions v ON v.id = e.plan_version_id "
            "WHERE v.meeting_id = ? AND e.kind = 'plan'", [meeting_id])}

    def mark_filed(self, meeting_id: int, version: int, filed_on: date | None = None) -> int:
        """Note that a signed, exported version is filed in the case system (journaliseret)."""
        chosen = self.get_version(meeting_id, version)
        if not chosen.is_signed:
            raise Refusal(FILE_ONLY_SIGNED)
        if version not in self.exported_versions(meeting_id):
            raise Refusal(FILE_NOT_EXPORTED)
        if version in self.filings(meeting_id):
            raise Refusal(ALREADY_FILED)
        with self.store.transaction() as w:
            filing_id = w.insert("plan_filings", {
                "plan_version_id": chosen.id, "filed_on": (filed_on or local_today()).isoformat(),
                "filed_by": self.store.settings.get("user_name"), "created_at": w.now()}, chosen.case_id)
            self.store.cases.touch(w, chosen.case_id)
            return filing_id

    def unmark_filed(self, meeting_id: int, version: int) -> None:
        filing = self.filings(meeting_id).get(version)
        if filing is None:
            return
        case_id = self.get_version(meeting_id, version).case_id
        with self.store.transaction() as w:
            w.delete("plan_filings", filing.id, case_id)
            self.store.cases.touch(w, case_id)

    def unfiled(self, case_id: int) -> list[UnfiledPlan]:
        """The case's signed plan versions not marked as filed in the case system, oldest first."""
        rows = self.store.conn.execute(
            "SELECT v.meeting_id, v.version, m.starts_at, "
            "EXISTS (SELECT 1 FROM plan_exports e WHERE e.plan_version_id = v.id AND e.kind = 'plan') "
            "FROM plan_versions v JOIN meetings m ON m.id = v.meeting_id WHERE v.case_id = ? "
            "AND v.signed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM plan_filings f WHERE f.plan_version_id = v.id) "
            "ORDER BY m.starts_at, v.meeting_id, v.version", [case_id]).fetchall()
        return [UnfiledPlan(r[0], r[1], from_utc_iso(r[2]) if r[2] else None, bool(r[3])) for r in rows]

    # -- helpers ------------------------------------------------------------------------------------
    def _held(self, meeting_id: int):
        meeting = self.store.meetings.get(meeting_id)
        if meeting.state == "signed":
            raise Refusal(SIGNED)
        if meeting.state != "held":
            raise Refusal(APPROVALS_WHEN_HELD)
        return meeting

    def signed_by_fingerprint(self, fingerprint: str) -> PlanVersion | None:
        """The signed version with this fingerprint, whatever its meeting's id here: a case handed over
        from another laptop (kitdesk.store.handover) keeps its versions' fingerprints and content, not
        the ids its meetings had there."""
        rows = self.store.query("SELECT * FROM plan_versions WHERE fingerprint = ? AND signed_at IS NOT NULL "
                                "ORDER BY id LIMIT 1", [fingerprint])
        return self._version(rows[0]) if rows else None
