"""Selvevaluering (issue 13) and the team's merged figures (issue 14)."""
from __future__ import annotations

import sys

from kitdesk.commands.base import CommandError, _has_database, _iso_date, _opened
from kitdesk.paths import DataFolder


def cmd_report(folder: DataFolder, args) -> int:
    """The report headless: the same PDF, CSV and XLSX the window's "Selvevaluering" writes, for any
    from–to (a whole month, quarter or year is named as one), and with --honorarliste the GP fee list."""
    from kitdesk.domain.dates import local_today, utc_now
    from kitdesk.domain.indicators.compute import build_report, needed_ranges
    from kitdesk.domain.indicators.period import Period
    from kitdesk.domain.indicators.records import Selection
    from kitdesk.domain.vocabulary import SECTORS
    from kitdesk.export.atomic import ExportError
    from kitdesk.export.gp_fees import write_fee_files
    from kitdesk.export.report_files import write_report_files

    if args.merge:
        return _merge_reports(args)
    if not (args.date_from and args.date_to):
        raise CommandError("Angiv perioden med --from og --to (ÅÅÅÅ-MM-DD), eller flet filer med nøgletal med "
                           "--merge FIL FIL ….", 2)
    start, end = _iso_date(args.date_from), _iso_date(args.date_to)
    if end < start:
        raise CommandError("Periodens sidste dag (--to) ligger før den første (--from). Byt om på dem.", 2)
    if args.sektor and args.sektor not in SECTORS:
        raise CommandError(f"»{args.sektor}« er ikke en sektor. Brug en af: {', '.join(SECTORS)}.", 2)
    if not _has_database(folder):
        raise CommandError(f"Der er ingen database i {folder.root} endnu.", 1)
    period = Period.between(start, end)
    selection = Selection(args.kommune.strip(), args.skole.strip(), args.sektor)
    out = args.out.expanduser().resolve()
    with _opened(folder, exclusive=False) as store:
        today = local_today()
        report = build_report(store.report.data(needed_ranges(period), today), period, selection, today)
        lines = store.report.gp_participations(period, selection) if args.honorarliste else None
        settings = store.settings.all()
    author, organisation = settings.get("user_name", ""), settings.get("user_organisation", "")
    try:
        files = write_report_files(report, out, author=author, organisation=organisation, created=utc_now(),
                                   folder_id=settings.get("folder_id", "")).paths
        if lines is not None:
            files += write_fee_files(lines, period, out, author=author, organisation=organisation,
                                     created=utc_now(), selection=selection).paths
    except ExportError as exc:
        raise CommandError(exc.message, 1) from exc
    for path in files:
        print(path)
    if not report.cases.numerator:
        print("Ingen sager var åbne i perioden med det valgte udvalg – rapporten er tom.", file=sys.stderr)
    return 0


def _merge_reports(args) -> int:
    """`report --merge A B C --out DIR`: the figure files colleagues saved, summed into one report, the
    small-number rule applied to the sums. Needs no data folder."""
    from kitdesk.domain.dates import utc_now
    from kitdesk.export.atomic import ExportError
    from kitdesk.export.report_figures import merge_files
    from kitdesk.export.report_files import write_report_files

    if args.honorarliste:
        raise CommandError("Honorarlisten flettes ikke, da den nævner lægerne. Gem den fra hver datamappe for sig "
                           "(kitdesk report --from … --to … --honorarliste).", 2)
    if args.date_from or args.date_to or args.kommune or args.skole or args.sektor:
        raise CommandError("Perioden og udvalget står i filerne med nøgletal: brug ikke --from, --to, --kommune, "
                           "--skole eller --sektor sammen med --merge.", 2)
    try:
        report = merge_files([p.expanduser() for p in args.merge])
        files = write_report_files(report, args.out.expanduser().resolve(), author="", created=utc_now()).paths
    except ExportError as exc:
        raise CommandError(exc.message, 1) from exc
    for note in report.merge_notes:
        print(note, file=sys.stderr)
    for path in files:
        print(path)
    return 0
