"""Two data folders for the handover tests: the demo with a case ready to hand over (an attached file,
two signed plan versions, a CPR number), and an empty receiving folder whose directory already holds
one of the case's persons (by e-mail, under another spelling) and one by name and organisation."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from kitdesk.domain.model import Exchange, Person
from kitdesk.paths import DataFolder
from kitdesk.store.keys import KdfParams
from tests.support import demo_folder, open_store, prepare

FAST = KdfParams(n=2**10)
CASE_ID = 1  # Freja Nørgaard's case in the demo: a signed meeting
ATTACHED = "Statusnotat BUC.pdf"
ATTACHED_BYTES = b"%PDF-1.4\n% Statusnotat om Freja N\xc3\xb8rgaard, fiktivt\n" + bytes(range(256)) * 40
CPR = "170413-0000"
MATCHED_EMAIL = "anders.vestergaard@fjordby.example.dk"  # Anders Vestergård in the demo


def make_sender(root: Path) -> Path:
    home = demo_folder(root)
    store = open_store(DataFolder(home))
    try:
        source = root.parent / f"{root.name}-{ATTACHED}"
        source.write_bytes(ATTACHED_BYTES)
        store.exchanges.add(Exchange(case_id=CASE_ID, kind="status_note", exchanged_on=date(2026, 11, 2),
                                     from_sector="buc", to_sector="caseworker", note="Sendt før mødet"), source)
        store.cases.update(CASE_ID, {"cpr": CPR})
        signed = store.query("SELECT id FROM meetings WHERE case_id = ? AND state = 'signed'", [CASE_ID])[0]["id"]
        store.plans.open_new_version(signed, "CPR-nummer tilføjet")
        for approval in store.plans.approvals(signed):
            if approval.name in ("Mette Kjærgaard", "Anders Vestergård"):
                store.plans.set_approval(approval.id, {"approved": True, "how": "email"})
        store.plans.sign_off(signed)
    finally:
        store.close()
    return home


def make_receiver(root: Path) -> Path:
    prepare(DataFolder(root))
    store = open_store(DataFolder(root))
    try:
        store.settings.set_many({"user_name": "Bo Bech"})
        store.persons.create(Person(name="A. Vestergård", organisation="Fjordby Kommune", email=MATCHED_EMAIL.upper(),
                                    sector="caseworker"))
        store.persons.create(Person(name="Hanne Lund Friis", organisation="Fjordby Kommune, PPR", sector="ppr"))
    finally:
        store.close()
    return root


def copy(home: Path, target: Path) -> Path:
    shutil.copytree(home, target)
    return target
