"""Looking back: the audit trail in words, and searching every year's registers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ct05_desktop.domain.change_words import AuditLine, Names, audit_line, stored_dict
from ct05_desktop.domain.checks.figure_rules import MIN_YEAR
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusals import Phrase
from ct05_desktop.domain.registers import REGISTERS_BY_KEY, shown_text
from ct05_desktop.domain.report_texts import part_title
from ct05_desktop.domain.tree_preview import carried_words
from ct05_desktop.workflows.session import Session


def audit_lines(session: Session, lang: str = "vi", **filters: Any) -> list[AuditLine]:
    """The change log, newest first, filtered (AuditLog.audit_query), in words."""
    entries = session.repo.audit_query(**filters)
    names = Names(session.catalogue, session.tree(), edited_rows(session, entries))
    return [audit_line(entry, names, lang) for entry in entries]


def edited_rows(session: Session, entries: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The register row each edit entry is about, by the entry's id: as the row was when
    next deleted after the edit (its id may belong to a later row now), else as it is."""
    edits: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        if entry["action"] == "register_edit" and entry["row_id"] is not None:
            edits.setdefault(entry["register"], []).append(entry)
    found: dict[int, dict[str, Any]] = {}
    for register, some in edits.items():
        if register not in REGISTERS_BY_KEY:
            continue
        ids = [int(e["row_id"]) for e in some]
        now = session.registers.by_ids(register, ids)
        deletions: dict[int, list[tuple[int, dict[str, Any]]]] = {}
        for gone in session.repo.row_deletions(register, ids):
            old = stored_dict(gone["old"])
            deletions.setdefault(int(gone["row_id"]), []).append((int(gone["id"]), old))
        for entry in some:
            row_id = int(entry["row_id"])
            later = [row for at, row in deletions.get(row_id, []) if at > entry["id"]]
            row = later[0] if later else now.get(row_id)
            if row is not None:
                found[int(entry["id"])] = row
    return found


@dataclass(frozen=True)
class RegisterHit:
    register: str  # the register's name, as the window shows it
    unit: str  # the unit's name in the row's year
    year: int
    text: str
    org: str = ""  # the unit's code
    key: str = ""  # the register's key (REPORT_TEXT: a written part of a report)
    row_id: int = 0
    part: str = ""  # a written part's key


REPORT_TEXT = "report_text"
_SHOWN_TEXT = 240  # characters of a written part shown in a hit


def search_registers(session: Session, query: str, limit: int = 500) -> list[RegisterHit]:
    """Rows of every register in every year holding all the words of the query (as the
    start of a word, their unit's name that year included), ignoring case and accents
    (đ = d): 'dang' finds 'Đảng'; then the reports' written parts holding them. Through
    FTS5 indexes. Each unit is named as it was in the row's year."""
    tree = session.tree()
    hits = []
    for register, row in session.registers.search(query, limit):
        spec = REGISTERS_BY_KEY[register]
        code, year = row["org_code"], row["year"]
        unit = tree.name_in(code, year) if code in tree else code
        text = shown_text(spec, row)
        hits.append(RegisterHit(spec.label_vi, unit, year, text, code, register, row["id"]))
    for row in session.texts.search(query, limit):  # the reports' written parts too
        code, year = row["org_code"], row["year"]
        unit = tree.name_in(code, year) if code in tree else code
        title = part_title(row["part"], session.catalogue)
        said = " ".join(row["text"].split())
        if len(said) > _SHOWN_TEXT:
            said = said[:_SHOWN_TEXT].rstrip() + "…"
        hits.append(
            RegisterHit(
                "Nội dung báo cáo",
                unit,
                year,
                f"{title}: {said}",
                code,
                REPORT_TEXT,
                0,
                row["part"],
            )
        )
    return hits


def history_tree(session: Session, org: str) -> OrgTree:
    """The tree a unit's history is read over: a successor's with its predecessors under
    it in the years before it began (OrgTree.with_lineage)."""
    tree = session.tree()
    return tree.with_lineage(org) if tree.lineage(org) else tree


def carried_years(session: Session, org: str | None) -> tuple[Phrase, int] | None:
    """For a successor whose history carries the units merged into it before it began:
    the note that says so (tree_preview.carried_words) and its first year of its own (the
    years before it are its predecessors' figures); None for any other unit."""
    if org is None:
        return None
    tree = session.tree()
    if org not in tree:
        return None
    note, start = carried_words(tree, org), tree[org].valid_from
    return None if note is None or start is None else (note, start)


def unit_history(
    session: Session, org: str | None, last_year: int | None = None
) -> tuple[list[int], dict[tuple[str, int], int | None]]:
    """A unit's figures (its subtree of each year rolled up) for every indicator and year,
    from the first year with figures; a merged unit's earlier years come from the units
    merged into it."""
    last = last_year or dt.date.today().year
    years = list(range(MIN_YEAR, last + 1))
    if org is None:
        return years, {}
    tree = history_tree(session, org)
    units = tree.ever_under(org, years)
    figures = session.figures(years, units, tree=None if tree is session.tree() else tree)
    codes = session.catalogue.codes
    values = {(code, y): figures.value(org, y, code) for code in codes for y in years}
    with_data = [y for y in years if any(values[(code, y)] is not None for code in codes)]
    if with_data:
        years = list(range(min(with_data), max(max(with_data), last - 1) + 1))
    return years, values
