"""The checks every entry path applies (domain.md §4).

Errors refuse the write; warnings are stored with the value and listed.
Issues are codes with parameters; ``messages.describe`` turns them into text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal

if TYPE_CHECKING:
    from ct05_desktop.domain.form_years import FormYears  # which imports MIN_YEAR from here

ERROR = "error"
MIN_YEAR = 2016  # the directive
MAX_YEAR = 2100
WARNING = "warning"


def check_year(year: int) -> int:
    """The year, when it is one the program keeps figures for; a refusal otherwise. A
    year asked of a workflow (a template, an export, a lock) is checked as one typed in
    a form: a template of 1800 or an export of 3000 is not an empty file but a slip."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Refusal("year_out_of_range", year=year, min_year=MIN_YEAR, max_year=MAX_YEAR)
    return year


# only 0-9: '\d' would take Arabic-Indic ('١٢') and full-width ('１２') digits too
_PLAIN = re.compile(r"^[0-9]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:([., \u00a0\u202f])[0-9]{3})(?:\1[0-9]{3})*$")
MAX_VALUE = 10**12  # far above any real count; larger input is a typing slip


def parse_whole_number(raw: object) -> int | None:
    """A whole number ≥ 0 from typed or pasted input, or None when it is not one.

    '11.409', '11409', '11 409' and '11,409' (an English-locale Excel) are all
    11409; '1,5', '-3', 'abc' are not whole numbers ≥ 0, and neither is anything
    written with digits other than 0-9 ('١٢', '１.２３４'), however it is grouped: a
    template cell, a form and a CSV file take the same numbers.
    """
    if type(raw) is str and raw.isdigit() and raw.isascii():  # the common case, quickly
        number = int(raw)
        return number if number <= MAX_VALUE else None
    if isinstance(raw, bool):
        return None
    if isinstance(raw, float):
        raw = int(raw) if raw.is_integer() else -1
    if isinstance(raw, int):
        return raw if 0 <= raw <= MAX_VALUE else None
    text = str(raw).strip()
    if _PLAIN.match(text) or _GROUPED.match(text):
        return parse_whole_number(int(re.sub(r"[^0-9]", "", text)))
    return None


@dataclass(frozen=True)
class Issue:
    severity: str
    code: str
    org_code: str
    year: int
    indicator: str | None = None
    value: object = None
    params: Mapping[str, object] = field(default_factory=dict)
    ref: object = None  # where the caller got it from: a CSV line, a form row

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


class ValueChange(NamedTuple):
    """One value to write; ``raw`` None or '' deletes the entered value. A named tuple:
    a province's file makes two hundred thousand of them."""

    org_code: str
    year: int
    indicator: str
    raw: object
    ref: object = None


@dataclass
class WriteContext:
    """What the checks need to know about the database before the write."""

    tree: OrgTree
    catalogue: Catalogue  # every indicator ever in the form
    form: FormYears | None = None  # which of them each year holds (None: all, every year)
    locked_years: set[int] = field(default_factory=set)
    approved: set[tuple[str, int]] = field(default_factory=set)
    # entered values of the unit-years touched, before the write
    existing: dict[tuple[str, int], dict[str, int]] = field(default_factory=dict)


@dataclass
class CheckedWrite:
    """The outcome of checking a batch: what to write, and what is wrong."""

    values: dict[tuple[str, int, str], int | None]
    errors: list[Issue]

    @property
    def ok(self) -> bool:
        return not self.errors


def check_changes(changes: Iterable[ValueChange], ctx: WriteContext) -> CheckedWrite:
    """Check a batch of changes; the batch is written whole or not at all."""
    errors: list[Issue] = []
    parsed: dict[tuple[str, int, str], int | None] = {}
    refs: dict[tuple[str, int, str], object] = {}
    closed: dict[tuple[str, int], Issue | None] = {}  # each unit-year checked once
    for ch in changes:
        issue = _check_target(ch, ctx, closed)
        if issue is not None:
            errors.append(issue)
            continue
        blank = ch.raw is None or (isinstance(ch.raw, str) and not ch.raw.strip())
        number = None if blank else parse_whole_number(ch.raw)
        if not blank and number is None:
            errors.append(
                Issue(
                    ERROR,
                    "not_whole_number",
                    ch.org_code,
                    ch.year,
                    ch.indicator,
                    ch.raw,
                    ref=ch.ref,
                )
            )
            continue
        key = (ch.org_code, ch.year, ch.indicator)
        parsed[key] = number
        refs[key] = ch.ref
    errors.extend(_check_parts(parsed, refs, ctx))
    return CheckedWrite(parsed, errors)


def _check_target(
    ch: ValueChange, ctx: WriteContext, closed: dict[tuple[str, int], Issue | None]
) -> Issue | None:
    if ch.indicator not in ctx.catalogue and ch.org_code in ctx.tree:
        return Issue(
            ERROR, "unknown_indicator", ch.org_code, ch.year, ch.indicator, ch.raw, ref=ch.ref
        )
    outside = _outside_form(ch.indicator, ch.year, ctx)
    if outside is not None:
        spans = [list(s) for s in outside]
        where = (ch.org_code, ch.year, ch.indicator, ch.raw)
        return Issue(ERROR, "not_in_form", *where, params={"spans": spans}, ref=ch.ref)
    unit_year = (ch.org_code, ch.year)
    if unit_year not in closed:
        closed[unit_year] = unit_year_problem(ch.org_code, ch.year, ctx)
    issue = closed[unit_year]
    if issue is None:
        return None
    return Issue(
        ERROR, issue.code, ch.org_code, ch.year, ch.indicator, ch.raw, issue.params, ch.ref
    )


def _outside_form(
    indicator: str, year: int, ctx: WriteContext
) -> list[tuple[int, int | None]] | None:
    """The spans of years the indicator is in the form, when year is not among them."""
    if ctx.form is None or not MIN_YEAR <= year <= MAX_YEAR or ctx.form.holds(indicator, year):
        return None
    return ctx.form.years_of(indicator)


def unit_year_problem(
    org_code: str, year: int, ctx: WriteContext, ref: object = None
) -> Issue | None:
    """Why nothing may be written for this unit and year, or None when it may."""

    def err(code: str, **params: object) -> Issue:
        return Issue(ERROR, code, org_code, year, params=params, ref=ref)

    org = ctx.tree.get(org_code)
    if org is None:
        return err("unknown_org")
    if not MIN_YEAR <= year <= MAX_YEAR:
        return err("bad_year", min_year=MIN_YEAR, max_year=MAX_YEAR)
    if not org.exists_in(year):
        return err("org_not_in_year", valid_from=org.valid_from, valid_to=org.valid_to)
    if year in ctx.locked_years:
        return err("year_locked")
    if (org_code, year) in ctx.approved:
        return err("unit_approved")
    return None


def _check_parts(
    parsed: Mapping[tuple[str, int, str], int | None],
    refs: Mapping[tuple[str, int, str], object],
    ctx: WriteContext,
) -> list[Issue]:
    """A part may not exceed its whole within the same unit and year."""
    errors: list[Issue] = []
    by_unit_year: dict[tuple[str, int], dict[str, int | None]] = {}
    for (org, year, ind), value in parsed.items():  # grouped once: linear in the batch
        by_unit_year.setdefault((org, year), {})[ind] = value
    for (org, year), changed_here in sorted(by_unit_year.items(), key=lambda kv: kv[0]):
        form = ctx.catalogue if ctx.form is None else ctx.form.catalogue(year)
        with_whole = [i for i in form.indicators if i.whole is not None]
        after = dict(ctx.existing.get((org, year), {}))
        for ind, value in changed_here.items():
            if value is None:
                after.pop(ind, None)
            else:
                after[ind] = value
        for indicator in with_whole:
            whole = indicator.whole
            if whole is None or indicator.code not in after or whole not in after:
                continue
            if after[indicator.code] > after[whole]:
                changed = (org, year, indicator.code) in parsed
                code = indicator.code if changed else whole
                errors.append(
                    Issue(
                        ERROR,
                        "part_above_whole",
                        org,
                        year,
                        code,
                        after[code],
                        {
                            "part": indicator.code,
                            "part_value": after[indicator.code],
                            "whole": whole,
                            "whole_value": after[whole],
                        },
                        refs.get((org, year, code)),
                    )
                )
    return errors
