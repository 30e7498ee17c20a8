"""The written parts of a unit's report (domain.report_texts), for the window and the
command line alike: read, and saved as any other write is (refused in a locked year, for
an approved unit-year, for a unit that did not exist that year; the check inside the
write's transaction), cleaned on the way in (NFC, Word's spacing), never longer than an
Excel cell holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.report_texts import check_part, check_text, clean_text, part_keys
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.entry import InputRefused, unit_year_guard
from ct05_desktop.workflows.session import Session


def unit_texts(session: Session, org: str, year: int) -> dict[str, str]:
    """The unit's written parts of that year, by part (those with a text)."""
    return session.texts.texts(org, year)


def save_texts(
    session: Session, org: str, year: int, texts: Mapping[str, str], source: Source
) -> int:
    """Keep these parts' texts (an empty text removes the part), all or none. Returns how
    many changed."""
    cleaned: dict[str, str] = {}
    problems: list[Refusal] = []
    for part, text in texts.items():
        try:
            check_part(part, session.catalogue)
            cleaned[part] = clean_text(text)
            check_text(cleaned[part])
        except Refusal as exc:  # every part's problem told at once
            problems.append(exc)
    if problems:
        raise InputRefused(problems)
    changed = 0
    with session.writing():
        unit_year_guard(session, org, year)
        for part, text in cleaned.items():
            changed += session.texts.save(org, year, part, text, source)
    return changed


def save_text(session: Session, org: str, year: int, part: str, text: str, source: Source) -> bool:
    return save_texts(session, org, year, {part: text}, source) > 0


def ordered_parts(session: Session) -> list[str]:
    """Every part a report has, in its order."""
    return part_keys(session.catalogue)


@dataclass(frozen=True)
class UnitText:
    code: str
    name: str  # as the unit was named that year
    text: str


def units_texts(session: Session, org: str, year: int) -> dict[str, list[UnitText]]:
    """What the units directly under org wrote for each part of the year (those that
    wrote it, in the tree's order), by part: the office reads them beside its own."""
    tree = session.tree()
    out: dict[str, list[UnitText]] = {}
    for unit in tree.children(org, year):
        for part, text in session.texts.texts(unit.code, year).items():
            out.setdefault(part, []).append(
                UnitText(unit.code, tree.name_in(unit.code, year), text)
            )
    return out
