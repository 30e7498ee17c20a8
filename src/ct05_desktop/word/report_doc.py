"""The Báo cáo as a Word document, laid out by Hướng dẫn 36-HD/VPTW (domain.md §7).

A4 portrait; margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman
throughout, body 14 pt with a first-line indent and 6 pt between paragraphs; the header
block in a borderless two-column table; page numbers at the top centre from page 2.
python-docx does the work; raw XML only where it has no API (document defaults, the
PAGE field, a table row kept on one page).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ct05_desktop.domain.progress import SAVING, WORD, Progress
from ct05_desktop.domain.report_model import (
    HEADING,
    ITEM,
    NOTE,
    PLACEHOLDER,
    SUBHEADING,
    Block,
    Report,
)
from ct05_desktop.files.output_file import replaced_on_success

FONT = "Times New Roman"
BODY_PT = 14
PROPERTY_MOST = 255  # the characters a document property holds


def write_document(report: Report, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the Báo cáo; progress(percent, step) is told as it goes."""
    if progress:
        progress(10, WORD)
    doc = Document()
    _page(doc)
    _fonts(doc)
    _header_block(doc, report)
    _title(doc, report)
    for block in report.blocks:
        _block(doc, block)
    _signature(doc, report)
    # a document property holds at most 255 characters (a unit named before names had a
    # limit may be longer): cut there, the document itself says the whole name
    doc.core_properties.title = report.subject()[:PROPERTY_MOST]
    doc.core_properties.author = report.top_name[:PROPERTY_MOST]
    if progress:
        progress(80, SAVING)
    path = Path(path)
    with replaced_on_success(path) as temporary:
        doc.save(str(temporary))
    return path


def _page(doc: DocumentType) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True  # no number on page 1
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(paragraph)


def _page_field(paragraph: Paragraph) -> None:
    """The PAGE field: python-docx has no API for fields."""
    run = paragraph.add_run()
    run.font.size = Pt(BODY_PT)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _fonts(doc: DocumentType) -> None:
    """Times New Roman 14 pt for every script, in the document defaults and Normal."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    for fonts in [] if rpr is None else rpr.findall(qn("w:rFonts")):
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
    for lang in [] if rpr is None else rpr.findall(qn("w:lang")):
        lang.set(qn("w:val"), "vi-VN")
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    rfonts = normal.element.rPr.rFonts
    for attr in ("w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), FONT)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(6)
    fmt.line_spacing = 1.0


def _borderless_table(doc: DocumentType, widths: tuple[float, float]) -> list[_Cell]:
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    cells = list(table.rows[0].cells)
    for column, cell, width in zip(table.columns, cells, widths, strict=True):
        column.width = cell.width = Mm(width)  # the grid (LibreOffice) and the cell (Word)
    return cells


def _line(
    cell: _Cell | DocumentType,
    text: str,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    first: bool = False,
) -> Paragraph:
    """A centred line of a header cell (the cell's first paragraph when first)."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    return paragraph


def _header_block(doc: DocumentType, report: Report) -> None:
    h = report.header
    left, right = _borderless_table(doc, (76, 89))  # issuer and date line on one line each
    _line(left, h.superior.upper(), first=True)
    _line(left, h.issuer.upper(), bold=True)
    _line(left, "*")
    _line(left, h.number_line())
    _line(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, bold=True, underline=True, first=True)
    _line(right, "")
    _line(right, "")
    _line(right, h.date_line(), italic=True)


def _title(doc: DocumentType, report: Report) -> None:
    title = _line(doc, "BÁO CÁO", 16, bold=True)
    title.paragraph_format.space_before = Pt(18)
    # a name is not broken over two lines
    subject = _line(
        doc, report.subject().replace("Bộ Chính trị", "Bộ\u00a0Chính\u00a0trị"), bold=True
    )
    subject.paragraph_format.left_indent = subject.paragraph_format.right_indent = Cm(1)
    _line(doc, "-----").paragraph_format.space_after = Pt(12)


def _block(doc: DocumentType, block: Block) -> None:
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Cm(1.27)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if block.kind == HEADING:
        fmt.space_before = Pt(6)
        fmt.keep_with_next = True
        paragraph.add_run(block.text).bold = True
        return
    if block.kind == SUBHEADING:
        fmt.keep_with_next = True
        paragraph.add_run(block.text).bold = True
        return
    if block.kind == PLACEHOLDER:  # a written part still empty: seen at a glance
        run = paragraph.add_run(block.text)
        run.italic = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return
    if block.lead:
        lead = paragraph.add_run(block.lead + " ")
        lead.italic = block.kind != ITEM
    run = paragraph.add_run(block.text)
    run.italic = block.kind == NOTE


def _signature(doc: DocumentType, report: Report) -> None:
    """'Nơi nhận' left, the signature right, kept on one page with the last paragraph."""
    h = report.header
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    doc.add_paragraph().paragraph_format.keep_with_next = True
    left, right = _borderless_table(doc, (80, 85))
    row = left._tc.getparent()
    properties = row.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    receivers = left.paragraphs[0]
    receivers.paragraph_format.space_after = Pt(0)
    run = receivers.add_run("Nơi nhận:")  # 36-HD: upright, underlined, 14 pt
    run.font.size = Pt(BODY_PT)
    run.underline = True
    for line in h.recipient_lines():
        paragraph = left.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(f"- {line}").font.size = Pt(12)
    _line(right, h.signer_role.upper(), bold=True, first=True)
    _line(right, h.signer_title.upper(), bold=True)
    for _ in range(4):  # room to sign
        _line(right, "")
    _line(right, h.signer_name, bold=True)
