"""One repository per aggregate. Reads return domain records; writes run in Store.transaction()."""
from __future__ import annotations


def attach_repositories(store) -> None:
    from kitdesk.store.repos.audit import AuditRepo
    from kitdesk.store.repos.baton_log import BatonLogRepo
    from kitdesk.store.repos.cases import CaseRepo
    from kitdesk.store.repos.consents import ConsentRepo
    from kitdesk.store.repos.exchanges import ExchangeRepo
    from kitdesk.store.repos.network import NetworkRepo
    from kitdesk.store.repos.persons import PersonRepo
    from kitdesk.store.repos.settings import SettingsRepo

    store.settings = SettingsRepo(store)
    store.persons = PersonRepo(store)
    store.cases = CaseRepo(store)
    store.network = NetworkRepo(store)
    store.consents = ConsentRepo(store)
    store.exchanges = ExchangeRepo(store)
    store.baton_log = BatonLogRepo(store)
    store.audit = AuditRepo(store)
