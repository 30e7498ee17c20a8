"""Issues written out as sentences, in Vietnamese (the default) or English.

Each sentence names the unit, the year, the field and the value.
"""

from __future__ import annotations

from collections.abc import Mapping

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.catalogue import Catalogue
from ct05_desktop.domain.checks.figure_rules import Issue
from ct05_desktop.domain.form_years import span_words
from ct05_desktop.domain.orgs import OrgTree
from ct05_desktop.domain.refusal_words import WHOLE_NUMBERS_EN, WHOLE_NUMBERS_VI
from ct05_desktop.domain.refusals import Phrase, Told, in_lang
from ct05_desktop.domain.wording import Words

_VI = {
    "not_whole_number": "{quoted}không hợp lệ: " + WHOLE_NUMBERS_VI,
    "unknown_org": "không có đơn vị mã '{org}' trong danh mục tổ chức đảng",
    "unknown_indicator": "không có chỉ tiêu mã '{indicator}'",
    "bad_year": "năm {year} nằm ngoài khoảng {min_year}–{max_year}",
    "not_in_form": (
        "chỉ tiêu không có trong biểu mẫu năm {year} (chỉ tiêu này có trong biểu mẫu các năm: "
        "{form_years})"
    ),
    "org_not_in_year": "đơn vị không hoạt động trong năm {year} (thời gian hoạt động: {span})",
    "year_locked": "năm {year} đã chốt số liệu, không sửa được",
    "unit_approved": "số liệu năm {year} của đơn vị đã được duyệt, không sửa được",
    "part_above_whole": "{part_label} ({part_value}) lớn hơn {whole_label} ({whole_value})",
    "total_differs_parts": (
        "tổng đã nhập ({value}) không khớp với tổng các thành phần ({parts_text} = {parts_sum})"
    ),
    "register_differs": (
        "số đã nhập ({value}) không khớp với danh sách chi tiết ({register_count})"
    ),
    "children_differ": (
        "số đã nhập ({value}) không khớp với tổng của các đơn vị trực thuộc ({children_sum})"
    ),
    "jump": "{value}, {ratio} năm {previous_year} ({previous}), đề nghị kiểm tra lại",
    "control_character": (
        "ghi chú có ký tự điều khiển không in được ({char}); hãy xóa ký tự này rồi lưu lại"
    ),
    "register_row_gone": (
        "một dòng sổ mà mẫu sửa đã bị xóa sau khi xem trước; không lưu gì, hãy kiểm tra lại "
        "tệp rồi nhập lại"
    ),
}

_EN = {
    "not_whole_number": "{quoted}is not valid: " + WHOLE_NUMBERS_EN,
    "unknown_org": "there is no unit with code '{org}' in the tree",
    "unknown_indicator": "there is no indicator with code '{indicator}'",
    "bad_year": "year {year} is outside {min_year}–{max_year}",
    "not_in_form": (
        "the indicator is not in {year}'s form (it is in the form of the years: {form_years})"
    ),
    "org_not_in_year": "the unit did not exist in {year} ({span})",
    "year_locked": "{year} is locked; nothing in it can change",
    "unit_approved": "the unit's {year} figures are approved; nothing can change",
    "part_above_whole": "{part_label} ({part_value}) is above {whole_label} ({whole_value})",
    "total_differs_parts": "entered total {value}, its parts {parts_text} = {parts_sum}",
    "register_differs": "entered {value}, the register counts {register_count}",
    "children_differ": "entered {value}, the units below add up to {children_sum}",
    "jump": "{value}, {ratio} {previous_year} ({previous}); please check",
    "control_character": (
        "the comment holds an unprintable control character ({char}); delete it and save again"
    ),
    "register_row_gone": (
        "a register row the template edits was deleted after the preview; nothing was saved, "
        "check the file and import it again"
    ),
}

CHECKS = Words("checks", _VI, _EN)


_YEAR_PARAMS = {"min_year", "max_year", "previous_year", "valid_from", "valid_to"}


def _number(value: object) -> str:
    return vi_format.number(value) if isinstance(value, int) else str(value)


def _ratio_vi(value: object, previous: object) -> str:
    """'gấp 5,1 lần' a bigger figure, 'chỉ bằng 10,5%' a smaller one."""
    if not isinstance(value, int) or not isinstance(previous, int) or previous <= 0:
        return "khác nhiều so với"
    if value >= previous:
        return f"gấp {vi_format.decimal(value / previous)} lần"
    return f"chỉ bằng {vi_format.decimal(100 * value / previous)}%"


def _ratio_en(value: object, previous: object) -> str:
    return f"{'up' if _above(value, previous) else 'down'} more than 3 times against"


def _above(value: object, other: object) -> bool:
    return isinstance(value, int) and isinstance(other, int) and value > other


def _spans(given: object) -> list[tuple[int, int | None]]:
    """The spans of years an Issue carries (a list of [first, last] pairs)."""
    if not isinstance(given, (list, tuple)):
        return []
    return [(int(a), None if b is None else int(b)) for a, b in given]


def label(catalogue: Catalogue, code: str | None, lang: str = "vi") -> str:
    if code is None:
        return ""
    ind = catalogue.get(code)
    if ind is None:
        return code
    return in_lang(lang, ind.label_vi, ind.label_en)


def reason(issue: Issue, catalogue: Catalogue, lang: str = "vi", with_value: bool = True) -> str:
    """What is wrong, without saying where; with_value=False when the caller shows the value."""
    p: Mapping[str, object] = issue.params
    previous = p.get("previous")
    span_from = p.get("valid_from") or "…"
    span_to = p.get("valid_to") or "…"
    parts = p.get("parts")
    parts_text = " + ".join(_number(v) for v in parts.values()) if isinstance(parts, dict) else ""
    fields = {
        "value": _number(issue.value) if issue.value is not None else "",
        "quoted": f"'{issue.value}' " if with_value and issue.value not in (None, "") else "",
        "org": issue.org_code,
        "indicator": issue.indicator or "",
        "year": issue.year,
        "span": f"{span_from}–{span_to}",
        "part_label": label(catalogue, str(p.get("part", "")), lang),
        "whole_label": label(catalogue, str(p.get("whole", "")), lang),
        "parts_text": parts_text,
        "ratio": in_lang(lang, _ratio_vi(issue.value, previous), _ratio_en(issue.value, previous)),
        **{k: v if k in _YEAR_PARAMS else _number(v) for k, v in p.items() if k != "parts"},
    }
    if "spans" in p:  # not_in_form: the years the indicator is in the form
        fields["form_years"] = span_words(_spans(p["spans"]), lang)
    return CHECKS.text_or(issue.code, lang, issue.code).format(**fields)


def where(issue: Issue, tree: OrgTree, catalogue: Catalogue, lang: str = "vi") -> str:
    """Unit, year and field: 'Huyện ủy Mộc Châu, năm 2019, Tổng số cuộc đối thoại'."""
    org = tree.get(issue.org_code)
    unit = org.name if org else issue.org_code
    year_word = in_lang(lang, "năm", "year")
    parts = [unit, f"{year_word} {issue.year}"]
    if issue.indicator and issue.indicator in catalogue:
        parts.append(label(catalogue, issue.indicator, lang))
    return ", ".join(parts)


def describe(issue: Issue, tree: OrgTree, catalogue: Catalogue, lang: str = "vi") -> str:
    return f"{where(issue, tree, catalogue, lang)}: {reason(issue, catalogue, lang)}"


SHOWN_WARNINGS = 30  # a province's file may warn tens of thousands of times: the first few


class IssueWords:
    """An issue with its place, worded only when shown (a province's import may give
    fifty thousand warnings, and only the first few are read)."""

    __slots__ = ("catalogue", "issue", "tree")

    def __init__(self, issue: Issue, tree: OrgTree, catalogue: Catalogue) -> None:
        self.issue, self.tree, self.catalogue = issue, tree, catalogue

    def in_(self, lang: str) -> str:
        return describe(self.issue, self.tree, self.catalogue, lang)

    def __str__(self) -> str:
        return self.in_("vi")


def phrase(issue: Issue, tree: OrgTree, catalogue: Catalogue) -> Phrase:
    """The issue with its place, in both languages."""
    return Phrase(describe(issue, tree, catalogue, "vi"), describe(issue, tree, catalogue, "en"))


def told(issue: Issue, tree: OrgTree, catalogue: Catalogue) -> Told:
    """An error issue as a refusal, with its place (unit, year, field)."""
    return Told(issue.code, phrase(issue, tree, catalogue))


def told_reason(issue: Issue, catalogue: Catalogue, with_value: bool = True) -> Told:
    """An error issue as a refusal without its place (a file problem says where)."""
    return Told(
        issue.code,
        Phrase(
            reason(issue, catalogue, "vi", with_value), reason(issue, catalogue, "en", with_value)
        ),
    )
