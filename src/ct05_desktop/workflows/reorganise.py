"""Changing the tree from a year, for the window, the command line and a plan file alike
(domain.md §2; domain.tree_changes): every change checked together against the tree as
committed and the figures stored, shown year by year, and written all or nothing, after
a backup, with an audit entry per unit naming where the change came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, check_year
from ct05_desktop.domain.checks.tree_rules import unit_label, years_text
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.refusals import Phrase, Refusal
from ct05_desktop.domain.report_header import PARENT_FIELDS
from ct05_desktop.domain.sources import Source
from ct05_desktop.domain.tree_changes import (
    ACTIONS,
    USES,
    Change,
    Planned,
    PlanProblem,
    apply_plan,
)
from ct05_desktop.domain.tree_preview import Preview, preview, same_names
from ct05_desktop.files.csv_stream import read_table
from ct05_desktop.files.interchange import (
    PLAN,
    PLAN_COLUMNS,
    CsvFormatError,
    write_csv,
)
from ct05_desktop.workflows.backups import ORGS, backup_before, backups
from ct05_desktop.workflows.session import Session
from ct05_desktop.workflows.tree_checks import tree_change_problems


@dataclass
class TreeChangeReport:
    """What a change of the tree did, or would do (dry_run), or why it was refused."""

    year: int
    problems: list[PlanProblem] = field(default_factory=list)
    preview: Preview | None = None
    changed: int = 0  # units written
    headers_reset: list[str] = field(default_factory=list)  # names, as told to the clerk
    warnings: list[Phrase] = field(default_factory=list)  # saved all the same (same names)
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def change_tree(
    session: Session,
    changes: Sequence[Change],
    year: int,
    source: Source,
    dry_run: bool = False,
    backup: bool = True,
) -> TreeChangeReport:
    """Apply the changes from year together: refused whole (report.problems) when any row,
    the tree it would make, the figures it would strand, a locked year or an approved
    unit says no; else written (unless dry_run), after a backup (unless not backup: a
    database just made), taken only once the changes are known to pass. The preview says
    what changes year by year, from year to the last year with data."""
    check_year(year)
    report = TreeChangeReport(year)
    if backup and not dry_run:
        checked = change_tree(session, changes, year, source, dry_run=True)
        if not checked.ok:
            return checked  # refused: nothing to back up
        # a new backup, or the newest when it holds the state already
        report.backup = backup_before(session, ORGS) or next(
            (b.path for b in backups(session)), None
        )
    with session.writing():  # checked against the tree as committed, then written
        tree = session.repo.fresh_tree()
        planned = apply_plan(tree, changes, year)
        report.problems += planned.problems
        if not report.problems:
            report.problems += _tree_problems(session, planned)
        if not report.problems:
            last = shown_until(session, planned.after, year)
            report.preview = preview(tree, planned.after, last)
            report.problems += _closed_years(session, planned, report.preview)
            codes = [org.code for org, _, _ in planned.units]
            report.warnings = same_names(planned.after, codes, year, last)
        if report.problems or dry_run:
            return report
        report.changed = session.repo.write_units(
            [(org, action, year) for org, action, _ in planned.units], source
        )
        units = [org for org, _, _ in planned.units]
        report.headers_reset = follow_parents(session, planned.before, units, source)
    return report


def _tree_problems(session: Session, planned: Planned) -> list[PlanProblem]:
    """The tree's rules and the stored figures, each problem on the line of the unit it
    names (a unit following its merged parent: that parent's line)."""
    out = []
    orgs = [org for org, _, _ in planned.units]
    for problem in tree_change_problems(session, orgs, planned.after):
        code = planned.followers.get(problem.code, problem.code)
        out.append(PlanProblem(planned.line_of(code), "code", problem.code, problem.reason))
    return out


def _closed_years(session: Session, planned: Planned, shown: Preview) -> list[PlanProblem]:
    """A change that would alter a year before the plan's (never by a plan: a bug if it
    did), a locked year, or an approved unit's year."""
    out = []
    early = [y for y in shown.changed_years if y < planned.year]
    if early:
        why = Refusal("plan_changes_earlier", years=years_text(early))
        out.append(PlanProblem(None, None, None, why))
    units = [org for org, _, _ in planned.units]
    for code, why in closed_years(session, planned.before, units, shown):
        out.append(PlanProblem(planned.line_of(code) if code else None, "code", code, why))
    return out


def closed_years(
    session: Session, before: OrgTree, units: Sequence[Org], shown: Preview
) -> list[tuple[str | None, Refusal]]:
    """What a change of these units may not touch, as committed now: a locked year whose
    tree it changes, an approved year of one of them whose tree it changes. (unit or None,
    why) each."""
    out: list[tuple[str | None, Refusal]] = []
    changed = set(shown.changed_years)
    locked = sorted(changed & set(session.repo.locked_years()))
    if locked:  # a locked year's tree changes as little as its figures
        out.append((None, Refusal("tree_year_locked", years=years_text(locked))))
    approved: dict[str, list[int]] = {}
    for code, year in session.repo.approved():
        if year in changed:
            approved.setdefault(code, []).append(year)
    for org in units:
        if org.code in approved:
            why = Refusal(
                "tree_unit_approved",
                unit=unit_label(before.get(org.code) or org),
                years=years_text(approved[org.code]),
            )
            out.append((org.code, why))
    return out


def shown_until(session: Session, after: OrgTree, first: int) -> int:
    """The last year a preview of a change from first shows: the last with data, or a
    later year locked, or one in which the changed tree changes again."""
    years = [first, session.repo.last_data_year() or first, *session.repo.locked_years()]
    return min(max(years + [y for y in after.epochs() if y <= MAX_YEAR]), MAX_YEAR)


def follow_parents(
    session: Session, before: OrgTree, units: Sequence[Org], source: Source
) -> list[str]:
    """A moved unit's report header follows its new parent: the fields that name the
    parent (the superior line, the recipients), if the office had typed them, are taken
    off, so that each year's report is headed by that year's parent. Returns the names
    of the units whose header changed so."""
    told = []
    for org in units:
        old = before.get(org.code)
        if old is None or old.parents() == org.parents():
            continue
        stored = session.headers.values(org.code)
        kept = {k: v for k, v in stored.items() if k not in PARENT_FIELDS}
        if kept != stored and session.headers.save(org.code, kept, source):
            told.append(org.name)
    return told


# -- a plan file -------------------------------------------------------------------------
def read_plan(path: Path | str) -> tuple[list[Change], list[FileProblem]]:
    """A plan CSV (header action,code,to,name,level): its changes, or the problems of its
    rows (an unknown action, a column the action does not use filled in)."""
    path = Path(path)
    try:
        table = read_table(path)
    except CsvFormatError as exc:
        return [], [exc.problem]
    except OSError as exc:
        return [], [FileProblem(path.name, None, None, None, _unreadable(exc))]
    if table.kind != PLAN:
        why = Refusal("not_a_plan", columns=",".join(PLAN_COLUMNS))
        return [], [FileProblem(path.name, 1, None, None, why)]
    problems = list(table.problems)
    changes = []
    for line, row in table.rows:
        action = row["action"].lower()
        if action not in ACTIONS:
            why = Refusal("plan_action", actions=", ".join(ACTIONS))
            problems.append(FileProblem(path.name, line, "action", row["action"], why))
            continue
        for column in ("to", "name", "level"):
            if row.get(column) and column not in USES[action]:
                why = Refusal("plan_column_unused", column=column, action=action)
                problems.append(FileProblem(path.name, line, column, row[column], why))
        if not row["code"]:
            problems.append(FileProblem(path.name, line, "code", "", Refusal("empty_code")))
        changes.append(
            Change(
                action,
                row["code"],
                row.get("to") or None,
                row.get("name") or None,
                row.get("level") or None,
                line,
            )
        )
    return changes, problems


def _unreadable(exc: OSError) -> Refusal:
    from ct05_desktop.workflows.faults import A_FILE, fault

    return fault(exc, A_FILE) or Refusal("file_unreadable", detail=exc.strerror)


def plan_problems_in_file(name: str, report: TreeChangeReport) -> list[FileProblem]:
    """The report's problems as a file's (file, line, column, value)."""
    return [FileProblem(name, p.line, p.column, p.value, p.reason) for p in report.problems]


def write_plan(path: Path | str, changes: Sequence[Change]) -> int:
    """The changes as a plan CSV (action,code,to,name,level), to be read by read_plan or
    `ct05 reorganise`: written whole or not at all."""
    rows = [(c.action, c.code, c.to, c.name, c.level) for c in changes]
    return write_csv(path, PLAN_COLUMNS, rows, bom=True)
