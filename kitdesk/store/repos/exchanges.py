"""Information exchanged between the sectors, optionally with a document copied into the data folder."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.model import Exchange
from kitdesk.domain.vocabulary import EXCHANGE_KINDS, SECTORS
from kitdesk.store.convert import from_row, to_row

MAX_FILE_BYTES = 200 * 1024 * 1024


def safe_file_name(name: str) -> str:
    stem = re.sub(r"[^\w.\- ]+", "_", Path(name).name, flags=re.UNICODE).strip(" .")
    return stem[:120] or "dokument"


class ExchangeRepo:
    def __init__(self, store):
        self.store = store

    def list(self, case_id: int) -> list[Exchange]:
        rows = self.store.db.query(
            "SELECT * FROM exchanges WHERE case_id = ? ORDER BY exchanged_on DESC, id DESC", [case_id])
        return [from_row(Exchange, r) for r in rows]

    def file_path(self, exchange: Exchange) -> Path | None:
        if not exchange.stored_file or self.store.folder is None:
            return None
        return self.store.folder.root / exchange.stored_file

    def add(self, exchange: Exchange, source_file: Path | None = None) -> int:
        if exchange.exchanged_on is None:
            raise ValueError("Skriv datoen for udvekslingen.")
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

    def _copy_in(self, exchange: Exchange, source: Path) -> Path:
        if self.store.folder is None:
            raise ValueError("Filer kan kun gemmes i en datamappe.")
        if not source.is_file():
            raise ValueError(f"Filen {source.name} findes ikke.")
        if source.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("Filen er for stor (over 200 MB).")
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
            raise ValueError(f"Filen kunne ikke kopieres ind i datamappen ({exc.strerror}).") from exc
        exchange.file_name = source.name
        exchange.stored_file = target.relative_to(self.store.folder.root).as_posix()
        return target
