"""The rows of the summary table (Tổng hợp), one figure per cell (domain.md §4, §7).

One row per unit directly under the chosen one, or the chosen unit itself when it has
none. Each cell holds the unit's one figure: what it entered, else the sum. Where the
chosen unit entered a figure its rows do not add up to, a row of its own ("Số liệu
chung của … (không phân theo …)") holds the difference, so the column's total is the
figure the text gives. Cells whose entered figure differs from the sum it should be
(its parts, its units, its register) are marked with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.checks.figure_rules import Issue
from ct05_desktop.domain.messages import reason
from ct05_desktop.domain.rollup import Figures
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
    both: frozenset[str] = frozenset()  # shares whose two figures the unit gave (domain.md §7)

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
    catalogue = figures.catalogue_over(years)
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
    for ind in figures.catalogue_over(years).indicators:
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
    for ind in figures.catalogue_over(years).indicators:
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
    shares = _own_pairs(figures, top, years, rows)
    for part, pair in shares.items():  # a share's columns add up pairs: its difference too
        first = WHOLE_WITH[SHARES[part]] == part
        for code, value in ((part, pair), (SHARES[part], pair)):
            if code != part and not first:
                continue  # the whole's own value is told with its first share
            marks.pop(code, None)
            values[code] = None if value is None else value[0 if code == part else 1]
            if value is not None and total_pair(rows, part) is not None:  # both gave: checked
                mine, theirs = shares_text(figures, top, years, code, part)
                marks[code] = f"số liệu của {name}: {mine}; các {noun} có đủ hai số liệu: {theirs}"
    if all(v is None for v in values.values()) and not any(shares.values()):
        return None
    label = f"Số liệu chung của {name} (không phân theo {noun})"
    return TableRow(top, label, OWN, values, frozenset(), marks, shares)


def _own_pairs(
    figures: Figures, top: str, years: range, rows: list[TableRow]
) -> dict[str, Pair | None]:
    """For each share, what the chosen unit's pair (the text's) holds beyond its rows'
    pairs: the own row's part and whole, so that TỔNG CỘNG adds up to the text's share."""
    out: dict[str, Pair | None] = {}
    for part, whole in SHARES.items():
        text = _valid(figures.paired(top, years, part, whole))
        given = total_pair(rows, part)
        out[part] = None
        if text is None or text == given:
            continue
        p, w = text[0] - (given or (0, 0))[0], text[1] - (given or (0, 0))[1]
        if p >= 0 and w >= 0 and (p, w) != (0, 0):
            out[part] = (p, w)
    return out


def shares_text(figures: Figures, top: str, years: range, code: str, part: str) -> tuple[str, str]:
    """(the unit's own figure, what its units with both figures add up to), in words."""
    mine = figures.paired(top, years, part, SHARES[part])
    units = [
        p
        for c in figures.tree.children(top, years[-1])
        if (p := _valid(figures.paired(c.code, years, part, SHARES[part]))) is not None
    ]
    index = 0 if code == part else 1
    own = number(mine[index]) if mine else ""
    return own, number(sum(p[index] for p in units))


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


def pair_cells(row: TableRow, part: str) -> tuple[int | None, int | None, bool]:
    """What a row shows in a share's columns: (part, whole, paired). A unit that gave both
    shows its pair as its report gives it (over its own units that gave both); a unit that
    gave one figure only shows it, outside the pair: the TỔNG CỘNG row does not count it."""
    pair = row.shares.get(part)
    if pair is not None:
        return pair[0], pair[1], True
    return row.values[part], row.values[SHARES[part]], False


def total_pair(rows: list[TableRow], part: str) -> Pair | None:
    """What the TỔNG CỘNG row's share columns add up: the rows that give the pair (the
    own row's, what the text's pair holds beyond its units')."""
    pairs = [p for r in rows if (p := r.shares.get(part)) is not None]
    if not pairs:
        return None
    return sum(p for p, _ in pairs), sum(w for _, w in pairs)


@dataclass(frozen=True)
class TotalShare:
    """What the TỔNG CỘNG row's share columns rest on: the units that gave both figures
    (domain.md §7: no part above its whole; the share is the quotient of the two cells)."""

    pair: Pair | None  # the text's x/y
    counted: int  # units that gave both figures
    units: int  # units in the table
    part_only: tuple[str, ...]  # units that gave the part without the whole
    whole_only: tuple[str, ...]  # units that gave the whole without the part
    mixed: tuple[str, ...]  # units that gave both, but from different units of theirs
    own: bool  # the "Số liệu chung" row holds a pair (the text's beyond the units')

    @property
    def complete(self) -> bool:
        """True when every figure of the two columns is counted: nothing to explain."""
        return not (self.part_only or self.whole_only or self.mixed)

    def note(self, refs: tuple[str, str, str], noun: str, wholes_shown: bool = True) -> str | None:
        """Which units the TỔNG CỘNG cells of the share's columns count, in the table's
        column numbers refs = (share, part, whole); None when they count every figure.
        wholes_shown: False when the whole column shows the pairs only (its figures stand
        alone in another share's column): the units with the whole alone go unnamed."""
        if not wholes_shown:
            return replace(self, whole_only=()).note(refs, noun)
        if self.complete:
            return None
        share, part, whole = refs
        if self.pair is None:
            return (
                f"Các cột {whole}, {part}, {share} ở dòng TỔNG CỘNG để trống: không có {noun} "
                f"nào có đủ cả hai số liệu."
            )
        x, y = self.pair
        text = (
            f"Các cột {whole}, {part}, {share} ở dòng TỔNG CỘNG chỉ cộng "
            f"{count(self.counted)}/{count(self.units)} {noun} có đủ cả hai số liệu: "
            f"{count(x)}/{count(y)} (đạt {percent(x, y)})"
        )
        left = [f"{name} (chỉ có cột {whole})" for name in self.whole_only]
        left += [f"{name} (chỉ có cột {part})" for name in self.part_only]
        left += [f"{name} (hai số liệu không do cùng đơn vị báo cáo)" for name in self.mixed]
        own = ", kể cả dòng “Số liệu chung…”" if self.own else ""
        return text + f"{own}; không tính {', '.join(left)}."


def total_share(rows: list[TableRow], part: str, pair: Pair | None) -> TotalShare:
    """What the TỔNG CỘNG share of part rests on, row by row."""
    whole = SHARES[part]
    units = [r for r in rows if r.kind == UNIT]

    def has(row: TableRow, code: str) -> bool:
        return row.values[code] is not None

    rest = [r for r in units if r.shares.get(part) is None]
    return TotalShare(
        pair,
        len(units) - len(rest),
        len(units),
        tuple(r.label for r in rest if has(r, part) and not has(r, whole)),
        tuple(r.label for r in rest if has(r, whole) and not has(r, part)),
        tuple(r.label for r in rest if has(r, whole) and has(r, part)),
        any(r.kind == OWN and r.shares.get(part) is not None for r in rows),
    )


# a whole serving several shares is told, on its own, with the first of them
WHOLE_WITH = {whole: part for part, whole in reversed(list(SHARES.items()))}


def year_pair(figures: Figures, org: str, year: int, part: str) -> Pair | None:
    pair = figures.paired(org, range(year, year + 1), part, SHARES[part])
    return pair if pair is not None and 0 <= pair[0] <= pair[1] and pair[1] > 0 else None


def pair_value(figures: Figures, org: str, year: int, code: str) -> int | None:
    """The unit's figure of the year as a years table gives it: a share's part or whole
    from its pair; one of the two alone when the unit gave only that one; neither when it
    gave both from different units (they would not make a share)."""
    part = code if code in SHARES else WHOLE_WITH.get(code)
    if part is None:
        return figures.value(org, year, code)
    cells = cells_of_year(figures, org, year, part, year_pair(figures, org, year, part))
    return cells[0] if code == part else cells[1]


def cells_of_year(
    figures: Figures, org: str, year: int, part: str, pair: Pair | None
) -> tuple[int | None, int | None]:
    """A share's part and whole of the year: its pair, else the one figure given alone."""
    if pair is not None:
        return pair
    raw_part = figures.value(org, year, part)
    raw_whole = figures.value(org, year, SHARES[part])
    if raw_part is not None and raw_whole is not None:
        return None, None  # from different units: not a share, not two figures to set side by side
    return raw_part, raw_whole
