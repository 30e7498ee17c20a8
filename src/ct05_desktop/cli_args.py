"""The command line's years, checked before the database is opened (issue 11): a year
typed anywhere (lock, unlock, template, report, export) is one of MIN_YEAR..MAX_YEAR,
and a period's start is not after its end. `lock 99999999999999999999`, `lock -5`,
`report --year 3000`, `report --years 1-3000`, `template --year 1800` are refused in
words, with nothing opened or written. argparse's int would have taken any of them (and
told 'abc' in English), so years are read here, as text."""

from __future__ import annotations

import argparse
import re

from ct05_desktop.domain.characters import shown
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.rules import MAX_YEAR, MIN_YEAR, check_year
from ct05_desktop.workflows.reports import parse_years

# a whole number in 0-9 (a str pattern's [0-9] is ASCII only: no '٢٠١٩'), signed or not
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DIGITS = 6  # more digits than any year has: such a number need not be read


def year(text: str) -> int:
    """A year typed on the command line; a refusal in words when it is not one, or not
    one the program keeps figures for."""
    cleaned = text.strip()
    if not _WHOLE.fullmatch(cleaned):
        raise Refusal("not_a_year", text=shown(text))
    if len(cleaned.lstrip("+-").lstrip("0")) > _DIGITS:  # int() of 5000 digits fails
        raise Refusal(
            "year_out_of_range", year=shown(cleaned), min_year=MIN_YEAR, max_year=MAX_YEAR
        )
    return check_year(int(cleaned))


def check(args: argparse.Namespace) -> None:
    """args.year (when given) made a year; args.years (when given) read into
    args.period, a range of years. Raises the refusal of the first that is wrong."""
    if getattr(args, "year", None) is not None:
        args.year = year(args.year)
    if getattr(args, "years", None) is not None:
        args.period = parse_years(args.years)
