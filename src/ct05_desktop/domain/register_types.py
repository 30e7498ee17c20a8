"""The parts a register is described by (domain.registers): a choice, a field, the
register itself. Apart, so that the registers' descriptions (register_specs) and the
rules over them (registers) both read them."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain.refusals import in_lang

LAST_DISTRICT_YEAR = 2024  # the district level was dissolved from 2025 (form_years)


# (eq=False: one of each exists; known by identity, each a quick key of a cache)
@dataclass(frozen=True, eq=False)
class Choice:
    code: str
    label_vi: str
    label_en: str
    last: int | None = None  # the last year it may be chosen (None: every year)

    def holds(self, year: int | None) -> bool:
        return year is None or self.last is None or year <= self.last


@dataclass(frozen=True, eq=False)
class Field:
    name: str
    label_vi: str
    label_en: str
    kind: str = "text"  # text | int | date | choice
    choices: tuple[Choice, ...] = ()
    required: bool = False

    def label(self, lang: str = "vi") -> str:
        return in_lang(lang, self.label_vi, self.label_en)

    def choices_in(self, year: int | None) -> tuple[Choice, ...]:
        """The choices of year (a district level none from 2025; all when None)."""
        return tuple(c for c in self.choices if c.holds(year))

    def label_of(self, code: str | None, lang: str = "vi") -> str:
        for choice in self.choices:
            if choice.code == code:
                return in_lang(lang, choice.label_vi, choice.label_en)
        return code or ""


@dataclass(frozen=True)
class RegisterSpec:
    key: str  # also the table name
    label_vi: str
    label_en: str
    fields: tuple[Field, ...]
    naming: tuple[str, ...] = ()  # the fields that tell a row from the others, in words
    tab_vi: str = ""  # the short name on the window's tab (the full one in its tooltip)
    tab_en: str = ""
    wide: str = ""  # the field given the most width in the window (its first text when "")

    def tab(self, lang: str) -> str:
        return in_lang(lang, self.tab_vi, self.tab_en) or self.label(lang)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def label(self, lang: str = "vi") -> str:
        return in_lang(lang, self.label_vi, self.label_en)


def choices(*items: tuple[str, str, str]) -> tuple[Choice, ...]:
    """The choices; one naming the district level is kept to its last year."""
    return tuple(
        Choice(*item, last=LAST_DISTRICT_YEAR if item[0] == "district" else None) for item in items
    )
