"""The narrative lines of a report, in the article's phrasing (domain.md §7-8).

One line per topic for each unit with data. Every figure is the unit's one figure
(what it entered, else the sum): the text never says another number than the table.
For the chosen unit as a whole, built from its units' figures, each clause says on
how many units it rests when not all of them gave it, a share says over which units
it is taken, and two years resting on different units are not compared. The
sentences themselves, topic by topic, are in ``sentences.py``. Pure text: no Excel,
no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.report_header import unit_kind
from ct05_desktop.domain.rollup import CHILDREN, Figures
from ct05_desktop.domain.summary_table import SHARES, WHOLE_WITH, pair_value, year_pair


@dataclass(frozen=True)
class Line:
    org_code: str
    topic: str  # a section code of the catalogue
    lead: str  # what the line is about: "Huyện ủy Thuận Châu", "Đăng ký làm theo"
    body: str  # the sentence, ending with a full stop


@dataclass(frozen=True)
class Clause:
    text: str
    codes: tuple[str, ...] = ()  # the figures it names, for the coverage note
    remark: str = ""  # said in the same brackets as the coverage note


@dataclass
class Unit:
    """One unit's figures over the period, as the sentences read them."""

    figures: Figures
    org: str
    years: range
    children: list[str] | None  # set when the lines speak for the unit as a whole
    noun: str = "đơn vị"  # what its units are called: "đảng bộ trực thuộc", "chi bộ"
    full: bool = True  # the full phrasing (the unit's own report), not a line among many
    caveats: bool = True  # a draft's notes (coverage, disagreements); none in a final report
    cache: dict[str, int | None] = field(default_factory=dict)

    @property
    def level(self) -> str:
        return self.figures.tree[self.org].level

    def get(self, code: str) -> int | None:
        if code not in self.cache:
            self.cache[code] = self.figures.over_years(self.org, self.years, code)
        return self.cache[code]

    def entered_itself(self, code: str) -> bool:
        return self.figures.over_years_own(self.org, self.years, code) is not None

    def contributors(self, code: str) -> set[str] | None:
        """The units under this one whose figures make up its figure; None when the
        figure is its own (entered, counted in its registers or summed from its parts)."""
        if self.children is None or self.entered_itself(code):
            return None
        found = self.figures.catalogue_over(self.years).get(code)  # not in those years' form
        parts = () if found is None else found.parts
        if any(self.entered_itself(p) for p in parts):
            return None
        over = self.figures.over_years
        return {c for c in self.children if over(c, self.years, code) is not None}

    def units_of(self, codes: Sequence[str]) -> set[str] | None:
        """The units under this one that the figures rest on (None: its own figures)."""
        if self.children is None or not codes:
            return None
        sets = [self.contributors(code) for code in codes]
        if any(s is None for s in sets):
            return None
        return set().union(*[s for s in sets if s is not None])

    def out_of(self, count: int) -> str:
        """'01/17 đảng bộ trực thuộc'."""
        return f"{count_of(count, len(self.children or []))} {self.noun}"

    def coverage(self, codes: Sequence[str]) -> str | None:
        """'số liệu của 06/17 đảng bộ trực thuộc' when the figures rest on some units only."""
        units = self.units_of(codes) if self.caveats else None
        if not units or self.children is None or len(units) == len(self.children):
            return None
        return f"số liệu của {self.out_of(len(units))}"

    def own_beyond(self, codes: Sequence[str]) -> str:
        """When the unit gave a figure itself that its units' figures do not add up to:
        how much of it they gave (the table's 'Số liệu chung' row holds the rest)."""
        if not self.children or not self.caveats:
            return ""
        said = []
        for code in codes:
            differs = self.figures.own_beyond_units(self.org, self.children, self.years, code)
            if differs is None:
                continue
            whole, given = differs
            noun = self.figures.catalogue[code].noun
            if whole > given:  # the rest is on the table's row of its own
                said.append(
                    f"trong đó {n(given)} do các {self.noun} báo cáo, {n(whole - given)} "
                    f"{noun} là số liệu chung của {self.name(self.org)} chưa phân theo đơn vị"
                )
            else:
                said.append(f"các {self.noun} báo cáo cộng lại {n(given)} {noun}, chưa khớp")
        return "; ".join(s.replace("  ", " ") for s in said)

    def name(self, code: str) -> str:
        return self.figures.tree.name_in(code, self.years[-1])

    def share(self, part: str, whole: str, label: str) -> Clause | None:
        """'x/y label (đạt p%)' over the units that gave both, saying so when that is not
        all of them (not in a final report: its opening says on how many units it rests);
        the part alone when no unit gave both. The appendix's TỔNG CỘNG gives the same pair."""
        pair = self.figures.paired(self.org, self.years, part, whole)
        if pair is None or pair[1] == 0 or pair[0] > pair[1]:
            value = self.get(part)
            return None if value is None else Clause(f"{n(value)} {label}", (part,))
        x, y = pair
        note = f"đạt {vi_format.percent(x, y)}"
        own = self.entered_itself(part) and self.entered_itself(whole)
        if self.children is not None and not own and self.caveats:
            paired = self.figures.paired
            both = {c for c in self.children if paired(c, self.years, part, whole)}
            if both != self.units_of((part,)) or both != self.units_of((whole,)):
                note += f", tính trên {self.out_of(len(both))} có đủ số liệu để tính tỷ lệ"
            elif len(both) < len(self.children):  # the same units: the usual coverage note
                note += f", số liệu của {self.out_of(len(both))}"
            part_only = sorted((self.units_of((part,)) or set()) - both, key=self.children.index)
            if part_only:  # why the table's column holds more than the share's part
                over = self.figures.over_years
                said = ", ".join(
                    f"{self.name(c)}: {n(over(c, self.years, part) or 0)} {label}"
                    for c in part_only
                )
                note += f"; ngoài ra {said}, không kèm tổng số để tính tỷ lệ"
        return Clause(f"{count_of(x, y)} {label} ({note})")


def n(value: int) -> str:
    """A count in a sentence: '06 hội nghị', '11.409 việc'."""
    return vi_format.count(value)


def count_of(part: int, whole: int) -> str:
    """'03/17', '5.528/5.770'."""
    return f"{vi_format.count(part)}/{vi_format.count(whole)}"


def join(parts: Sequence[str | None], sep: str = ", ") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) if kept else None


def counted(pairs: Sequence[tuple[int | None, str]], sep: str = ", ") -> str | None:
    """'56 nội dung, 852 việc' from (figure, noun) pairs, leaving out missing figures."""
    return join([None if v is None else f"{n(v)} {noun}" for v, noun in pairs], sep)


def year_by_year(
    figures: Figures,
    org: str,
    years: range,
    label: Callable[[str], str],
    children: list[str] | None = None,
    noun: str = "đơn vị",
    caveats: bool = True,
) -> list[Line]:
    """For a range: each indicator of the unit year by year, with the change on the year
    before. With the units under it given: a year resting on some of them only says on
    how many (of those alive that year; not in a final report), and two years resting on
    different units are not compared. A share's part and whole are its pair's (over the
    units that gave both), as the appendix gives them: no part above its whole."""
    out = []
    for indicator in figures.catalogue_over(years).indicators:
        code = indicator.code
        values = [(y, pair_value(figures, org, y, code)) for y in years]
        if not caveats:  # a final report: only the years resting on the last one's units
            keep = comparable_years(figures, org, code, children, years)
            values = [(y, v) for y, v in values if y in keep]
        if sum(v is not None for _, v in values) < 2:
            continue  # a single year is already in the lines above
        pieces = []
        previous: tuple[int, int, frozenset[str] | None] | None = None
        for year, value in values:
            if value is None:
                previous = None
                continue
            units = _year_units(figures, org, year, code, children)
            alive = [c for c in children or [] if figures.counted(c, year)]
            piece = f"năm {year} có {n(value)} {indicator.noun}".rstrip()
            if caveats and units is not None and len(units) < len(alive):
                piece += f" (số liệu của {count_of(len(units), len(alive))} {noun})"
            if previous is not None and previous[2] == units:
                piece += ", " + vi_format.change(value, previous[1], previous[0], indicator.noun)
            pieces.append(piece)
            previous = (year, value, units)
        out.append(Line(org, indicator.section, label(code), "; ".join(pieces) + "."))
    return out


def comparable_years(
    figures: Figures, org: str, code: str, children: list[str] | None, years: Sequence[int]
) -> set[int]:
    """The years whose figure rests on the same units as the last year's with one (a final
    report says no coverage, so 03 organisations in 2018 from one district beside 193 in
    2019 from four would read as growth): the years a final report compares."""
    given = [
        (y, _year_units(figures, org, y, code, children))
        for y in years
        if pair_value(figures, org, y, code) is not None
    ]
    if not given:
        return set()
    basis = given[-1][1]
    return {y for y, units in given if units == basis}


def _year_units(
    figures: Figures, org: str, year: int, code: str, children: list[str] | None
) -> frozenset[str] | None:
    """The units under org whose figures make up its figure that year (None: its own);
    for a share's part or whole, those that gave its pair."""
    if not children:
        return None
    if code in SHARES or code in WHOLE_WITH:
        part = code if code in SHARES else WHOLE_WITH[code]
        if figures.paired(org, range(year, year + 1), part, SHARES[part]) is None:
            return None
        if figures.own(org, year, part) is not None and figures.own(org, year, SHARES[part]):
            return None
        return frozenset(c for c in children if year_pair(figures, c, year, part) is not None)
    figure = figures.figure(org, year, code)
    if figure is None or figure.source != CHILDREN:
        return None
    return frozenset(c for c in children if figures.value(c, year, code) is not None)


def coverage_sentence(
    figures: Figures, units: list[Org], years: range, names: dict[str, str], noun: str
) -> str:
    """'Đến thời điểm tổng hợp có 07/17 đảng bộ trực thuộc gửi báo cáo; còn 10 đảng bộ chưa
    báo cáo: …' or 'Tổng hợp từ báo cáo của 03/03 chi bộ trực thuộc'."""
    if not units:
        return ""
    silent = [
        names.get(u.code, u.name)
        for u in units
        if not any(figures.has_data_below(u.code, y) for y in years)
    ]
    reported = f"{vi_format.count(len(units) - len(silent))}/{vi_format.count(len(units))}"
    if len(silent) == len(units):
        return f"Chưa có {noun} nào gửi báo cáo"
    if not silent:
        return f"Tổng hợp từ báo cáo của {reported} {noun}"
    return (
        f"Đến thời điểm tổng hợp có {reported} {noun} gửi báo cáo; còn "
        f"{vi_format.count(len(silent))} {noun.removesuffix(' trực thuộc')} chưa báo cáo: "
        f"{listed(silent)}"
    )


def listed(names: list[str]) -> str:
    """'các huyện ủy Bắc Yên, Phù Yên; Đảng ủy Quân sự tỉnh': names sharing a committee word
    said once, in the order they come."""
    groups: dict[str, list[str]] = {}
    for name in names:
        kind = unit_kind(name)
        key = kind.committee if kind.committee in ("Huyện ủy", "Thành ủy", "Thị ủy") else name
        groups.setdefault(key, []).append(kind.proper if key != name else name)
    out = []
    for key, members in groups.items():
        if len(members) == 1:
            out.append(key if key == members[0] else f"{key} {members[0]}")
        else:
            out.append(f"các {key.lower()} {', '.join(members)}")
    return "; ".join(out)
