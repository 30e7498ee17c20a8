"""Changing the report form from a year (domain.md §4): a whole year's form given (a form file,
the form editor) becomes the form of that year and of the years after it until the next
year with a form change of its own; the change it makes (what is added, retired, renamed,
moved or reordered) is carried on into those later years too, where they did not change
that indicator themselves. Earlier years keep their form: history is data.

The result is kept as versions again (domain.form_years): a code's consecutive years with
the same indicator at the same place are one version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ct05_desktop.domain.catalogue import Catalogue, Indicator
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR
from ct05_desktop.domain.form_years import FormYears, IndicatorVersion, SectionVersion
from ct05_desktop.domain.refusals import Refusal


@dataclass
class FormDiff:
    """What a year's new form changes against its present one, by code."""

    added: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # code, old, new label
    sections: list[tuple[str, str, str]] = field(default_factory=list)  # a section renamed
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # code, old, new section
    changed: list[str] = field(default_factory=list)  # its parts, whole, noun, English label
    reordered: bool = False
    held: dict[str, int] = field(default_factory=dict)  # a retired code: figures it leaves
    names: dict[str, str] = field(default_factory=dict)  # code → its label (of either form)

    def named(self, code: str) -> str:
        """'“Đối thoại trực tuyến” (dialogues_online)': how a line names an indicator."""
        return f"“{self.names[code]}” ({code})" if code in self.names else code

    @property
    def empty(self) -> bool:
        return not (
            self.added or self.retired or self.renamed or self.moved or self.changed
        ) and not (self.reordered or self.sections)


def diff(before: Catalogue, after: Catalogue) -> FormDiff:
    out = FormDiff()
    out.names = {i.code: i.label_vi for i in (*before.indicators, *after.indicators)}
    out.names.update({s.code: s.label_vi for s in before.sections})
    for indicator in after.indicators:
        old = before.get(indicator.code)
        if old is None:
            out.added.append(indicator.code)
            continue
        if old.label_vi != indicator.label_vi:
            out.renamed.append((indicator.code, old.label_vi, indicator.label_vi))
        if old.section != indicator.section:
            out.moved.append((indicator.code, old.section, indicator.section))
        unchanged = replace(old, label_vi=indicator.label_vi, section=indicator.section)
        if unchanged != indicator:  # its parts, whole, noun, English label or phrase
            out.changed.append(indicator.code)
    out.retired = [c for c in before.codes if c not in after]
    old_sections = {s.code: s.label_vi for s in before.sections}
    out.sections = [
        (s.code, old_sections[s.code], s.label_vi)
        for s in after.sections
        if s.code in old_sections and old_sections[s.code] != s.label_vi
    ]
    kept_before = [c for c in before.codes if c in after]
    kept_after = [c for c in after.codes if c in before]
    out.reordered = kept_before != kept_after and not out.moved
    return out


def from_year(form: FormYears, year: int, new: Catalogue) -> FormYears:
    """The form with new as year's form (and of the years up to the next change of their
    own), its changes carried into the later years. Refused when the result is not a
    consistent form (form_years.problems), or year is outside the program's years."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)
    sections = {s.code for s in form.catalogue(year).sections}
    for indicator in new.indicators:
        if indicator.section not in sections:
            raise Refusal("form_no_section", code=indicator.code, year=year)
    base = form.catalogue(year)
    horizon = max(max(form.changing_years()), year)
    by_year = {y: form.catalogue(y) for y in range(MIN_YEAR, year)}
    for y in range(year, horizon + 1):
        by_year[y] = _carried(form.catalogue(y), base, new)
    result = _as_versions(form, by_year, horizon)
    problems = result.problems()
    if problems:
        raise problems[0]
    return result


def _carried(later: Catalogue, base: Catalogue, new: Catalogue) -> Catalogue:
    """A later year's form with the change from base to new made in it, except where that
    year changed an indicator itself (its own version stands)."""
    kept: list[Indicator] = []
    for indicator in new.indicators:
        own = later.get(indicator.code)
        if indicator.code in base and own is not None and own != base[indicator.code]:
            kept.append(own)  # the later year's own change of it
        elif indicator.code in base and own is None:
            continue  # the later year retired it itself
        else:
            kept.append(indicator if own is None or indicator.code in base else own)
    placed = {i.code for i in kept}
    for n, indicator in enumerate(later.indicators):
        if indicator.code in placed:
            continue
        if indicator.code in base and base[indicator.code] == indicator:
            continue  # retired by the change
        # the later year's own addition: after the indicator before it there
        before = [i.code for i in later.indicators[:n] if i.code in placed]
        at = 1 + max((k for k, i in enumerate(kept) if before and i.code == before[-1]), default=-1)
        kept.insert(at, indicator)
        placed.add(indicator.code)
    labels = {  # a section renamed by the change, where the later year did not rename it
        s.code: s for s in new.sections if s.code in {b.code for b in base.sections}
    }
    was = {s.code: s for s in base.sections}
    sections = tuple(labels.get(s.code, s) if was.get(s.code) == s else s for s in later.sections)
    return Catalogue(sections, tuple(kept))


def _as_versions(form: FormYears, by_year: dict[int, Catalogue], horizon: int) -> FormYears:
    """Each code's consecutive years with the same indicator (or section) at the same
    place as one version; a version reaching horizon goes on (every later year is as
    horizon). An indicator's place is among its section's: a change elsewhere leaves it."""

    def indicators(catalogue: Catalogue) -> dict[str, tuple[object, int]]:
        return {
            i.code: (i, n)
            for section in catalogue.sections
            for n, i in enumerate(catalogue.in_section(section.code))
        }

    def sections(catalogue: Catalogue) -> dict[str, tuple[object, int]]:
        return {s.code: (s, n) for n, s in enumerate(catalogue.sections)}

    return FormYears(
        tuple(
            SectionVersion(item, first, last, n)  # type: ignore[arg-type]
            for item, first, last, n in _spans(by_year, horizon, sections)
        ),
        tuple(
            IndicatorVersion(item, first, last, n)  # type: ignore[arg-type]
            for item, first, last, n in _spans(by_year, horizon, indicators)
        ),
    )


def _spans(
    by_year: dict[int, Catalogue],
    horizon: int,
    items: Callable[[Catalogue], dict[str, tuple[object, int]]],
) -> list[tuple[object, int, int | None, int]]:
    """(item, first year, last year or None, place) for each run of equal years."""
    out: list[tuple[object, int, int | None, int]] = []
    open_: dict[str, tuple[object, int, int]] = {}  # code → item, first, place
    for year in range(MIN_YEAR, horizon + 1):
        here = items(by_year[year])
        for code, (item, first, place) in list(open_.items()):
            if here.get(code) != (item, place):
                out.append((item, first, year - 1, place))
                del open_[code]
        for code, (item, place) in here.items():
            if code not in open_:
                open_[code] = (item, year, place)
    out += [(item, first, None, place) for item, first, place in open_.values()]
    return out
