"""A Refusal (kitdesk.domain.refusal) in the language the user chose."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kitdesk.domain.refusal import Refusal


def refusal_text(refusal: Refusal) -> str:
    """Danish unless the English interface is in use (no Danish catalogue installed)."""
    app = QCoreApplication.instance()
    danish = bool(getattr(app, "_kitdesk_translators", None))
    return refusal.text("da" if danish else "en")
