"""A team's figures: three data folders each save their Selvevaluering with its figure file; merged, the
figures equal a report counted over the three folders' cases together. The figure file holds only counts
(no name, CPR number, birth date, case number or free text), and `kitdesk report --merge` writes the
merged PDF, CSV and XLSX."""
import dataclasses
import io
import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from kitdesk.domain.dates import local_today
from kitdesk.domain.indicators.compute import build_report, needed_ranges
from kitdesk.domain.indicators.definitions import FATES, FIGURES, PRESENCE_SECTORS
from kitdesk.domain.indicators.figure_file import FORMAT, SUFFIX
from kitdesk.domain.indicators.measures import cell_text
from kitdesk.domain.indicators.period import Period, last_full_quarter
from kitdesk.domain.indicators.records import ReportData, Selection
from kitdesk.export.report_figures import figure_file_bytes, merge_files, source_id
from kitdesk.export.report_files import write_report_files
from tests.support import demo_folder, kitdesk, open_store

CREATED = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
# The day the three folders' demos are loaded as on and reported on: their small, random histories are
# then the same every day the tests run (on another day a cell hidden in every folder alone could be
# hidden merged too, or in none of them).
TODAY = CREATED.date()


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """Three data folders with different generated histories: (report data, report, folder id, children)."""
    from kitdesk.store.demo import load_demo

    today = TODAY
    period = last_full_quarter(today)
    out = []
    for seed in (7, 21, 35):
        store = open_store(tmp_path_factory.mktemp(f"team{seed}"))
        load_demo(store, extra_cases=26, seed=seed, today=today)
        data = store.report.data(needed_ranges(period), today)
        children = store.conn.execute("SELECT child_name, case_no, cpr, birth_date FROM cases").fetchall()
        out.append((data, build_report(data, period, Selection(), today), store.settings.get("folder_id"), children))
        store.close()
    return period, today, out


def _union(datas: list[ReportData]) -> ReportData:
    """The three folders' records as one data folder's: every id moved out of the others' way."""
    cases, meetings, agreements, waits, exchanges, stages = [], [], [], [], {}, {}
    for n, d in enumerate(datas):
        shift = n * 1_000_000
        cases += [c._replace(id=c.id + shift) for c in d.cases]
        meetings += [m._replace(id=m.id + shift, case_id=m.case_id + shift) for m in d.meetings]
        agreements += [a._replace(id=a.id + shift, case_id=a.case_id + shift, meeting_id=a.meeting_id + shift,
                                  carried_from_id=None if a.carried_from_id is None else a.carried_from_id + shift)
                       for a in d.agreements]
        waits += [dataclasses.replace(w, case_id=w.case_id + shift) for w in d.waits]
        exchanges.update({k + shift: v for k, v in d.exchanges.items()})
        stages.update({k + shift: s._replace(case_id=s.case_id + shift) for k, s in d.stages.items()})
    assert len({d.closed_days for d in datas}) == 1
    return ReportData(tuple(cases), tuple(meetings), exchanges, tuple(agreements), tuple(waits), stages,
                      datas[0].closed_days)


def _shown(report) -> dict:
    """Everything the report prints, cell by cell."""
    out = {"cases": cell_text(report.cases), "year_before": report.year_before}
    for f in report.figures:
        unit = f.definition.unit
        out[f.definition.key] = (cell_text(f.current, unit), cell_text(f.year_before, unit) if f.year_before else None,
                                 tuple(cell_text(m, unit) for m in f.trend), f.current.value)
    out["fates"] = {k: cell_text(m) for k, m in report.fates.items()}
    out["stages"] = [(v, cell_text(a), cell_text(b)) for v, a, b in (*report.steps, *report.levels)]
    return out


@pytest.fixture(scope="module")
def saved(folders, tmp_path_factory):
    period, today, items = folders
    paths = []
    for n, (_, report, folder_id, _) in enumerate(items):
        files = write_report_files(report, tmp_path_factory.mktemp(f"out{n}"), author="Kontaktperson",
                                   created=CREATED, folder_id=folder_id)
        paths.append(files.figures)
    return paths


def test_the_merge_of_three_folders_equals_a_report_over_their_cases_together(folders, saved):
    period, today, items = folders
    merged = merge_files(saved)
    together = build_report(_union([data for data, *_ in items]), period, Selection(), today)
    assert merged.merged_from == 3
    assert _shown(merged) == _shown(together)
    # ... and the raw counts behind them (a median's values too).
    assert merged.counts.current == together.counts.current
    for key in ("days_to_meeting", "days_to_plan", "wait_median", "wait_longest"):
        assert merged.counts.current[key].values == together.counts.current[key].values
    held = [r.figure("meetings_held").current.numerator for _, r, *_ in items]
    assert merged.figure("meetings_held").current.numerator == sum(held)
    # Some cells hidden in every folder's own report are shown merged: the rule is applied to the sums.
    hidden_alone = {f.definition.key for f in items[0][1].figures if f.current.concealed}
    for _, report, *_ in items[1:]:
        hidden_alone &= {f.definition.key for f in report.figures if f.current.concealed}
    assert hidden_alone - {f.definition.key for f in merged.figures if f.current.concealed}


def test_the_figure_file_holds_counts_only(folders, saved):
    period, today, items = folders
    data = saved[0].read_bytes()
    document = json.loads(data)
    assert document["format"] == FORMAT and document["version"] == 1
    assert document["source_id"] == source_id(items[0][2]) and items[0][2] not in data.decode()
    assert len(document["export_id"]) == 32
    for child in (c for *_, children in items for c in children):
        name, case_no, cpr, birth = child
        for text in (name, *name.split(), case_no, cpr, birth, _danish(birth)):
            if text and len(text) > 3:
                assert text.encode() not in data, text
    # Every string in the file is one of a known few: the format, ids, dates, codes, the selection.
    allowed_keys = {f.key for f in FIGURES} | set(FATES) | {
        "format", "version", "app_version", "export_id", "source_id", "exported_at", "made_on", "period",
        "year_before", "selection", "municipality", "school", "sector", "trend", "sectors", "cases", "current",
        "before", "buckets", "fates", "fates_before", "steps", "levels", "start", "end", "kind", "numerator",
        "denominator", "children", "numerator_children", "values"}

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                assert key in allowed_keys, key
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            assert (node in {FORMAT, "0.1.0", "share", "count", "median", "longest", "month", "quarter", "year",
                             "range", document["export_id"], document["source_id"], "", *PRESENCE_SECTORS}
                    or _is_date(node)), node
        else:
            assert isinstance(node, int | float) or node is None, node

    walk(document)


def _danish(iso: str | None) -> str:
    return "" if not iso else f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def _is_date(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
        return True
    except ValueError:
        return False


def test_a_merged_report_writes_no_figure_file_of_its_own(saved, tmp_path):
    merged = merge_files(saved)
    files = write_report_files(merged, tmp_path, author="", created=CREATED, folder_id="abc")
    assert files.figures is None
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files.paths)
    assert all("_flettet" in p.name for p in files.paths)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(files.pdf.read_bytes())).pages).split())
    assert "Selvevaluering – flettet" in text
    assert "Lagt sammen af 3 filer med nøgletal" in text
    assert "Honorarlisten for almen praksis flettes ikke" in text


def test_each_export_has_its_own_id_and_the_folder_the_same_source(folders):
    _, _, items = folders
    report, folder_id = items[0][1], items[0][2]
    one, two = (json.loads(figure_file_bytes(report, folder_id=folder_id, exported_at=CREATED)) for _ in range(2))
    assert one["export_id"] != two["export_id"] and one["source_id"] == two["source_id"]


# -- the command line ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli_files(tmp_path_factory):
    """Three demo data folders, each saving its report with `kitdesk report --out`."""
    period = last_full_quarter(local_today())
    paths = []
    for n in range(3):
        home = demo_folder(tmp_path_factory.mktemp(f"home{n}"), cases=12, own=True)
        out = tmp_path_factory.mktemp(f"cli{n}")
        done = kitdesk(home, "report", "--from", period.start.isoformat(), "--to", period.end.isoformat(),
                       "--out", str(out))
        assert done.returncode == 0, done.stderr
        (figures,) = [p for p in out.iterdir() if p.name.endswith(SUFFIX)]
        assert f"{figures}" in done.stdout
        paths.append(figures)
    return period, paths, home


def test_the_command_merges_three_files(cli_files, tmp_path):
    period, paths, home = cli_files
    out = tmp_path / "team"
    done = kitdesk(tmp_path / "no-folder", "report", "--merge", *map(str, paths), "--out", str(out))
    assert done.returncode == 0, done.stderr
    stem = f"Selvevaluering_{period.slug}_flettet"
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.csv", f"{stem}.pdf", f"{stem}.xlsx"]
    assert done.stderr == ""


def test_the_command_counts_a_file_given_twice_once(cli_files, tmp_path):
    _, paths, _ = cli_files
    done = kitdesk(tmp_path, "report", "--merge", *map(str, paths), str(paths[0]), "--out", str(tmp_path / "o"))
    assert done.returncode == 0, done.stderr
    shown = f"{paths[0].parent.name}/{paths[0].name}"  # the colleagues' files are named alike: with their folder
    assert done.stderr == f"»{shown}« er valgt to gange og er talt med én gang.\n"


def test_the_command_refuses_what_cannot_be_merged(cli_files, tmp_path):
    period, paths, home = cli_files
    january = Period.month(2026, 1)
    done = kitdesk(home, "report", "--from", january.start.isoformat(), "--to", january.end.isoformat(),
                   "--out", str(tmp_path / "jan"))
    assert done.returncode == 0, done.stderr
    (other,) = (tmp_path / "jan").glob(f"*{SUFFIX}")
    done = kitdesk(tmp_path, "report", "--merge", str(paths[0]), str(other), "--out", str(tmp_path / "o"))
    assert done.returncode == 1
    assert done.stderr.startswith("Filerne gælder ikke samme periode:") and "januar 2026" in done.stderr

    notes = tmp_path / "noter.txt"
    notes.write_text("Mødet gik godt")
    done = kitdesk(tmp_path, "report", "--merge", str(paths[0]), str(notes), "--out", str(tmp_path / "o"))
    assert done.returncode == 1
    assert done.stderr.strip() == ("»noter.txt« er ikke en fil med nøgletal fra KIT Desk. Vælg filerne, der ender "
                                   "på .kitdesk-tal.json.")

    done = kitdesk(tmp_path, "report", "--merge", str(paths[0]), str(tmp_path / "væk.json"), "--out", str(tmp_path))
    assert done.returncode == 1 and "Filen findes ikke" in done.stderr

    done = kitdesk(tmp_path, "report", "--merge", *map(str, paths), "--honorarliste", "--out", str(tmp_path))
    assert done.returncode == 2 and "Honorarlisten flettes ikke, da den nævner lægerne" in done.stderr
    done = kitdesk(tmp_path, "report", "--merge", *map(str, paths), "--from", "2026-01-01", "--out", str(tmp_path))
    assert done.returncode == 2 and "brug ikke --from" in done.stderr
    done = kitdesk(tmp_path, "report", "--out", str(tmp_path))
    assert done.returncode == 2 and "Angiv perioden med --from og --to" in done.stderr
    assert not (tmp_path / "o").exists()


def test_a_newer_format_is_refused(cli_files, tmp_path):
    _, paths, _ = cli_files
    newer = tmp_path / "ny.kitdesk-tal.json"
    newer.write_text(json.dumps({**json.loads(paths[1].read_bytes()), "version": 7}))
    done = kitdesk(tmp_path, "report", "--merge", str(paths[0]), str(newer), "--out", str(tmp_path / "o"))
    assert done.returncode == 1
    assert "»ny.kitdesk-tal.json« er lavet af en nyere KIT Desk (format 7). Opdatér KIT Desk" in done.stderr


def test_dates_in_the_file_are_not_birth_dates():
    # The check above reads ISO dates as allowed strings; a birth date would still be caught by the search
    # for every child's birth date. This guards the helper itself.
    assert _is_date("2026-07-15") and not _is_date("Testbarn")
    assert _danish("2012-03-01") == "01.03.2012" and date(2012, 3, 1).isoformat() == "2012-03-01"
