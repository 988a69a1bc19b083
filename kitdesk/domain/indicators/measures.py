"""One figure in one period, the small-number rule, and the Danish texts every output prints.

The rule (as Danish health statistics do it): a cell based on fewer than five children is shown
as "< 5". For a share, the whole cell is hidden when the children behind the denominator are fewer
than five, and the count and the share when those behind the numerator are one to four ("< 5 af
40"). Zero is shown: it tells nothing about any one child.

A hidden cell must not be found by subtraction either (secondary suppression): where cells add up to
a total the report also shows – the months of a quarter, the agreements by fate, the children by
trin – one hidden cell takes the next smallest with it (`protect`).
"""
from __future__ import annotations

import operator
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

LIMIT = 5
HIDDEN = "< 5"
NO_DATA = "–"

SHARE, COUNT, MEDIAN, LONGEST = "share", "count", "median", "longest"
KINDS = (SHARE, COUNT, MEDIAN, LONGEST)


@dataclass(frozen=True, slots=True)
class Measure:
    """kind SHARE: numerator of denominator; COUNT: numerator; MEDIAN / LONGEST: value over
    denominator items. `children`: the distinct children behind the cell (behind the denominator
    for a share); `numerator_children`: behind the numerator of a share."""

    kind: str
    numerator: int = 0
    denominator: int = 0
    value: float | None = None
    children: int = 0
    numerator_children: int = 0
    secondary: bool = False  # hidden so that another hidden cell cannot be worked out (see `protect`)
    # MEDIAN / LONGEST: the values behind it, sorted (anonymous numbers: what merging needs to count
    # the median of several data folders' values – a median of medians would be wrong).
    values: tuple[float, ...] = field(default=(), compare=False, repr=False)

    @property
    def empty(self) -> bool:
        return self.children == 0 if self.kind == COUNT else self.denominator == 0

    @property
    def hidden(self) -> bool:
        """The whole cell is hidden."""
        return self.secondary or 0 < self.children < LIMIT

    @property
    def concealed(self) -> bool:
        """Something of it is hidden: the whole cell or its numerator."""
        return self.hidden or self.numerator_hidden

    @property
    def size(self) -> int:
        """What a cell adds to its total: a count's numerator, a share's denominator."""
        return self.numerator if self.kind == COUNT else self.denominator

    @property
    def numerator_hidden(self) -> bool:
        return self.kind == SHARE and not self.hidden and 0 < self.numerator_children < LIMIT

    @property
    def share(self) -> float | None:
        """numerator / denominator, or None when there is none or it is hidden."""
        if self.kind != SHARE or self.denominator == 0 or self.hidden or self.numerator_hidden:
            return None
        return self.numerator / self.denominator

    @property
    def shown_value(self) -> float | None:
        """The number a chart may draw: None when hidden or empty."""
        if self.hidden or self.empty or self.numerator_hidden:
            return None
        if self.kind == SHARE:
            return self.share
        if self.kind == COUNT:
            return float(self.numerator)
        return self.value


def share(numerator_items: list, denominator_items: list, denominator_children: int | None = None) -> Measure:
    """A share of the items counted; each item has the case_id of the child it is about.
    `denominator_children`: the children behind the denominator, when the caller has counted them."""
    if denominator_children is None:
        denominator_children = children(denominator_items)
    return Measure(SHARE, len(numerator_items), len(denominator_items), None, denominator_children,
                   children(numerator_items))


def hide(measure: Measure) -> Measure:
    return replace(measure, secondary=True)


def protect(cells: list[Measure], of_one_whole: bool = False) -> list[Measure]:
    """Cells that add up to a total shown elsewhere: when exactly one of them is hidden, the total minus
    the others would give it away, so the smallest other cell with something in it is hidden too (two
    hidden cells only give away their sum). Empty cells stay as they are: there is nothing to find.
    `of_one_whole`: shares of one and the same denominator (the agreements by fate), whose numerators
    add up; otherwise a share's denominator is what adds up (the months of a quarter)."""
    def size(m: Measure) -> int:
        return m.numerator if of_one_whole else m.size

    concealed = [i for i, m in enumerate(cells) if m.concealed]
    if len(concealed) != 1:
        return cells
    others = [i for i, m in enumerate(cells) if not m.concealed and not m.empty and size(m) > 0]
    if not others:
        return cells
    smallest = min(others, key=lambda i: (size(cells[i]), i))
    return [hide(m) if i == smallest else m for i, m in enumerate(cells)]


def summed(cells: Sequence[Measure]) -> Measure:
    """Cells of one figure from several data folders as one, before the small-number rule (figure files
    are merged before it is applied). A median is counted anew from all the values; a child followed in
    two data folders is counted in each, as no file says who a child is."""
    kind = cells[0].kind
    if any(c.kind != kind for c in cells):
        raise ValueError("cells of different kinds")  # a caller's bug: decoding checks the kinds
    numerator, denominator = sum(c.numerator for c in cells), sum(c.denominator for c in cells)
    values = tuple(sorted(v for c in cells for v in c.values))
    value: float | None = None
    if kind == COUNT:
        value = float(numerator)
    elif kind == MEDIAN:
        value = statistics.median(values) if values else None
    elif kind == LONGEST:
        value = max(values) if values else None
    return Measure(kind, numerator, denominator, value, sum(c.children for c in cells),
                   sum(c.numerator_children for c in cells), values=values)


_CASE_ID = operator.attrgetter("case_id")


def children(items: list) -> int:
    return len(set(map(_CASE_ID, items)))  # in C: a year's report asks ~200 times, of up to 7,000 items


def count(items: list) -> Measure:
    return Measure(COUNT, len(items), 0, float(len(items)), children(items))


def median(values_with_children: Sequence[tuple[float, int]]) -> Measure:
    values = sorted(v for v, _ in values_with_children)
    return Measure(MEDIAN, 0, len(values), statistics.median(values) if values else None,
                   len({c for _, c in values_with_children}), values=tuple(values))


def longest(values_with_children: Sequence[tuple[float, int]]) -> Measure:
    values = sorted(v for v, _ in values_with_children)
    return Measure(LONGEST, 0, len(values), max(values) if values else None,
                   len({c for _, c in values_with_children}), values=tuple(values))


# -- Danish text --------------------------------------------------------------------------------------

def percent(value: float | None) -> str:
    """82 %; below 1 % and above 99 % with one decimal, so 0.4 % is not read as none."""
    if value is None:
        return NO_DATA
    pct = value * 100
    if 0 < pct < 1 or 99 < pct < 100:
        return f"{pct:.1f}".replace(".", ",") + " %"
    return f"{round(pct)} %"


def whole(n: int) -> str:
    """1.768 – Danish thousands separator."""
    return f"{n:,}".replace(",", ".")


def number(value: float | None) -> str:
    """4, 4,5, 1.768 – Danish decimal comma and thousands separator, no trailing ",0"."""
    if value is None:
        return NO_DATA
    rounded = round(value, 1)
    if rounded == int(rounded):
        return whole(int(rounded))
    return f"{rounded:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")


def with_unit(value: float | None, unit: str) -> str:
    if value is None or not unit:
        return number(value)
    singular = {"arbejdsdage": "arbejdsdag", "dage": "dag"}.get(unit, unit)
    return f"{number(value)} {singular if value == 1 else unit}"


def cell_text(measure: Measure | None, unit: str = "") -> str:
    """What a table cell says: "14 af 17 – 82 %", "< 5 af 40", "< 5", "17", "4 arbejdsdage", "–"."""
    if measure is None or measure.empty:
        return "0" if measure is not None and measure.kind == COUNT else NO_DATA
    if measure.hidden:
        return HIDDEN
    if measure.kind == SHARE:
        if measure.numerator_hidden:
            return f"{HIDDEN} af {whole(measure.denominator)}"
        return f"{whole(measure.numerator)} af {whole(measure.denominator)} – {percent(measure.share)}"
    if measure.kind == COUNT:
        return whole(measure.numerator)
    return with_unit(measure.value, unit)


def cell_lines(measure: Measure | None, unit: str = "") -> tuple[str, str]:
    """A table cell on paper: the figure large, what it is counted of small below it –
    ("82 %", "14 af 17"), ("5 arbejdsdage", "median af 131"), ("< 5", "")."""
    if measure is None or measure.empty or measure.hidden:
        return cell_text(measure, unit), ""
    if measure.kind == SHARE:
        if measure.numerator_hidden:
            return HIDDEN, f"af {whole(measure.denominator)}"
        return percent(measure.share), f"{whole(measure.numerator)} af {whole(measure.denominator)}"
    if measure.kind == MEDIAN:
        return with_unit(measure.value, unit), f"median af {whole(measure.denominator)}"
    return cell_text(measure, unit), ""


def export_cells(measure: Measure | None) -> tuple:
    """(numerator, denominator, share, value) for CSV and XLSX: numbers where shown, "< 5" where hidden,
    "" where the figure has none. A share: numerator of denominator and the share (0–1); a count: the
    numerator; a median or the longest: the value over `denominator` items."""
    if measure is None or measure.empty:
        return (0, "", "", "") if measure is not None and measure.kind == COUNT else ("", "", "", "")
    if measure.kind == SHARE:
        if measure.hidden:
            return HIDDEN, HIDDEN, HIDDEN, ""
        if measure.numerator_hidden:
            return HIDDEN, measure.denominator, HIDDEN, ""
        return measure.numerator, measure.denominator, measure.share, ""
    if measure.kind == COUNT:
        return (HIDDEN if measure.hidden else measure.numerator), "", "", ""
    if measure.hidden:
        return "", HIDDEN, "", HIDDEN
    return "", measure.denominator, "", measure.value
