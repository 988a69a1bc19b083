"""Information exchanged between the sectors, optionally with a document copied into the data folder."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Exchange
from kitdesk.domain.refusal import Refusal, message
from kitdesk.domain.vocabulary import EXCHANGE_KINDS, SECTORS
from kitdesk.store.convert import from_row, to_row

MAX_FILE_BYTES = 200 * 1024 * 1024
# What may change on a recorded exchange; the attached file stays (attach another in a new entry).
EDITABLE = ("kind", "exchanged_on", "from_sector", "to_sector", "note")

NO_FILE = message("exchange.no_file", "Filen {name} findes ikke.", "The file {name} does not exist.")
FILE_UNREADABLE = message("exchange.file_unreadable", "Filen {name} kan ikke læses ({reason}).",
                          "The file {name} cannot be read ({reason}).")
FILE_TOO_BIG = message("exchange.file_too_big", "Filen er for stor (over 200 MB).", "The file is too big (over 200 MB).")
NOT_COPIED = message("exchange.not_copied", "Filen kunne ikke kopieres ind i datamappen ({reason}).",
                     "The file could not be copied into the data folder ({reason}).")
NO_DATE = message("exchange.no_date", "Skriv datoen for udvekslingen.", "Write the date of the exchange.")
NO_KIND = message("exchange.no_kind", "Vælg, hvad der blev udvekslet.", "Choose what was exchanged.")
NO_ROUTE = message("exchange.no_route", "Vælg, hvem informationen gik fra og til.",
                   "Choose whom the information went from and to.")


def safe_file_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", Path(name).name, flags=re.UNICODE).strip(" .")
    return stem[:120] or "dokument"


class ExchangeRepo:
    def __init__(self, store):
        self.store = store

    def list(self, case_id: int) -> list[Exchange]:
        rows = self.store.query(
            "SELECT * FROM exchanges WHERE case_id = ? ORDER BY exchanged_on DESC, id DESC", [case_id])
        return [from_row(Exchange, r) for r in rows]

    def get(self, exchange_id: int) -> Exchange:
        row = self.store.writer.row("exchanges", exchange_id)
        if row is None:
            raise KeyError(exchange_id)
        return from_row(Exchange, row)

    def file_path(self, exchange: Exchange) -> Path | None:
        if not exchange.stored_file or self.store.folder is None:
            return None
        return self.store.folder.root / exchange.stored_file

    def add(self, exchange: Exchange, source_file: Path | None = None) -> int:
        _check(exchange)
        copied: Path | None = None
        if source_file is not None:
            copied = self._copy_in(exchange, Path(source_file))
        try:
            with self.store.transaction() as w:
                exchange_id = w.insert("exchanges", {**to_row(exchange), "created_at": w.now()}, exchange.case_id)
                what = EXCHANGE_KINDS.get(exchange.kind, exchange.kind)
                route = f"{SECTORS.get(exchange.from_sector, '')} → {SECTORS.get(exchange.to_sector, '')}"
                attached = f" Bilag: {exchange.file_name}." if exchange.file_name else ""
                self.store.baton_log.add_event(
                    w, exchange.case_id, "exchange", f"{what} ({fmt_date(exchange.exchanged_on)}): {route}.{attached}")
                self.store.cases.touch(w, exchange.case_id)
                return exchange_id
        except BaseException:
            if copied is not None:
                copied.unlink(missing_ok=True)
            raise

    def update(self, exchange_id: int, changes: dict) -> dict:
        """Change what, when, between whom or the note of an exchange; returns the values before."""
        if set(changes) - set(EDITABLE):
            # The attached file stays (a new file is a new exchange); the dialog offers no other field.
            raise ValueError(f"only {EDITABLE} change on an exchange, not {sorted(set(changes) - set(EDITABLE))}")
        exchange = self.get(exchange_id)
        for key, value in changes.items():
            setattr(exchange, key, value)
        _check(exchange)
        values = {k: v for k, v in to_row(exchange).items() if k in changes}
        with self.store.transaction() as w:
            before = w.update("exchanges", exchange_id, values, exchange.case_id)
            if before:
                self.store.cases.touch(w, exchange.case_id)
            return before

    def _copy_in(self, exchange: Exchange, source: Path) -> Path:
        if self.store.folder is None:
            raise ValueError("files are kept only in a data folder (this store has none)")
        try:
            if not source.is_file():
                raise Refusal(NO_FILE, name=source.name)
            size = source.stat().st_size
        except OSError as exc:
            raise Refusal(FILE_UNREADABLE, name=source.name, reason=exc.strerror) from exc
        if size > MAX_FILE_BYTES:
            raise Refusal(FILE_TOO_BIG)
        folder = self.store.folder.files / str(exchange.case_id)
        folder.mkdir(parents=True, exist_ok=True)
        name = safe_file_name(source.name)
        target = folder / name
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{Path(name).stem}-{counter}{Path(name).suffix}"
        partial = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(source, partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise Refusal(NOT_COPIED, reason=exc.strerror) from exc
        exchange.file_name = source.name
        exchange.stored_file = target.relative_to(self.store.folder.root).as_posix()
        return target


def _check(exchange: Exchange) -> None:
    if exchange.exchanged_on is None:
        raise Refusal(NO_DATE)
    if exchange.kind not in EXCHANGE_KINDS:
        raise Refusal(NO_KIND)
    if exchange.from_sector not in SECTORS or exchange.to_sector not in SECTORS:
        raise Refusal(NO_ROUTE)
