"""The access log's codes, and "Udtræk til indsigt" (GDPR art. 15) as sections of Danish text.

An access-log row says who opened, viewed or exported what about a child: an action code, the kind
of record and its id, the case id and a few detail words – codes only, never a name, a CPR number or
a file name. `check_entry` is the one gate every row passes before it is written.

The extract is gathered by the store (kitdesk.store.access_extract) into an ExtractData of plain
rows, turned into Sections here (kitdesk.domain.access_sections), and written as PDF and CSV by the
export layer from the very same Sections, so the two files always say the same.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

# What was done, in the Danish words of the extract.
ACCESS_ACTIONS = MappingProxyType({
    "case_opened": "Sagen åbnet",
    "meeting_opened": "Netværksmødet åbnet",
    "plan_viewed": "Planen vist",
    "document_opened": "Bilag åbnet",
    "invitation_exported": "Indkaldelse skrevet til filer",
    "plan_exported": "Planen skrevet til filer",
    "access_extract": "Udtræk til indsigt lavet",
    "consent_form_exported": "Samtykkeerklæring skrevet til fil",
})
# The kinds of record an access is about.
ACCESS_ENTITIES = MappingProxyType({
    "cases": "Sagen",
    "meetings": "Netværksmøde",
    "exchanges": "Bilag",
    "persons": "Person",
})
# Detail words: how it was done. "v3" (version 3) is the one word with a number.
DETAIL_WORDS = MappingProxyType({
    "request": "indkaldelse",
    "new": "til nye deltagere",
    "update": "opdateret indkaldelse",
    "cancel": "aflysning",
    "draft": "udkast",
    "cpr": "med CPR-nummer",
    "summary": "med familieudgaven",
    "email": "med e-mailkladde",
    "pdf": "PDF",
    "csv": "CSV",
    "cli": "fra kommandolinjen",
    "print": "udskrevet",
})
_VERSION = re.compile(r"v[0-9]{1,4}")


class AccessEntryRefused(ValueError):
    """A caller asked to log something that is not a code: a bug in the caller, never user input."""


def check_entry(action: str, entity: str, entity_id: int, case_id: int | None, details) -> str:
    """The detail words joined as stored ("v2,cpr"); refuses anything that is not one of the codes."""
    if action not in ACCESS_ACTIONS:
        raise AccessEntryRefused(f"unknown access action {action!r}")
    if entity not in ACCESS_ENTITIES:
        raise AccessEntryRefused(f"unknown access entity {entity!r}")
    for number in (entity_id, case_id):
        if number is not None and (not isinstance(number, int) or isinstance(number, bool)):
            raise AccessEntryRefused("access log ids are integers")
    words = [str(d) for d in details if d]
    for word in words:
        if word not in DETAIL_WORDS and not _VERSION.fullmatch(word):
            raise AccessEntryRefused(f"unknown access detail {word!r}")
    return ",".join(dict.fromkeys(words))


def detail_text(detail: str) -> str:
    """"v2,cpr,cli" -> "version 2, med CPR-nummer, fra kommandolinjen"."""
    words = []
    for word in filter(None, (detail or "").split(",")):
        words.append(f"version {word[1:]}" if _VERSION.fullmatch(word) else DETAIL_WORDS.get(word, word))
    return ", ".join(words)


# -- the extract ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the page width in the PDF


@dataclass(frozen=True)
class Section:
    """One heading of the extract: a table of text. `empty` is said when there are no rows."""

    key: str
    title: str
    lead: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str


@dataclass
class ExtractData:
    """What the app holds about one person, as plain rows (dicts of database values).

    kind "case": the child – everything in the case. kind "person": a parent or a professional in
    the directory – their own fields and what in their cases concerns them, by case number only.
    """

    kind: str
    subject_id: int
    made_at: datetime
    made_by: str
    case: dict | None = None  # the case's row (kind "case")
    person: dict | None = None  # the directory row (kind "person")
    members: list[dict] = field(default_factory=list)
    consents: list[dict] = field(default_factory=list)
    exchanges: list[dict] = field(default_factory=list)
    log_entries: list[dict] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    invitees: list[dict] = field(default_factory=list)
    minutes: list[dict] = field(default_factory=list)  # {"meeting_id", "part", "text"}
    agreements: list[dict] = field(default_factory=list)
    plan_versions: list[dict] = field(default_factory=list)
    plan_exports: list[dict] = field(default_factory=list)
    access: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)  # audit rows, "fields" a list of column names
    case_numbers: dict[int, str] = field(default_factory=dict)  # case id -> case number
    meeting_times: dict[int, str | None] = field(default_factory=dict)  # meeting id -> UTC ISO start

    @property
    def case_no(self) -> str:
        return (self.case or {}).get("case_no", "")

    @property
    def subject_name(self) -> str:
        if self.kind == "case":
            return (self.case or {}).get("child_name", "")
        return (self.person or {}).get("name", "")


@dataclass(frozen=True)
class Extract:
    """The extract as both files print it."""

    title: str
    subject_line: str  # "Freja Nørgaard – barnet i sag 2026-0001"
    intro: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    made_at: datetime
    made_by: str
    reference: str  # "sag 2026-0001" / "person nr. 12": what the footer and the metadata name
    file_stem: str  # Indsigt_2026-0001_2026-12-04: no name, only the case number (or person id) and the date


def file_stem(kind: str, subject_id: int, case_no: str, made_on) -> str:
    """ASCII, nothing personal: Indsigt_2026-0001_2026-12-04 or Indsigt_person-12_2026-12-04."""
    if kind == "case":
        who = re.sub(r"[^A-Za-z0-9.\-]+", "_", case_no).strip("._") or f"sag-{subject_id}"
    else:
        who = f"person-{subject_id}"
    return f"Indsigt_{who}_{made_on.isoformat()}"


def same_name(a: str | None, b: str | None) -> bool:
    """Two names written the same way, ignoring case (æøå too) and spacing."""
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold() != ""


def plan_mentions(content, name: str) -> tuple[str, ...]:
    """How a plan version (kitdesk.domain.plan.PlanContent) names a person: as participant,
    chair, minute taker, responsible for an agreement, or one who approves."""
    found: list[str] = []
    for p in content.participants:
        if same_name(p.name, name):
            found.append("mødeleder" if p.is_chair else "referent" if p.is_minute_taker else "deltager")
    if any(same_name(a.responsible, name) for a in content.agreements):
        found.append("ansvarlig for en aftale")
    if any(same_name(f.responsible, name) for f in content.follow_ups):
        found.append("ansvarlig for en opfølgning")
    if any(same_name(a.name, name) for a in content.approvals):
        found.append("godkender")
    return tuple(dict.fromkeys(found))
