"""The words of every refusal code, in Vietnamese and in English, in one place.

A sentence says what is wrong; where (the unit, year, file, sheet, cell, line) is put in
front of it by whoever knows the place. Parameters in braces; both languages hold the same
codes and the same parameters (``wording.Words`` checks it)."""

from __future__ import annotations

from ct05_desktop.domain.file_words import FILE_EN, FILE_VI
from ct05_desktop.domain.form_words import FORM_EN, FORM_VI
from ct05_desktop.domain.template_words import TEMPLATE_EN, TEMPLATE_VI
from ct05_desktop.domain.text_words import TEXT_EN, TEXT_VI
from ct05_desktop.domain.tree_words import TREE_EN, TREE_VI
from ct05_desktop.domain.wording import Words

# the one rule for a figure, worded once: a whole number from 0 up
WHOLE_NUMBERS_VI = "chỉ được nhập số nguyên từ 0 trở lên"
WHOLE_NUMBERS_EN = "only whole numbers from 0 up"

# the levels of the tree (domain.md §2), put inside a sentence
LEVEL_VI = {
    "province": "cấp tỉnh",
    "district": "cấp trực thuộc tỉnh",
    "grassroots": "cấp cơ sở",
    "cell": "cấp chi bộ",
}
LEVEL_EN = {
    "province": "province",
    "district": "directly subordinate",
    "grassroots": "grassroots",
    "cell": "cell",
}

_VI = {
    # a located refusal: the reason is a refusal too
    "in_column": "cột '{column}': {reason}",
    "header_field": "mục '{field}' của phần đầu báo cáo: {reason}",
    "header_one_line": "chỉ được một dòng (nơi nhận: mỗi nơi một --recipient)",
    "daily_backup_skipped": (
        "chưa sao lưu được trong ngày vào thư mục {folder} ({reason}); lệnh vẫn chạy, nhưng "
        "hãy sửa thư mục này để có bản sao lưu"
    ),
    "backup_folder_unusable": (
        "không sao lưu được vào thư mục {folder} ({reason}), nên chưa thay đổi gì; hãy sửa "
        "thư mục này (xóa tệp hay liên kết cùng tên, hoặc cho quyền ghi) rồi thử lại"
    ),
    "arg_not_utf8": (
        "tham số dòng lệnh '{text}' không phải chữ UTF-8 hợp lệ; hãy gõ lại (hoặc đặt bảng mã "
        "của cửa sổ lệnh là UTF-8)"
    ),
    "in_row_column": "dòng {row}, cột '{column}': {reason}",
    "in_row": "dòng {row}: {reason}",
    "commitment_needs_person": (
        "đăng ký của cán bộ chủ chốt cần họ và tên người đăng ký (cột 'Họ và tên')"
    ),
    "commitment_collective_person": (
        "đăng ký của tập thể không ghi họ tên, chức vụ; đăng ký của một người thì chọn "
        "'Cán bộ chủ chốt'"
    ),
    # a cell of a register or a form
    "required": "'{label}' không được để trống",
    "not_whole_number": "'{text}' không hợp lệ: " + WHOLE_NUMBERS_VI,
    "bad_date": "'{text}' không phải là ngày hợp lệ (ngày/tháng/năm, ví dụ 05/01/2020)",
    "date_out_of_range": "ngày '{text}' phải trong các năm {first}–{last}",
    "not_in_list": "'{text}' không có trong danh sách ({allowed})",
    "choice_ended": "'{text}' chỉ chọn được đến năm {last}, không dùng cho năm {year}",
    # reports
    "bad_period": "'{text}' không phải là năm hoặc khoảng năm (ví dụ 2017-2019)",
    "period_backwards": "khoảng năm '{text}' có năm đầu sau năm cuối",
    "date_before_period": "ngày ký {text} trước năm {year} mà báo cáo nói tới; hãy xem lại ngày",
    "period_out_of_range": "kỳ báo cáo phải trong khoảng {min_year}–{max_year}",
    "unknown_unit": "không có đơn vị mã '{org}'",
    "no_unit_in_period": "chưa có tổ chức đảng nào trong kỳ báo cáo",
    "unit_not_in_period": "{name} không hoạt động trong kỳ {first}–{last}",
    "bad_report_file": "tên tệp '{name}' phải kết thúc bằng .docx (Word) hoặc .xlsx (Excel)",
    # years and the tree
    "year_out_of_range": "năm {year} nằm ngoài khoảng {min_year}–{max_year}",
    "not_a_year": "'{text}' không phải là một năm (ví dụ 2019)",
    "empty_code": "mã đơn vị không được để trống",
    "code_taken": "mã '{code}' đã có ({name})",
    "empty_name": "tên đơn vị không được để trống",
    "bad_level": "cấp '{level}' không hợp lệ",
    "parent_not_in_year": "đơn vị cấp trên không hoạt động trong năm {year}",
    "starts_later": "đơn vị chỉ bắt đầu từ năm {year}",
    "bad_successor": "đơn vị kế thừa không hợp lệ",
    "successor_not_in_year": "đơn vị kế thừa không hoạt động trong năm {year}",
    # a change of the tree that would leave figures out of every report
    "level_not_below": (
        "{unit} là đơn vị {level}, không thể trực thuộc {parent} là đơn vị {parent_level}: "
        "đơn vị cấp trên phải ở cấp cao hơn ({order})"
    ),
    "parent_not_covering": (
        "{unit} tồn tại cả năm {years}, nhưng đơn vị cấp trên {parent} chỉ tồn tại "
        "{parent_span}: những năm đó đơn vị này không có đơn vị cấp trên nên không có trong "
        "báo cáo nào; hãy sửa năm cho khớp, hoặc chuyển đơn vị sang đơn vị cấp trên khác"
    ),
    "data_outside_years": (
        "{unit} có số liệu năm {years} ({values} số liệu, {rows} dòng sổ) ngoài thời gian "
        "tồn tại mới {span}; hãy chuyển hoặc xóa số liệu đó trước"
    ),
    "own_successor": "{unit} không thể là đơn vị kế thừa của chính nó",
    "successor_loop": (
        "đơn vị kế thừa nối thành vòng tròn ({chain}): một đơn vị không thể sáp nhập vào "
        "đơn vị đã sáp nhập vào nó"
    ),
    # an organisations CSV
    "duplicate_code": "mã trùng với dòng {line}",
    "level_not_one_of": "cấp phải là một trong: {levels}",
    "year_four_digits": "năm phải có 4 chữ số, ví dụ {example}",
    "ends_before_start": "năm kết thúc trước năm bắt đầu",
    "parent_missing": "đơn vị cấp trên chưa có (phải đứng ở dòng trên hoặc có sẵn)",
    "successor_missing": "đơn vị kế thừa chưa có",
    "cycle": "tạo thành vòng lặp: đơn vị nằm dưới chính nó",
    "not_orgs_file": "đây không phải tệp danh sách tổ chức",
    # a CSV file
    "file_unreadable": "không đọc được tệp ({detail})",
    "duplicate_row": "trùng với dòng {line} (cùng đơn vị, năm và chỉ tiêu)",
    "not_utf8": "tệp không phải văn bản UTF-8; hãy lưu lại bằng 'CSV UTF-8' trong Excel",
    "empty_file": "tệp trống",
    "csv_unreadable": "tệp không đọc được như một bảng CSV (các ô cách nhau bằng dấu phẩy)",
    "bad_header": "dòng tiêu đề không đúng; cần {values} hoặc {orgs}",
    "duplicate_column": "cột '{name}' có hai lần (cột {first} và cột {second})",
    "too_many_columns": (
        "dòng có {count} ô, tiêu đề có {header}; số có dấu phẩy (như 11,409) phải viết "
        "11.409 hoặc đặt trong dấu ngoặc kép"
    ),
    "too_few_columns": "dòng có {count} ô, tiêu đề có {header}; thiếu cột {missing}",
    "number_split": (
        "số {value},{rest} bị dấu phẩy tách làm hai ô (giá trị {value}, ghi chú '{rest}'); "
        "hãy viết {value}.{rest} hoặc đặt số trong dấu ngoặc kép; nếu '{rest}' đúng là ghi "
        "chú, hãy ghi rõ hơn (ví dụ 'số {rest}')"
    ),
    "unclosed_quote": (
        'dấu ngoặc kép (") mở ở dòng này nhưng không được đóng đến hết tệp; hãy thêm dấu '
        "đóng hoặc xóa dấu mở"
    ),
    "text_after_quote": (
        'ô mở bằng dấu ngoặc kép (") ở dòng {opened} còn chữ sau dấu ngoặc kép đóng; '
        "cả ô phải nằm trong cặp ngoặc kép, hoặc dấu ngoặc kép ở dòng {opened} bị thiếu "
        "dấu đóng"
    ),
    "field_too_long": "có ô dài hơn {limit} ký tự, quá dài đối với một ô của bảng",
    "control_character": (
        "có ký tự điều khiển không in được ({char}); hãy xóa ký tự này rồi lưu lại"
    ),
    "invisible_character": (
        "có ký tự ẩn ({char}) làm đổi cách hiện chữ mà không nhìn thấy được; hãy gõ lại "
        "phần chữ này"
    ),
    "name_too_long_chars": "dài {length} ký tự, quá {most} ký tự cho phép; hãy viết gọn lại",
    "foreign_digit": (
        "có chữ số '{digit}' ({char}) không phải chữ số 0–9 thông thường; hãy gõ lại bằng "
        "chữ số 0–9"
    ),
    "not_a_file": "đây là {what}, không phải một tệp dữ liệu; hãy chọn đúng tệp",
}

_EN = {
    "in_column": "column '{column}': {reason}",
    "header_field": "the report header's '{field}': {reason}",
    "header_one_line": "must be one line (recipients: one --recipient each)",
    "daily_backup_skipped": (
        "the day's backup could not be made in the folder {folder} ({reason}); the command "
        "goes on, but mend that folder to have backups"
    ),
    "backup_folder_unusable": (
        "cannot back up into the folder {folder} ({reason}), so nothing was changed; mend "
        "that folder (remove the file or link of that name, or allow writing) and try again"
    ),
    "arg_not_utf8": (
        "the command-line argument '{text}' is not valid UTF-8 text; type it again (or set "
        "the terminal's encoding to UTF-8)"
    ),
    "in_row_column": "row {row}, column '{column}': {reason}",
    "in_row": "row {row}: {reason}",
    "commitment_needs_person": "a key cadre's registration names the cadre (column 'Name')",
    "commitment_collective_person": (
        "a collective's registration names no person or position; one person's is a key cadre's"
    ),
    "required": "'{label}' must not be empty",
    "not_whole_number": "'{text}' is not valid: " + WHOLE_NUMBERS_EN,
    "bad_date": "'{text}' is not a date (day/month/year, e.g. 05/01/2020)",
    "date_out_of_range": "the date '{text}' must be within {first}–{last}",
    "not_in_list": "'{text}' is not in the list ({allowed})",
    "choice_ended": "'{text}' may be chosen up to {last}, not in {year}",
    "bad_period": "'{text}' is not a year or a range of years (e.g. 2017-2019)",
    "period_backwards": "the range '{text}' starts after it ends",
    "date_before_period": "the signing date {text} is before {year}, the year reported on; "
    "check the date",
    "period_out_of_range": "the period must lie within {min_year}–{max_year}",
    "unknown_unit": "there is no unit with code '{org}'",
    "no_unit_in_period": "no Party organisation existed in the period",
    "unit_not_in_period": "{name} did not exist in {first}–{last}",
    "bad_report_file": "the file name '{name}' must end in .docx (Word) or .xlsx (Excel)",
    "year_out_of_range": "year {year} is outside {min_year}–{max_year}",
    "not_a_year": "'{text}' is not a year (e.g. 2019)",
    "empty_code": "the unit code must not be empty",
    "code_taken": "the code '{code}' is taken ({name})",
    "empty_name": "the unit name must not be empty",
    "bad_level": "'{level}' is not a level",
    "parent_not_in_year": "the unit above does not exist in {year}",
    "starts_later": "the unit only begins in {year}",
    "bad_successor": "the successor is not a valid unit",
    "successor_not_in_year": "the successor does not exist in {year}",
    "level_not_below": (
        "{unit}, a {level} unit, cannot stand under {parent}, a {parent_level} unit: the "
        "unit above must be of a higher level ({order})"
    ),
    "parent_not_covering": (
        "{unit} exists in {years} too, but the unit above it, {parent}, only exists in "
        "{parent_span}: in those years it would have no unit above it and be in no report; "
        "make the years agree, or move the unit under another one"
    ),
    "data_outside_years": (
        "{unit} has figures in {years} ({values} figure(s), {rows} register row(s)) outside its "
        "new years {span}; move or delete them first"
    ),
    "own_successor": "{unit} cannot be its own successor",
    "successor_loop": (
        "the successors go round in a loop ({chain}): a unit cannot be merged into a unit "
        "that was merged into it"
    ),
    "duplicate_code": "the code repeats line {line}",
    "level_not_one_of": "the level must be one of: {levels}",
    "year_four_digits": "a year has 4 digits, e.g. {example}",
    "ends_before_start": "the last year comes before the first",
    "parent_missing": "the unit above is unknown (it must be on a line above, or stored)",
    "successor_missing": "the successor is unknown",
    "cycle": "a loop: the unit would be below itself",
    "not_orgs_file": "this is not a list of organisations",
    "file_unreadable": "cannot read the file ({detail})",
    "duplicate_row": "repeats line {line} (same unit, year and indicator)",
    "not_utf8": "the file is not UTF-8 text; save it again as 'CSV UTF-8' in Excel",
    "empty_file": "the file is empty",
    "csv_unreadable": "the file cannot be read as a CSV table (cells separated by commas)",
    "bad_header": "wrong header line; expected {values} or {orgs}",
    "duplicate_column": "the column '{name}' appears twice (columns {first} and {second})",
    "too_many_columns": (
        "the line has {count} cells, the header {header}; a number with a comma (like "
        "11,409) must be written 11.409 or put in quotes"
    ),
    "too_few_columns": "the line has {count} cells, the header {header}; missing {missing}",
    "number_split": (
        "the number {value},{rest} is split by its comma into two cells (value {value}, "
        "comment '{rest}'); write {value}.{rest} or put the number in quotes; if '{rest}' "
        "really is a comment, say more (e.g. 'no. {rest}')"
    ),
    "unclosed_quote": (
        'a quote (") opens on this line and is not closed before the end of the file; '
        "add the closing quote or remove the opening one"
    ),
    "text_after_quote": (
        'a cell that opens with a quote (") on line {opened} goes on after its closing '
        "quote; put the whole cell in quotes, or close the quote of line {opened}"
    ),
    "field_too_long": "a cell is longer than {limit} characters, too long for a table",
    "control_character": (
        "holds an unprintable control character ({char}); delete it and save again"
    ),
    "invisible_character": (
        "holds an invisible character ({char}) that changes how the text shows; type that "
        "part of the text again"
    ),
    "name_too_long_chars": "is {length} characters long, more than the {most} allowed; shorten it",
    "foreign_digit": (
        "holds the digit '{digit}' ({char}), not one of the ordinary digits 0–9; type it "
        "again with 0–9"
    ),
    "not_a_file": "this is {what}, not a data file; choose the file itself",
}


def _merged(*parts: dict[str, str]) -> dict[str, str]:
    """One table from its parts; a code worded in two parts is a mistake, said at once."""
    out: dict[str, str] = {}
    for part in parts:
        twice = out.keys() & part.keys()
        if twice:
            raise ValueError(f"worded twice: {sorted(twice)}")
        out.update(part)
    return out


VI = _merged(_VI, TEMPLATE_VI, TREE_VI, TEXT_VI, FILE_VI, FORM_VI)
EN = _merged(_EN, TEMPLATE_EN, TREE_EN, TEXT_EN, FILE_EN, FORM_EN)
REFUSALS = Words("refusals", VI, EN)
LEVELS = Words("levels", LEVEL_VI, LEVEL_EN)
