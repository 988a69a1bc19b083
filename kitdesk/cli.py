"""The one entry point. No sub-command opens the window; sub-commands run headless."""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from kitdesk import __version__
from kitdesk.paths import DataFolder

# argparse's own error sentences, in Danish (the words of each option are ours already).
_ERRORS = (
    (r"the following arguments are required: (.*)", r"disse argumenter mangler: \1"),
    (r"unrecognized arguments: (.*)", r"ukendte argumenter: \1"),
    (r"argument (.+?): invalid choice: (.*) \(choose from (.*)\)", r"argument \1: ugyldigt valg: \2 (vælg mellem \3)"),
    (r"argument (.+?): invalid \w+ value: (.*)", r"argument \1: ugyldig værdi: \2"),
    (r"argument (.+?): expected one argument", r"argument \1: mangler en værdi"),
    (r"argument (.+?): expected at least one argument", r"argument \1: mangler mindst én værdi"),
    (r"argument (.+?): not allowed with argument (.*)", r"argument \1: kan ikke bruges sammen med \2"),
    (r"one of the arguments (.*) is required", r"et af argumenterne \1 skal med"),
    (r"ambiguous option: (.*) could match (.*)", r"tvetydigt tilvalg: \1 kan betyde \2"),
)


def danish_error(message: str) -> str:
    for pattern, danish in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, danish, message)
    return message


class DanishHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "brug: " if prefix is None else prefix)


class DanishArgumentParser(argparse.ArgumentParser):
    """argparse in Danish: "brug:", the group titles, -h and the error line – for the sub-commands too
    (add_subparsers makes them of this class)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", DanishHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "positionelle argumenter"
        self._optionals.title = "tilvalg"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="vis denne hjælp og afslut")

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fejl: {danish_error(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = DanishArgumentParser(prog="kitdesk", description="KIT Desk – sager og netværksmøder.")
    parser.add_argument("--version", action="version", version=f"KIT Desk {__version__}",
                        help="vis programmets versionsnummer og afslut")
    parser.add_argument("--home", metavar="MAPPE", help="datamappe (ellers KITDESK_HOME eller standardmappen)")
    parser.add_argument("--quit-when-ready", action="store_true", help="åbn vinduet, fyld sagslisten og luk igen")
    parser.add_argument("--selftest", action="store_true", help="test den installerede udgave i en midlertidig mappe")
    parser.add_argument("--lang", choices=["da", "en"], help="sprog for denne start")
    parser.add_argument("--meeting", type=int, dest="open_meeting", metavar="ID",
                        help="åbn dette netværksmøde (se 'meetings')")
    parser.add_argument("--start", action="store_true",
                        help="sammen med --meeting: start mødet og åbn referatet, klar til at skrive")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    demo = sub.add_parser("demo", help="fyld datamappen med fiktive eksempeldata")
    demo.add_argument("--cases", type=int, default=4, metavar="N", help="antal sager (mindst 4)")
    sub.add_parser("check", help="kontrollér databasen; skriver 'ok'")
    sub.add_parser("backup", help="tag en sikkerhedskopi nu")
    restore = sub.add_parser("restore", help="gendan en sikkerhedskopi")
    restore.add_argument("file", type=Path, metavar="FIL")
    restore.add_argument("--yes", action="store_true",
                         help="gendan også en sikkerhedskopi fra en anden datamappe uden at spørge")
    cases = sub.add_parser("cases", help="vis sagerne")
    cases.add_argument("--json", action="store_true", help="som JSON")
    deadline = sub.add_parser("deadline", help="fristen: datoen et antal arbejdsdage efter en anmodning")
    deadline.add_argument("date", metavar="DATO", help="anmodningens dato, fx 23.11.2026 eller 2026-11-23")
    deadline.add_argument("--days", default="5", metavar="N", help="antal arbejdsdage (standard 5)")
    shown = deadline.add_mutually_exclusive_group()
    shown.add_argument("--iso", action="store_true", help="skriv fristen som ÅÅÅÅ-MM-DD (til scripts)")
    shown.add_argument("--json", action="store_true", help="som JSON med ISO-datoer (til scripts)")
    meetings = sub.add_parser("meetings", help="vis netværksmøderne")
    meetings.add_argument("--json", action="store_true", help="som JSON")
    invite = sub.add_parser("invite", help="skriv indkaldelsen (PDF, kalenderfil og e-mailkladde) til et møde")
    invite.add_argument("--meeting", type=int, required=True, metavar="ID", help="mødets nummer (se 'meetings')")
    invite.add_argument("--out", type=Path, required=True, metavar="MAPPE", help="mappen filerne skrives i")
    plan = sub.add_parser("export-plan", help="skriv den tværsektorielle plan som PDF")
    plan.add_argument("--meeting", type=int, required=True, metavar="ID", help="mødets nummer (se 'meetings')")
    plan.add_argument("--out", type=Path, required=True, metavar="FIL.pdf", help="PDF-filen der skrives")
    plan.add_argument("--version", type=int, metavar="N", help="en bestemt godkendt version (standard: den nyeste)")
    plan.add_argument("--draft", action="store_true", help="udkastet, der endnu ikke er godkendt")
    plan.add_argument("--cpr", action="store_true", help="vis barnets CPR-nummer i netop denne eksport")
    access = sub.add_parser("access-log", help="udtræk til indsigt: hvad programmet har om en person, og hvem der "
                                                "har set og ændret det (PDF eller CSV)")
    whom = access.add_mutually_exclusive_group(required=True)
    whom.add_argument("--case", metavar="ID", help="barnet i en sag: sagens nummer (se 'cases --json') eller "
                                                   "sagsnummeret, fx 2026-0001")
    whom.add_argument("--person", type=int, metavar="ID", help="en person i personregistret (forælder eller fagperson)")
    access.add_argument("--out", type=Path, required=True, metavar="FIL.pdf|FIL.csv", help="filen der skrives")
    verify = sub.add_parser("verify", help="kontrollér, at en plan-PDF er en uændret godkendt version")
    verify.add_argument("file", type=Path, metavar="FIL.pdf")
    read_plan = sub.add_parser("read-plan", help="læs en modtaget plan (PDF fra KIT Desk) ind: aftalerne kommer med i "
                                                 "sagens opfølgning")
    read_plan.add_argument("file", type=Path, metavar="FIL.pdf")
    into = read_plan.add_mutually_exclusive_group(required=True)
    into.add_argument("--case", metavar="ID", help="sagen: dens nummer (se 'cases --json') eller sagsnummeret")
    into.add_argument("--new-case", action="store_true", help="opret en ny sag ud fra planen")
    delete_case = sub.add_parser("delete-case", help="slet en sag for altid (spørger om sagsnummeret)")
    delete_case.add_argument("case", metavar="ID", help="sagens nummer i databasen (se 'cases --json') eller sagsnummer")
    delete_case.add_argument("--yes", action="store_true", help="slet uden at spørge")
    sub.add_parser("remove-demo", help="fjern eksempeldata (fiktive sager og personer), aldrig dine egne")
    agreements = sub.add_parser("agreements", help="vis aftalerne på tværs af sagerne")
    agreements.add_argument("--json", action="store_true", help="som JSON")
    agreements.add_argument("--status", choices=["open", "done", "dropped", "continued", "all"], default="open",
                            help="åbne (standard), udførte, bortfaldne, videreførte eller alle")
    agreements.add_argument("--overdue", action="store_true", help="kun åbne aftaler, hvis frist er overskredet")
    agreements.add_argument("--person", metavar="NAVN", help="kun aftaler, hvor den ansvarlige hedder sådan")
    overview = sub.add_parser("overview", help="overblikket: det, der skal gøres på tværs af sagerne")
    overview.add_argument("--json", action="store_true", help="som JSON")
    overview.add_argument("--mine", action="store_true", help="kun mine aftaler (mit navn eller min sektor)")
    reminders = sub.add_parser("reminders", help="skriv dine frister til en kalenderfil (.ics)")
    reminders.add_argument("--out", type=Path, required=True, metavar="FIL.ics", help="kalenderfilen der skrives")
    handover = sub.add_parser("handover", help="overdrag en sag: skriv den til én krypteret fil med en "
                                               "engangsadgangskode")
    handover.add_argument("--case", required=True, metavar="ID", help="sagens nummer i databasen (se 'cases --json') "
                                                                      "eller sagsnummeret, fx 2026-0001")
    handover.add_argument("--out", type=Path, required=True, metavar="FIL|MAPPE",
                          help="filen der skrives, eller mappen den lægges i")
    handover.add_argument("--to", metavar="NAVN", help="modtagerens navn (skrives i stafetloggen)")
    receive = sub.add_parser("receive", help="modtag en sag overdraget fra en anden KIT Desk (adgangskoden fra "
                                             "terminalen eller KITDESK_BUNDLE_PASSPHRASE)")
    receive.add_argument("file", type=Path, metavar="FIL")
    present = receive.add_mutually_exclusive_group()
    present.add_argument("--keep-both", action="store_true", help="findes sagen allerede: behold begge")
    present.add_argument("--update", action="store_true",
                         help="findes sagen allerede: opdatér den her fra filen (kun når filens udgave er nyere)")
    report = sub.add_parser("report", help="selvevaluering: nøgletal for en periode som PDF, CSV og XLSX "
                                           "(uden personoplysninger)")
    report.add_argument("--from", dest="date_from", metavar="ÅÅÅÅ-MM-DD", help="periodens første dag")
    report.add_argument("--to", dest="date_to", metavar="ÅÅÅÅ-MM-DD", help="periodens sidste dag")
    report.add_argument("--merge", nargs="+", type=Path, metavar="FIL",
                        help="flet filer med nøgletal (*.kitdesk-tal.json) fra kolleger til én rapport for samme "
                             "periode; reglen om små tal anvendes efter sammenlægningen")
    report.add_argument("--out", type=Path, required=True, metavar="MAPPE", help="mappen filerne skrives i")
    report.add_argument("--kommune", default="", metavar="NAVN", help="kun sager fra denne kommune")
    report.add_argument("--skole", default="", metavar="NAVN", help="kun sager fra denne skole eller dette dagtilbud")
    report.add_argument("--sektor", default="", metavar="KODE",
                        help="kun sager med denne sektor i netværket, fx ppr, school, caseworker")
    report.add_argument("--honorarliste", action="store_true",
                        help="skriv også honorarlisten for almen praksis (nævner lægerne, aldrig barnet)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Everything KIT Desk writes is about a child: for the user alone, whatever the umask.
    from kitdesk.paths import use_private_umask

    use_private_umask()
    if args.selftest:
        from kitdesk.selftest import run_selftest

        return run_selftest()
    if args.start and args.open_meeting is None:
        build_parser().error("--start kræver --meeting ID")
    folder = DataFolder.resolve(args.home)
    if args.command is None:
        early = None
        passphrase = os.environ.get("KITDESK_PASSPHRASE")
        if passphrase:
            # The key derivation and the check of the file release the GIL: both run while Qt loads.
            from kitdesk.store.unlocking import start_unlocking

            try:
                early = start_unlocking(folder, passphrase)
            except OSError:
                early = None  # the door says what is wrong with the folder
        from kitdesk.app import run_app

        return run_app(folder, quit_when_ready=args.quit_when_ready, language=args.lang,
                       meeting=args.open_meeting, start=args.start, early=early)
    return run_command(folder, args)


UNEXPECTED = ("Der opstod en uventet fejl i KIT Desk ({name}). Prøv igen; sker det igen, så kontakt din "
              "IT-support og fortæl, hvilken kommando du brugte.")
EXIT_UNEXPECTED = 70  # EX_SOFTWARE


def run_command(folder: DataFolder, args) -> int:
    """A sub-command: its result, or a Danish line on stderr and an exit code – never a traceback
    (KITDESK_DEBUG=1 shows one for developers)."""
    import os

    from kitdesk import commands
    from kitdesk.domain.refusal import Refusal
    from kitdesk.store.db import DatabaseErrors, describe_error

    handler = getattr(commands, f"cmd_{args.command.replace('-', '_')}")
    try:
        return handler(folder, args)
    except commands.CommandError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except Refusal as refused:  # what the rules refuse, said in Danish; nothing was changed
        print(str(refused), file=sys.stderr)
        return 1
    except (OSError, *DatabaseErrors) as exc:
        if os.environ.get("KITDESK_DEBUG"):
            raise
        print(describe_error(exc, folder.root), file=sys.stderr)
        return 2
    except Exception as exc:
        if os.environ.get("KITDESK_DEBUG"):
            raise
        print(UNEXPECTED.format(name=type(exc).__name__), file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
