"""The checks every change of the organisation tree passes (an organisations CSV, a plan,
a change from the window): the tree's rules (domain.tree_rules) and the figures and
register rows the change would leave outside their unit's years."""

from __future__ import annotations

from collections.abc import Sequence

from ct05_desktop.domain.checks.tree_rules import TreeProblem, data_problems, tree_problems
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.workflows.session import Session


def tree_change_problems(
    session: Session, orgs: Sequence[Org], after: OrgTree | None = None
) -> list[TreeProblem]:
    """What is wrong with writing these units (new or changed) over the tree as committed
    now: call it inside session.writing(), so that what is checked is what is written
    over. Each problem names the unit whose row makes it. after: the tree with them, when
    the caller has it already."""
    before = session.repo.fresh_tree()
    if after is None:
        after = before.replaced(orgs)
    problems = tree_problems(before, after, [org.code for org in orgs])
    spans = {}  # the units whose years change: their figures are counted
    for org in (after[org.code] for org in orgs):
        old = before.get(org.code)
        if old is not None and (old.valid_from, old.valid_to) != (org.valid_from, org.valid_to):
            spans[org.code] = (org.valid_from, org.valid_to)
    return problems + data_problems(after, session.repo.held_outside(spans))
