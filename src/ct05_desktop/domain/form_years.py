"""The report form by year (domain.md §4, "The form by year"): each
indicator and section as it stood over a span of years, from which the catalogue of any one
year is read. An indicator added from a year starts there; one retired ends the year before;
a rename or a move from a year is a new version of the same code from that year, the old
version ending the year before. A code never changes meaning: its kind (stock or flow)
is the same in every version. A part and its whole are in the form in the same years.

The shipped default is today's catalogue for every year, with the district level's
indicators retired from 2025, when the districts were dissolved (their dialogue total then
counts the grassroots' only)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from ct05_desktop.domain.catalogue import Catalogue, Indicator, Section, default_catalogue
from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.refusals import Refusal, in_lang

OPEN = None  # a version's last year when it has none
DISTRICTS_DISSOLVED = 2025
DISTRICT_LEVEL = ("dialogues_district", "awards_district_collective", "awards_district_individual")


@dataclass(frozen=True)
class IndicatorVersion:
    """An indicator as it stood from first to last (None: still)."""

    indicator: Indicator
    first: int
    last: int | None = OPEN
    position: int = 0  # its place in the form (within its section, by this order)

    def holds(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True)
class SectionVersion:
    section: Section
    first: int
    last: int | None = OPEN
    position: int = 0

    def holds(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@dataclass(frozen=True)
class FormYears:
    """Every version of every section and indicator."""

    sections: tuple[SectionVersion, ...]
    indicators: tuple[IndicatorVersion, ...]

    def __post_init__(self) -> None:
        # each year's and span's form, read once: every check and figure asks for them
        object.__setattr__(self, "_read", {})
        object.__setattr__(self, "_codes", {})

    def catalogue(self, year: int) -> Catalogue:
        """The form of one year: its sections and indicators, in their order."""
        read: dict[object, Catalogue] = self._read  # type: ignore[attr-defined]
        found = read.get(year)
        if found is None:
            sections = sorted((v for v in self.sections if v.holds(year)), key=lambda v: v.position)
            found = read[year] = _ordered(sections, [v for v in self.indicators if v.holds(year)])
        return found

    def over(self, years: Iterable[int]) -> Catalogue:
        """The form of a span of years (a range report, a history): every section and
        indicator in the form in any of them, each as it stood in the last of those years
        that holds it (its latest label and place), in that order."""
        wanted = sorted(set(years))
        if len(wanted) == 1:
            return self.catalogue(wanted[0])
        read: dict[object, Catalogue] = self._read  # type: ignore[attr-defined]
        found = read.get(tuple(wanted))
        if found is None:
            sections = _latest(self.sections, wanted, lambda v: v.section.code)
            indicators = _latest(self.indicators, wanted, lambda v: v.indicator.code)
            found = _ordered(sorted(sections, key=lambda v: v.position), indicators)
            read[tuple(wanted)] = found
        return found

    def every(self) -> Catalogue:
        """Every section and indicator the form has ever held (a code's latest version):
        what figures are kept under and labelled by when no year is in question."""
        last = max(self.changing_years())
        return self.over(range(MIN_YEAR, last + 1))

    def years_of(self, code: str) -> list[tuple[int, int | None]]:
        """The spans of years an indicator is in the form, first to last (adjoining
        versions, a rename, read as one span)."""
        spans: list[tuple[int, int | None]] = []
        for first, last in sorted(
            (v.first, v.last) for v in self.indicators if v.indicator.code == code
        ):
            before = spans[-1] if spans else None
            if before is not None and before[1] is not None and before[1] + 1 == first:
                spans[-1] = (before[0], last)
            else:
                spans.append((first, last))
        return spans

    def holds(self, code: str, year: int) -> bool:
        """Whether year's form holds the indicator (asked for every value of a file)."""
        codes: dict[int, frozenset[str]] = self._codes  # type: ignore[attr-defined]
        found = codes.get(year)
        if found is None:
            found = codes[year] = frozenset(self.catalogue(year).codes)
        return code in found

    def next_change(self, year: int) -> int | None:
        """The first year after year in which the form changes (None: it does not)."""
        later = [y for y in self.changing_years() if y > year]
        return later[0] if later else None

    def problems(self) -> list[Refusal]:
        """What makes the form inconsistent: versions of a code overlapping or changing its
        kind, a part or a whole missing in a year the other is there, a section unknown."""
        out: list[Refusal] = []
        by_code: dict[str, list[IndicatorVersion]] = {}
        for version in self.indicators:
            by_code.setdefault(version.indicator.code, []).append(version)
        for code, versions in by_code.items():
            versions.sort(key=lambda v: v.first)
            if len({v.indicator.kind for v in versions}) > 1:
                out.append(Refusal("form_kind_changed", code=code))
            for before, after in itertools.pairwise(versions):
                if before.last is None or before.last >= after.first:
                    out.append(Refusal("form_versions_overlap", code=code, year=after.first))
        for year in self.changing_years():
            catalogue = self.catalogue(year)
            sections = {s.code for s in catalogue.sections}
            for indicator in catalogue.indicators:
                if indicator.section not in sections:
                    out.append(Refusal("form_no_section", code=indicator.code, year=year))
                for other in (indicator.whole, *indicator.parts):
                    if other is not None and other not in catalogue:
                        why = Refusal(
                            "form_pair_apart", code=indicator.code, other=other, year=year
                        )
                        out.append(why)
        return out

    def changing_years(self) -> list[int]:
        """The years the form changes in (the first included): a check of each covers all."""
        spans = [(v.first, v.last) for v in self.sections]
        spans += [(v.first, v.last) for v in self.indicators]
        years = {MIN_YEAR}
        for first, last in spans:
            years.add(max(first, MIN_YEAR))
            if last is not None:
                years.add(last + 1)
        return sorted(years)


V = TypeVar("V", SectionVersion, IndicatorVersion)


def _ordered(sections: list[SectionVersion], indicators: list[IndicatorVersion]) -> Catalogue:
    """The sections in their order, the indicators by section, then by their place in it
    (a position orders an indicator among those of its section)."""
    rank = {v.section.code: n for n, v in enumerate(sections)}
    kept = sorted(indicators, key=lambda v: (rank.get(v.indicator.section, len(rank)), v.position))
    return Catalogue(tuple(v.section for v in sections), tuple(v.indicator for v in kept))


def _latest(versions: Iterable[V], years: Sequence[int], code: Callable[[V], str]) -> list[V]:
    """For each code, its version holding the latest of years (none when it holds none)."""
    found: dict[str, tuple[int, V]] = {}
    for version in versions:
        held = [y for y in years if version.holds(y)]
        if held and (code(version) not in found or found[code(version)][0] < held[-1]):
            found[code(version)] = (held[-1], version)
    return [v for _, v in found.values()]


def span_words(spans: Sequence[tuple[int, int | None]], lang: str = "vi") -> str:
    """The years of spans in words: "2016–2024", "từ 2021", "2016–2018, 2021"."""
    words = []
    for first, last in spans:
        if last is None:
            words.append(f"{in_lang(lang, 'từ', 'from')} {first}")
        elif last == first:
            words.append(str(first))
        else:
            words.append(f"{first}–{last}")
    return ", ".join(words) if words else in_lang(lang, "không năm nào", "no year")


def default_form(catalogue: Catalogue | None = None) -> FormYears:
    """The shipped form: the catalogue in every year from MIN_YEAR, the district level's
    indicators to 2024, the dialogue total without them from 2025."""
    catalogue = catalogue or default_catalogue()
    sections = tuple(SectionVersion(s, MIN_YEAR, OPEN, n) for n, s in enumerate(catalogue.sections))
    versions: list[IndicatorVersion] = []
    last_district = DISTRICTS_DISSOLVED - 1
    for n, indicator in enumerate(catalogue.indicators):
        if indicator.code in DISTRICT_LEVEL:
            versions.append(IndicatorVersion(indicator, MIN_YEAR, last_district, n))
        elif set(indicator.parts) & set(DISTRICT_LEVEL):
            kept = tuple(p for p in indicator.parts if p not in DISTRICT_LEVEL)
            versions.append(IndicatorVersion(indicator, MIN_YEAR, last_district, n))
            later = replace(indicator, parts=kept if len(kept) > 1 else ())
            versions.append(IndicatorVersion(later, DISTRICTS_DISSOLVED, OPEN, n))
        else:
            versions.append(IndicatorVersion(indicator, MIN_YEAR, OPEN, n))
    return FormYears(sections, tuple(versions))
