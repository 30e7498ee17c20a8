"""The registers of named records (domain.md §5) and how their rows count.

A register's rows count toward the matching indicator of their unit and year
when that indicator was not typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.characters import (
    MAX_CELL,
    control_character,
    control_refusal,
    too_long,
)
from ct05_desktop.domain.checks.figure_rules import parse_whole_number
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.register_specs import AWARDS as AWARDS
from ct05_desktop.domain.register_specs import BREAKTHROUGH as BREAKTHROUGH
from ct05_desktop.domain.register_specs import COMMITMENTS as COMMITMENTS
from ct05_desktop.domain.register_specs import DIALOGUES as DIALOGUES
from ct05_desktop.domain.register_specs import EXEMPLARS as EXEMPLARS
from ct05_desktop.domain.register_types import LAST_DISTRICT_YEAR as LAST_DISTRICT_YEAR
from ct05_desktop.domain.register_types import Choice as Choice
from ct05_desktop.domain.register_types import Field as Field
from ct05_desktop.domain.register_types import RegisterSpec as RegisterSpec
from ct05_desktop.domain.result_scale import Level, in_use, set_in_use
from ct05_desktop.domain.vi_text import fold, nfc

REGISTERS: tuple[RegisterSpec, ...] = (BREAKTHROUGH, EXEMPLARS, AWARDS, DIALOGUES, COMMITMENTS)
REGISTERS_BY_KEY = {r.key: r for r in REGISTERS}

_AWARD_LEVEL = {
    "central": "central",
    "province_standing": "province",
    "province_committee": "province",
    "district": "district",
}


@dataclass(frozen=True)
class CountRule:
    """How a register's rows count toward indicators: by the value of one field (every
    row when by is None), each row counting 1 or the amount in a field."""

    register: str
    by: str | None
    picks: Mapping[str, str]  # the field's value → the indicator ('' when by is None)
    amount: str | None = None
    once: bool = False  # a unit-year counts 1 however many rows it has
    levels: tuple[str, ...] = ()  # only the rows of units of these levels (all when empty)


COUNT_RULES = (
    CountRule("breakthrough_models", None, {"": "breakthrough_models"}),
    CountRule(
        "exemplars",
        "kind",
        {"collective": "exemplars_collective", "individual": "exemplars_individual"},
    ),
    CountRule(
        "award_decisions",
        "authority",
        {a: f"awards_{level}_collective" for a, level in _AWARD_LEVEL.items()},
        "collectives",
    ),
    CountRule(
        "award_decisions",
        "authority",
        {a: f"awards_{level}_individual" for a, level in _AWARD_LEVEL.items()},
        "individuals",
    ),
    CountRule(
        "dialogues",
        "level",
        {"district": "dialogues_district", "grassroots": "dialogues_grassroots"},
    ),
    # the commitments register (domain.md §5): what collectives and key cadres registered
    CountRule("commitments", "kind", {"collective": "collective_contents"}, "contents"),
    CountRule("commitments", "kind", {"collective": "collective_models"}, "models"),
    CountRule("commitments", "kind", {"key_cadre": "key_cadres_registered"}),
    CountRule("commitments", "kind", {"key_cadre": "key_cadre_contents"}, "contents"),
    CountRule("commitments", "kind", {"key_cadre": "key_cadre_items"}, "items"),
    # a grassroots organisation with a registration of its own has registered
    CountRule(
        "commitments",
        "kind",
        {"collective": "grassroots_orgs_registered"},
        once=True,
        levels=("grassroots",),
    ),
)


def indicator_counts(register: str, rows: Iterable[Mapping[str, object]]) -> dict[str, int]:
    """What a unit-year's register rows add up to, by indicator code (COUNT_RULES)."""
    totals: dict[str, int] = {}
    rules = [r for r in COUNT_RULES if r.register == register]
    for row in rows:
        for rule in rules:
            code = rule.picks.get("" if rule.by is None else str(row.get(rule.by)))
            if code is None:
                continue
            amount = 1 if rule.amount is None else row.get(rule.amount)
            if rule.once:  # levels are the store's to apply: a row does not know its unit's
                totals[code] = 1
                continue
            if isinstance(amount, int):  # a number left blank on every row: no figure
                totals[code] = totals.get(code, 0) + amount
    return totals


def row_problems(spec: RegisterSpec, values: Mapping[str, object]) -> list[FieldError]:
    """What a row's fields say against each other (its fields each read well): a key
    cadre's registration names the cadre; a collective's names no person."""
    if spec.key != "commitments":
        return []
    person = values.get("person")
    if values.get("kind") == "key_cadre" and not person:
        return [FieldError("commitment_needs_person")]
    if values.get("kind") == "collective" and (person or values.get("position")):
        return [FieldError("commitment_collective_person")]
    return []


def use_result_scale(levels: tuple[Level, ...]) -> None:
    """The levels a commitments row's result is chosen from, read, checked and shown by:
    the opened database's (domain.result_scale). The result field's choices are set in
    place, so that every reader of the register's description follows; the parsings kept
    for the old ones are forgotten."""
    if levels == in_use():  # the field was made with these (DEFAULT at first)
        return
    object.__setattr__(COMMITMENTS.field("result"), "choices", tuple(x.choice() for x in levels))
    set_in_use(levels)
    _choice_of.cache_clear()
    _parse_repeated.cache_clear()


class FieldError(Refusal):
    """A register cell that cannot be stored (required, not_whole_number, bad_date,
    not_in_list)."""


def parse_field(field: Field, raw: object, year: int | None = None) -> object:
    """Turn typed or pasted input into the stored value, or raise FieldError (a choice
    that year no longer has, too: the district level from 2025)."""
    if type(raw) is str:
        if field.kind in _REPEATED:
            return _parse_repeated(field, raw, year)
        if field.kind == "text":  # the common text: kept as it is, in one look
            text = raw.strip() if raw.isascii() else nfc(raw)
            if text and len(text) <= MAX_CELL and control_character(text) is None:
                return text
    return _parse(field, raw, year)


_REPEATED = frozenset({"int", "choice"})


@lru_cache(maxsize=8192)
def _parse_repeated(field: Field, raw: str, year: int | None) -> object:
    """A choice or a number as text: a file names the same few on every row, so each is
    read once (a refusal is not kept: it is raised again each time)."""
    return _parse(field, raw, year)


def _parse(field: Field, raw: object, year: int | None) -> object:
    if isinstance(raw, dt.date):  # a date cell of a workbook: read as Excel shows it
        raw = date_cell_text(raw, with_time=field.kind != "date")
    text = "" if raw is None else nfc(str(raw))
    if not text:
        if field.required:
            raise FieldError("required", label=Phrase(field.label_vi, field.label_en))
        return None
    if field.kind == "int":
        number = parse_whole_number(raw if isinstance(raw, int | float) else text)
        if number is None:
            raise FieldError("not_whole_number", text=text)
        return number
    if field.kind == "date":
        return parse_date(text).isoformat()
    if field.kind == "choice":
        code = _parse_choice(field, text)
        chosen = next(c for c in field.choices if c.code == code)
        if not chosen.holds(year):
            raise FieldError("choice_ended", text=chosen.label_vi, last=chosen.last, year=year)
        return code
    # unseen, it would make every later workbook fail; longer than a cell, every later
    # workbook would cut it, and the template sent back would store the cut text
    bad = control_refusal(text) or too_long(text)
    if bad is not None:
        raise FieldError(bad.code, **bad.params)
    return text


@cache
def _folded(choice: Choice) -> tuple[str, str, str]:
    """A choice's code and labels as they are matched (folded once, not for every cell)."""
    return fold(choice.code), fold(choice.label_vi), fold(choice.label_en)


@lru_cache(maxsize=4096)
def _choice_of(field: Field, text: str) -> str | None:
    """The choice text names (None: none, or more than one by their start); kept, since a
    file names the same few choices on every row."""
    wanted = fold(text)
    for choice in field.choices:
        if wanted in _folded(choice):
            return choice.code
    starts = [c for c in field.choices if any(f.startswith(wanted) for f in _folded(c)[1:])]
    return starts[0].code if len(starts) == 1 else None


def _parse_choice(field: Field, text: str) -> str:
    """A choice by its code or label, or by the start of one label ('cấp cơ sở')."""
    found = _choice_of(field, text)
    if found is not None:
        return found
    allowed = Phrase(
        "; ".join(c.label_vi for c in field.choices), "; ".join(c.label_en for c in field.choices)
    )
    raise FieldError("not_in_list", text=text, allowed=allowed)


def parse_date(text: str) -> dt.date:
    """A date as clerks write it: 05/01/2020, 5-1-2020, 2020-01-05, 05.01.2020; with
    digits 0-9 only (strptime would also read '٢٠٢٠' as 2020)."""
    if not text.isascii():
        raise FieldError("bad_date", text=text)
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise FieldError("bad_date", text=text)


def date_cell_text(value: dt.date, with_time: bool = True) -> str:
    """A workbook's date cell as the clerk reads it in Excel and in the window: 14/06/2019,
    and its time (14/06/2019 10:22) when it has one and with_time."""
    timed = with_time and isinstance(value, dt.datetime) and value.time() != dt.time()
    return value.strftime("%d/%m/%Y %H:%M" if timed else "%d/%m/%Y")


def format_date_vi(iso: str | None) -> str:
    """A stored date as the window shows it: '2019-06-14' → '14/06/2019'."""
    if not iso:
        return ""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def format_time_vi(iso: str | None, seconds: bool = False) -> str:
    """A stored moment as the window shows it: '2019-06-14T10:22:33' → '14/06/2019 10:22'
    (with seconds: '14/06/2019 10:22:33'); text that is no moment is left as it is."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def shown_value(fld: Field, value: object, lang: str = "vi") -> str:
    """A stored value as the window shows it: a choice by its label, a date dd/mm/yyyy, a
    number with '.' between thousands (11.409)."""
    if value is None or value == "":
        return ""
    if fld.kind == "choice":
        return fld.label_of(str(value), lang)
    if fld.kind == "date":
        try:
            return format_date_vi(str(value))
        except ValueError:
            return str(value)
    if fld.kind == "int" and isinstance(value, int | str) and str(value).isdecimal():
        return vi_format.number(int(value))
    return str(value)


def row_name(spec: RegisterSpec, values: Mapping[str, object], lang: str = "vi") -> str:
    """Which row this is, in words: its naming fields shown, ', ' between ('Xã Chiềng Sơn,
    12/04/2019')."""
    shown = (shown_value(spec.field(name), values.get(name), lang) for name in spec.naming)
    return ", ".join(text for text in shown if text)


def shown_text(spec: RegisterSpec, values: Mapping[str, object]) -> str:
    """The row's fields as the window shows them, ' · ' between."""
    shown: list[str] = []
    for fld in spec.fields:
        value = values.get(fld.name)
        if isinstance(value, str) and fld.kind == "text":  # most cells, quickly
            shown.append(value)
        elif value is not None and value != "":
            shown.append(shown_value(fld, value))
    return " · ".join(s for s in shown if s)


def row_title(spec: RegisterSpec, values: Mapping[str, object]) -> str:
    """A row named for a list of changes: its register, then which row it is
    ('Hội nghị đối thoại: Xã Chiềng Sơn, 12/04/2019')."""
    return f"{spec.label_vi}: {row_name(spec, values) or shown_text(spec, values)}"
