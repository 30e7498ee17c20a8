"""What binds a filled template to the one the program wrote (version 4 on): its figures
sheet carries the hidden sheet's id and says, in its title, the unit (by any name it bore)
and year the signed hidden sheet names, so a hidden sheet copied from another template
(another year, another unit) is refused where the two disagree; and the signature binds
when it was written (the change log's last id then), so a template that would set a figure
back to what it was before a change made since says which, and is saved only when the
person asks for exactly that (--accept-older)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.checks.figure_rules import ValueChange, parse_whole_number
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import label
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY, format_time_vi, row_title
from ct05_desktop.domain.report_texts import part_title
from ct05_desktop.excel.templates.cells import shown
from ct05_desktop.excel.templates.reader import FilledTemplate
from ct05_desktop.excel.templates.texts import TEXTS
from ct05_desktop.excel.templates.writer import FIGURES, ID_CELL
from ct05_desktop.workflows.session import Session

UNBOUND = ("2", "3")  # versions written before the binding: taken as they were
# the refusals a person may override by asking for the older values (--accept-older)
OLDER = ("template_older", "template_older_text")


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
    written = _written(filled)
    if written is None:
        return []
    later: dict[tuple[str, str], tuple[str, str, object]] = {}
    before: dict[tuple[str, str], set[int | None]] = {}  # the values corrected away since
    for org, indicator, at, who, old, new in session.db.execute(
        "SELECT org_code, indicator, at, who, old, new FROM audit WHERE action = 'value' "
        "AND year = ? AND id > ? ORDER BY id",
        [year, written],
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


def _written(filled: FilledTemplate) -> int | None:
    """The change log's last id when the template was written (None: not bound)."""
    written = filled.meta.get("written_at", "")
    if filled.meta.get("template_version") in UNBOUND or not written.isdigit():
        return None
    return int(written)


def undone_words(
    session: Session,
    filled: FilledTemplate,
    unit: str,
    year: int,
    texts: Mapping[str, str],
    edits: Sequence[tuple[str, int, dict[str, Any]]],
) -> list[FileProblem]:
    """As undone_problems, for the written parts and the register rows' fields: a text the
    template would set back to what it was before a correction made since it was written."""
    written = _written(filled)
    if written is None or not (texts or edits):
        return []
    latest: dict[tuple[object, ...], tuple[str, str]] = {}  # the last correction: when, who
    before: dict[tuple[object, ...], list[object]] = {}  # the values corrected away since
    for action, register, row_id, org, part, at, who, old in session.db.execute(
        "SELECT action, register, row_id, org_code, indicator, at, who, old FROM audit "
        "WHERE id > ? AND year = ? AND action IN ('report_text', 'register_edit') ORDER BY id",
        [written, year],
    ).fetchall():
        if action == "report_text":  # the template's unit's own parts only
            was: dict[tuple[object, ...], object] = (
                {("text", part): old or ""} if org == unit else {}
            )
        else:  # a row by its id, whichever unit it is under
            fields = json.loads(old) if old else {}
            was = {("row", register, row_id, f): v for f, v in fields.items()}
        for key, value in was.items():
            latest[key] = (at, who)
            before.setdefault(key, []).append(value)
    out = []
    refs = {part: ref for ref, part, _ in filled.texts}
    for part, text in texts.items():
        if text in before.get(("text", part), []):
            what = f"Nội dung báo cáo, {part_title(part, session.catalogue)}"
            why = _older_text(what, latest[("text", part)])
            out.append(FileProblem(filled.path.name, None, None, None, why, TEXTS, refs.get(part)))
    for register, row_id, changed in edits:
        spec = REGISTERS_BY_KEY[register]
        for name, value in changed.items():
            key = ("row", register, row_id, name)
            if not any(str(v) == str(value) for v in before.get(key, [])):
                continue
            stored = session.registers.get(register, row_id)
            named = {f.name: f.label() for f in spec.fields}.get(name, "Đơn vị")  # or its unit
            what = f"{row_title(spec, stored)}, {named}"
            out.append(
                FileProblem(filled.path.name, None, None, None, _older_text(what, latest[key]))
            )
    return out


def _older_text(what: str, correction: tuple[str, str]) -> Refusal:
    at, who = correction
    return Refusal("template_older_text", what=what, when=format_time_vi(at), who=who)
