"""The plan's files: the PDF, optionally the family summary ("Det har vi aftalt"), and an e-mail
draft (.eml) that carries them, written together and all-or-nothing into one folder.

    files = write_plan_files(content, folder, author=..., created=version.signed_at, fingerprint=...,
                             family_summary=True, recipients=[(name, email), ...], sender=organiser)
    write_plan_pdf(content, Path("plan.pdf"), author=..., created=..., fingerprint=...)   # one PDF

File names are ASCII and hold nothing personal beyond the case number and the meeting's date:
Tvaersektoriel_plan_2026-0001_2026-12-04_v1.pdf, Det_har_vi_aftalt_2026-0001_2026-12-04_v1.pdf and
Tvaersektoriel_plan_2026-0001_2026-12-04_v1.eml; a draft's names begin with UDKAST_.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from kitdesk.domain.dates import fmt_date, to_local
from kitdesk.domain.meeting import Organiser
from kitdesk.domain.plan import PlanContent, plan_file_stem
from kitdesk.export.atomic import ExportError, danish_message, write_files
from kitdesk.export.email_draft import address, draft_bytes, secure_mail, signature
from kitdesk.export.family_summary_pdf import build_family_summary_pdf
from kitdesk.export.plan_pdf import build_plan_pdf, meeting_day, short_date, when
from kitdesk.export.text import date_in_words, one_line

__all__ = ["ExportError", "PlanFiles", "plan_file_names", "write_plan_files", "write_plan_pdf", "build_plan_email"]

DRAFT_PREFIX = "UDKAST_"
_PLAN_PREFIX = "Tvaersektoriel_plan_"
_SUMMARY_PREFIX = "Det_har_vi_aftalt_"


@dataclass
class PlanFiles:
    pdf: Path
    summary: Path | None
    eml: Path | None  # None when no e-mail draft was asked for
    recipients: list[tuple[str, str]] = field(default_factory=list)  # (name, e-mail) on the To line
    without_email: list[tuple[str, str]] = field(default_factory=list)  # no usable address: send another way

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.pdf, self.summary, self.eml) if p is not None]


def plan_file_names(content: PlanContent) -> tuple[str, str, str]:
    """(plan pdf, family summary pdf, eml): ASCII, the case number, the meeting's date, the version."""
    stem = plan_file_stem(content.case_no, meeting_day(content), content.version)
    summary = _SUMMARY_PREFIX + stem.removeprefix(_PLAN_PREFIX)
    prefix = "" if content.is_signed else DRAFT_PREFIX
    return f"{prefix}{stem}.pdf", f"{prefix}{summary}.pdf", f"{prefix}{stem}.eml"


def _split_recipients(recipients) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Those with a usable address (once per address: parents may share one), and the rest."""
    seen, usable, without = set(), [], []
    for name, email in recipients:
        email = (email or "").strip()
        try:
            valid = bool(email) and bool(address(name, email))
        except ExportError:
            valid = False
        if not valid:
            without.append((name, email))
        elif email.lower() not in seen:
            seen.add(email.lower())
            usable.append((name, email))
    return usable, without


def subject(content: PlanContent) -> str:
    held = meeting_day(content)
    text = f"Tværsektoriel plan fra netværksmødet{' ' + fmt_date(held) if held else ''}"
    return text if content.is_signed else f"Udkast: {text}"


def body(content: PlanContent, sender: Organiser, summary_name: str | None) -> str:
    """The mail's text: no name of the child (e-mail travels widely); the PDF carries the details."""
    starts = when(content.starts_at)
    meeting = f"netværksmødet {date_in_words(starts)}" if starts else "netværksmødet"
    lines = ["Kære alle", ""]
    if content.is_signed:
        version = f"version {content.version}, godkendt {short_date(content.signed_on)}"
        replaces = f" Den erstatter version {content.replaces}." if content.replaces else ""
        lines += [f"Hermed den tværsektorielle plan fra {meeting} ({version}).{replaces}", "",
                  "Planen er referatet af mødet. Den beskriver aftalerne, og hvem der har ansvaret for hvad."]
    else:
        lines += [f"Hermed et udkast til den tværsektorielle plan fra {meeting}.", "",
                  "Udkastet er ikke godkendt endnu. Læs det igennem, og giv mig besked, om I kan godkende "
                  "planen, eller hvad der skal rettes."]
    if summary_name:
        lines += ["", f"Der er også vedhæftet en kort udgave af aftalerne i et enkelt sprog til barnet eller den "
                      f"unge og familien ({summary_name})."]
    if summary_name:
        warning = secure_mail("De vedhæftede PDF-filer", "dem")
    else:
        warning = secure_mail("Planen i den vedhæftede PDF", "den")
    lines += ["", warning, ""] + signature(sender)
    return "\n".join(lines) + "\n"


def build_plan_email(content: PlanContent, sender: Organiser, to: list[tuple[str, str]],
                     attachments: list[tuple[str, bytes]], now: datetime | None = None) -> bytes:
    """The draft as bytes (CRLF line ends); attachments are (ASCII file name, PDF bytes)."""
    for name, _ in attachments:
        if not name.isascii():
            raise ValueError(f"attachment name must be ASCII: {name!r}")
    now = now or datetime.now(UTC)
    message = EmailMessage(policy=policy.SMTP)
    addresses = [address(name, email) for name, email in to]
    sender_address = address(sender.name, sender.email) if sender.email.strip() else None
    message["Subject"] = subject(content)
    message["Date"] = format_datetime(to_local(now).replace(microsecond=0))
    message["X-Unsent"] = "1"
    summary = attachments[1][0] if len(attachments) > 1 else None
    message.set_content(body(content, sender, summary), charset="utf-8", cte="quoted-printable")
    for name, data in attachments:
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return draft_bytes(message, addresses, sender_address)


def write_plan_files(content: PlanContent, out_dir: Path, *, author: str, created: datetime, fingerprint: str | None,
                     include_cpr: bool = False, family_summary: bool = False, email: bool = True,
                     recipients: Sequence[tuple[str, str]] = (), sender: Organiser,
                     now: datetime | None = None) -> PlanFiles:
    """Write the plan PDF, the family summary (if asked for) and – unless `email` is False – the
    e-mail draft into out_dir (created if missing). created/fingerprint/include_cpr as for
    plan_pdf.build_plan_pdf; now is the mail's Date (default: the current time). Raises ExportError
    with a Danish message; on an error no file is left behind."""
    if email and (not one_line(sender.name) or not sender.email.strip()):
        raise ExportError("Skriv dit navn og din e-mailadresse under Indstillinger, før du sender planen. "
                          "Deltagerne skal kunne svare dig.")
    out_dir = Path(out_dir)
    pdf_name, summary_name, eml_name = plan_file_names(content)
    to, without = _split_recipients(recipients)

    pdf = build_plan_pdf(content, author=author, created=created, fingerprint=fingerprint, include_cpr=include_cpr)
    attachments = [(pdf_name, pdf)]
    if family_summary:
        summary = build_family_summary_pdf(content, author=author, created=created, fingerprint=fingerprint,
                                           contact=sender)
        attachments.append((summary_name, summary))
    eml = build_plan_email(content, sender, to, attachments, now=now) if email else None

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(danish_message(error, out_dir)) from error
    files = PlanFiles(pdf=out_dir / pdf_name, summary=out_dir / summary_name if family_summary else None,
                      eml=out_dir / eml_name if email else None, recipients=to if email else [],
                      without_email=without if email else [])
    data = {files.pdf: pdf}
    if files.eml is not None and eml is not None:  # both or neither, as `email` says
        data[files.eml] = eml
    if files.summary is not None:
        data[files.summary] = attachments[1][1]
    write_files(data)
    return files


def write_plan_pdf(content: PlanContent, target: Path, *, author: str, created: datetime, fingerprint: str | None,
                   include_cpr: bool = False) -> Path:
    """One plan PDF to the given path (kitdesk export-plan --out FILE.pdf), written atomically. The
    folder must exist; ExportError with a Danish message when it cannot be written."""
    target = Path(target)
    data = build_plan_pdf(content, author=author, created=created, fingerprint=fingerprint, include_cpr=include_cpr)
    write_files({target: data})
    return target

