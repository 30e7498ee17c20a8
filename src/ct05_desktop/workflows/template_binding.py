"""What binds a filled template to the one the program wrote (version 4 on): its figures
sheet carries the hidden sheet's id and says, in its title, the unit (by any name it bore)
and year the signed hidden sheet names, so a hidden sheet copied from another template
(another year, another unit) is refused where the two disagree; and the signature binds
when it was written (the change log's last id then), so a template that would set a figure
back to what it was before a change made since says which, and is saved only when the
person asks for exactly that (--accept-older)."""

from __future__ import annotations

from collections.abc import Sequence

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.messages import label
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import format_time_vi
from ct05_desktop.domain.rules import ValueChange, parse_whole_number
from ct05_desktop.excel.template_cells import shown
from ct05_desktop.excel.template_reader import FilledTemplate
from ct05_desktop.excel.template_writer import FIGURES, ID_CELL
from ct05_desktop.interchange import FileProblem
from ct05_desktop.workflows.session import Session

UNBOUND = ("2", "3")  # versions written before the binding: taken as they were


def heading_problems(
    tree: OrgTree, filled: FilledTemplate, unit: str, year: int
) -> list[FileProblem]:
    """The figures sheet against the signed hidden sheet: the same id, the same unit and
    year in its title."""
    meta, name = filled.meta, filled.path.name
    if meta.get("template_version") in UNBOUND:
        return []
    figures_id, title = filled.heading
    out = []
    if figures_id.strip() != meta.get("template_id", ""):
        why = Refusal("template_parts_apart")
        out.append(FileProblem(name, None, None, None, why, FIGURES, ID_CELL))
    unit_name = tree.name_in(unit, year)
    org = tree[unit]
    bore = {unit_name, org.name, *(p.name for p in org.periods)}  # renamed since: still its
    if f"NĂM {year}" not in title or not any(f"– {name}" in title for name in bore):
        why = Refusal("template_title_apart", name=unit_name, year=year)
        out.append(FileProblem(name, None, None, shown(title), why, FIGURES, "B1"))
    return out


def undone_problems(
    session: Session,
    filled: FilledTemplate,
    changes: Sequence[ValueChange],
    year: int,
) -> list[FileProblem]:
    """The figures the template would set back to what they were before a correction
    made after it was written: each named with the correction (when, who, from what)."""
    written = filled.meta.get("written_at", "")
    if filled.meta.get("template_version") in UNBOUND or not written.isdigit():
        return []
    later: dict[tuple[str, str], tuple[str, str, object]] = {}
    before: dict[tuple[str, str], set[int | None]] = {}  # the values corrected away since
    for org, indicator, at, who, old, new in session.db.execute(
        "SELECT org_code, indicator, at, who, old, new FROM audit WHERE action = 'value' "
        "AND year = ? AND id > ? ORDER BY id",
        [year, int(written)],
    ).fetchall():
        later[(org, indicator)] = (at, who, new)
        was = parse_whole_number(old) if isinstance(old, str | int) else None
        before.setdefault((org, indicator), set()).add(was)
    tree, out = session.tree(), []
    for change in changes:
        found = later.get((change.org_code, change.indicator))
        sent = parse_whole_number(change.raw)
        # an undo: the figure as it was before a change made since; a new value (the unit
        # correcting its own figure again) is not
        if found is None or sent not in before[(change.org_code, change.indicator)]:
            continue
        at, who, stored = found
        now = parse_whole_number(stored) if isinstance(stored, str | int) else None
        what = label(session.catalogue, change.indicator)
        why = Refusal(
            "template_older",
            what=f"{tree.name_in(change.org_code, year)}, {what}",
            when=format_time_vi(at),
            who=who,
            stored="(trống)" if now is None else vi_format.number(now),
            sent="" if sent is None else vi_format.number(sent),
        )
        out.append(FileProblem(filled.path.name, None, None, None, why, FIGURES, str(change.ref)))
    return out
