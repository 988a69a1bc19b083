"""The e-mail draft (.eml): opened by Outlook as an unsent message (X-Unsent: 1), ready to send.

No mail server is involved. The subject and the body carry no name of the child: e-mail travels
widely and is read on phones; the attached PDF carries the details. Attachment names are plain
ASCII (Outlook garbles RFC 2231 names).
"""
from __future__ import annotations

from datetime import datetime, timezone
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from kitdesk.domain.contact import valid_email
from kitdesk.domain.dates import fmt_date, to_local
from kitdesk.domain.meeting import Invitee, Meeting, Organiser
from kitdesk.export.atomic import ExportError
from kitdesk.export.text import clock, date_in_words, one_line, span


def secure_mail(what: str = "Brevet i den vedhæftede PDF", it: str = "det") -> str:
    """The warning that the attachment holds personal data: "<what> indeholder personoplysninger. ..."."""
    return (f"{what} indeholder personoplysninger. Send {it} kun med sikker post (sikker e-mail eller Digital "
            "Post), når det går uden for din egen organisation – det gælder også svar og videresendelse.")


SECURE_MAIL = secure_mail()


def subject(meeting: Meeting, kind: str) -> str:
    when = f"{fmt_date(meeting.starts_at)} kl. {clock(meeting.starts_at)}"
    if kind == "cancel":
        return f"Aflyst: Netværksmøde {when}"
    if kind == "update":
        return f"Ændret: Indkaldelse til netværksmøde {when}"
    return f"Indkaldelse til netværksmøde {when}"


def address(name: str, email: str) -> Address:
    """A recipient; the name is encoded by the e-mail policy (RFC 2047), the domain as IDNA."""
    email = email.strip()
    if not valid_email(email):
        raise ExportError(f"E-mailadressen for {one_line(name) or 'en deltager'} ser ikke rigtig ud: {email}. "
                          "Ret den, og prøv igen.")
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        raise ExportError(f"E-mailadressen {email} har æ, ø, å eller andre særlige tegn før @. "
                          "Skriv adressen, som modtageren bruger den (fx ae, oe, aa).")
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise ExportError(f"E-mailadressen {email} ser ikke rigtig ud. Ret den, og prøv igen.") from error
    return Address(display_name=one_line(name), username=local, domain=domain)


def draft_bytes(message: EmailMessage, to: list[Address]) -> bytes:
    """The message as bytes with its To line written here, one address a line.

    Python's own folding (3.11, 3.12) can push the comma after a non-ASCII name into an encoded word
    when it breaks the line there ("=?utf-8?q?=2C?="); a reader then merges two addresses and one
    recipient is lost. Each address is encoded on its own (RFC 2047) and the list folded after commas.
    """
    if "To" in message:
        del message["To"]
    raw = message.as_bytes(policy=policy.SMTP)
    if not to:
        return raw
    return ("To: " + ",\r\n ".join(_mailbox(a) for a in to) + "\r\n").encode("ascii") + raw


def _mailbox(address: Address) -> str:
    """One address as ASCII: a plain name quoted where needed, any other name as encoded words of at
    most 75 characters each (RFC 2047), folded onto lines of their own."""
    name = address.display_name
    if not name or name.isascii():
        return formataddr((name, address.addr_spec))
    encoded = Header(name, "utf-8").encode(linesep="\r\n", maxlinelen=76)
    return f"{encoded}\r\n <{address.addr_spec}>" if len(encoded.rsplit("\n", 1)[-1]) > 40 else \
        f"{encoded} <{address.addr_spec}>"


def recipients(meeting: Meeting) -> list[Invitee]:
    """Every invitee with an e-mail address, once per address (parents can share one)."""
    seen, result = set(), []
    for invitee in meeting.invitees:
        key = invitee.email.strip().lower()
        if invitee.has_email and key not in seen:
            seen.add(key)
            result.append(invitee)
    return result


def _where_lines(meeting: Meeting) -> list[str]:
    if meeting.form == "physical":
        return ["Mødeform: Fysisk møde", f"Sted: {one_line(meeting.place)}"]
    if meeting.form == "video":
        return ["Mødeform: Videomøde", f"Link: {one_line(meeting.video_link)}"]
    if meeting.form == "hybrid":
        return ["Mødeform: Hybridmøde (i mødelokalet eller på video)", f"Sted: {one_line(meeting.place)}",
                f"Link: {one_line(meeting.video_link)}"]
    if meeting.form == "phone":
        return ["Mødeform: Telefonmøde", f"Ring til: {one_line(meeting.phone)}"]
    return []


def signature(organiser: Organiser) -> list[str]:
    """Med venlig hilsen, then name, title, organisation, telephone and e-mail: one line each."""
    lines = ["Med venlig hilsen", ""]
    lines += [one_line(v) for v in (organiser.name, organiser.title, organiser.organisation) if one_line(v)]
    if one_line(organiser.phone):
        lines.append(f"Tlf. {one_line(organiser.phone)}")
    if one_line(organiser.email):
        lines.append(one_line(organiser.email))
    return lines


def _afbud(organiser: Organiser) -> str:
    ways = [v for v in (one_line(organiser.email), one_line(organiser.phone)) if v]
    how = f" på {' eller '.join(ways)}" if ways else ""
    return (f"Afbud: Meld afbud hurtigst muligt til {one_line(organiser.name)}{how}. "
            "Giv også besked, hvis du ønsker, at andre skal deltage i mødet.")


def body(meeting: Meeting, organiser: Organiser, kind: str, ics_name: str) -> str:
    when = f"{date_in_words(meeting.starts_at)} kl. {span(meeting.starts_at, meeting.ends_at)}"
    lines = ["Kære deltagere", ""]
    if kind == "cancel":
        lines += [f"Netværksmødet {when} er aflyst.", "",
                  "Se den vedhæftede aflysning. Åbn kalenderfilen "
                  f"({ics_name}) for at fjerne mødet fra din kalender.", "",
                  "Har du spørgsmål, er du velkommen til at kontakte mig."]
    else:
        if kind == "update":
            lines += [f"Tidspunktet eller stedet for netværksmødet er ændret. Mødet holdes nu {when}.", ""]
        else:
            lines += [f"Du inviteres hermed til netværksmøde {when}.", ""]
        lines += _where_lines(meeting) + [""]
        lines += ["Se vedhæftede indkaldelse med formål, dagsorden og rollebeskrivelser. "
                  f"Åbn kalenderfilen ({ics_name}) for at lægge mødet i din kalender.", ""]
        lines += [_afbud(organiser)]
    lines += ["", SECURE_MAIL, ""] + signature(organiser)
    return "\n".join(lines) + "\n"


def build_email(meeting: Meeting, organiser: Organiser, kind: str, pdf: tuple[str, bytes],
                ics: tuple[str, bytes], now: datetime | None = None) -> bytes:
    """The draft as bytes (CRLF line ends); pdf and ics are (ASCII file name, content)."""
    for name, _ in (pdf, ics):
        if not name.isascii():
            raise ValueError(f"attachment name must be ASCII: {name!r}")
    now = now or datetime.now(timezone.utc)
    message = EmailMessage(policy=policy.SMTP)
    to = [address(i.name, i.email) for i in recipients(meeting)]
    if organiser.email.strip():
        message["From"] = address(organiser.name, organiser.email)
    message["Subject"] = subject(meeting, kind)
    message["Date"] = format_datetime(to_local(now).replace(microsecond=0))
    message["X-Unsent"] = "1"
    message.set_content(body(meeting, organiser, kind, ics[0]), charset="utf-8", cte="quoted-printable")
    message.add_attachment(pdf[1], maintype="application", subtype="pdf", filename=pdf[0])
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    message.add_attachment(ics[1], maintype="text", subtype="calendar", filename=ics[0],
                           params={"method": method, "charset": "utf-8"})
    return draft_bytes(message, to)
