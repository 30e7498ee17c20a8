"""Changing the organisation tree from the window: a new unit from a year; a unit ended
(dissolved, or merged into a successor) after a year. History is kept, never deleted, and
every change passes the checks of an organisations file (tree_checks): no figure is left
where no report reaches it."""

from __future__ import annotations

from dataclasses import replace

from ct05_desktop.domain.characters import control_refusal
from ct05_desktop.domain.orgs import LEVELS, Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import FORM, Source
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.workflows.entry import InputRefused, unit_year_guard
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.tree_checks import tree_change_problems


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
    for text in (code, name):
        bad = control_refusal(text)
        if bad is not None:  # unseen, it would make every later workbook fail
            problems.append(bad)
    if level not in LEVELS:
        problems.append(Refusal("bad_level", level=level))
    if parent not in tree:  # its years against the parent's: tree_change_problems
        problems.append(Refusal("parent_not_in_year", year=from_year))
    if problems:
        raise InputRefused(problems)
    org = Org(code, name, level, parent, valid_from=from_year)
    _refuse_what_breaks(session, org)
    session.repo.upsert_orgs([org], FORM)
    return org


def _refuse_what_breaks(session: Session, org: Org) -> None:
    """Refused (in words) when the unit as it would be breaks the tree's rules or leaves
    figures out of its years."""
    problems = tree_change_problems(session, [org])
    if problems:
        raise InputRefused([p.reason for p in problems])


def rename_unit(session: Session, code: str, name: str, from_year: int, source: Source) -> bool:
    """Rename from a year on (the years before keep the old name); checked like any other
    write: refused in a locked year or an approved unit-year. False when nothing changed."""
    name = nfc(name)
    if not name:
        raise InputRefused([Refusal("empty_name")])
    bad = control_refusal(name)
    if bad is not None:
        raise InputRefused([bad])
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
    if successor is not None and successor not in tree:
        problems.append(Refusal("bad_successor"))
    if problems:
        raise InputRefused(problems)
    ended = replace(org, valid_to=last_year, successor_code=successor)
    # its own successor, a loop of successors, one that does not exist the year after,
    # units under it existing later, figures or register rows after last_year: refused
    _refuse_what_breaks(session, ended)
    session.repo.upsert_orgs([ended], FORM)
    return ended
