"""One repository per aggregate. Reads return domain records; writes run in Store.transaction().

Repositories are made on first use: start-up only needs the case list and the settings, and each
module imported costs a few milliseconds before the window can show. They keep their static types
all the same: Store declares `meetings: Repository[MeetingRepo]` with the class imported under
TYPE_CHECKING, so to a type checker `store.meetings` is a MeetingRepo.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from kitdesk.store.store import Store

R = TypeVar("R")

REPOSITORIES = {
    "settings": ("kitdesk.store.repos.settings", "SettingsRepo"),
    "persons": ("kitdesk.store.repos.persons", "PersonRepo"),
    "cases": ("kitdesk.store.repos.cases", "CaseRepo"),
    "network": ("kitdesk.store.repos.network", "NetworkRepo"),
    "consents": ("kitdesk.store.repos.consents", "ConsentRepo"),
    "exchanges": ("kitdesk.store.repos.exchanges", "ExchangeRepo"),
    "baton_log": ("kitdesk.store.repos.baton_log", "BatonLogRepo"),
    "audit": ("kitdesk.store.repos.audit", "AuditRepo"),
    "meetings": ("kitdesk.store.repos.meetings", "MeetingRepo"),
    "live": ("kitdesk.store.repos.live", "LiveRepo"),
    "plans": ("kitdesk.store.repos.plans", "PlanRepo"),
    "access_log": ("kitdesk.store.repos.access_log", "AccessLogRepo"),
    "waiting": ("kitdesk.store.repos.waiting", "WaitingRepo"),
    "desk": ("kitdesk.store.repos.desk", "DeskRepo"),
    "plan_imports": ("kitdesk.store.repos.plan_import", "PlanImportRepo"),
    "report": ("kitdesk.store.repos.report", "ReportRepo"),
}


class Repository(Generic[R]):
    """A descriptor on Store: imports and builds the repository the first time it is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, store: None, owner: type | None = None) -> Repository[R]: ...

    @overload
    def __get__(self, store: Store, owner: type | None = None) -> R: ...

    def __get__(self, store: Store | None, owner: type | None = None) -> Any:
        if store is None:
            return self
        module, cls = REPOSITORIES[self.name]
        repo = getattr(importlib.import_module(module), cls)(store)
        store.__dict__[self.name] = repo  # later lookups skip the descriptor
        return repo
