"""The invitation bundle: the letter (PDF), the calendar invitation (.ics) and an e-mail draft (.eml)
that carries both, written together and all-or-nothing into one folder.

    files = write_invitation(meeting, "Freja Nørgaard", organiser, folder)            # first invitation
    meeting.sequence += 1; ...; write_invitation(..., kind="update")                  # changed time/place
    meeting.sequence += 1; write_invitation(..., kind="cancel")                       # cancellation

File names are ASCII and hold no personal data, only the meeting's date and time:
Indkaldelse_2026-11-30_0900.pdf, Netvaerksmoede_2026-11-30_0900.ics, Indkaldelse_2026-11-30_0900.eml.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from kitdesk.domain.dates import to_local
from kitdesk.domain.meeting import Invitee, Meeting, Organiser
from kitdesk.export.atomic import ExportError, danish_message, write_files
from kitdesk.export.calendar import build_calendar
from kitdesk.export.email_draft import build_email, recipients
from kitdesk.export.invitation_pdf import KINDS, build_invitation_pdf

__all__ = ["ExportError", "InvitationFiles", "file_names", "write_invitation"]

# kind -> (stem of the letter and the e-mail, stem of the calendar file)
_STEMS = {
    "request": ("Indkaldelse", "Netvaerksmoede"),
    "update": ("Aendret_indkaldelse", "Aendret_netvaerksmoede"),
    "cancel": ("Aflysning", "Aflyst_netvaerksmoede"),
}


@dataclass
class InvitationFiles:
    pdf: Path
    ics: Path
    eml: Path
    recipients: list[Invitee] = field(default_factory=list)  # invitees on the e-mail's To line
    without_email: list[Invitee] = field(default_factory=list)  # must be invited another way
    letters: list[Path] = field(default_factory=list)  # the letters to post, one per person, addressed

    @property
    def paths(self) -> list[Path]:
        return [self.pdf, self.ics, self.eml, *self.letters]


def file_names(meeting: Meeting, kind: str = "request") -> tuple[str, str, str]:
    """(pdf, ics, eml) names: ASCII, the meeting's local date and time, nothing personal."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if meeting.starts_at is None:  # the send section asks only for a meeting with its time
        raise ValueError("the meeting has no time")
    local = to_local(meeting.starts_at)
    when = f"{local:%Y-%m-%d}_{local:%H%M}"
    letter, calendar = _STEMS[kind]
    return f"{letter}_{when}.pdf", f"{calendar}_{when}.ics", f"{letter}_{when}.eml"


def _check(meeting: Meeting, organiser: Organiser, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; use one of {KINDS}")
    if not meeting.uid:
        raise ValueError("the meeting has no UID (the store gives every meeting one)")
    if meeting.starts_at is None or meeting.ends_at is None:
        raise ExportError("Mødet har ikke noget tidspunkt endnu. Vælg dato, start og slut, og prøv igen.")
    if not organiser.name.strip() or not organiser.email.strip():
        raise ExportError("Skriv dit navn og din e-mailadresse under Indstillinger, før du laver en indkaldelse. "
                          "Deltagerne skal kunne melde afbud til dig.")


def postal_name(pdf_name: str, number: int) -> str:
    """Indkaldelse_2026-11-30_0900_post1.pdf: a letter to post, numbered, nothing personal."""
    return pdf_name.removesuffix(".pdf") + f"_post{number}.pdf"


def write_invitation(meeting: Meeting, child_name: str, organiser: Organiser, out_dir: Path,
                     kind: str = "request", now: datetime | None = None,
                     postal: dict[int, str] | None = None) -> InvitationFiles:
    """Write the letter, the calendar file and the e-mail draft into out_dir (created if missing).

    postal: {invitee id: postal address} of those who get the letter by post (no e-mail): each gets
    a copy of the letter with their name and address where a window envelope shows them.

    kind: "request" (first invitation), "update" (changed time or place: the same UID, and the
    caller has raised meeting.sequence) or "cancel". `now` stamps the letter's date, DTSTAMP and the
    mail's Date (default: the current time). Raises ExportError with a Danish message; on an error
    no file of the bundle is left behind.
    """
    _check(meeting, organiser, kind)
    now = now or datetime.now(UTC)
    out_dir = Path(out_dir)
    pdf_name, ics_name, eml_name = file_names(meeting, kind)

    pdf = build_invitation_pdf(meeting, child_name, organiser, kind, now=now)
    by_id = {i.id: i for i in meeting.invitees}
    posted = [(by_id[i], address) for i, address in (postal or {}).items() if i in by_id]
    letters = {postal_name(pdf_name, n): build_invitation_pdf(meeting, child_name, organiser, kind, now=now,
                                                             addressee=invitee, address=address)
               for n, (invitee, address) in enumerate(posted, start=1)}
    ics = build_calendar(meeting, organiser, kind, now=now)
    eml = build_email(meeting, organiser, kind, (pdf_name, pdf), (ics_name, ics), now=now)

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(danish_message(error, out_dir)) from error
    files = InvitationFiles(pdf=out_dir / pdf_name, ics=out_dir / ics_name, eml=out_dir / eml_name,
                            recipients=recipients(meeting),
                            without_email=[i for i in meeting.invitees if not i.has_email],
                            letters=[out_dir / name for name in letters])
    write_files({files.pdf: pdf, files.ics: ics, files.eml: eml, **{out_dir / n: b for n, b in letters.items()}})
    return files
