"""Single changes of the tree from the window, each from a year: a new unit, a renaming, a
move under another unit, a merger (into an existing unit or a new one), a dissolution.
Each is a plan of one row (workflows.reorganise): the same checks, the same backup,
history kept, never deleted, and no figure left where no report reaches it."""

from __future__ import annotations

from ct05_desktop.domain.characters import control_refusal
from ct05_desktop.domain.orgs import LEVELS, Org
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.sources import FORM, Source
from ct05_desktop.domain.tree_changes import DISSOLVE, MERGE, NEW, RENAME, Change
from ct05_desktop.domain.vi_text import nfc
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.reorganise import TreeChangeReport, change_tree
from ct05_desktop.workflows.session import Session


def _done(report: TreeChangeReport) -> TreeChangeReport:
    if report.problems:
        raise InputRefused([p.reason for p in report.problems])
    return report


def _texts(*texts: str) -> list[Refusal]:
    return [bad for text in texts if (bad := control_refusal(text)) is not None]


def add_unit(
    session: Session,
    parent: str,
    code: str,
    name: str,
    level: str,
    from_year: int,
    source: Source = FORM,
) -> Org:
    """A new unit under parent from from_year on."""
    code, name = nfc(code), nfc(name)
    problems = []
    tree = session.tree()
    if not code:
        problems.append(Refusal("empty_code"))
    elif code in tree:
        problems.append(Refusal("code_taken", code=code, name=tree[code].name))
    if not name:
        problems.append(Refusal("empty_name"))
    problems += _texts(code, name)  # unseen, it would make every later workbook fail
    if level not in LEVELS:
        problems.append(Refusal("bad_level", level=level))
    if problems:
        raise InputRefused(problems)
    _done(change_tree(session, [Change(NEW, code, parent, name, level)], from_year, source))
    return session.tree()[code]


def rename_unit(session: Session, code: str, name: str, from_year: int, source: Source) -> bool:
    """Rename from a year on (the years before keep the old name); refused in a locked
    year or for an approved unit-year. False when the unit bore that name already."""
    name = nfc(name)
    if not name:
        raise InputRefused([Refusal("empty_name")])
    problems = _texts(name)
    if problems:
        raise InputRefused(problems)
    tree = session.tree()
    if code in tree and tree[code].exists_in(from_year) and tree.name_in(code, from_year) == name:
        return False
    _done(change_tree(session, [Change(RENAME, code, name=name)], from_year, source))
    return True


def merge_unit(
    session: Session,
    code: str,
    into: str,
    from_year: int,
    source: Source = FORM,
    new: tuple[str, str, str] | None = None,
) -> TreeChangeReport:
    """The unit ends with from_year − 1 and its history goes on in into; its own units
    follow into. new: (name, level, parent) when into is a unit made by the merger."""
    changes = [Change(MERGE, code, into)]
    if new is not None:
        name, level, parent = nfc(new[0]), new[1], new[2]
        problems = _texts(into, name)
        if problems:
            raise InputRefused(problems)
        changes.insert(0, Change(NEW, nfc(into), parent, name, level))
    return _done(change_tree(session, changes, from_year, source))


def dissolve_unit(
    session: Session, code: str, from_year: int, source: Source = FORM
) -> TreeChangeReport:
    """The unit ends with from_year − 1, its history kept; refused while units stand under
    it from that year (move them first, or merge it instead)."""
    return _done(change_tree(session, [Change(DISSOLVE, code)], from_year, source))


def end_unit(session: Session, code: str, last_year: int, successor: str | None = None) -> Org:
    """The unit exists up to last_year; with a successor, its history goes on there (a
    merger from last_year + 1), else it is dissolved."""
    if successor is None:
        dissolve_unit(session, code, last_year + 1)
    else:
        merge_unit(session, code, successor, last_year + 1)
    return session.tree()[code]
