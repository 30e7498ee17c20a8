"""The written parts a filled template sends (its sheet "Nội dung báo cáo"): each checked
as a part typed in the window is (a part of the report, no character a workbook cannot
hold, not longer than a cell), refused where it is; compared with what the office holds for
the preview; saved with the template's figures. A blank cell sends nothing: it never
removes a text the office has."""

from __future__ import annotations

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.characters import MAX_CELL
from ct05_desktop.domain.checks.figure_rules import unit_year_problem
from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.messages import told_reason
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.report_texts import check_part, check_text, clean_text, part_title
from ct05_desktop.excel.templates.cells import shown
from ct05_desktop.excel.templates.texts import TEXTS, TextCell
from ct05_desktop.files.interchange import FileReport
from ct05_desktop.workflows.session import Session


def check_texts(
    session: Session,
    cells: list[TextCell],
    unit: str,
    year: int,
    report: FileReport,
    lines: list[str],
) -> dict[str, str]:
    """The parts whose text differs from what the unit holds for the year, as they would be
    kept; a line each for the preview in lines; problems into the report."""
    stored = session.texts.texts(unit, year)
    out: dict[str, str] = {}
    for ref, key, raw in cells:
        text = clean_text(str(raw))
        try:
            check_part(key, session.catalogue)
            check_text(text)
        except Refusal as why:
            report.problems.append(
                FileProblem(report.file, None, None, shown(raw), why, TEXTS, ref)
            )
            continue
        held = stored.get(key, "")
        # a text stored before texts were held to a cell comes back cut to the cell: unchanged
        if not text or text == held or (len(held) > MAX_CELL and held[:MAX_CELL] == text):
            continue
        out[key] = text
        title = part_title(key, session.catalogue)
        size = vi_format.number(len(text))
        if key in stored:
            before = vi_format.number(len(stored[key]))
            lines.append(f"Nội dung báo cáo, {title}: sửa ({before} → {size} ký tự)")
        else:
            lines.append(f"Nội dung báo cáo, {title}: mới ({size} ký tự)")
    if out:
        closed = unit_year_problem(unit, year, session.write_context({(unit, year)}))
        if closed is not None:  # a locked year, an approved unit: the texts cannot be kept
            told = told_reason(closed, session.catalogue)
            report.problems.append(FileProblem(report.file, None, None, None, told, TEXTS))
    return out
