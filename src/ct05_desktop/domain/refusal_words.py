"""The words of every refusal code, in Vietnamese and in English, in one place.

A sentence says what is wrong; where (the unit, year, file, sheet, cell, line) is put in
front of it by whoever knows the place. Parameters in braces; a test checks that both
languages have the same codes and the same parameters."""

from __future__ import annotations

# the one rule for a figure, worded once: a whole number from 0 up
WHOLE_NUMBERS_VI = "chỉ được nhập số nguyên từ 0 trở lên"
WHOLE_NUMBERS_EN = "only whole numbers from 0 up"

VI = {
    # a located refusal: the reason is a refusal too
    "in_column": "cột '{column}': {reason}",
    "in_row_column": "dòng {row}, cột '{column}': {reason}",
    # a cell of a register or a form
    "required": "'{label}' không được để trống",
    "not_whole_number": "'{text}' không hợp lệ: " + WHOLE_NUMBERS_VI,
    "bad_date": "'{text}' không phải là ngày hợp lệ (ngày/tháng/năm, ví dụ 05/01/2020)",
    "not_in_list": "'{text}' không có trong danh sách ({allowed})",
    # reports
    "bad_period": "'{text}' không phải là năm hoặc khoảng năm (ví dụ 2017-2019)",
    "period_backwards": "khoảng năm '{text}' có năm đầu sau năm cuối",
    "period_out_of_range": "kỳ báo cáo phải trong khoảng {min_year}–{max_year}",
    "unknown_unit": "không có đơn vị mã '{org}'",
    "no_unit_in_period": "chưa có tổ chức đảng nào trong kỳ báo cáo",
    "unit_not_in_period": "{name} không hoạt động trong kỳ {first}–{last}",
    "bad_report_file": "tên tệp '{name}' phải kết thúc bằng .docx (Word) hoặc .xlsx (Excel)",
    # years and the tree
    "year_out_of_range": "năm {year} nằm ngoài khoảng {min_year}–{max_year}",
    "empty_code": "mã đơn vị không được để trống",
    "code_taken": "mã '{code}' đã có ({name})",
    "empty_name": "tên đơn vị không được để trống",
    "bad_level": "cấp '{level}' không hợp lệ",
    "parent_not_in_year": "đơn vị cấp trên không hoạt động trong năm {year}",
    "starts_later": "đơn vị chỉ bắt đầu từ năm {year}",
    "bad_successor": "đơn vị kế thừa không hợp lệ",
    "successor_not_in_year": "đơn vị kế thừa không hoạt động trong năm {year}",
    "children_after": (
        "đơn vị còn đơn vị trực thuộc hoạt động sau năm đó; hãy chuyển hoặc kết thúc các "
        "đơn vị đó trước"
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
    "csv_unreadable": "không đọc được: {detail}",
    "bad_header": "dòng tiêu đề không đúng; cần {values} hoặc {orgs}",
    "too_many_columns": "có {count} cột, nhiều hơn {header} cột của dòng tiêu đề",
    # a filled template
    "xls_or_password": (
        "là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu; hãy mở bằng Excel, bỏ mật "
        "khẩu và lưu lại dạng .xlsx"
    ),
    "not_xlsx": "không phải tệp Excel .xlsx (có thể là tệp CSV hoặc tệp hỏng)",
    "broken_xlsx": "tệp .xlsx bị hỏng, không mở được",
    "too_big_unpacked": "tệp quá lớn khi giải nén, không phải mẫu báo cáo bình thường",
    "xlsx_unreadable": "không đọc được nội dung tệp ({detail})",
    "xlsx_structure": (
        "cấu trúc bên trong tệp bất thường: phần '{part}' có {what}; Excel và chương trình "
        "này không ghi ra tệp như vậy, nên tệp không được đọc"
    ),
    "no_template_sheet": "không phải mẫu báo cáo CT05 (thiếu trang thông tin của mẫu)",
    "not_ct05_template": "không phải mẫu báo cáo CT05",
    "template_version": (
        "mẫu phiên bản '{version}' không được hỗ trợ; hãy dùng mẫu mới xuất từ chương trình"
    ),
    "sheet_missing": "thiếu trang của mẫu; không sửa tên hay xóa trang",
    "excel_error_cell": "ô báo lỗi Excel ({value}); hãy sửa rồi lưu lại",
    "uncomputed": (
        "ô có công thức nhưng không có giá trị đã tính; hãy mở tệp bằng Excel, lưu lại rồi gửi"
    ),
    "unit_not_in_template": "mã đơn vị không thuộc mẫu này",
    "row_gone": "dòng này không còn trong cơ sở dữ liệu (đã bị xóa?); hãy xuất mẫu mới",
    "template_unit_unknown": "đơn vị của mẫu không có trong cơ sở dữ liệu này",
    "row_not_under": "dòng của đơn vị không thuộc {name} năm {year}",
    "template_year": (
        "năm của mẫu ('{year}') không hợp lệ: phải là một năm từ {min_year} đến {max_year}; "
        "hãy dùng mẫu xuất từ chương trình"
    ),
    "file_too_big": (
        "tệp quá lớn ({size} MB) đối với một mẫu báo cáo (tối đa {limit} MB); hãy dùng mẫu "
        "xuất từ chương trình"
    ),
    "sheet_too_long": (
        "trang có quá {limit} dòng (có nội dung ở dòng {row}); một mẫu không có nhiều dòng "
        "như vậy, hãy xóa nội dung thừa rồi lưu lại"
    ),
    "too_many_unit_rows": (
        "trang có nội dung ở dòng {row}, quá {limit} dòng đơn vị của mẫu (mỗi đơn vị một "
        "dòng); hãy xóa nội dung thừa rồi lưu lại"
    ),
    "sheet_too_wide": (
        "trang có quá {limit} cột chỉ tiêu (có mã chỉ tiêu ở cột {column}); hãy dùng mẫu "
        "xuất từ chương trình"
    ),
    "unit_twice": "đơn vị '{org}' có hai dòng: {first} và {second}; mỗi đơn vị chỉ một dòng",
    "indicator_twice": (
        "chỉ tiêu '{code}' có hai cột: {first} và {second}; mỗi chỉ tiêu chỉ một cột"
    ),
    "row_id_twice": (
        "hai dòng {first} và {second} cùng mang mã ẩn {id} của một dòng đã lưu (có lẽ một "
        "dòng đã được sao chép); hãy giữ một dòng, nhập mục mới vào dòng trống"
    ),
    "bad_row_id": (
        "mã ẩn của dòng (cột ẩn cuối cùng) đã bị sửa, không phải mã của một dòng đã lưu; "
        "hãy xuất mẫu mới"
    ),
    "control_character": (
        "ô có ký tự điều khiển {chars} (ký tự ẩn, thường do sao chép từ phần mềm khác); "
        "hãy xóa ký tự đó rồi lưu lại"
    ),
    "not_plain_value": "ô chứa {kind}, không phải chữ, số hay ngày; hãy nhập lại giá trị",
    "too_many_register_rows": (
        "sổ '{register}' có {count} dòng trong năm, quá {limit} dòng một mẫu có thể chứa; "
        "hãy xuất mẫu cho từng đơn vị cấp dưới"
    ),
    # files and the database: expected faults
    "file_in_use": (
        "không ghi được {name} (tệp đang mở trong Word hoặc Excel, hoặc không có quyền ghi)"
    ),
    "file_missing": "không tìm thấy {name}",
    "is_folder": "{name} là một thư mục, không phải tệp",
    "not_a_file": (
        "{name} không phải là một tệp thông thường (có thể là thư mục, ống dẫn hay thiết "
        "bị); hãy chọn một tệp"
    ),
    "disk_full": "ổ đĩa đã đầy, không ghi được {name}; hãy giải phóng chỗ trống rồi thử lại",
    "read_only": "không ghi được {name}: ổ đĩa hoặc thư mục chỉ cho đọc",
    "file_error": "không đọc hoặc ghi được {name} ({detail})",
    "db_busy": (
        "cơ sở dữ liệu đang được một chương trình khác ghi (có thể là một cửa sổ CT05 "
        "khác); hãy thử lại sau ít phút"
    ),
    "db_read_only": "không ghi được vào cơ sở dữ liệu: tệp dữ liệu hoặc thư mục chỉ cho đọc",
    "db_damaged": (
        "tệp dữ liệu {name} bị hỏng hoặc không phải cơ sở dữ liệu của chương trình; hãy "
        "khôi phục từ bản sao lưu"
    ),
    "db_unopenable": "không mở được tệp dữ liệu {name} ({detail})",
}

EN = {
    "in_column": "column '{column}': {reason}",
    "in_row_column": "row {row}, column '{column}': {reason}",
    "required": "'{label}' must not be empty",
    "not_whole_number": "'{text}' is not valid: " + WHOLE_NUMBERS_EN,
    "bad_date": "'{text}' is not a date (day/month/year, e.g. 05/01/2020)",
    "not_in_list": "'{text}' is not in the list ({allowed})",
    "bad_period": "'{text}' is not a year or a range of years (e.g. 2017-2019)",
    "period_backwards": "the range '{text}' starts after it ends",
    "period_out_of_range": "the period must lie within {min_year}–{max_year}",
    "unknown_unit": "there is no unit with code '{org}'",
    "no_unit_in_period": "no Party organisation existed in the period",
    "unit_not_in_period": "{name} did not exist in {first}–{last}",
    "bad_report_file": "the file name '{name}' must end in .docx (Word) or .xlsx (Excel)",
    "year_out_of_range": "year {year} is outside {min_year}–{max_year}",
    "empty_code": "the unit code must not be empty",
    "code_taken": "the code '{code}' is taken ({name})",
    "empty_name": "the unit name must not be empty",
    "bad_level": "'{level}' is not a level",
    "parent_not_in_year": "the unit above does not exist in {year}",
    "starts_later": "the unit only begins in {year}",
    "bad_successor": "the successor is not a valid unit",
    "successor_not_in_year": "the successor does not exist in {year}",
    "children_after": "units under it still exist after that year; move or end them first",
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
    "csv_unreadable": "cannot read: {detail}",
    "bad_header": "wrong header line; expected {values} or {orgs}",
    "too_many_columns": "{count} columns, more than the {header} of the header line",
    "xls_or_password": (
        "an Excel 97-2003 (.xls) or password-protected file; open it in Excel, remove the "
        "password and save it as .xlsx"
    ),
    "not_xlsx": "not an Excel .xlsx file (perhaps a CSV file or a damaged one)",
    "broken_xlsx": "the .xlsx file is damaged and cannot be opened",
    "too_big_unpacked": "the file unpacks far too large for a report template",
    "xlsx_unreadable": "cannot read the file's contents ({detail})",
    "xlsx_structure": (
        "the file is oddly built inside: its part '{part}' holds {what}; neither Excel nor "
        "this program writes such a file, so it is not read"
    ),
    "no_template_sheet": "not a CT05 template (the template's information sheet is missing)",
    "not_ct05_template": "not a CT05 template",
    "template_version": (
        "template version '{version}' is not supported; use a template written by the program"
    ),
    "sheet_missing": "a sheet of the template is missing; do not rename or delete sheets",
    "excel_error_cell": "the cell shows an Excel error ({value}); correct it and save again",
    "uncomputed": (
        "the cell has a formula with no computed value; open the file in Excel, save it and "
        "send it again"
    ),
    "unit_not_in_template": "this unit code does not belong to this template",
    "row_gone": "this row is no longer in the database (deleted?); write a new template",
    "template_unit_unknown": "the template's unit is not in this database",
    "row_not_under": "a row of a unit that is not under {name} in {year}",
    "template_year": (
        "the template's year ('{year}') is not valid: it must be a year from {min_year} to "
        "{max_year}; use a template written by the program"
    ),
    "file_too_big": (
        "the file is too large ({size} MB) for a report template (at most {limit} MB); use "
        "a template written by the program"
    ),
    "sheet_too_long": (
        "the sheet has more than {limit} rows (there is content in row {row}); a template "
        "has no such rows, delete what is there and save again"
    ),
    "too_many_unit_rows": (
        "the sheet has content in row {row}, past the template's {limit} unit rows (one row "
        "per unit); delete what is there and save again"
    ),
    "sheet_too_wide": (
        "the sheet has more than {limit} indicator columns (an indicator code in column "
        "{column}); use a template written by the program"
    ),
    "unit_twice": "unit '{org}' has two rows: {first} and {second}; one row per unit",
    "indicator_twice": (
        "indicator '{code}' has two columns: {first} and {second}; one column per indicator"
    ),
    "row_id_twice": (
        "rows {first} and {second} both carry the hidden id {id} of one stored row (a row "
        "copied?); keep one of them and type new entries in empty rows"
    ),
    "bad_row_id": (
        "the row's hidden id (the last, hidden column) was changed and is not a stored "
        "row's; write a new template"
    ),
    "control_character": (
        "the cell holds the control character {chars} (invisible, usually pasted from "
        "another program); delete it and save again"
    ),
    "not_plain_value": "the cell holds {kind}, not text, a number or a date; type the value again",
    "too_many_register_rows": (
        "the register '{register}' has {count} rows in the year, more than the {limit} a "
        "template can hold; write a template for each unit below instead"
    ),
    "file_in_use": "cannot write {name} (open in Word or Excel, or no permission to write)",
    "file_missing": "{name} was not found",
    "is_folder": "{name} is a folder, not a file",
    "not_a_file": (
        "{name} is not an ordinary file (perhaps a folder, a pipe or a device); choose a file"
    ),
    "disk_full": "the disk is full; {name} was not written. Free some space and try again",
    "read_only": "cannot write {name}: the disk or folder is read-only",
    "file_error": "cannot read or write {name} ({detail})",
    "db_busy": (
        "another program (perhaps another CT05 window) is writing to the database; try "
        "again in a few minutes"
    ),
    "db_read_only": "cannot write to the database: its file or folder is read-only",
    "db_damaged": (
        "the data file {name} is damaged or not this program's database; restore it from a backup"
    ),
    "db_unopenable": "cannot open the data file {name} ({detail})",
}
