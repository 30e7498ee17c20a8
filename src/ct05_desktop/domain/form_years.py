"""The report form by year (issue 23, DOMAIN §4 "the form changes by year"): each
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
from dataclasses import dataclass, replace

from ct05_desktop.domain.catalogue import Catalogue, Indicator, Section, default_catalogue
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rules import MIN_YEAR

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

    def catalogue(self, year: int) -> Catalogue:
        """The form of one year: its sections and indicators, in their order."""
        sections = sorted((v for v in self.sections if v.holds(year)), key=lambda v: v.position)
        indicators = sorted((v for v in self.indicators if v.holds(year)), key=lambda v: v.position)
        return Catalogue(tuple(v.section for v in sections), tuple(v.indicator for v in indicators))

    def years_of(self, code: str) -> list[tuple[int, int | None]]:
        """The spans of years an indicator is in the form, first to last."""
        spans = sorted((v.first, v.last) for v in self.indicators if v.indicator.code == code)
        return spans

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
