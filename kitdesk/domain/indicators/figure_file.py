"""Figure files: a report's counts before the small-number rule, for a team or a municipality to merge.

Each contact person exports their Selvevaluering; the figure file beside the PDF, CSV and XLSX holds
the same figures as raw counts (numerator, denominator and the children behind them, per figure and
period: the period, the year before and the charts' months; the agreements by fate and the children
by trin and niveau, which the secondary suppression needs). A median cannot be merged from medians, so
the file carries the values behind each median and longest wait – working-day and day counts, sorted,
without anything that says whose they are. The file holds no name, CPR number, birth date, case number
or free text: counts, dates of periods, the selection's names (a municipality, a school) and two ids
that say nothing by themselves – a random one for the export and a hash of the data folder's id.

Merging (`merge`) sums the counts per figure and period and hands the sum to compute.finish, which
applies the small-number rule after summing, as for one data folder. A file given twice is counted
once; two exports from the same data folder count with the newer only. Pure: the export layer reads
and writes the files (kitdesk/export/report_figures.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from kitdesk.domain.dates import fmt_date
from kitdesk.domain.indicators.compute import TREND, Counts, Report, finish
from kitdesk.domain.indicators.definitions import BY_KEY, FATES, PRESENCE_SECTORS
from kitdesk.domain.indicators.measures import COUNT, KINDS, Measure, summed
from kitdesk.domain.indicators.period import KINDS as PERIOD_KINDS
from kitdesk.domain.indicators.period import Period, trend
from kitdesk.domain.indicators.records import Selection
from kitdesk.domain.refusal import Refusal, message

FORMAT = "kitdesk-tal"
VERSION = 1
SUFFIX = ".kitdesk-tal.json"

NOT_A_FIGURE_FILE = message(
    "report.merge.not_figure_file",
    "»{name}« er ikke en fil med nøgletal fra KIT Desk. Vælg filerne, der ender på {suffix}.",
    "\"{name}\" is not a KIT Desk figure file. Choose the files ending in {suffix}.")
NEWER_FORMAT = message(
    "report.merge.newer_format",
    "»{name}« er lavet af en nyere KIT Desk (format {version}). Opdatér KIT Desk, og prøv igen.",
    "\"{name}\" was made by a newer KIT Desk (format {version}). Update KIT Desk and try again.")
DAMAGED = message(
    "report.merge.damaged",
    "»{name}« er beskadiget og kan ikke læses. Bed kollegaen om at gemme rapporten igen og sende den nye fil.",
    "\"{name}\" is damaged and cannot be read. Ask your colleague to save the report again and send the new file.")
PERIODS_DIFFER = message(
    "report.merge.periods_differ",
    "Filerne gælder ikke samme periode: »{name}« gælder {period}, »{other}« gælder {other_period}. "
    "Flet kun filer for samme periode.",
    "The files do not cover the same period: \"{name}\" covers {period}, \"{other}\" covers {other_period}. "
    "Merge only files for the same period.")
SELECTIONS_DIFFER = message(
    "report.merge.selections_differ",
    "Filerne tæller ikke de samme sager: »{name}« gælder {selection}, »{other}« gælder {other_selection}. "
    "Flet kun filer med samme udvalg.",
    "The files do not count the same cases: \"{name}\" covers {selection}, \"{other}\" covers "
    "{other_selection}. Merge only files with the same selection.")
TOO_FEW = message(
    "report.merge.too_few",
    "Vælg mindst to filer med nøgletal at flette.",
    "Choose at least two figure files to merge.")


@dataclass(frozen=True)
class FigureFile:
    name: str  # the file's name, for the messages
    export_id: str
    source_id: str
    exported_at: datetime
    counts: Counts


# -- writing ---------------------------------------------------------------------------------------------------

def encode(counts: Counts, *, export_id: str, source_id: str, exported_at: datetime, app_version: str) -> bytes:
    document = {
        "format": FORMAT, "version": VERSION, "app_version": app_version,
        "export_id": export_id, "source_id": source_id, "exported_at": exported_at.isoformat(),
        "made_on": counts.made_on.isoformat(),
        "period": _period(counts.period),
        "year_before": _period(counts.year_before) if counts.year_before else None,
        "selection": {"municipality": counts.selection.municipality, "school": counts.selection.school,
                      "sector": counts.selection.sector},
        "trend": [_period(p) for p in counts.trend],
        "sectors": list(counts.sectors),
        "cases": _measure(counts.cases),
        "current": _cells(counts.current), "before": _cells(counts.before),
        "buckets": [_cells(b) for b in counts.buckets],
        "fates": _cells(counts.fates), "fates_before": _cells(counts.fates_before),
        "steps": [[value, _measure(a), _measure(b)] for value, a, b in counts.steps],
        "levels": [[value, _measure(a), _measure(b)] for value, a, b in counts.levels],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _period(period: Period) -> dict:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "kind": period.kind}


def _measure(m: Measure) -> dict:
    out: dict = {"kind": m.kind, "numerator": m.numerator, "denominator": m.denominator, "children": m.children,
                 "numerator_children": m.numerator_children}
    if m.kind not in ("share", COUNT):
        out["values"] = list(m.values)
    return out


def _cells(cells: dict[str, Measure]) -> dict:
    return {key: _measure(m) for key, m in cells.items()}


# -- reading ------------------------------------------------------------------------------------------------------

class _Damaged(Exception):
    pass


def decode(data: bytes, name: str) -> FigureFile:
    """A figure file's contents; raises Refusal when it is not one, from a newer format or damaged."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        document = None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Refusal(NOT_A_FIGURE_FILE, name=name, suffix=SUFFIX)
    version = document.get("version")
    if isinstance(version, int) and version > VERSION:
        raise Refusal(NEWER_FORMAT, name=name, version=str(version))
    try:
        if version != VERSION:
            raise _Damaged
        return _read(document, name)
    except (_Damaged, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise Refusal(DAMAGED, name=name) from exc


def _read(doc: dict, name: str) -> FigureFile:
    period = _read_period(doc["period"])
    before = _read_period(doc["year_before"]) if doc["year_before"] is not None else None
    selection = Selection(*(_text(doc["selection"][k]) for k in ("municipality", "school", "sector")))
    sectors = tuple(_text(s) for s in doc["sectors"])
    if any(s not in PRESENCE_SECTORS for s in sectors):
        raise _Damaged
    counts = Counts(
        period, before, selection, date.fromisoformat(doc["made_on"]),
        tuple(_read_period(p) for p in doc["trend"]), sectors,
        _read_cells(doc["current"], BY_KEY), _read_cells(doc["before"], BY_KEY),
        tuple(_read_cells(b, TREND) for b in doc["buckets"]), _read_measure(doc["cases"], COUNT),
        _read_cells(doc["fates"], FATES, "share"), _read_cells(doc["fates_before"], FATES, "share"),
        _read_rows(doc["steps"]), _read_rows(doc["levels"]))
    # What follows from the period must be what the period gives: a merge sums them side by side.
    if counts.trend != tuple(trend(period)) or before not in (None, period.year_before()):
        raise _Damaged
    if len(counts.buckets) != len(counts.trend):
        raise _Damaged
    exported_at = datetime.fromisoformat(_text(doc["exported_at"]))
    if exported_at.tzinfo is None:  # every export says UTC; a bare time could not be compared
        raise _Damaged
    return FigureFile(name, _text(doc["export_id"]), _text(doc["source_id"]), exported_at, counts)


def _text(value) -> str:
    if not isinstance(value, str):
        raise _Damaged
    return value


def _read_period(doc: dict) -> Period:
    kind = _text(doc["kind"])
    if kind not in PERIOD_KINDS:
        raise _Damaged
    return Period(date.fromisoformat(doc["start"]), date.fromisoformat(doc["end"]), kind)


def _read_cells(doc: dict, known, kind: str | None = None) -> dict[str, Measure]:
    if not isinstance(doc, dict) or any(key not in known for key in doc):
        raise _Damaged
    return {key: _read_measure(value, kind or BY_KEY[key].kind) for key, value in doc.items()}


def _read_measure(doc: dict, kind: str) -> Measure:
    if doc["kind"] != kind or kind not in KINDS:
        raise _Damaged
    numbers = [doc[k] for k in ("numerator", "denominator", "children", "numerator_children")]
    if any(not isinstance(n, int) or isinstance(n, bool) or n < 0 for n in numbers):
        raise _Damaged
    values = tuple(float(v) for v in doc.get("values", ()))
    if kind in ("share", COUNT) and values:
        raise _Damaged
    if kind not in ("share", COUNT) and len(values) != numbers[1]:
        raise _Damaged
    measure = summed([Measure(kind, numbers[0], numbers[1], None, numbers[2], numbers[3], values=values)])
    return measure


def _read_rows(doc: list) -> tuple[tuple[int, Measure, Measure], ...]:
    return tuple((int(value), _read_measure(a, COUNT), _read_measure(b, COUNT)) for value, a, b in doc)


# -- merging ---------------------------------------------------------------------------------------------------------

def merge(files: list[FigureFile]) -> Report:
    """The files' figures summed and the small-number rule applied to the sums. Raises Refusal when the
    files do not cover the same period and selection, or fewer than two different files are given."""
    kept, notes = _once_each(files)
    if len(kept) < 2:
        raise Refusal(TOO_FEW)
    first = kept[0]
    for other in kept[1:]:
        if other.counts.period != first.counts.period:
            raise Refusal(PERIODS_DIFFER, name=first.name, period=first.counts.period.label, other=other.name,
                          other_period=other.counts.period.label)
        if other.counts.selection != first.counts.selection:
            raise Refusal(SELECTIONS_DIFFER, name=first.name, selection=first.counts.selection.label,
                          other=other.name, other_selection=other.counts.selection.label)
    all_counts = [f.counts for f in kept]
    befores = [c for c in all_counts if c.year_before is not None]
    period = first.counts.period
    counts = Counts(
        period, period.year_before() if befores else None, first.counts.selection,
        max(c.made_on for c in all_counts), first.counts.trend,
        tuple(s for s in PRESENCE_SECTORS if any(s in c.sectors for c in all_counts)),
        _sum_cells([c.current for c in all_counts]), _sum_cells([c.before for c in befores]),
        tuple(_sum_cells([c.buckets[i] for c in all_counts]) for i in range(len(first.counts.trend))),
        summed([c.cases for c in all_counts]),
        _sum_cells([c.fates for c in all_counts]), _sum_cells([c.fates_before for c in befores]),
        _sum_rows([c.steps for c in all_counts]), _sum_rows([c.levels for c in all_counts]))
    return finish(counts, merged_from=len(kept), merge_notes=tuple(notes))


def _once_each(files: list[FigureFile]) -> tuple[list[FigureFile], list[str]]:
    """Each export once; of several exports from one data folder, the newest only."""
    notes: list[str] = []
    by_export: dict[str, FigureFile] = {}
    for f in files:
        if f.export_id in by_export:
            first = by_export[f.export_id].name
            notes.append(f"»{f.name}« er valgt to gange og er talt med én gang." if first == f.name else
                         f"»{f.name}« er en kopi af »{first}« og er talt med én gang.")
            continue
        by_export[f.export_id] = f
    by_source: dict[tuple[str, Period], FigureFile] = {}
    for f in by_export.values():
        key = (f.source_id, f.counts.period)
        older = by_source.get(key)
        if older is None:
            by_source[key] = f
            continue
        newer, dropped = (f, older) if f.exported_at > older.exported_at else (older, f)
        by_source[key] = newer
        notes.append(f"»{dropped.name}« og »{newer.name}« er fra samme datamappe; kun den nyeste "
                     f"(»{newer.name}«, gemt {fmt_date(newer.exported_at.date())}) er talt med.")
    kept = [f for f in by_export.values() if by_source[(f.source_id, f.counts.period)] is f]
    return kept, notes


def _sum_cells(cells: list[dict[str, Measure]]) -> dict[str, Measure]:
    keys = [k for c in cells for k in c]
    return {key: summed([c[key] for c in cells if key in c]) for key in dict.fromkeys(keys)}


def _sum_rows(rows: list[tuple[tuple[int, Measure, Measure], ...]]) -> tuple[tuple[int, Measure, Measure], ...]:
    by_value: dict[int, list[tuple[Measure, Measure]]] = {}
    for one in rows:
        for value, start, end in one:
            by_value.setdefault(value, []).append((start, end))
    return tuple((value, summed([a for a, _ in pairs]), summed([b for _, b in pairs]))
                 for value, pairs in sorted(by_value.items()))
