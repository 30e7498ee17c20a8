"""The words of every refusal code, in Vietnamese and in English, in one place.

A sentence says what is wrong; where (the unit, year, file, sheet, cell, line) is put in
front of it by whoever knows the place. Parameters in braces; a test checks that both
languages have the same codes and the same parameters."""

from __future__ import annotations

from ct05_desktop.domain.template_words import TEMPLATE_EN, TEMPLATE_VI
from ct05_desktop.domain.text_words import TEXT_EN, TEXT_VI
from ct05_desktop.domain.tree_words import TREE_EN, TREE_VI

# the one rule for a figure, worded once: a whole number from 0 up
WHOLE_NUMBERS_VI = "chỉ được nhập số nguyên từ 0 trở lên"
WHOLE_NUMBERS_EN = "only whole numbers from 0 up"

# the levels of the tree (DOMAIN §2), put inside a sentence
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
    "backup_onto_database": (
        "{name} là tệp của chính cơ sở dữ liệu đang dùng; hãy chọn tên khác cho bản sao lưu"
    ),
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
    # a cell of a register or a form
    "required": "'{label}' không được để trống",
    "not_whole_number": "'{text}' không hợp lệ: " + WHOLE_NUMBERS_VI,
    "bad_date": "'{text}' không phải là ngày hợp lệ (ngày/tháng/năm, ví dụ 05/01/2020)",
    "date_out_of_range": "ngày '{text}' phải trong các năm {first}–{last}",
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
    # files and the database: expected faults
    "file_in_use": (
        "không ghi được {name} (tệp đang mở trong Word hoặc Excel, hoặc không có quyền ghi)"
    ),
    "file_missing": "không tìm thấy {name}",
    "is_folder": "{name} là một thư mục, không phải tệp",
    "not_regular_file": (
        "{name} không phải là một tệp thông thường (thiết bị, đường ống hay socket): không "
        "ghi vào đó; hãy chọn tên tệp khác"
    ),
    "disk_full": "ổ đĩa đã đầy, không ghi được {name}; hãy giải phóng chỗ trống rồi thử lại",
    "read_only": "không ghi được {name}: ổ đĩa hoặc thư mục chỉ cho đọc",
    "file_error": "không đọc hoặc ghi được {name} (lỗi hệ thống {detail})",
    "file_read_only": (
        "{name} là tệp chỉ cho đọc nên không được ghi đè; hãy bỏ thuộc tính chỉ đọc của "
        "tệp hoặc chọn tên tệp khác"
    ),
    "not_a_folder": "không ghi được vào {name}: đó là một tệp, không phải thư mục",
    "name_too_long": (
        "tên hoặc đường dẫn của {name} quá dài; hãy chọn tên ngắn hơn hoặc một thư mục "
        "gần gốc ổ đĩa hơn"
    ),
    "bad_file_name": 'tên tệp {name} không hợp lệ (không được có các ký tự \\ / : * ? " < > |)',
    "db_busy": (
        "cơ sở dữ liệu đang được một chương trình khác ghi (có thể là một cửa sổ CT05 "
        "khác); hãy thử lại sau ít phút"
    ),
    "db_write_held": (
        "cơ sở dữ liệu đang được chương trình khác ghi ({holder}); đã chờ {seconds} giây "
        "mà việc đó chưa xong, nên chưa ghi gì. Hãy thử lại khi việc đó xong"
    ),
    "db_waiting": "đang chờ chương trình khác ghi xong vào cơ sở dữ liệu ({seconds} giây)…",
    "db_read_only": "không ghi được vào cơ sở dữ liệu: tệp dữ liệu hoặc thư mục chỉ cho đọc",
    "db_damaged": (
        "tệp dữ liệu {name} bị hỏng hoặc không phải cơ sở dữ liệu của chương trình; hãy "
        "khôi phục từ bản sao lưu"
    ),
    "db_unopenable": "không mở được tệp dữ liệu {name} ({detail})",
    "backup_damaged": (
        "tệp sao lưu {name} bị hỏng hoặc không có cây tổ chức; không khôi phục từ tệp này "
        "(dữ liệu hiện có giữ nguyên). Hãy chọn một bản sao lưu khác"
    ),
    "demo_not_empty": (
        "cơ sở dữ liệu {name} đã có số liệu; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu chưa có "
        "số liệu, để không trộn lẫn hay ghi đè số liệu thật. Hãy mở dữ liệu mẫu trong một "
        "cơ sở dữ liệu riêng"
    ),
    "db_open_elsewhere": (
        "cơ sở dữ liệu {name} đang mở trong {holder}; mỗi cơ sở dữ liệu chỉ mở trong một "
        "cửa sổ, để hai nơi không ghi đè lên nhau. Hãy dùng cửa sổ đó (có thể nó đang thu "
        "nhỏ trên thanh tác vụ)"
    ),
    "restore_window_open": (
        "cơ sở dữ liệu đang mở trong {holder}; hãy khôi phục từ cửa sổ đó (Tệp → Khôi phục), "
        "hoặc đóng cửa sổ rồi chạy lại lệnh"
    ),
    "db_missing": (
        "không có cơ sở dữ liệu tại {name}; hãy kiểm tra lại đường dẫn, hoặc tạo mới bằng "
        "lệnh: ct05 --db {name} init"
    ),
    "db_not_a_file": "{name} không phải một tệp dữ liệu (là thư mục, ống dẫn hoặc thiết bị)",
    "db_empty_file": (
        "tệp {name} rỗng, không phải cơ sở dữ liệu CT05; hãy chọn đúng tệp, hoặc xóa tệp "
        "rỗng này rồi tạo mới"
    ),
    "db_foreign": (
        "tệp {name} là cơ sở dữ liệu của một chương trình khác, không phải của CT05; "
        "chương trình không mở nó để khỏi làm hỏng dữ liệu của chương trình kia"
    ),
    "db_newer": (
        "tệp {name} do phiên bản CT05 mới hơn tạo; hãy cài phiên bản mới nhất để mở nó "
        "(phiên bản này không mở, để không làm hỏng dữ liệu)"
    ),
}

_EN = {
    "in_column": "column '{column}': {reason}",
    "header_field": "the report header's '{field}': {reason}",
    "header_one_line": "must be one line (recipients: one --recipient each)",
    "backup_onto_database": (
        "{name} is one of the database's own files; choose another name for the backup"
    ),
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
    "required": "'{label}' must not be empty",
    "not_whole_number": "'{text}' is not valid: " + WHOLE_NUMBERS_EN,
    "bad_date": "'{text}' is not a date (day/month/year, e.g. 05/01/2020)",
    "date_out_of_range": "the date '{text}' must be within {first}–{last}",
    "not_in_list": "'{text}' is not in the list ({allowed})",
    "bad_period": "'{text}' is not a year or a range of years (e.g. 2017-2019)",
    "period_backwards": "the range '{text}' starts after it ends",
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
    "file_in_use": "cannot write {name} (open in Word or Excel, or no permission to write)",
    "file_missing": "{name} was not found",
    "is_folder": "{name} is a folder, not a file",
    "not_regular_file": (
        "{name} is not an ordinary file (a device, a pipe or a socket): nothing is written "
        "there; choose another file name"
    ),
    "disk_full": "the disk is full; {name} was not written. Free some space and try again",
    "read_only": "cannot write {name}: the disk or folder is read-only",
    "file_error": "cannot read or write {name} (system error {detail})",
    "file_read_only": (
        "{name} is read-only, so it was not overwritten; clear its read-only attribute or "
        "choose another file name"
    ),
    "not_a_folder": "cannot write into {name}: it is a file, not a folder",
    "name_too_long": (
        "the name or path of {name} is too long; choose a shorter name or a folder nearer "
        "the top of the disk"
    ),
    "bad_file_name": 'the file name {name} is not valid (it must not hold \\ / : * ? " < > |)',
    "db_busy": (
        "another program (perhaps another CT05 window) is writing to the database; try "
        "again in a few minutes"
    ),
    "db_write_held": (
        "another program is writing to the database ({holder}); after waiting {seconds} "
        "seconds it has not finished, so nothing was written. Try again once it has"
    ),
    "db_waiting": "waiting for another program to finish writing to the database ({seconds} s)…",
    "db_read_only": "cannot write to the database: its file or folder is read-only",
    "db_damaged": (
        "the data file {name} is damaged or not this program's database; restore it from a backup"
    ),
    "db_unopenable": "cannot open the data file {name} ({detail})",
    "backup_damaged": (
        "the backup {name} is damaged or holds no organisation tree; nothing was restored "
        "(the data as it is stays). Choose another backup"
    ),
    "demo_not_empty": (
        "the database {name} already holds figures; the demo data goes only into a database "
        "without figures, so as not to mix with or overwrite real ones. Open the demo data "
        "in a database of its own"
    ),
    "db_open_elsewhere": (
        "the database {name} is open in {holder}; a database opens in one window only, so "
        "that two do not write over each other. Use that window (it may be minimised on the "
        "taskbar)"
    ),
    "restore_window_open": (
        "the database is open in {holder}; restore from that window (File → Restore), or "
        "close it and run the command again"
    ),
    "db_missing": (
        "there is no database at {name}; check the path, or create one with: ct05 --db {name} init"
    ),
    "db_not_a_file": "{name} is not a data file (it is a folder, a pipe or a device)",
    "db_empty_file": (
        "{name} is empty, not a CT05 database; choose the right file, or delete this empty "
        "one and create a new database"
    ),
    "db_foreign": (
        "{name} is another program's database, not CT05's; it is not opened, so that the "
        "other program's data is not damaged"
    ),
    "db_newer": (
        "{name} was written by a newer version of CT05; install the latest version to open "
        "it (this one does not, so as not to damage the data)"
    ),
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


VI = _merged(_VI, TEMPLATE_VI, TREE_VI, TEXT_VI)
EN = _merged(_EN, TEMPLATE_EN, TREE_EN, TEXT_EN)
