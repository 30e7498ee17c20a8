"""The register rows of a filled template, checked before anything is saved: which to
add, which stored rows to edit, and what is refused where (sheet and cell).

A pre-filled row is found by its hidden id alone (its unit may be corrected); a new row
identical to one already stored is unchanged, so importing the same file twice adds
nothing. A change to a locked year or an approved unit is refused (the row is kept)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ct05_desktop.domain.characters import MAX_CELL
from ct05_desktop.domain.checks.figure_rules import unit_year_problem
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import told_reason
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS_BY_KEY, RegisterSpec, row_title
from ct05_desktop.excel.templates.reader import RegisterRow
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import parse_register_row
from ct05_desktop.workflows.session import Session

if TYPE_CHECKING:
    from ct05_desktop.workflows.templates.unit_files import TemplateReport

Adds = dict[str, list[tuple[str, int, dict[str, Any]]]]  # register → (unit, year, values)
Edits = list[tuple[str, int, dict[str, Any]]]  # (register, row id, changed fields)


class RegisterRowCheck:
    def __init__(
        self, session: Session, allowed: set[str], year: int, report: TemplateReport
    ) -> None:
        self.session, self.allowed, self.year, self.report = session, allowed, year, report
        self.ctx = session.write_context()
        self.stored: dict[str, dict[int, dict[str, Any]]] = {}
        self.adds: Adds = {}
        self.edits: Edits = []

    def check(self, rows: list[RegisterRow]) -> tuple[Adds, Edits]:
        for sheet, ref, row_id, org, raw in rows:
            self._row(sheet, ref, row_id, org, raw)
        return self.adds, self.edits

    def _refuse(self, sheet: str, ref: str, why: Refusal, value: str | None = None) -> None:
        self.report.problems.append(
            FileProblem(self.report.file, None, None, value, why, sheet, ref)
        )

    def _locked(self, sheet: str, ref: str, *orgs: str) -> bool:
        for code in orgs:
            problem = unit_year_problem(code, self.year, self.ctx)
            if problem is not None:
                self._refuse(sheet, ref, told_reason(problem, self.session.catalogue))
                return True
        return False

    def _stored_rows(self, spec: RegisterSpec) -> dict[int, dict[str, Any]]:
        if spec.key not in self.stored:
            rows = self.session.registers.rows(spec.key, year=self.year)
            self.stored[spec.key] = {r["id"]: r for r in rows}
        return self.stored[spec.key]

    def _row(self, sheet: str, ref: str, row_id: int | None, org: str, raw: dict[str, Any]) -> None:
        spec = REGISTERS_BY_KEY[str(raw["_register"])]
        if org not in self.allowed:
            self._refuse(sheet, ref, Refusal("unit_not_in_template"), org)
            return
        try:
            values = parse_register_row(spec.key, raw, year=self.year)
        except InputRefused as exc:
            for why in exc.reasons:
                self._refuse(sheet, ref, why)
            return
        stored = self._stored_rows(spec)
        fields = [f.name for f in spec.fields]
        title = row_title(spec, values)
        if row_id is not None:
            old = stored.get(row_id)
            if old is None or old["org_code"] not in self.allowed:
                self._refuse(sheet, ref, Refusal("row_gone"))
                return
            changed = {f: values[f] for f in fields if not _same(old.get(f), values[f])}
            if old["org_code"] != org:
                changed["org_code"] = org
            if changed and not self._locked(sheet, ref, old["org_code"], org):
                self.edits.append((spec.key, row_id, changed))
                self.report.rows_changed.append(title)
            return
        known = any(
            r["org_code"] == org and all(r.get(f) == values[f] for f in fields)
            for r in stored.values()
        )
        if not known and not self._locked(sheet, ref, org):
            self.adds.setdefault(spec.key, []).append((org, self.year, values))
            self.report.rows_added.append(title)


def still_new(session: Session, adds: Adds, year: int) -> tuple[Adds, list[str]]:
    """The rows to add that are still not stored, read inside the write transaction (the
    same file saved twice, or its preview saved after another import of it, adds each row
    once); and the titles of those found stored since the preview."""
    kept: Adds = {}
    gone: list[str] = []
    for register, rows in adds.items():
        fields = [f.name for f in REGISTERS_BY_KEY[register].fields]
        stored = session.registers.rows(register, year=year)
        seen = {(r["org_code"], *(r.get(f) for f in fields)) for r in stored}
        for org, row_year, values in rows:
            key = (org, *(values[f] for f in fields))
            if key in seen:  # stored since the preview (two rows alike in the file: both kept)
                gone.append(row_title(REGISTERS_BY_KEY[register], values))
                continue
            kept.setdefault(register, []).append((org, row_year, values))
    return kept, gone


def _same(stored: object, sent: object) -> bool:
    """A stored value and the one a template sent back: the same, or a text stored longer
    than a cell (before such texts were refused) that the workbook cut to MAX_CELL."""
    if stored == sent:
        return True
    return (
        isinstance(stored, str)
        and isinstance(sent, str)
        and len(stored) > MAX_CELL
        and stored[:MAX_CELL].rstrip() == sent
    )
