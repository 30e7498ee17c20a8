"""Changing the organisation tree from the window: a new unit from a year; a unit ended
(dissolved, or merged into a successor) after a year. History is kept, never deleted."""

from __future__ import annotations

from dataclasses import replace

from ct05_desktop.domain.orgs import LEVELS, Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import FORM, Source
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.workflows.entry import InputRefused, unit_year_guard
from ct05_desktop.workflows.session import Session


def add_unit(
    session: Session, parent: str, code: str, name: str, level: str, from_year: int
) -> Org:
    with session.writing():  # checked against the tree as committed, then written
        return _add_unit(session, parent, code, name, level, from_year)


def _add_unit(
    session: Session, parent: str, code: str, name: str, level: str, from_year: int
) -> Org:
    tree = session.repo.fresh_tree()
    code, name = nfc(code), nfc(name)
    problems = []
    if not code:
        problems.append(Refusal("empty_code"))
    elif code in tree:
        problems.append(Refusal("code_taken", code=code, name=tree[code].name))
    if not name:
        problems.append(Refusal("empty_name"))
    if level not in LEVELS:
        problems.append(Refusal("bad_level", level=level))
    if parent not in tree or not tree[parent].exists_in(from_year):
        problems.append(Refusal("parent_not_in_year", year=from_year))
    if problems:
        raise InputRefused(problems)
    org = Org(code, name, level, parent, valid_from=from_year)
    session.repo.upsert_orgs([org], FORM)
    return org


def rename_unit(session: Session, code: str, name: str, from_year: int, source: Source) -> bool:
    """Rename from a year on (the years before keep the old name); checked like any other
    write: refused in a locked year or an approved unit-year. False when nothing changed."""
    name = nfc(name)
    if not name:
        raise InputRefused([Refusal("empty_name")])
    with session.writing():
        unit_year_guard(session, code, from_year)
        if name == session.tree()[code].name:
            return False
        session.repo.rename_org(code, name, from_year, source)
    return True


def end_unit(session: Session, code: str, last_year: int, successor: str | None = None) -> Org:
    """The unit exists up to last_year; with a successor, its history goes on there."""
    with session.writing():
        return _end_unit(session, code, last_year, successor)


def _end_unit(session: Session, code: str, last_year: int, successor: str | None) -> Org:
    tree = session.repo.fresh_tree()
    org = tree[code]
    problems = []
    if org.valid_from is not None and last_year < org.valid_from:
        problems.append(Refusal("starts_later", year=org.valid_from))
    if successor is not None:
        if successor not in tree or successor == code:
            problems.append(Refusal("bad_successor"))
        elif not tree[successor].exists_in(last_year + 1):
            problems.append(Refusal("successor_not_in_year", year=last_year + 1))
    if tree.children(code, last_year + 1):
        problems.append(Refusal("children_after"))
    if problems:
        raise InputRefused(problems)
    ended = replace(org, valid_to=last_year, successor_code=successor)
    session.repo.upsert_orgs([ended], FORM)
    return ended
