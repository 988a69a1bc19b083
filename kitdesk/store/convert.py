"""Between database rows (ISO strings, 0/1, JSON) and domain records."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")  # the records are dataclasses


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def to_row(record: Any, skip: tuple[str, ...] = ("id",)) -> dict:
    row = {}
    for key, value in asdict(record).items():
        if key in skip:
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, list):
            value = json.dumps(value)
        row[key] = value
    return row


def from_row(cls: type[T], row: dict) -> T:
    kwargs = {}
    for f in fields(cls):
        if f.name not in row:
            continue
        value = row[f.name]
        kind = str(f.type)
        if value is not None and "date" in kind and isinstance(value, str):
            value = date.fromisoformat(value)
        elif kind.startswith("bool"):
            value = bool(value)
        elif kind.startswith("list") and isinstance(value, str):
            value = json.loads(value)
        kwargs[f.name] = value
    return cls(**kwargs)
