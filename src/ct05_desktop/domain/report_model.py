"""One report, built once: the header, the text in blocks, the table rows, the checks.

The Word document and the Excel appendix both render this model, so they can never
disagree (ARCHITECTURE: one report model, two renderers). Pure data: no Excel, no Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.narrative import Line
from ct05_desktop.domain.orgs import Org
from ct05_desktop.domain.registers import RegisterSpec
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.summary_table import TableRow

HEADING = "heading"  # "I. KẾT QUẢ CHUNG TRONG TOÀN ĐẢNG BỘ TỈNH"
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


CHECK_ROWS = 10_000  # the check sheet's rows at most; beyond, a CSV beside lists them all
CHECK_COLUMNS = ("STT", "Đơn vị", "Năm", "Chỉ tiêu", "Nội dung cần rà soát", "Loại", "Thuộc")
CSV_COLUMNS = CHECK_COLUMNS[1:]

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
    trend_years: range = range(0)
    speaker: str = ""  # who reports, as the signature says: "Ban Thường vụ Tỉnh ủy Sơn La"
    total_shares: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    checks_file: str | None = None  # the CSV beside the workbook listing every warning
    tree_notes: list[str] = field(default_factory=list)  # what the tree's changes carry

    @property
    def is_range(self) -> bool:
        return len(self.years) > 1

    @property
    def top_name(self) -> str:
        return self.names.get(self.top.code, self.top.name)

    @property
    def appendices(self) -> int:
        """How many numbered appendix sheets the workbook has: the table, each register
        with rows, the years (the check sheet is the office's own, not sent)."""
        return 2 + len(self.registers)

    def period_text(self) -> str:
        if self.is_range:
            return f"{self.years[0]} - {self.years[-1]}"
        return str(self.years[0])

    def subject(self) -> str:
        if self.is_range:
            return (
                f"Sơ kết {vi_format.count(len(self.years))} năm thực hiện {DIRECTIVE} "
                f"({self.period_text()})"
            )
        return f"Kết quả thực hiện {DIRECTIVE} năm {self.period_text()}"

    def appendix_reference(self) -> str:
        """'(Kèm theo Báo cáo số    -BC/TU, ngày 05/01/2020 của Ban Thường vụ Tỉnh ủy Sơn La)'."""
        return f"(Kèm theo Báo cáo {self.header.document_ref()} của {self.speaker})"


@dataclass(frozen=True)
class Wording:
    """How the report speaks of its unit and of the units under it."""

    whole: str  # "Toàn Đảng bộ tỉnh"
    noun: str  # "đảng bộ trực thuộc", "tổ chức cơ sở đảng", "chi bộ"
    coverage: str  # "(Đến thời điểm tổng hợp có 07/17 đảng bộ trực thuộc gửi báo cáo; …)"


def compose(
    report: Report,
    wording: Wording,
    top_lines: list[Line],
    unit_lines: list[Line],
    trend_lines: list[Line],
) -> list[Block]:
    """The body of the report: opening, the unit as a whole, its units, the years, the
    closing. Section numerals only when there is more than one section."""
    years = report.years
    if report.is_range:
        what = (
            f"sơ kết {vi_format.count(len(years))} năm ({report.period_text()}) thực hiện Chỉ thị"
        )
        closing = f"{what} số 05-CT/TW của Bộ Chính trị"
    else:
        what = f"kết quả thực hiện Chỉ thị trong năm {years[0]}"
        closing = f"về kết quả thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị trong năm {years[0]}"
    blocks = [Block(PARAGRAPH, f"Thực hiện {DIRECTIVE}, {report.speaker} báo cáo {what} như sau:")]
    headings = [
        f"KẾT QUẢ CHUNG TRONG {wording.whole.upper()}" if report.units else "KẾT QUẢ THỰC HIỆN"
    ]
    if unit_lines:
        headings.append(f"KẾT QUẢ Ở CÁC {wording.noun.upper()}")
    if trend_lines:
        headings.append(f"MỘT SỐ CHỈ TIÊU QUA CÁC NĂM {report.period_text()}")
    numerals = iter(("I. ", "II. ", "III. ") if len(headings) > 1 else ("", "", ""))
    blocks.append(Block(HEADING, next(numerals) + headings[0]))
    if wording.coverage:
        blocks.append(Block(NOTE, wording.coverage))
    blocks += [Block(NOTE, f"({note})") for note in report.tree_notes]
    if report.is_range and top_lines:
        blocks.append(Block(NOTE, _range_note(report, {line.topic for line in top_lines})))
    blocks += [Block(PARAGRAPH, line.body, f"{line.lead}:") for line in top_lines]
    missing = [
        s.label_vi for s in report.catalogue.sections if s.code not in {x.topic for x in top_lines}
    ]
    if not top_lines:
        blocks.append(Block(NOTE, "Chưa có số liệu trong kỳ báo cáo."))
    elif missing:
        said = "; ".join(m[:1].lower() + m[1:] for m in missing)
        blocks.append(Block(NOTE, f"Các nội dung {said} chưa có số liệu tổng hợp."))
    if unit_lines:
        blocks.append(Block(HEADING, next(numerals) + headings[1]))
        for number, (title, lines) in enumerate(_by_topic(report.catalogue, unit_lines), 1):
            blocks.append(Block(SUBHEADING, f"{number}. {title}"))
            blocks += [Block(ITEM, line.body, f"- {line.lead}:") for line in lines]
    if trend_lines:
        blocks.append(Block(HEADING, next(numerals) + headings[-1]))
        blocks += [Block(ITEM, line.body, f"- {line.lead}:") for line in trend_lines]
    blocks.append(
        Block(NOTE, f"(Kèm theo {vi_format.count(report.appendices)} phụ lục số liệu chi tiết.)")
    )
    blocks.append(Block(PARAGRAPH, f"Trên đây là báo cáo của {report.speaker} {closing}./."))
    return blocks


def _range_note(report: Report, topics: set[str]) -> str:
    """What a range's figures are: stocks at the last year; a topic with figures in
    several years summed over them; a topic with one year's figures that year's."""
    years, top = report.years, report.top.code
    summed: list[str] = []
    single: dict[int, list[str]] = {}
    for section in report.catalogue.sections:
        if section.code not in topics:
            continue
        codes = [i.code for i in report.catalogue.in_section(section.code) if not i.is_stock]
        given = [
            y for y in years if any(report.figures.value(top, y, c) is not None for c in codes)
        ]
        label = section.label_vi[:1].lower() + section.label_vi[1:]
        if len(given) > 1:
            summed.append(label)
        elif given:
            single.setdefault(given[0], []).append(label)
    parts = [f"số tổ chức cơ sở đảng, số đảng viên và các tỷ lệ tính theo số liệu năm {years[-1]}"]
    if summed:
        parts.append(f"cộng dồn các năm: {'; '.join(summed)}")
    parts += [
        f"chỉ có số liệu năm {y}: {'; '.join(labels)}" for y, labels in sorted(single.items())
    ]
    return "(" + ". ".join(p[:1].upper() + p[1:] for p in parts) + ".)"


def _by_topic(catalogue: Catalogue, lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """The units' lines grouped under the catalogue's sections, in unit order within each."""
    out = []
    for section in catalogue.sections:
        kept = [line for line in lines if line.topic == section.code]
        if kept:
            out.append((section.label_vi, kept))
    return out
