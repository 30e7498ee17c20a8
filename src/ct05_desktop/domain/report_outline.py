"""The body of a report in the parts a Party report has (domain.md §7): I the office's
leadership and direction; II the results, topic by topic, each with the office's own
paragraph, then the figures of the unit as a whole, then those of its units, and for a
range the years one by one; III to VI the office's words. Pure data: the Word document
and the Tóm tắt sheet render these blocks.

A draft says on what each figure rests and marks each written part still empty with a
placeholder. A final report says the coverage once, in the opening, carries no note in
any sentence, and leaves out what is empty."""

from __future__ import annotations

from dataclasses import dataclass

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Section
from ct05_desktop.domain.commitment_words import commitments_sentence
from ct05_desktop.domain.narrative import Line
from ct05_desktop.domain.report_model import (
    HEADING,
    ITEM,
    NOTE,
    PARAGRAPH,
    PLACEHOLDER,
    SUBHEADING,
    Block,
    Report,
)
from ct05_desktop.domain.report_texts import PARTS_BY_KEY, RESULTS, paragraphs, topic_key

# topics that are not the business of a unit of that level: left out of its report rather
# than reported as missing (a chi bộ holds no citizen reception, no dialogue conference)
NOT_AT_LEVEL: dict[str, frozenset[str]] = {"cell": frozenset({"reception"})}

NO_FIGURES = "Chưa có số liệu tổng hợp."
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(frozen=True)
class Wording:
    """How the report speaks of its unit and of the units under it."""

    whole: str  # "Toàn Đảng bộ tỉnh"
    noun: str  # "đảng bộ trực thuộc", "tổ chức cơ sở đảng", "chi bộ"
    coverage: str  # "Đến thời điểm tổng hợp có 07/17 đảng bộ trực thuộc gửi báo cáo; …"


def applies(section: str, level: str) -> bool:
    """Whether a topic is one a unit of that level reports on."""
    return section not in NOT_AT_LEVEL.get(level, frozenset())


def sections_of(report: Report) -> list[Section]:
    """The topics of the report's unit: the year's form's sections that apply to its level."""
    level = report.top.level
    return [s for s in report.catalogue.sections if applies(s.code, level)]


def placeholder(what: str) -> Block:
    """'[Cần bổ sung: …]': a written part still empty, in a draft."""
    return Block(PLACEHOLDER, f"[Cần bổ sung: {what}]")


def compose(
    report: Report,
    wording: Wording,
    top_lines: list[Line],
    unit_lines: list[Line],
    trend_lines: list[Line],
) -> list[Block]:
    """The body: the opening, parts I to VI (those a final report has words or figures
    for), the appendix note, the closing."""
    final = report.final
    blocks = [Block(PARAGRAPH, _opening(report))]
    if final and wording.coverage:
        blocks.append(Block(PARAGRAPH, wording.coverage + "."))
    numerals = iter(ROMAN)
    for key in ("lanh_dao", RESULTS, "han_che", "bai_hoc", "phuong_huong", "kien_nghi"):
        if key == RESULTS:
            body = _results(report, wording, top_lines, unit_lines, trend_lines)
        elif key == "bai_hoc" and not report.is_range and not _text(report, key):
            body = []  # lessons are for a sơ kết; a year's report has them when written
        else:
            body = _written(report, key, _part_what(report, key))
        if key == "lanh_dao":
            body = _themes(report) + body
        if body:
            blocks.append(Block(HEADING, f"{next(numerals)}. {_part_heading(report, key)}"))
            blocks += body
    blocks.append(
        Block(NOTE, f"(Kèm theo {vi_format.count(report.appendices)} phụ lục số liệu chi tiết.)")
    )
    blocks.append(
        Block(PARAGRAPH, f"Trên đây là báo cáo của {report.speaker} {_closing(report)}./.")
    )
    return blocks


def _opening(report: Report) -> str:
    years, on = report.years, report.carried_out
    if report.is_range:
        count = vi_format.count(len(years))
        what = f"sơ kết {count} năm ({report.period_text()}) thực hiện {on.reported_short()}"
    else:
        what = f"kết quả thực hiện {on.reported_short()} trong năm {years[0]}"
    return f"Thực hiện {on.reported_on()}, {report.speaker} báo cáo {what} như sau:"


def _closing(report: Report) -> str:
    years, names = report.years, report.carried_out.names()
    if report.is_range:
        count = vi_format.count(len(years))
        return f"sơ kết {count} năm ({report.period_text()}) thực hiện {names}"
    return f"về kết quả thực hiện {names} trong năm {years[0]}"


def _themes(report: Report) -> list[Block]:
    """Part I opens with the themes of the years, when the office has typed them."""
    lines = report.carried_out.theme_lines()
    return [Block(PARAGRAPH, f"{line}.") for line in lines]


def _part_heading(report: Report, key: str) -> str:
    title = PARTS_BY_KEY[key].title.vi
    if key == "phuong_huong":
        title += " thời gian tới" if report.is_range else f" năm {report.years[-1] + 1}"
    return title.upper()


def _part_what(report: Report, key: str) -> str:
    """What a placeholder asks for: the part's title in running text."""
    title = PARTS_BY_KEY[key].title.vi
    return title[:1].lower() + title[1:]


def _text(report: Report, key: str) -> list[str]:
    return paragraphs(report.texts.get(key, ""))


def _written(report: Report, key: str, what: str) -> list[Block]:
    """A written part's paragraphs; in a draft, a placeholder when it has none."""
    said = _text(report, key)
    if said:
        return [Block(PARAGRAPH, p) for p in said]
    return [] if report.final else [placeholder(what)]


def _results(
    report: Report,
    wording: Wording,
    top_lines: list[Line],
    unit_lines: list[Line],
    trend_lines: list[Line],
) -> list[Block]:
    """II: the office's general paragraph, the notes on what the figures are, then each
    topic: its paragraph, the unit as a whole, its units; for a range, the years."""
    final = report.final
    out = [Block(PARAGRAPH, p) for p in _text(report, RESULTS)]
    if not final and wording.coverage:
        out.append(Block(NOTE, f"({wording.coverage}.)"))
    out += [Block(NOTE, f"({note})") for note in report.tree_notes]
    if report.is_range and top_lines:
        out.append(Block(NOTE, range_note(report, {line.topic for line in top_lines}, final)))
    if not final and not top_lines:
        out.append(Block(NOTE, "Chưa có số liệu trong kỳ báo cáo."))
    number = 0
    for section in sections_of(report):
        whole = [line for line in top_lines if line.topic == section.code]
        units = [line for line in unit_lines if line.topic == section.code]
        said = _text(report, topic_key(section.code))
        topic: list[Block] = [Block(PARAGRAPH, p) for p in said]
        if not said and not final:
            label = section.label_vi[:1].lower() + section.label_vi[1:]
            topic.append(placeholder(f"đánh giá chung về {label}"))
        for line in whole:
            if report.units:
                topic.append(Block(PARAGRAPH, line.body, f"{wording.whole}:"))
            else:
                topic.append(Block(PARAGRAPH, line.body[:1].upper() + line.body[1:]))
        if section.code == "registration":  # how the commitments registered ended
            ended = commitments_sentence(
                row for spec, rows in report.registers if spec.key == "commitments" for row in rows
            )
            if ended:
                topic.append(Block(PARAGRAPH, ended))
        if not whole and top_lines and not final:
            topic.append(Block(NOTE, NO_FIGURES if report.units else "Chưa có số liệu."))
        topic += [Block(ITEM, line.body, f"- {line.lead}:") for line in units]
        if final and not said and not whole and not units:
            continue  # nothing to say: a final report leaves the topic out
        number += 1
        out.append(Block(SUBHEADING, f"{number}. {section.label_vi}"))
        out += topic
    if trend_lines:
        number += 1
        out.append(
            Block(SUBHEADING, f"{number}. Một số chỉ tiêu qua các năm {report.period_text()}")
        )
        out += [Block(ITEM, line.body, f"- {line.lead}:") for line in trend_lines]
    return out


def range_note(report: Report, topics: set[str], final: bool = False) -> str:
    """What a range's figures are: stocks at the last year; a topic with figures in
    several years summed over them; a topic with one year's figures that year's (a draft
    says it as a gap, a final report as what the figures are)."""
    years, top = report.years, report.top.code
    summed: list[str] = []
    single: dict[int, list[str]] = {}
    value = report.figures.value
    for section in report.catalogue.sections:
        if section.code not in topics:
            continue
        indicators = report.catalogue.in_section(section.code)
        flows = [i.code for i in indicators if not i.is_stock]
        stocks = [i.code for i in indicators if i.is_stock]
        flow_years = [y for y in years if any(value(top, y, c) is not None for c in flows)]
        stock_years = [y for y in years if any(value(top, y, c) is not None for c in stocks)]
        label = section.label_vi[:1].lower() + section.label_vi[1:]
        if len(flow_years) > 1:
            summed.append(label)
        elif flow_years and set(stock_years) <= set(flow_years):
            single.setdefault(flow_years[0], []).append(label)
        elif flow_years:  # its totals are known in other years too: say which part
            single.setdefault(flow_years[0], []).append(f"{label} (trừ số tổ chức, số đảng viên)")
    parts = [f"số tổ chức cơ sở đảng, số đảng viên và các tỷ lệ tính theo số liệu năm {years[-1]}"]
    if summed:
        parts.append(f"cộng dồn các năm: {'; '.join(summed)}")
    for y, labels in sorted(single.items()):  # said as what they are, not as a gap
        said = "; ".join(labels)
        parts.append(f"{said}: số liệu năm {y}" if final else f"chỉ có số liệu năm {y}: {said}")
    return "(" + ". ".join(p[:1].upper() + p[1:] for p in parts) + ".)"
