"""The indicator catalogue of domain.md §4, kept as data in ``data/indicators.csv``."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ct05_desktop.files.app_dirs import data_dir


@dataclass(frozen=True)
class Section:
    code: str
    label_vi: str
    label_en: str


@dataclass(frozen=True)
class Indicator:
    code: str
    section: str
    kind: str  # "stock" (last year of a range) or "flow" (summed over years)
    label_vi: str
    label_en: str
    whole: str | None = None  # a part may never exceed this indicator of the same unit
    parts: tuple[str, ...] = ()  # this indicator is the total of these parts
    noun: str = ""  # what it counts, after a number in a sentence: "mô hình", "lượt"
    # how the Word report says an indicator the sentences do not know: "{n} cuộc đối thoại
    # trực tuyến" ({n}: the figure; blank: the figure and the label)
    phrase: str = ""

    @property
    def is_stock(self) -> bool:
        return self.kind == "stock"


@dataclass(frozen=True)
class Catalogue:
    sections: tuple[Section, ...]
    indicators: tuple[Indicator, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {i.code: i for i in self.indicators})

    def get(self, code: str) -> Indicator | None:
        by_code: dict[str, Indicator] = self._by_code  # type: ignore[attr-defined]
        return by_code.get(code)

    def __getitem__(self, code: str) -> Indicator:
        found = self.get(code)
        if found is None:
            raise KeyError(code)
        return found

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.indicators]

    def in_section(self, section: str) -> list[Indicator]:
        return [i for i in self.indicators if i.section == section]

    def section(self, code: str) -> Section:
        return next(s for s in self.sections if s.code == code)


# an indicator as a row: data/indicators.csv, a form file, a template's form sheet
INDICATOR_COLUMNS = (
    "code",
    "section",
    "kind",
    "whole",
    "parts",
    "label_vi",
    "label_en",
    "noun",
    "phrase",
)


def indicator_row(i: Indicator) -> tuple[str, ...]:
    """The indicator in INDICATOR_COLUMNS (a total's parts joined by '+')."""
    return (
        i.code,
        i.section,
        i.kind,
        i.whole or "",
        "+".join(i.parts),
        i.label_vi,
        i.label_en,
        i.noun,
        i.phrase,
    )


def indicator_of(row: Mapping[str, str]) -> Indicator:
    """The indicator a row of INDICATOR_COLUMNS holds (a column left out: blank)."""
    return Indicator(
        code=row.get("code", ""),
        section=row.get("section", ""),
        kind=row.get("kind", ""),
        label_vi=row.get("label_vi", ""),
        label_en=row.get("label_en", ""),
        whole=row.get("whole") or None,
        parts=tuple(p for p in (row.get("parts") or "").split("+") if p),
        noun=row.get("noun") or "",
        phrase=row.get("phrase") or "",
    )


def load_catalogue(folder: Path | None = None) -> Catalogue:
    folder = folder or data_dir()
    with open(folder / "sections.csv", encoding="utf-8", newline="") as f:
        sections = tuple(
            Section(r["code"], r["label_vi"], r["label_en"]) for r in csv.DictReader(f)
        )
    section_codes = {s.code for s in sections}
    indicators = []
    with open(folder / "indicators.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["section"] not in section_codes or row["kind"] not in ("stock", "flow"):
                raise ValueError(f"bad catalogue row: {row}")
            indicators.append(indicator_of(row))
    return Catalogue(sections, tuple(indicators))


@cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with the application, read once."""
    return load_catalogue()


def totals_order(catalogue: Catalogue, index: dict[str, int]) -> list[tuple[int, tuple[int, ...]]]:
    """The indicators (at their index in a figures' lists) in an order where a total's
    parts come before the total, each with the positions of its parts."""
    order: list[tuple[int, tuple[int, ...]]] = []
    placed: set[str] = set()

    def place(code: str) -> None:
        if code in placed:
            return
        placed.add(code)
        parts = catalogue[code].parts
        for part in parts:
            place(part)
        order.append((index[code], tuple(index[p] for p in parts)))

    for code in catalogue.codes:
        place(code)
    return order
