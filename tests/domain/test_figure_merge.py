"""Merging figure files (kitdesk/domain/indicators/figure_file.py) on constructed data with known answers:
the small-number rule applied after summing, a file given twice counted once, an older export of the same
data folder left out, and the refusals for files that cannot be merged."""
import dataclasses
import json
from datetime import UTC, date, datetime

import pytest

from kitdesk.domain.indicators.compute import count_report, finish
from kitdesk.domain.indicators.figure_file import decode, encode, merge
from kitdesk.domain.indicators.measures import HIDDEN, cell_text
from kitdesk.domain.indicators.period import Period
from kitdesk.domain.indicators.records import ALL, CaseFacts, MeetingFacts, ReportData, Selection
from kitdesk.domain.refusal import Refusal

TODAY = date(2026, 7, 15)
Q2 = Period.quarter(2026, 2)


def _data(children: int, child_present: int, gps: int = 0) -> ReportData:
    """`children` children, each with one held meeting in May 2026 (requested three working days before);
    the child present at `child_present` of them; `gps` GPs at the first."""
    cases = tuple(CaseFacts(i, opened_on=date(2026, 1, 5)) for i in range(1, children + 1))
    meetings = tuple(MeetingFacts(100 + i, i, "held", date(2026, 5, 13), date(2026, 5, 8),
                                  present=frozenset({"buc", "family"} | ({"gp"} if i == 1 and gps else set())),
                                  invited=frozenset({"buc", "family"}), child_present=i <= child_present,
                                  gps_present=gps if i == 1 else 0)
                     for i in range(1, children + 1))
    return ReportData(cases=cases, meetings=meetings)


def _file(data: ReportData, name: str, *, export_id: str, source_id: str, period: Period = Q2,
          selection: Selection = ALL, exported_at=datetime(2026, 7, 15, 8, 0, tzinfo=UTC)) -> bytes:
    counts = count_report(data, period, selection, TODAY)
    return encode(counts, export_id=export_id, source_id=source_id, exported_at=exported_at, app_version="test")


def _read(data: bytes, name: str):
    return decode(data, name)


@pytest.fixture
def three():
    return [_read(_file(_data(2, 1, gps=1 if n == "a" else 0), n, export_id=f"e-{n}", source_id=f"s-{n}"), f"{n}.json")
            for n in ("a", "b", "c")]


def test_cells_below_five_in_each_file_are_shown_when_the_sum_reaches_five(three):
    alone = finish(three[0].counts)  # one file by itself: everything about 2 children
    assert cell_text(alone.figure("meetings_held").current) == HIDDEN

    merged = merge(three)
    assert merged.merged_from == 3
    assert cell_text(merged.figure("meetings_held").current) == "6"  # 2 + 2 + 2 children: shown
    assert cell_text(merged.figure("family_present").current) == "6 af 6 – 100 %"
    # The child present at one meeting in each file: 3 children behind the numerator – still hidden.
    assert cell_text(merged.figure("child_present").current) == f"{HIDDEN} af 6"
    # One GP in one file: still fewer than five children.
    assert cell_text(merged.figure("gp_participations").current) == HIDDEN
    # The median of all six waits (3 working days each), counted from the values, not from medians.
    assert merged.figure("days_to_meeting").current.value == 3
    assert merged.figure("days_to_meeting").current.denominator == 6


def test_the_median_is_counted_from_all_values_not_from_the_medians():
    def waits(days: list[int]) -> ReportData:
        cases = tuple(CaseFacts(i, opened_on=date(2026, 1, 5)) for i in range(1, len(days) + 1))
        # Requested on Monday 4 May 2026; held `d` working days later (before Kristi himmelfart, 14 May).
        held_on = {1: date(2026, 5, 5), 2: date(2026, 5, 6), 3: date(2026, 5, 7), 7: date(2026, 5, 13)}
        return ReportData(cases=cases, meetings=tuple(
            MeetingFacts(10 + i, i, "held", held_on[d], date(2026, 5, 4)) for i, d in enumerate(days, 1)))

    a = _read(_file(waits([1, 1, 1, 1, 1]), "a", export_id="a", source_id="a"), "a")  # median 1
    b = _read(_file(waits([7, 7, 7, 7, 7, 7, 7]), "b", export_id="b", source_id="b"), "b")  # median 7
    merged = merge([a, b])
    # A median of the medians would be 4; the twelve values' median is 7.
    assert merged.figure("days_to_meeting").current.value == 7
    assert cell_text(merged.figure("days_to_meeting").current, "arbejdsdage") == "7 arbejdsdage"


def test_the_same_file_twice_is_counted_once(three):
    once = merge(three)
    twice = merge([*three, three[1]])
    assert cell_text(twice.figure("meetings_held").current) == cell_text(once.figure("meetings_held").current) == "6"
    assert twice.merged_from == 3
    assert twice.merge_notes == ("»b.json« er valgt to gange og er talt med én gang.",)
    copy = dataclasses.replace(three[2], name="c-kopi.json")
    assert merge([*three, copy]).merge_notes == ("»c-kopi.json« er en kopi af »c.json« og er talt med én gang.",)


def test_of_two_exports_from_one_data_folder_only_the_newer_counts(three):
    newer = _read(_file(_data(4, 0), "a2", export_id="e-a2", source_id="s-a",
                        exported_at=datetime(2026, 7, 16, 8, 0, tzinfo=UTC)), "a-ny.json")
    merged = merge([newer, *three])  # the older export of the same folder comes after it
    assert cell_text(merged.figure("meetings_held").current) == "8"  # 4 + 2 + 2: the older a's 2 left out
    assert merged.merged_from == 3
    assert any("kun den nyeste (»a-ny.json«" in note for note in merged.merge_notes)


def test_a_single_file_or_one_file_twice_is_refused(three):
    with pytest.raises(Refusal, match="mindst to filer"):
        merge([three[0], three[0]])


def test_files_for_different_periods_are_refused(three):
    march = _read(_file(_data(2, 0), "m", export_id="m", source_id="m", period=Period.month(2026, 3)), "marts.json")
    with pytest.raises(Refusal) as refused:
        merge([three[0], march])
    assert str(refused.value) == ("Filerne gælder ikke samme periode: »a.json« gælder 2. kvartal 2026, »marts.json« "
                                  "gælder marts 2026. Flet kun filer for samme periode.")


def test_files_for_different_selections_are_refused(three):
    other = _read(_file(_data(2, 0), "k", export_id="k", source_id="k", selection=Selection("Fjordby Kommune")),
                  "fjordby.json")
    with pytest.raises(Refusal, match="samme udvalg"):
        merge([three[0], other])


def _damaged(change) -> bytes:
    document = json.loads(_file(_data(2, 1), "x", export_id="x", source_id="x"))
    change(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(("data", "says"), [
    (b"%PDF-1.7 not a figure file", "er ikke en fil med nøgletal fra KIT Desk"),
    (b'{"format": "something else"}', "er ikke en fil med nøgletal fra KIT Desk"),
    (b"\xff\xfe\x00", "er ikke en fil med nøgletal fra KIT Desk"),
    (_damaged(lambda d: d.update(version=2)), "er lavet af en nyere KIT Desk (format 2)"),
    (_damaged(lambda d: d.pop("current")), "er beskadiget"),
    (_damaged(lambda d: d["current"]["meetings_held"].update(numerator=-3)), "er beskadiget"),
    (_damaged(lambda d: d["current"]["meetings_held"].update(kind="share")), "er beskadiget"),
    (_damaged(lambda d: d["current"].update(child_name={"kind": "count"})), "er beskadiget"),
    (_damaged(lambda d: d["current"]["days_to_meeting"].update(values=[1])), "er beskadiget"),
    (_damaged(lambda d: d.update(exported_at="2026-07-15T08:00:00")), "er beskadiget"),
    (_damaged(lambda d: d.update(trend=d["trend"][1:], buckets=d["buckets"][1:])), "er beskadiget"),
    (_damaged(lambda d: d["steps"].append([5])), "er beskadiget"),
    (b"[" * 100_000 + b"]" * 100_000, "er ikke en fil med nøgletal"),
    (_file(_data(2, 1), "x", export_id="x", source_id="x")[:-40], "er ikke en fil med nøgletal"),  # cut short
])
def test_bad_files_are_refused_in_danish(data, says):
    with pytest.raises(Refusal) as refused:
        decode(data, "kollega.json")
    assert says in str(refused.value) and "»kollega.json«" in str(refused.value)
