"""The rows of the summary table (Tổng hợp), one figure per cell (DOMAIN §4, §7).

One row per unit directly under the chosen one, or the chosen unit itself when it has
none. Each cell holds the unit's one figure: what it entered, else the sum. Where the
chosen unit entered a figure its rows do not add up to, a row of its own ("Số liệu
chung của … (không phân theo …)") holds the difference, so the column's total is the
figure the text gives. Cells whose entered figure differs from the sum it should be
(its parts, its units, its register) are marked with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.messages import reason
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.rules import Issue
from ct05_desktop.domain.vi_format import count, number, percent

UNIT = "unit"
OWN = "own"
MARKED = ("total_differs_parts", "children_differ", "register_differs")
SHARES = {  # a share's part → its whole; the table shows the share beside the part
    "grassroots_orgs_registered": "grassroots_orgs_total",
    "members_registered": "members_total",
    "ethics_orgs_reviewed": "grassroots_orgs_total",
}
Pair = tuple[int, int]


@dataclass(frozen=True)
class TableRow:
    org_code: str
    label: str
    kind: str  # UNIT | OWN
    values: dict[str, int | None]
    from_parts: frozenset[str] = frozenset()  # totals that are the sum of this row's parts
    marks: dict[str, str] = field(default_factory=dict)  # indicator → why it is marked
    shares: dict[str, Pair | None] = field(default_factory=dict)  # part → the text's x/y
    both: frozenset[str] = frozenset()  # shares whose two figures the unit gave (DOMAIN §7)

    def share_as_row(self, part: str) -> bool:
        """True when the text's share is this row's part over this row's whole (then a
        live formula shows it); False when it rests on fewer units than the row's figures."""
        pair = self.shares.get(part)
        values = (self.values[part], self.values[SHARES[part]])
        if pair is None:
            return None in values
        return pair == values


def summary_rows(
    figures: Figures,
    top: str,
    units: list[str],
    years: range,
    names: dict[str, str],
    warnings: Iterable[Issue] = (),
    noun: str = "đơn vị",
) -> list[TableRow]:
    catalogue = figures.catalogue
    notes = _marks(warnings, catalogue, len(years) > 1)
    rows = [
        TableRow(
            code,
            names.get(code, code),
            UNIT,
            {i.code: figures.over_years(code, years, i.code) for i in catalogue.indicators},
            _from_parts(figures, code, years),
            notes.get(code, {}),
            share_pairs(figures, code, years),
            frozenset(p for p, w in SHARES.items() if figures.paired(code, years, p, w)),
        )
        for code in units
    ]
    if units != [top]:
        own = _own_row(figures, top, years, names, rows, noun)
        if own is not None:
            rows.append(own)
    return rows


def share_pairs(figures: Figures, code: str, years: range) -> dict[str, Pair | None]:
    """Each share of the unit as the text gives it: over the units that gave both figures."""
    return {
        part: _valid(figures.paired(code, years, part, whole)) for part, whole in SHARES.items()
    }


def _valid(pair: Pair | None) -> Pair | None:
    return pair if pair is not None and 0 <= pair[0] <= pair[1] and pair[1] > 0 else None


def _from_parts(figures: Figures, code: str, years: range) -> frozenset[str]:
    """Totals the unit did not give itself, made of the parts it gave: formulas in a sheet."""
    out = set()
    for ind in figures.catalogue.indicators:
        if not ind.parts or figures.over_years_own(code, years, ind.code) is not None:
            continue
        parts = [figures.over_years(code, years, p) for p in ind.parts]
        total = figures.over_years(code, years, ind.code)
        if any(p is not None for p in parts) and total == sum(p or 0 for p in parts):
            out.add(ind.code)
    return frozenset(out)


def _own_row(
    figures: Figures,
    top: str,
    years: range,
    names: dict[str, str],
    rows: list[TableRow],
    noun: str,
) -> TableRow | None:
    """What the chosen unit's figures hold beyond its rows, when that is not nothing."""
    values: dict[str, int | None] = {}
    marks: dict[str, str] = {}
    name = names.get(top, top)
    units = [r.org_code for r in rows]
    for ind in figures.catalogue.indicators:
        whole = figures.over_years(top, years, ind.code)
        given = figures.units_total(units, years, ind.code)
        values[ind.code] = None
        if whole is None or given == whole:
            continue
        values[ind.code] = whole - (given or 0)  # a zero nobody else gave shows too
        differs = figures.own_beyond_units(top, units, years, ind.code)
        if differs is not None:  # what it gave disagrees with its units': marked and checked
            marks[ind.code] = (
                f"số liệu của {name}: {number(differs[0])}; các {noun} cộng lại: "
                f"{number(differs[1])}"
            )
    if all(v is None for v in values.values()):
        return None
    label = f"Số liệu chung của {name} (không phân theo {noun})"
    return TableRow(top, label, OWN, values, frozenset(), marks)


def _marks(
    warnings: Iterable[Issue], catalogue: Catalogue, with_year: bool
) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for w in warnings:
        if w.code not in MARKED or w.indicator is None:
            continue
        text = reason(w, catalogue)
        if with_year:
            text = f"Năm {w.year}: {text}"
        cell = out.setdefault(w.org_code, {})
        cell[w.indicator] = f"{cell[w.indicator]}\n{text}" if w.indicator in cell else text
    return out


@dataclass(frozen=True)
class TotalShare:
    """The TỔNG CỘNG row's share as the text gives it (over the units that gave both of
    its figures, DOMAIN §7) beside what the row's two columns add up to."""

    pair: Pair | None  # the text's x/y
    shown: tuple[int | None, int | None]  # the row's part and whole (its SUMs)
    counted: int  # units that gave both figures
    units: int  # units in the table
    part_only: tuple[str, ...]  # units that gave the part without the whole
    whole_only: tuple[str, ...]  # units that gave the whole without the part
    mixed: tuple[str, ...]  # units that gave both, but from different units of theirs
    partial: tuple[str, ...]  # units counted whose own share rests on some of their figures
    own: bool  # the "Số liệu chung" row holds one of the two figures

    @property
    def as_row(self) -> bool:
        """True when the share is the row's part over the row's whole: nothing to explain."""
        if self.pair is None:
            return None in self.shown
        return self.pair == self.shown

    def note(self, refs: tuple[str, str, str], noun: str) -> str | None:
        """Over which units the share is taken and what of the row's columns it leaves
        out, in the table's column numbers refs = (share, part, whole): '(7)', '(6)',
        '(5)'; None when it is the row's part over its whole."""
        if self.as_row:
            return None
        share, part, whole = refs
        if self.pair is None:
            return (
                f"Tỷ lệ {share} ở dòng TỔNG CỘNG để trống: không có {noun} nào có đủ số liệu "
                f"để tính tỷ lệ (có cả cột {whole} và cột {part})."
            )
        x, y = self.pair
        text = (
            f"Tỷ lệ {share} ở dòng TỔNG CỘNG là {count(x)}/{count(y)} (đạt {percent(x, y)}), "
            f"tính trên {count(self.counted)}/{count(self.units)} {noun} có đủ số liệu để tính "
            f"tỷ lệ (có cả cột {whole} và cột {part})"
        )
        left = [f"{name} (chỉ có cột {whole})" for name in self.whole_only]
        left += [f"{name} (chỉ có cột {part})" for name in self.part_only]
        left += [f"{name} (hai cột không do cùng đơn vị báo cáo)" for name in self.mixed]
        left += [f"phần không đủ hai cột của {name}" for name in self.partial]
        if self.own:
            left.append("dòng “Số liệu chung…”")
        if left:
            text += f"; không tính {', '.join(left)}"
        return text + "."


def total_share(rows: list[TableRow], part: str, pair: Pair | None) -> TotalShare:
    """What the TỔNG CỘNG share of part rests on, row by row."""
    whole = SHARES[part]
    units = [r for r in rows if r.kind == UNIT]

    def given(code: str) -> int | None:
        values = [v for r in rows if (v := r.values[code]) is not None]
        return sum(values) if values else None

    def has(row: TableRow, code: str) -> bool:
        return row.values[code] is not None

    rest = [r for r in units if part not in r.both]
    return TotalShare(
        pair,
        (given(part), given(whole)),
        len(units) - len(rest),
        len(units),
        tuple(r.label for r in rest if has(r, part) and not has(r, whole)),
        tuple(r.label for r in rest if has(r, whole) and not has(r, part)),
        tuple(r.label for r in rest if has(r, whole) and has(r, part)),
        tuple(
            r.label
            for r in units
            if part in r.both and r.shares.get(part) != (r.values[part], r.values[whole])
        ),
        any(r.kind == OWN and (has(r, part) or has(r, whole)) for r in rows),
    )
