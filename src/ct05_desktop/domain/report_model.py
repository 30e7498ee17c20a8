"""One report, built once: the header, the text in blocks, the table rows, the checks.

The Word document and the Excel appendix both render this model, so they can never
disagree (ARCHITECTURE: one report model, two renderers). Pure data: no Excel, no Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.narrative import Line
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import RegisterSpec
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.summary_table import TableRow

HEADING = "heading"  # "I. KẾT QUẢ CHUNG TOÀN ĐẢNG BỘ TỈNH"
SUBHEADING = "subheading"  # "1. Đăng ký làm theo"
PARAGRAPH = "paragraph"  # indented body text
ITEM = "item"  # "- Huyện ủy Thuận Châu: …"
NOTE = "note"  # italic: coverage, "no figures yet"

DIRECTIVE = (
    "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
)


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    lead: str = ""  # set in bold before the text ("Huyện ủy Thuận Châu:")

    @property
    def full_text(self) -> str:
        return f"{self.lead} {self.text}" if self.lead else self.text


@dataclass(frozen=True)
class WarningRow:
    unit: str
    year: int
    indicator: str
    text: str


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
    trend_years: range = range(0)

    @property
    def is_range(self) -> bool:
        return len(self.years) > 1

    @property
    def top_name(self) -> str:
        return self.names.get(self.top.code, self.top.name)

    def period_text(self) -> str:
        if self.is_range:
            return f"{self.years[0]}–{self.years[-1]}"
        return str(self.years[0])

    def subject(self) -> str:
        if self.is_range:
            return f"Sơ kết {len(self.years)} năm thực hiện {DIRECTIVE} ({self.period_text()})"
        return f"Kết quả thực hiện {DIRECTIVE} năm {self.period_text()}"

    def appendix_caption(self, number: int) -> str:
        """'Phụ lục 1 (Kèm theo Báo cáo số    -BC/TU, ngày 05/01/2020 của Tỉnh ủy Sơn La)'."""
        return (
            f"Phụ lục {number} (Kèm theo Báo cáo {self.header.document_ref()} của {self.top_name})"
        )


def compose(
    report: Report,
    whole: str,
    coverage: str,
    top_lines: list[Line],
    unit_lines: list[Line],
    trend_lines: list[Line],
) -> list[Block]:
    """The body of the report: opening, the unit as a whole, its units, the years."""
    period = (
        f"{len(report.years)} năm {report.period_text()}"
        if report.is_range
        else (f"năm {report.period_text()}")
    )
    blocks = [
        Block(
            PARAGRAPH,
            f"Thực hiện {DIRECTIVE}, {report.top_name} báo cáo kết quả thực hiện {period} như sau:",
        )
    ]
    numerals = iter(("I", "II", "III", "IV"))
    if report.units:
        blocks.append(Block(HEADING, f"{next(numerals)}. KẾT QUẢ CHUNG {whole.upper()}"))
        if coverage:
            blocks.append(Block(NOTE, coverage))
    else:
        blocks.append(Block(HEADING, f"{next(numerals)}. KẾT QUẢ THỰC HIỆN"))
    blocks += [Block(PARAGRAPH, line.body, f"{line.lead}:") for line in top_lines]
    if not top_lines:
        blocks.append(Block(NOTE, "Chưa có số liệu trong kỳ báo cáo."))
    if unit_lines:
        blocks.append(Block(HEADING, f"{next(numerals)}. KẾT QUẢ Ở CÁC ĐƠN VỊ"))
        for number, (title, lines) in enumerate(_by_topic(report.catalogue, unit_lines), 1):
            blocks.append(Block(SUBHEADING, f"{number}. {title}"))
            blocks += [Block(ITEM, line.body, f"- {line.lead}:") for line in lines]
    if trend_lines:
        blocks.append(Block(HEADING, f"{next(numerals)}. SO SÁNH QUA CÁC NĂM"))
        blocks += [Block(ITEM, line.body, f"- {line.lead}:") for line in trend_lines]
    detail = "của từng đơn vị, " if report.units else ""
    blocks.append(
        Block(
            NOTE,
            f"Số liệu chi tiết {detail}các sổ ghi chép và các điểm cần kiểm tra trong số liệu "
            "ở các phụ lục kèm theo.",
        )
    )
    return blocks


def _by_topic(catalogue: Catalogue, lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The units' lines grouped under the catalogue's sections, in unit order within each."""
    out = []
    for section in catalogue.sections:
        kept = [line for line in lines if line.topic == section.code]
        if kept:
            out.append((section.label_vi, kept))
    return out
