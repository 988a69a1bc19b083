"""The words of the Overblik lines: one DeskItem (kitdesk.domain.desk) -> when, child, what, standing.

Urgency is never told by colour alone: an overdue line says "overskredet" and carries a warning sign,
a line due today says "i dag".
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from kitdesk.domain.dates import fmt_date
from kitdesk.ui import labels
from kitdesk.ui.models.meeting_table import fmt_when

GROUP_TITLES = {
    "meetings": QT_TRANSLATE_NOOP("DeskTexts", "Meetings today and this week"),
    "requests": QT_TRANSLATE_NOOP("DeskTexts", "Meetings asked for – time and place within five working days"),
    "agreements": QT_TRANSLATE_NOOP("DeskTexts", "Agreements due within 14 days or overdue"),
    "consents": QT_TRANSLATE_NOOP("DeskTexts", "Consents ending within 30 days or missing"),
    "waiting": QT_TRANSLATE_NOOP("DeskTexts", "Children waiting – the longest first"),
    "plans": QT_TRANSLATE_NOOP("DeskTexts", "Plans to approve, sign off or send"),
    "contacts": QT_TRANSLATE_NOOP("DeskTexts", "Cases without a contact person or baton holder"),
}
MISSING_CONTACTS = {
    "buc": QT_TRANSLATE_NOOP("DeskTexts", "no contact person at BUC"),
    "municipality": QT_TRANSLATE_NOOP("DeskTexts", "no contact person in the municipality"),
    "baton": QT_TRANSLATE_NOOP("DeskTexts", "no baton holder"),
}
OVERDUE_SIGN = "⚠"
LATE_COLOUR, SOON_COLOUR = "#b42318", "#b45309"


def _t(text: str) -> str:
    return QCoreApplication.translate("DeskTexts", text)


class DeskTexts(QObject):
    """The translation context of the numbered words (lupdate reads %n only from tr())."""


def group_title(key: str) -> str:
    return _t(GROUP_TITLES[key])


def _sectors(codes) -> str:
    return ", ".join(labels.label(labels.SECTORS, c) for c in codes)


def when_text(item) -> str:
    """The first column: the meeting's time, or the date something falls due."""
    if item.kind in ("meeting", "plan_approval", "plan_unsent"):
        return fmt_when(item.start) if item.start else "—"
    return fmt_date(item.due) if item.due else "—"


def what_text(item) -> str:
    kind = item.kind
    if kind == "meeting":
        state = labels.label(labels.MEETING_STATES, item.state).lower()
        if item.update_pending:
            sent = DeskTexts.tr("update not sent")
        elif item.sent:
            sent = DeskTexts.tr("invitation sent")
        else:
            sent = DeskTexts.tr("invitation not sent")
        return DeskTexts.tr("Network meeting – %1, %2").replace("%1", state).replace("%2", sent)
    if kind == "request":
        who = labels.label(labels.REQUESTERS, item.who) if item.who else DeskTexts.tr("someone")
        asked = fmt_date(item.since) if item.since else "—"
        return DeskTexts.tr("Asked for by %1 on %2 – no time yet").replace("%1", who).replace("%2", asked)
    if kind == "agreement":
        who = item.who or DeskTexts.tr("no one responsible")
        sector = f" ({labels.label(labels.SECTORS, item.sector)})" if item.sector else ""
        source = f" · {item.source}" if item.source else ""  # from a received plan, not a meeting here
        return f"{item.what.strip()} – {who}{sector}{source}"
    if kind == "consent_expiring":
        return DeskTexts.tr("Consent for %1 ends").replace("%1", _sectors(item.codes))
    if kind == "consent_missing":
        return DeskTexts.tr("No valid consent for %1").replace("%1", _sectors(item.codes))
    if kind == "waiting":
        since = fmt_date(item.since) if item.since else "—"
        text = DeskTexts.tr("Waiting for %1 since %2").replace("%1", item.what.strip() or "—").replace("%2", since)
        if item.who:
            text += " – " + DeskTexts.tr("%1 keeps in touch").replace("%1", item.who)
        return text
    if kind == "plan_approval":
        if item.count:
            return DeskTexts.tr("Plan awaits %n approval(s)", "", item.count)
        return DeskTexts.tr("Plan approved – ready to sign off")
    if kind == "plan_unsent":
        return DeskTexts.tr("Signed plan (version %1) not sent yet").replace("%1", str(item.count))
    if kind == "contact_missing":
        text = "; ".join(_t(MISSING_CONTACTS[c]) for c in item.codes)
        return text[:1].upper() + text[1:]
    return ""


def standing_text(item) -> str:
    """How the line stands against its date, in words – with a warning sign when overdue."""
    if item.kind == "meeting":
        if item.days < 0:
            return f"{OVERDUE_SIGN} " + DeskTexts.tr("day passed – end or cancel it")
        return DeskTexts.tr("today") if item.days == 0 else DeskTexts.tr("in %n day(s)", "", item.days)
    if item.kind == "request":
        if item.days < 0:
            return f"{OVERDUE_SIGN} " + DeskTexts.tr("overdue by %n working day(s)", "", -item.days)
        if item.days == 0:
            return DeskTexts.tr("deadline today")
        return DeskTexts.tr("%n working day(s) left", "", item.days)
    if item.kind == "waiting" and item.due is not None:
        if item.days < 0:
            return f"{OVERDUE_SIGN} " + DeskTexts.tr("contact overdue by %n day(s)", "", -item.days)
        return DeskTexts.tr("contact today") if item.days == 0 else DeskTexts.tr("contact in %n day(s)", "", item.days)
    if item.kind in ("agreement", "consent_expiring"):
        if item.days < 0:
            return f"{OVERDUE_SIGN} " + DeskTexts.tr("overdue by %n day(s)", "", -item.days)
        return DeskTexts.tr("today") if item.days == 0 else DeskTexts.tr("in %n day(s)", "", item.days)
    if item.kind == "waiting":
        return DeskTexts.tr("no contact agreed")
    return DeskTexts.tr("needs doing")


def colour_of(item) -> str | None:
    if item.urgency == "overdue":
        return LATE_COLOUR
    if item.urgency in ("today", "soon") and item.kind != "meeting":
        return SOON_COLOUR
    return None
