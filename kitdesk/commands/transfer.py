"""A case handed over to another laptop and received from one (issue 14)."""
from __future__ import annotations

import sys

from kitdesk.commands.base import CommandError, _opened
from kitdesk.paths import DataFolder

ENV_BUNDLE_PASSPHRASE = "KITDESK_BUNDLE_PASSPHRASE"


def _case_id(store, text: str) -> int:
    """A case by its id or its case number, or a CommandError that says how to find it."""
    text = text.strip()
    found = store.query("SELECT id FROM cases WHERE id = ? OR case_no = ?", [int(text) if text.isdigit() else -1, text])
    if not found:
        raise CommandError(f"Der er ingen sag med nummer {text}. Se sagerne med 'kitdesk cases --json'.", 2)
    return found[0]["id"]


def cmd_handover(folder: DataFolder, args) -> int:
    """"Overdrag sag…" headless: the case written into one encrypted file; the one-time passphrase printed
    once, to be given by phone or another channel – never in the same e-mail as the file."""
    from kitdesk.store.handover.export import hand_over

    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    with _opened(folder) as store:
        case_id = _case_id(store, args.case)
        done = hand_over(store, case_id, args.out.expanduser().resolve(), args.to or "")
    print(f"Sagen {done.case_no} er skrevet til {done.path}")
    print(f"Adgangskode til filen: {done.passphrase}")
    print("Giv modtageren adgangskoden i telefonen eller ad en anden vej – aldrig i samme e-mail som filen. "
          "Den vises kun denne ene gang.")
    print(f"Sagen er markeret som overdraget i stafetloggen. Når modtageren har bekræftet, at sagen er kommet "
          f"frem, kan du slette den her med: kitdesk delete-case {done.case_no}")
    return 0


def _bundle_passphrase() -> list[str]:
    """The passphrases to try: KITDESK_BUNDLE_PASSPHRASE, else up to three typed on the terminal."""
    import os

    given = os.environ.get(ENV_BUNDLE_PASSPHRASE)
    if given:
        return [given]
    if not sys.stdin.isatty():
        raise CommandError("Filen er krypteret. Der er ingen terminal at spørge om filens adgangskode i: sæt "
                           f"miljøvariablen {ENV_BUNDLE_PASSPHRASE}, eller kør kommandoen i en terminal.", 2)
    return []


def _read_bundle_passphrase() -> str:
    import getpass

    try:
        return getpass.getpass("Filens adgangskode (24 tegn, fra afsenderen): ")
    except (EOFError, KeyboardInterrupt):
        raise CommandError("Afbrudt. Intet er ændret.", 1) from None


def _open_bundle_from_terminal(store, path):
    from kitdesk.domain.refusal import Refusal
    from kitdesk.store.handover.bundle import WRONG_PASSPHRASE
    from kitdesk.store.handover.receive import open_bundle

    given = _bundle_passphrase()
    tries = given or [None, None, None]
    for attempt, passphrase in enumerate(tries):
        try:
            return open_bundle(store, path, passphrase if passphrase is not None else _read_bundle_passphrase())
        except Refusal as refused:
            if refused.message_id != WRONG_PASSPHRASE or attempt == len(tries) - 1:
                raise CommandError(str(refused), 1) from None
            print(str(refused), file=sys.stderr, flush=True)
    raise AssertionError("unreachable")


def cmd_receive(folder: DataFolder, args) -> int:
    """"Modtag sag…" headless: persons with the same e-mail address are taken from the directory, the rest
    created; a case already here is changed only with --keep-both or --update."""
    from kitdesk.store.handover.matching import BY_EMAIL
    from kitdesk.store.handover.receive import KEEP_BOTH, UPDATE, existing_case, person_matches, receive

    path = args.file.expanduser()
    if not folder.db_path.exists():
        raise CommandError(f"Der er ingen database i {folder.root} endnu. Start KIT Desk én gang først.", 1)
    with _opened(folder) as store, _open_bundle_from_terminal(store, path) as bundle:
        existing = existing_case(store, bundle)
        choice = KEEP_BOTH if args.keep_both else UPDATE if args.update else None
        if existing is not None and choice is None:
            print(f"Sagen {existing.case_no} findes allerede her. Forskelle:", file=sys.stderr)
            for line in existing.differences:
                print(f"  {line}", file=sys.stderr)
            newer = ("Filens udgave er nyere: brug --update for at opdatere sagen her fra filen, eller --keep-both "
                     "for at beholde begge." if existing.bundle_is_newer else
                     "Sagen her er ændret senere end filens udgave: brug --keep-both for at beholde begge.")
            raise CommandError(f"{newer} Intet er ændret.", 1)
        matches = person_matches(store, bundle)
        use = {m.bundle_id: m.local_id for m in matches if m.by == BY_EMAIL}
        received = receive(store, bundle, use, choice)
        same_name = [m for m in matches if m.by not in (BY_EMAIL, None)]
        sender, sent_on = bundle.sender, bundle.sent_on
    how = "opdateret fra filen" if received.updated else "modtaget"
    print(f"Sagen {received.case_no} er {how} (fra {sender or 'afsenderen'}, overdraget {sent_on}).")
    if received.case_no != bundle.case["case_no"]:
        print(f"Sagen findes allerede her, så den modtagne har fået sagsnummeret {received.case_no}.")
    if received.matched:
        print("Fundet i personregistret (samme e-mail): " + ", ".join(m.local_name for m in received.matched) + ".")
    if received.created:
        print("Oprettet i personregistret: " + ", ".join(received.created) + ".")
    if same_name:
        print("Oprettet som nye, selv om en med samme navn og arbejdssted findes (kontrollér dem under Personer): "
              + ", ".join(m.name for m in same_name) + ".")
    if received.files:
        print(f"Vedhæftede filer: {received.files}.")
    return 0
