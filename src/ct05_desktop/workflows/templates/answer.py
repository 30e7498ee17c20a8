"""Answering the superior's template from one's own data (domain.md §9: `ct05 answer TEMPLATE
--as CODE --out FILLED`, Tệp → Trả lời mẫu của cấp trên…). The template names a unit of
the superior's tree; CODE is the unit of this database's tree that it is (asked the first
time, then remembered). The answer holds that unit's one figure per indicator of the
template's form (entered, or rolled up from its units), its subtree's register rows of
the year (under the template's unit), and its written parts where they exist. The signed
part is untouched: the superior's program imports the file as from that unit.

The template's form may differ from this database's form of the year: the preview says
how, and the office may take the template's form as its own for that year. An indicator
this database has no figure for stays as the template has it, and is listed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.form_changes import FormDiff, diff
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.rollup import Figures
from ct05_desktop.domain.sources import Source
from ct05_desktop.excel.templates.answer import (
    Filled,
    add_register_rows,
    fill_figures,
    fill_texts,
    template_codes,
)
from ct05_desktop.excel.templates.reader import open_template, read_template
from ct05_desktop.files.output_file import replaced_on_success
from ct05_desktop.workflows.form_change import change_form
from ct05_desktop.workflows.session import Session

REMEMBERED = "answer_as:"  # a setting per template unit: the unit of this tree it is


@dataclass
class Answer:
    """What an answer holds, or would hold (a preview)."""

    template_unit: str
    year: int
    unit: str = ""  # the unit of this tree answering ("": not known yet)
    unit_name: str = ""
    form: Catalogue | None = None  # the template's form (None: written before forms by year)
    differs: FormDiff | None = None  # the template's form against this database's
    missing: list[str] = field(default_factory=list)  # indicator labels with no figure
    # a part above its whole in this database's roll-up (units that gave only the part):
    # the part sent is that of the units that gave both, so that the superior can import it
    conflicts: list[str] = field(default_factory=list)
    filled: Filled = field(default_factory=Filled)
    out: Path | None = None


def template_unit(template: Path | str) -> tuple[str, int]:
    """The unit code (of the superior's tree) and the year a template is for; refused in
    words when the file is not one of the program's templates."""
    with open_template(template) as book:
        return book.meta.get("unit", ""), int(book.meta.get("year", "0"))


def remembered_unit(session: Session, template_unit: str) -> str | None:
    return session.repo.setting(REMEMBERED + template_unit)


def answer_template(
    session: Session,
    template: Path | str,
    as_code: str | None,
    out: Path | str | None,
    source: Source,
    take_form: bool = False,
) -> Answer:
    """Fill the template from this database (out None: only say what it would hold).
    take_form: first make the template's form this database's form of its year."""
    template = Path(template)
    unit, year = template_unit(template)
    filled = read_template(template)  # its form, and whether its form sheet is intact
    edited = [p for p in filled.problems if p.code == "template_form_edited"]
    if edited:
        raise edited[0].reason
    answer = Answer(unit, year, form=filled.form)
    code = as_code or remembered_unit(session, answer.template_unit)
    if not code:
        raise Refusal("answer_needs_unit", unit=answer.template_unit)
    tree = session.tree()
    if code not in tree:
        raise Refusal("unknown_unit", org=code)
    if not tree[code].exists_in(year):
        raise Refusal("answer_unit_not_in_year", name=tree[code].name, year=year)
    answer.unit, answer.unit_name = code, tree.name_in(code, year)
    mine = session.catalogue_of(year)
    theirs = None if answer.form is None else _with_sections(session, answer.form, year)
    if theirs is not None:
        answer.differs = diff(mine, theirs)
    with session.reading():
        figures = session.figures([year], under=code)
        values, rows, texts = _own_data(session, figures, code, year)
        answer.conflicts = _parts_within_wholes(figures, code, year, theirs or mine, values)
    if out is None:
        _count(template, answer, values, rows, texts)
    else:
        with session.writing():  # the form taken (if asked) and the file written, or neither
            if take_form and theirs is not None and answer.differs and not answer.differs.empty:
                change_form(session, year, theirs, source, dry_run=True)  # refused here, first
            answer.out = _write(template, Path(out), answer, values, rows, texts)
            if take_form and theirs is not None and answer.differs and not answer.differs.empty:
                change_form(session, year, theirs, source)
            session.repo.set_setting(REMEMBERED + answer.template_unit, code)
    form = answer.form or mine
    answer.missing = [i.label_vi for i in form.indicators if values.get(i.code) is None]
    return answer


def _parts_within_wholes(
    figures: Figures, code: str, year: int, form: Catalogue, values: dict[str, int | None]
) -> list[str]:
    """A part rolled up above its whole (some units gave the part only) is sent as the part
    of the units that gave both (as the report's shares take it), or empty when none did;
    each said: 'Tổ chức … đăng ký: 235 > Tổng số … 222, gửi 210'."""
    out = []
    for indicator in form.indicators:
        whole = indicator.whole
        part, total = values.get(indicator.code), values.get(whole or "")
        if whole is None or part is None or total is None or part <= total:
            continue
        pair = figures.paired(code, range(year, year + 1), indicator.code, whole)
        sent = None if pair is None else min(pair[0], total)
        values[indicator.code] = sent
        named = form[whole].label_vi if whole in form else whole
        out.append(
            f"{indicator.label_vi} {part} > {named} {total}: gửi "
            + ("để trống" if sent is None else f"{sent} (các đơn vị báo cáo đủ cả hai số)")
        )
    return out


def _with_sections(session: Session, form: Catalogue, year: int) -> Catalogue:
    """The template's indicators with this database's sections of the year."""
    return Catalogue(session.catalogue_of(year).sections, form.indicators)


def _own_data(
    session: Session, figures: Figures, code: str, year: int
) -> tuple[dict[str, int | None], dict[str, list[dict[str, object]]], dict[str, str]]:
    """The unit's figure of each indicator of its year's form, its subtree's register
    rows of the year, its written parts."""
    tree = session.tree()
    values: dict[str, int | None] = {
        c: figures.value(code, year, c) for c in session.catalogue_of(year).codes
    }
    under = {o.code for o in tree.subtree(code, year)}
    rows = {
        spec.key: [r for r in session.registers.rows(spec.key, year=year) if r["org_code"] in under]
        for spec in REGISTERS
    }
    return values, rows, session.texts.texts(code, year)


def _write(
    template: Path,
    out: Path,
    answer: Answer,
    values: dict[str, int | None],
    rows: dict[str, list[dict[str, object]]],
    texts: dict[str, str],
) -> Path:
    wb = openpyxl.load_workbook(template)
    _fill(wb, answer, values, rows, texts)
    with replaced_on_success(out) as temporary:
        wb.save(temporary)
    return out


def _count(
    template: Path,
    answer: Answer,
    values: dict[str, int | None],
    rows: dict[str, list[dict[str, object]]],
    texts: dict[str, str],
) -> None:
    """A preview: what the answer would hold, the file not written."""
    _fill(openpyxl.load_workbook(template), answer, values, rows, texts)


def _fill(
    wb: openpyxl.Workbook,
    answer: Answer,
    values: dict[str, int | None],
    rows: dict[str, list[dict[str, object]]],
    texts: dict[str, str],
) -> None:
    try:
        fill_figures(wb, answer.template_unit, values, answer.filled)
    except KeyError:
        raise Refusal("answer_no_unit_row", unit=answer.template_unit) from None
    try:
        add_register_rows(wb, answer.template_unit, rows, answer.filled)
    except OverflowError as full:
        raise Refusal("answer_register_full", register=str(full)) from None
    fill_texts(wb, texts, answer.filled)
    codes = set(template_codes(wb))
    for code in list(values):
        if code not in codes:
            values.pop(code)  # an indicator of mine the template lacks: not sent
