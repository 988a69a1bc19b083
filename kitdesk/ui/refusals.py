"""A Refusal (kitdesk.domain.refusal) in the language the user chose."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kitdesk.domain.refusal import Refusal
from kitdesk.store.db import DatabaseErrors, describe_error


class NotReady(Exception):
    """A screen cannot do what was asked yet; the message is the screen's own, already translated
    (e.g. printing an invitation before the meeting has a time)."""


def refusal_text(refusal: Refusal) -> str:
    """Danish unless the English interface is in use (no Danish catalogue installed)."""
    app = QCoreApplication.instance()
    danish = bool(getattr(app, "_kitdesk_translators", None))
    return refusal.text("da" if danish else "en")


def said(exc: BaseException) -> str:
    """What the user is told of a change that did not happen: a Refusal in the chosen language, a
    database that could not be written (busy, disk full) as kitdesk.store.db says it, anything else a
    screen expects (a KeyError: the row is gone) as it is. Nothing else belongs here: a bare
    ValueError is a bug, for the exception hook."""
    if isinstance(exc, Refusal):
        return refusal_text(exc)
    if isinstance(exc, DatabaseErrors):
        return describe_error(exc)
    return str(exc)
