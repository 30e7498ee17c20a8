"""One report, built once: the header, the text in blocks, the table rows, the checks.

The Word document and the Excel appendix both render this model, so they can never
disagree (ARCHITECTURE: one report model, two renderers). Pure data: no Excel, no Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import RegisterSpec
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.report_subject import Subjects, subjects_of
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.summary_table import TableRow

HEADING = "heading"  # "I. KẾT QUẢ CHUNG TRONG TOÀN ĐẢNG BỘ TỈNH"
SUBHEADING = "subheading"  # "1. Đăng ký làm theo"
PARAGRAPH = "paragraph"  # indented body text
ITEM = "item"  # "- Huyện ủy Thuận Châu: …"
NOTE = "note"  # italic: coverage, "no figures yet"
PLACEHOLDER = "placeholder"  # "[Cần bổ sung: …]", highlighted: a written part still empty


def reported_on(years: range) -> str:
    """The document(s) a report of these years carries out, as shipped (the Directive
    through 2020, the Conclusion from 2021, both for a period spanning the two)."""
    return subjects_of(years).reported_on()


def reported_short(years: range) -> str:
    """The same, named short: 'Chỉ thị', 'Kết luận', 'Chỉ thị và Kết luận'."""
    return subjects_of(years).reported_short()


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    lead: str = (
        ""  # what the text is about, before it: "- Huyện ủy Thuận Châu:", "Đăng ký làm theo:"
    )

    @property
    def full_text(self) -> str:
        return f"{self.lead} {self.text}" if self.lead else self.text


@dataclass(frozen=True)
class WarningRow:
    unit: str
    year: int
    indicator: str
    text: str
    kind: str = ""  # what kind of disagreement, in words (WARNING_KINDS)
    branch: str = ""  # the unit directly under the report's unit it belongs to (or that unit)


CHECK_ROWS = 10_000  # a draft's check sheet's rows at most; beyond, the check file lists all
CHECK_COLUMNS = ("STT", "Đơn vị", "Năm", "Chỉ tiêu", "Nội dung cần rà soát", "Loại", "Thuộc")

# the kinds of a check, in the order the check sheets count them
WARNING_KINDS = {
    "children_differ": "Khác tổng các đơn vị trực thuộc",
    "total_differs_parts": "Khác tổng các thành phần",
    "register_differs": "Khác danh sách chi tiết",
    "jump": "Tăng, giảm bất thường so với năm trước",
    "own_row": "Dòng “Số liệu chung”",
}


@dataclass
class Report:
    header: ReportHeader
    top: Org
    years: range
    figures: Figures
    catalogue: Catalogue
    names: dict[str, str]  # org code → name valid in the period
    units: list[Org]  # directly under the top, alive in some year of the period
    blocks: list[Block] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    warnings: list[WarningRow] = field(default_factory=list)
    registers: list[tuple[RegisterSpec, list[dict[str, Any]]]] = field(default_factory=list)
    # a register row's unit deeper than the units under the top: the one of those it is in
    within: dict[tuple[str, int], str] = field(default_factory=dict)
    trend_years: range = range(0)
    speaker: str = ""  # who reports, as the signature says: "Ban Thường vụ Tỉnh ủy Sơn La"
    total_shares: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    checks_file: str | None = None  # the CSV beside the workbook listing every warning
    tree_notes: list[str] = field(default_factory=list)  # what the tree's changes carry
    final: bool = False  # the report an office signs: no caveat in the text (domain.md §7)
    texts: dict[str, str] = field(default_factory=dict)  # the unit's written parts, by part
    years_sheet: bool = True  # the appendix has 'Qua các năm' (some figure to show by year)
    subjects: Subjects | None = None  # what the years carry out, their themes (None: defaults)

    @property
    def is_range(self) -> bool:
        return len(self.years) > 1

    @property
    def top_name(self) -> str:
        return self.names.get(self.top.code, self.top.name)

    @property
    def appendices(self) -> int:
        """How many numbered appendix sheets the workbook has: the table, each register
        with rows, the years when there are figures to show by year (the check sheets are
        the office's own, not sent)."""
        return 1 + len(self.registers) + int(self.years_sheet)

    def period_text(self) -> str:
        if self.is_range:
            return f"{self.years[0]} - {self.years[-1]}"
        return str(self.years[0])

    @property
    def carried_out(self) -> Subjects:
        return self.subjects or subjects_of(self.years)

    def subject(self) -> str:
        on = self.carried_out.reported_on()
        if self.is_range:
            count = vi_format.count(len(self.years))
            return f"Sơ kết {count} năm thực hiện {on} ({self.period_text()})"
        return f"Kết quả thực hiện {on} năm {self.period_text()}"

    def appendix_reference(self) -> str:
        """'(Kèm theo Báo cáo số    -BC/TU, ngày 05/01/2020 của Ban Thường vụ Tỉnh ủy Sơn La)'."""
        return f"(Kèm theo Báo cáo {self.header.document_ref()} của {self.speaker})"
