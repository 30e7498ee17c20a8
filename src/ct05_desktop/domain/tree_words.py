"""The words of the refusals of a change of the tree through the years (a plan, a change
from the window, an organisation file with periods): part of the tables in
domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

_REORGANISE = "ct05 reorganise KẾ_HOẠCH.csv --from NĂM"
_REORGANISE_EN = "ct05 reorganise PLAN.csv --from YEAR"

TREE_VI = {
    # a plan's rows
    "not_a_plan": "tệp không phải kế hoạch sắp xếp tổ chức: dòng tiêu đề phải là {columns}",
    "plan_action": "thao tác không hợp lệ; chỉ dùng một trong: {actions}",
    "plan_column_unused": "cột '{column}' phải để trống với thao tác {action}",
    "plan_twice": (
        "mã '{code}' đã có ở dòng {line}: mỗi đơn vị một thay đổi (chỉ chuyển và đổi tên "
        "được đi cùng nhau)"
    ),
    "plan_not_in_year": "{unit} không hoạt động trong năm {year} (hoạt động {span})",
    "plan_starts_in_year": (
        "{unit} bắt đầu hoạt động từ năm {year}, không thể kết thúc trước năm đó"
    ),
    "plan_same_name": "năm {year} đơn vị đã mang tên '{name}'",
    "plan_same_parent": "năm {year} đơn vị đã trực thuộc {parent}",
    "plan_target_missing": (
        "cần mã ở cột 'to': đơn vị cấp trên (thêm mới, chuyển) hoặc đơn vị kế thừa (hợp nhất)"
    ),
    "plan_target_itself": "một đơn vị không thể trực thuộc hay sáp nhập vào chính nó",
    "successor_level": (
        "{unit} là đơn vị {level}, không thể sáp nhập hay hợp nhất vào {successor} là đơn vị "
        "{successor_level}: đơn vị kế thừa phải cùng cấp"
    ),
    "plan_units_left": (
        "{unit} giải thể từ năm {year} nhưng còn {count} đơn vị trực thuộc chưa được chuyển "
        "đi: {units}; hãy chuyển các đơn vị đó sang đơn vị khác trước (hoặc trong cùng kế "
        "hoạch), hoặc sáp nhập {unit} vào một đơn vị khác để các đơn vị đó đi theo"
    ),
    "plan_changes_earlier": (
        "thay đổi này làm đổi cây tổ chức của năm {years}, trước năm áp dụng; không ghi gì"
    ),
    "plan_file_for_reorganise": (
        "đây là kế hoạch sắp xếp tổ chức, không phải tệp để nhập: dùng lệnh " + _REORGANISE
    ),
    "tree_year_locked": (
        "năm {years} đã chốt số liệu, không sửa được: mở lại năm đó trước khi thay đổi cây tổ chức"
    ),
    "tree_unit_approved": (
        "{unit}: số liệu năm {years} của đơn vị đã được duyệt, không sửa được; bỏ duyệt "
        "trước khi thay đổi đơn vị này"
    ),
    "header_follows_parent": (
        "phần đầu báo cáo của {unit} nay lấy dòng cơ quan cấp trên và nơi nhận theo đơn vị cấp "
        "trên của từng năm (giá trị đã sửa trước đây được bỏ)"
    ),
    # an organisation file with periods
    "period_twice": "đơn vị đã có một dòng cho giai đoạn này ở dòng {line}",
    "period_disagrees": (
        "khác dòng {line} của cùng đơn vị ở cột '{column}': cấp, năm hoạt động và đơn vị kế "
        "thừa là của cả đơn vị, mọi dòng của đơn vị phải ghi như nhau"
    ),
    "period_outside": (
        "giai đoạn bắt đầu năm {year} nằm ngoài thời gian hoạt động {span} của đơn vị"
    ),
    "rewrites_history": (
        "{unit}: tệp này làm đổi cây tổ chức của năm {years} ({what}); thay đổi từ một năm "
        "trở đi thì dùng cột period_from, hoặc sắp xếp tổ chức (" + _REORGANISE + "); sửa lại "
        "các năm đã qua có chủ ý thì nhập lại và xác nhận (dòng lệnh: --rewrite-history)"
    ),
}

TREE_EN = {
    "not_a_plan": "the file is not a reorganisation plan: its header must be {columns}",
    "plan_action": "not a known action; use one of: {actions}",
    "plan_column_unused": "column '{column}' must be empty for the action {action}",
    "plan_twice": (
        "code '{code}' is on line {line} already: one change per unit (only a move and a "
        "renaming may go together)"
    ),
    "plan_not_in_year": "{unit} does not exist in {year} (it exists {span})",
    "plan_starts_in_year": "{unit} begins in {year}; it cannot end before that year",
    "plan_same_name": "in {year} the unit is named '{name}' already",
    "plan_same_parent": "in {year} the unit stands under {parent} already",
    "plan_target_missing": (
        "a code is needed in column 'to': the unit above (new, move) or the successor (merge)"
    ),
    "plan_target_itself": "a unit cannot stand under, or be merged into, itself",
    "successor_level": (
        "{unit}, a {level} unit, cannot be merged into {successor}, a {successor_level} "
        "unit: a successor is of the same level"
    ),
    "plan_units_left": (
        "{unit} is dissolved from {year} but {count} unit(s) under it are not moved: "
        "{units}; move them to another unit first (or in the same plan), or merge {unit} "
        "into another unit so that they follow it"
    ),
    "plan_changes_earlier": (
        "this change would alter the tree of {years}, before the year it applies from; "
        "nothing was written"
    ),
    "plan_file_for_reorganise": (
        "this is a reorganisation plan, not a file to import: use " + _REORGANISE_EN
    ),
    "tree_year_locked": (
        "{years} is locked; nothing in it can change: unlock it before changing the tree"
    ),
    "tree_unit_approved": (
        "{unit}: the unit's {years} figures are approved; nothing can change: withdraw the "
        "approval before changing the unit"
    ),
    "header_follows_parent": (
        "the report header of {unit} now takes its superior line and recipients from its "
        "parent of each year (what had been typed there was taken off)"
    ),
    "period_twice": "the unit has a line for this period already, on line {line}",
    "period_disagrees": (
        "differs from line {line} of the same unit in column '{column}': the level, the "
        "years and the successor belong to the whole unit, every line of it must agree"
    ),
    "period_outside": "the period beginning in {year} is outside the unit's years {span}",
    "rewrites_history": (
        "{unit}: this file would change the tree of {years} ({what}); for a change from a "
        "year on use column period_from, or a reorganisation (" + _REORGANISE_EN + "); to "
        "correct past years on purpose, import again and confirm (command line: "
        "--rewrite-history)"
    ),
}

# what of a unit an organisation file would change in past years (rewrites_history)
CHANGED_WHAT = {
    "name": ("tên", "its name"),
    "parent_code": ("đơn vị cấp trên", "the unit above it"),
    "years": ("các năm hoạt động", "its years"),
    "level": ("cấp", "its level"),
    "successor": ("đơn vị kế thừa", "its successor"),
}
