"""The e-mail draft (.eml): opened by Outlook as an unsent message (X-Unsent: 1), ready to send.

No mail server is involved. The subject and the body carry no name of the child: e-mail travels
widely and is read on phones; the attached PDF carries the details. Attachment names are plain
ASCII (Outlook garbles RFC 2231 names).
"""
from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from kitdesk.domain.contact import hidden_characters, valid_email
from kitdesk.domain.dates import fmt_date, to_local
from kitdesk.domain.meeting import Invitee, Meeting, Organiser, scheduled
from kitdesk.export.atomic import ExportError
from kitdesk.export.text import clock, date_in_words, one_line, span


def secure_mail(what: str = "Brevet i den vedhæftede PDF", it: str = "det") -> str:
    """The warning that the attachment holds personal data: "<what> indeholder personoplysninger. ..."."""
    return (f"{what} indeholder personoplysninger. Send {it} kun med sikker post (sikker e-mail eller Digital "
            "Post), når det går uden for jeres egen organisation – det gælder også svar og videresendelse.")


SECURE_MAIL = secure_mail()


def subject(meeting: Meeting, kind: str) -> str:
    starts, _ends = scheduled(meeting)
    when = f"{fmt_date(starts)} kl. {clock(starts)}"
    if kind == "cancel":
        return f"Aflyst: Netværksmøde {when}"
    if kind == "update":
        return f"Ændret: Indkaldelse til netværksmøde {when}"
    return f"Indkaldelse til netværksmøde {when}"


def address(name: str, email: str) -> Address:
    """A sender or recipient, checked by the domain's rule (ExportError in Danish otherwise); the
    name on one line without control characters, the domain as IDNA. The mail and the calendar
    write only addresses that passed here."""
    email = email.strip()
    who = one_line(name) or "en deltager"
    if hidden_characters(email):
        # Old data or a file from elsewhere: the character must not reach a header, nor the message.
        raise ExportError(f"E-mailadressen for {who} indeholder et skjult tegn, som ikke kan stå i en adresse. "
                          "Slet adressen, skriv den igen, og prøv igen.")
    if not valid_email(email):
        raise ExportError(f"E-mailadressen for {who} ser ikke rigtig ud: {email}. Ret den, og prøv igen.")
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


def draft_bytes(message: EmailMessage, to: list[Address], sender: Address | None = None) -> bytes:
    """The message as bytes with its From and To lines written here, one address a line.

    Python's own folding (3.11, 3.12) can push the comma after a non-ASCII name into an encoded word
    when it breaks the line there ("=?utf-8?q?=2C?="), and it splits a long plain name such as
    "Hansen, Anne ..." at its comma without quoting it: a reader then sees several addresses, or the
    address written inside the name ("<x@evil.dk>"). Here every name is one phrase (RFC 5322) and
    every line ends by 78 characters, however long the name.
    """
    for field in ("From", "To"):
        if field in message:
            del message[field]
    raw = message.as_bytes(policy=policy.SMTP)
    head = ""
    if sender is not None:
        head += _address_field("From", [sender])
    if to:
        head += _address_field("To", to)
    return head.encode("ascii") + raw


MAX_LINE = 78  # RFC 5322 2.1.1: a line SHOULD end by 78 characters (and MUST by 998)
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+")  # atext (RFC 5322 3.2.3)
_WORD_ROOM = 60  # a quoted word or an atom longer than this is encoded, so that it can be split
_ENCODED_ROOM = 72  # the longest encoded word written: "From: " and one fill a line (RFC 2047 allows 75)


def _address_field(field: str, addresses: list[Address]) -> str:
    """'From: ...' or 'To: ...' as folded ASCII lines ending in CRLF, addresses separated by commas.
    Each address starts a line of its own; a name folds between its words where the line fills."""
    lines: list[str] = []
    for n, address in enumerate(addresses):
        tokens = _phrase(address.display_name) + [f"<{address.addr_spec}>"]
        if n < len(addresses) - 1:
            tokens[-1] += ","
        line = f"{field}: " if n == 0 else " "
        fresh = True  # nothing on this line yet: a token too long to fold still goes here
        for token in tokens:
            if not fresh and len(line) + 1 + len(token) > MAX_LINE:
                lines.append(line)
                line, fresh = " ", True
            line += token if fresh else " " + token
            fresh = False
        lines.append(line)
    return "".join(line + "\r\n" for line in lines)


def _phrase(name: str) -> list[str]:
    """A display name as the words of one phrase, written with single spaces between them.

    Plain words stay as they are, ASCII words with specials (, < > @ " ...) become quoted strings,
    and each run of other words (æøå, or too long to fold) one or more encoded words (RFC 2047) –
    a run, because readers drop the space between two encoded words.
    """
    words: list[str] = []
    run: list[str] = []
    for word in name.split():
        quoted = '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
        plain = word if _ATOM.fullmatch(word) else quoted
        if word.isascii() and len(plain) <= _WORD_ROOM:
            words += _encoded(" ".join(run)) + [plain]
            run = []
        else:
            run.append(word)
    return words + _encoded(" ".join(run))


def _encoded(text: str) -> list[str]:
    """Text as base64 encoded words of at most _ENCODED_ROOM characters, split between characters."""
    words, chunk = [], b""
    for char in text:
        piece = char.encode("utf-8")
        if chunk and 12 + 4 * -(-len(chunk + piece) // 3) > _ENCODED_ROOM:
            words.append(chunk)
            chunk = b""
        chunk += piece
    if chunk:
        words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words]


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
            "Giv også besked, hvis I ønsker, at andre skal deltage i mødet.")


def body(meeting: Meeting, organiser: Organiser, kind: str, ics_name: str) -> str:
    """The mail goes to all the participants at once: it speaks to them as "I" throughout."""
    starts, ends = scheduled(meeting)
    when = f"{date_in_words(starts)} kl. {span(starts, ends)}"
    lines = ["Kære deltagere", ""]
    if kind == "cancel":
        lines += [f"Netværksmødet {when} er aflyst.", "",
                  "Se den vedhæftede aflysning. Åbn kalenderfilen "
                  f"({ics_name}) for at fjerne mødet fra jeres kalender.", "",
                  "Har I spørgsmål, er I velkomne til at kontakte mig."]
    else:
        if kind == "update":
            lines += [f"Tidspunktet eller stedet for netværksmødet er ændret. Mødet holdes nu {when}.", ""]
        else:
            lines += [f"I inviteres hermed til netværksmøde {when}.", ""]
        lines += _where_lines(meeting) + [""]
        lines += ["Se vedhæftede indkaldelse med formål, dagsorden og rollebeskrivelser. "
                  f"Åbn kalenderfilen ({ics_name}) for at lægge mødet i jeres kalender.", ""]
        lines += [_afbud(organiser)]
    lines += ["", SECURE_MAIL, ""] + signature(organiser)
    return "\n".join(lines) + "\n"


def build_email(meeting: Meeting, organiser: Organiser, kind: str, pdf: tuple[str, bytes],
                ics: tuple[str, bytes], now: datetime | None = None) -> bytes:
    """The draft as bytes (CRLF line ends); pdf and ics are (ASCII file name, content)."""
    for name, _ in (pdf, ics):
        if not name.isascii():
            raise ValueError(f"attachment name must be ASCII: {name!r}")
    now = now or datetime.now(UTC)
    message = EmailMessage(policy=policy.SMTP)
    to = [address(i.name, i.email) for i in recipients(meeting)]
    sender = address(organiser.name, organiser.email) if organiser.email.strip() else None
    message["Subject"] = subject(meeting, kind)
    message["Date"] = format_datetime(to_local(now).replace(microsecond=0))
    message["X-Unsent"] = "1"
    message.set_content(body(meeting, organiser, kind, ics[0]), charset="utf-8", cte="quoted-printable")
    message.add_attachment(pdf[1], maintype="application", subtype="pdf", filename=pdf[0])
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    message.add_attachment(ics[1], maintype="text", subtype="calendar", filename=ics[0],
                           params={"method": method, "charset": "utf-8"})
    return draft_bytes(message, to, sender)
