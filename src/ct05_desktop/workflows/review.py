"""Looking back: the audit trail in words, and searching every year's registers."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from ct05_desktop.domain.messages import label
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.registers import (
    REGISTERS_BY_KEY,
    RegisterSpec,
    format_time_vi,
    shown_text,
    shown_value,
)
from ct05_desktop.domain.rules import MIN_YEAR
from ct05_desktop.domain.sources import Source
from ct05_desktop.workflows.session import Session

ACTIONS_VI = {
    "value": "sửa số liệu",
    "comment": "sửa ghi chú",
    "status": "đổi tình trạng",
    "register_add": "thêm dòng sổ",
    "register_edit": "sửa dòng sổ",
    "register_delete": "xóa dòng sổ",
    "org": "sửa danh mục tổ chức",
    "lock": "chốt năm",
    "unlock": "mở lại năm",
    "report_header": "sửa phần đầu báo cáo",
}


@dataclass(frozen=True)
class AuditLine:
    at: str
    who: str
    action: str
    unit: str
    year: str
    what: str
    old: str
    new: str
    source: str


def _register_values(spec: RegisterSpec, dumped: str, units: OrgTree, lang: str) -> str:
    """A register row's values as the change log keeps them (JSON), in words: each field
    by its label, a choice by its label, a date dd/mm/yyyy; a row moved, its new unit."""
    try:
        values = json.loads(dumped)
    except ValueError:
        return dumped
    if not isinstance(values, dict):
        return dumped
    parts = []
    for field in spec.fields:
        if values.get(field.name) not in (None, ""):
            name = field.label_vi if lang == "vi" else field.label_en
            parts.append(f"{name}: {shown_value(field, values[field.name], lang)}")
    moved = values.get("org_code") if "id" not in values else None  # an edit's new unit
    if moved:
        org = units.get(str(moved))
        parts.append(f"{'Đơn vị' if lang == 'vi' else 'Unit'}: {org.name if org else moved}")
    return "; ".join(parts)


def audit_lines(session: Session, lang: str = "vi", **filters: Any) -> list[AuditLine]:
    tree, cat = session.tree(), session.catalogue
    out = []
    for r in session.repo.audit_query(**filters):
        org = tree.get(r["org_code"]) if r["org_code"] else None
        spec = REGISTERS_BY_KEY.get(r["register"] or "")
        what = label(cat, r["indicator"]) if r["indicator"] else (r["register"] or "")
        old = "" if r["old"] is None else str(r["old"])
        new = "" if r["new"] is None else str(r["new"])
        if spec is not None:
            what = spec.label_vi if lang == "vi" else spec.label_en
            old, new = (_register_values(spec, v, tree, lang) if v else "" for v in (old, new))
        out.append(
            AuditLine(
                at=format_time_vi(str(r["at"]), seconds=True),
                who=r["who"],
                action=ACTIONS_VI.get(r["action"], r["action"]),
                unit=org.name if org else (r["org_code"] or ""),
                year=str(r["year"] or ""),
                what=what,
                old=old,
                new=new,
                source=Source.parse(r["source"]).words(lang),
            )
        )
    return out


@dataclass(frozen=True)
class RegisterHit:
    register: str
    unit: str
    year: int
    text: str


def search_registers(session: Session, query: str, limit: int = 500) -> list[RegisterHit]:
    """Rows of every register in every year holding all the words of the query (as the
    start of a word, their unit's name included), ignoring case and accents (đ = d):
    'dang' finds 'Đảng'. Through the registers' FTS5 index."""
    tree = session.tree()
    hits = []
    for register, row in session.registers.search(query, limit):
        spec = REGISTERS_BY_KEY[register]
        org = tree.get(row["org_code"])
        unit = org.name if org else row["org_code"]
        hits.append(RegisterHit(spec.label_vi, unit, row["year"], shown_text(spec, row)))
    return hits


def unit_history(
    session: Session, org: str | None, last_year: int | None = None
) -> tuple[list[int], dict[tuple[str, int], int | None]]:
    """A unit's figures (its subtree rolled up) for every indicator and year, from the first
    year with figures; a merged unit's earlier years come from the units merged into it."""
    last = last_year or dt.date.today().year
    years = list(range(MIN_YEAR, last + 1))
    if org is None:
        return years, {}
    tree = session.tree()
    before = tree.predecessors(org)
    units = [o.code for top in [tree[org], *before] for o in tree.subtree(top.code)]
    figures = session.figures(years, units)

    def value(code: str, year: int) -> int | None:
        if tree[org].exists_in(year) or not before:
            return figures.value(org, year, code)
        parts = [figures.value(p.code, year, code) for p in before if p.exists_in(year)]
        present = [v for v in parts if v is not None]
        return sum(present) if present else None

    codes = session.catalogue.codes
    values = {(code, y): value(code, y) for code in codes for y in years}
    with_data = [y for y in years if any(values[(code, y)] is not None for code in codes)]
    if with_data:
        years = list(range(min(with_data), max(max(with_data), last - 1) + 1))
    return years, values
