"""The change log in words, as a clerk reads it: each audit entry (storage/audit_log.py)
told with the names the window uses (the registers' and their fields' labels, the
indicators', the units'), one field a line, figures and dates written the Vietnamese way,
the source in words with the file's name only. In the window's language (vi or en)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.messages import label
from ct05_desktop.domain.org_records import unit_from_record
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusal_words import LEVELS
from ct05_desktop.domain.registers import (
    REGISTERS_BY_KEY,
    RegisterSpec,
    format_time_vi,
    row_name,
    shown_value,
)
from ct05_desktop.domain.report_header import FIELD_NAMES, FIELDS
from ct05_desktop.domain.report_texts import part_title
from ct05_desktop.domain.sources import Source, base_name
from ct05_desktop.domain.status import STATUS_APPROVED, STATUS_COMPLETE
from ct05_desktop.domain.wording import Words

ACTIONS = Words.pairs(
    "change log actions",
    {  # an audit action: (Vietnamese, English)
        "value": ("sửa số liệu", "figure changed"),
        "comment": ("sửa ghi chú", "comment changed"),
        "status": ("đổi tình trạng", "status changed"),
        "register_add": ("thêm dòng sổ", "register row added"),
        "register_edit": ("sửa dòng sổ", "register row changed"),
        "register_delete": ("xóa dòng sổ", "register row deleted"),
        "org": ("sửa đơn vị", "unit changed"),
        "org_added": ("thêm đơn vị", "unit added"),
        "org_new": ("thêm đơn vị", "unit added"),
        "rename": ("đổi tên đơn vị", "unit renamed"),
        "org_move": ("chuyển đơn vị", "unit moved"),
        "org_follow": ("chuyển theo đơn vị sáp nhập", "unit moved with its merged parent"),
        "org_merge": ("sáp nhập, hợp nhất đơn vị", "unit merged"),
        "org_dissolve": ("giải thể đơn vị", "unit dissolved"),
        "lock": ("chốt năm", "year locked"),
        "unlock": ("mở lại năm", "year unlocked"),
        "report_header": ("sửa phần đầu báo cáo", "report header changed"),
        "report_text": ("sửa nội dung báo cáo", "report text changed"),
        "restore": ("khôi phục bản sao lưu", "backup restored"),
        "report_issued": ("lưu báo cáo đã gửi", "report kept as sent"),
        "report_subject": ("sửa văn bản, chuyên đề năm của báo cáo", "report subject changed"),
        "report_term": ("sửa chuyên đề toàn khóa", "whole-term theme changed"),
        "form_changed": ("đổi biểu mẫu báo cáo từ năm này", "report form changed from the year"),
        "result_scale_changed": (
            "đổi thang đánh giá kết quả đăng ký làm theo",
            "year-end result scale changed",
        ),
    },
)

_WORDS = Words.pairs(
    "change log words",
    {
        "blank": ("(để trống)", "(blank)"),
        "default": ("(mặc định)", "(default)"),
        "comment": ("Ghi chú", "Comment"),
        "status": ("Tình trạng số liệu", "Status of the figures"),
        "not_marked": ("chưa đánh dấu", "not marked"),
        STATUS_COMPLETE: ("đã hoàn thành", "completed"),
        STATUS_APPROVED: ("đã duyệt", "approved"),
        "year_figures": ("Số liệu năm {0}", "The {0} figures"),
        "open": ("đang mở", "open"),
        "locked": ("đã chốt", "locked"),
        "units": ("Danh mục tổ chức", "The units"),
        "name_from": ("Tên đơn vị từ năm {0}", "The unit's name from {0}"),
        "parent_from": ("Trực thuộc từ năm {0}", "Under from {0}"),
        "report_header": ("Phần đầu báo cáo", "Report header"),
        "report_issued": ("Báo cáo số", "Report no."),
        "all_data": ("Toàn bộ dữ liệu", "All the data"),
        "kept_in": ("dữ liệu cũ lưu ở {0}", "old data kept in {0}"),
        "restored_from": ("bản sao lưu {0}", "backup {0}"),
        "from_year": ("từ năm {0}", "from {0}"),
        "added": ("Thêm: {0}", "Added: {0}"),
        "deleted": ("Xóa: {0}", "Deleted: {0}"),
    },
)

# the fields of a unit (domain.md §2), in the order the words list them
_ORG_FIELDS = Words.pairs(
    "unit fields",
    {
        "code": ("Mã", "Code"),
        "name": ("Tên", "Name"),
        "level": ("Cấp", "Level"),
        "parent_code": ("Trực thuộc", "Under"),
        "valid_from": ("Hoạt động từ năm", "From year"),
        "valid_to": ("Hoạt động đến năm", "To year"),
        "successor_code": ("Đơn vị kế thừa", "Successor"),
    },
)

ARROW = " → "


def _w(key: str, lang: str) -> str:
    return _WORDS.text(key, lang)


@dataclass(frozen=True)
class Names:
    """What the words name things by: the indicators, the units, and the register rows
    that entries of edits are about (by the entry's id: the row as it is now, or as it
    was when deleted)."""

    catalogue: Catalogue
    tree: OrgTree
    rows: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)

    def unit(self, code: str | None, year: int | None = None) -> str:
        if not code:
            return ""
        return self.tree.name_in(code, year) if code in self.tree else code


@dataclass(frozen=True)
class AuditLine:
    """One entry of the change log as the window shows it; the tips say it in full."""

    at: str
    who: str
    action: str
    unit: str
    year: str
    what: str
    old: str
    new: str
    source: str
    change: str = ""  # every changed field, a line each: 'Lĩnh vực: Xây dựng Đảng → …'
    source_full: str = ""  # the file's name as stored, with its fingerprint
    at_full: str = ""

    def tip(self, column: str) -> str:
        """The tooltip of a column: the whole change for the values, all of the rest."""
        if column in ("old", "new"):
            return self.change or str(getattr(self, column))
        if column == "source":
            return self.source_full or self.source
        if column == "at":
            return self.at_full or self.at
        return str(getattr(self, column))


@dataclass(frozen=True)
class _Said:
    what: str
    old: str = ""
    new: str = ""
    change: str = ""
    action: str = ""  # when not the entry's own


def audit_line(entry: Mapping[str, Any], names: Names, lang: str = "vi") -> AuditLine:
    """An audit entry (a row of the audit table) in words."""
    action = str(entry.get("action") or "")
    said = _tell(action, entry, names, lang)
    source = Source.parse(entry.get("source"))
    year = entry.get("year")
    at = str(entry.get("at") or "")
    return AuditLine(
        at=format_time_vi(at),
        who=str(entry.get("who") or ""),
        action=action_words(said.action or action, lang),
        unit=names.unit(entry.get("org_code"), year),
        year="" if year is None else str(year),
        what=said.what,
        old=said.old,
        new=said.new,
        source=source.words(lang),
        change=said.change,
        source_full=source.full_words(lang),
        at_full=format_time_vi(at, seconds=True),
    )


def action_words(action: str, lang: str = "vi") -> str:
    return ACTIONS.text_or(action, lang, action)


def _tell(action: str, entry: Mapping[str, Any], names: Names, lang: str) -> _Said:
    old, new = entry.get("old"), entry.get("new")
    if action in ("value", "comment"):
        what = label(names.catalogue, entry.get("indicator"), lang)
        shown = _figure if action == "value" else _text
        return _pair(what, shown(old), shown(new), lang)
    if action.startswith("register_"):
        return _register(action, entry, names, lang)
    if action == "status":
        return _pair(_w("status", lang), _status(old, lang), _status(new, lang), lang)
    if action in ("lock", "unlock"):
        what = _w("year_figures", lang).format(entry.get("year"))
        return _pair(
            what, _w("locked" if old else "open", lang), _w("locked" if new else "open", lang), lang
        )
    year = entry.get("year")
    if action in ("rename", "org_move", "org_follow") and _is_record(new) and year is not None:
        field = "name" if action == "rename" else "parent_code"
        what = _w("name_from" if action == "rename" else "parent_from", lang).format(year)
        before, after = (_in_year(_org_fields(v), field, int(year)) for v in (old, new))
        if field == "parent_code":
            before, after = names.unit(before, int(year)), names.unit(after, int(year))
        return _pair(what, before, after, lang)
    if action == "rename":  # as kept before units had periods: the names themselves
        what = _w("name_from", lang).format(year)
        return _pair(what, _text(old), _text(new), lang)
    if action.startswith("org"):
        return _org(old, new, names, lang)
    if action == "report_header":
        return _header(old, new, lang)
    if action == "report_text":
        part = str(entry.get("indicator") or "")
        try:
            what = part_title(part, names.catalogue, lang)
        except (KeyError, ValueError, IndexError):  # a part of a form no longer there
            what = part
        return _pair(what, _text(old), _text(new), lang)
    if action == "report_issued":  # "45-BC/HU, 15/12/2019, 2019"
        return _pair(_w("report_issued", lang), "", _text(new), lang)
    if action == "restore":
        kept = _w("kept_in", lang).format(base_name(str(old))) if old else ""
        taken = _w("restored_from", lang).format(base_name(str(new))) if new else ""
        full = [_w("kept_in", lang).format(old)] if old else []
        return _Said(_w("all_data", lang), kept, taken, "\n".join([*full, taken]))
    return _Said(str(entry.get("register") or entry.get("indicator") or ""), _text(old), _text(new))


def _pair(what: str, old: str, new: str, lang: str) -> _Said:
    """A single value changed: the values as they are, the change as a sentence."""
    blank = _w("blank", lang)
    return _Said(what, old, new, f"{what}: {old or blank}{ARROW}{new or blank}")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _figure(value: object) -> str:
    text = _text(value)
    return vi_format.number(int(text)) if text.isdecimal() else text


def _status(value: object, lang: str) -> str:
    key = str(value) if value in (STATUS_COMPLETE, STATUS_APPROVED) else "not_marked"
    return _w(key, lang)


def stored_dict(value: object) -> dict[str, Any]:
    """A dict stored as JSON ({} when there is none or it is not one)."""
    try:
        found = json.loads(str(value)) if value else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _register(action: str, entry: Mapping[str, Any], names: Names, lang: str) -> _Said:
    """A register row added, changed or deleted: which row (in the 'what'), its fields
    (added or deleted) or the fields changed, by their labels."""
    spec = REGISTERS_BY_KEY.get(str(entry.get("register")))
    if spec is None:
        return _Said(
            str(entry.get("register") or ""), _text(entry.get("old")), _text(entry.get("new"))
        )
    old, new = stored_dict(entry.get("old")), stored_dict(entry.get("new"))
    if action == "register_edit":
        row = names.rows.get(int(entry["id"])) if entry.get("id") is not None else None
        which = row_name(spec, row or {**old, **new}, lang)
        what = f"{spec.label(lang)}: {which}" if which else spec.label(lang)
        fields = {f.name: f for f in spec.fields}

        def said(name: str, value: object) -> str:
            return shown_value(fields[name], value, lang) if name in fields else _text(value)

        changed = [
            (fields[n].label(lang) if n in fields else n, said(n, old.get(n)), said(n, new.get(n)))
            for n in _in_order(spec, [*old, *new])
        ]
        return _fields(what, changed, _w("blank", lang))
    values = new if action == "register_add" else old
    which = row_name(spec, values, lang)
    what = f"{spec.label(lang)}: {which}" if which else spec.label(lang)
    every = _lines(spec, values, lang)
    rest = _lines(spec, values, lang, skip=spec.naming) or every
    added = action == "register_add"
    told = "\n".join([_w("added" if added else "deleted", lang).format(which), *every])
    shown = "\n".join(rest)
    return _Said(what, "" if added else shown, shown if added else "", told)


def _in_order(spec: RegisterSpec, names: list[str]) -> list[str]:
    """The field names in the register's order, unknown ones after (each once)."""
    known = [f.name for f in spec.fields if f.name in names]
    return known + sorted({n for n in names if n not in known})


def _lines(
    spec: RegisterSpec, values: Mapping[str, Any], lang: str, skip: tuple[str, ...] = ()
) -> list[str]:
    """'Label: value' for each field of the row that holds something."""
    return [
        f"{fld.label(lang)}: {shown_value(fld, values[fld.name], lang)}"
        for fld in spec.fields
        if fld.name not in skip and values.get(fld.name) not in (None, "")
    ]


def _org(old: object, new: object, names: Names, lang: str) -> _Said:
    """A unit added (every field) or changed (the fields changed), as its JSON records."""
    before, after = _org_fields(old), _org_fields(new)

    def shown(name: str, value: object) -> str:
        if value is None or value == "":
            return ""
        if name == "level":
            return LEVELS.text_or(str(value), lang, str(value))
        if name in ("parent_code", "successor_code"):
            return names.unit(str(value))
        return str(value)

    blank = _w("blank", lang)
    if not before:
        lines = [
            f"{_ORG_FIELDS.text(name, lang)}: {shown(name, after.get(name))}"
            for name in _ORG_FIELDS.vi
            if shown(name, after.get(name))
        ]
        told = "\n".join([_w("added", lang).format(after.get("name", "")), *lines])
        return _Said(_w("units", lang), "", "\n".join(lines), told, action="org_added")
    timed = "periods" in before or "periods" in after  # name and parent told by year
    changed = [
        (_ORG_FIELDS.text(name, lang), shown(name, before.get(name)), shown(name, after.get(name)))
        for name in _ORG_FIELDS.vi
        if not (timed and name in ("name", "parent_code"))
    ]
    if timed:
        for name in ("name", "parent_code"):
            title = _ORG_FIELDS.text(name, lang)
            for start in _starts(before, name) | _starts(after, name):
                a, b = (shown(name, _in_year(side, name, start)) for side in (before, after))
                label = f"{title} ({_w('from_year', lang).format(start)})" if start else title
                changed.append((label, a, b))
    return _fields(_w("units", lang), [c for c in changed if c[1] != c[2]], blank)


def _is_record(value: object) -> bool:
    return isinstance(value, str) and value.startswith("{")


def _in_year(record: Mapping[str, Any], name: str, year: int) -> Any:
    """The unit's name or parent in year, as a change log entry keeps it."""
    return getattr(unit_from_record(record).in_year(year), name)


def _starts(record: Mapping[str, Any], name: str) -> set[int]:
    """The years from which the unit's name (or parent) changes, 0 for its first."""
    if not record:
        return set()
    unit = unit_from_record(record)
    return {start for start, _ in (unit.names() if name == "name" else unit.parents())}


def _org_fields(text: object) -> dict[str, Any]:
    """The fields of a unit as the change log keeps them (JSON, migration 0017); {} when
    there is none."""
    return stored_dict(text) if text else {}


def _header(old: object, new: object, lang: str) -> _Said:
    """The report header's fields that changed; a field not stored is the default."""
    before, after = stored_dict(old), stored_dict(new)
    changed = []
    for name in FIELDS:
        a, b = ("; ".join(str(side.get(name) or "").splitlines()) for side in (before, after))
        if a != b:
            title = FIELD_NAMES.text(name, lang)
            changed.append((title[:1].upper() + title[1:], a, b))
    return _fields(_w("report_header", lang), changed, _w("default", lang))


def _fields(what: str, changed: list[tuple[str, str, str]], empty: str) -> _Said:
    """Fields changed, (label, old, new) each: 'Label: old' a line in the old values,
    'Label: new' in the new, 'Label: old → new' in the change (empty for nothing)."""
    return _Said(
        what,
        "\n".join(f"{label}: {a or empty}" for label, a, _b in changed),
        "\n".join(f"{label}: {b or empty}" for label, _a, b in changed),
        "\n".join(f"{label}: {a or empty}{ARROW}{b or empty}" for label, a, b in changed),
    )
