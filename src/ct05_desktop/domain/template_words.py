"""The words of the refusals of a template, written or filled: part of the tables in
domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

TEMPLATE_VI = {
    "answer_needs_unit": (
        "mẫu là của đơn vị mã '{unit}' trong cây của cấp trên; hãy cho biết đơn vị đó là đơn "
        "vị nào trong cây của mình (--as MÃ), chỉ cần lần đầu"
    ),
    "answer_unit_not_in_year": "{name} không hoạt động trong năm {year} của mẫu",
    "answer_no_unit_row": (
        "trang 'Số liệu' của mẫu không có dòng của đơn vị '{unit}'; hãy dùng tệp mẫu đã nhận"
    ),
    "answer_register_full": "trang sổ '{register}' của mẫu không còn chỗ cho các dòng của mình",
    "template_form_edited": (
        "trang biểu mẫu ẩn của tệp đã bị sửa, không khớp với chữ ký của mẫu; hãy dùng tệp mẫu "
        "đã nhận, hoặc xin mẫu mới"
    ),
    "xls_or_password": (
        "là tệp Excel 97-2003 (.xls) hoặc tệp có đặt mật khẩu; hãy mở bằng Excel, bỏ mật "
        "khẩu và Lưu lại dưới dạng Excel Workbook (.xlsx)"
    ),
    "ods_file": (
        "là tệp OpenDocument (.ods, của LibreOffice), không phải .xlsx; hãy mở tệp rồi Lưu "
        "lại dưới dạng Excel Workbook (.xlsx)"
    ),
    "not_xlsx": "không phải tệp Excel .xlsx (có thể là tệp CSV hoặc tệp hỏng)",
    "broken_xlsx": "tệp .xlsx bị hỏng, không mở được",
    "too_big_unpacked": "tệp quá lớn khi giải nén, không phải mẫu báo cáo bình thường",
    "xlsx_unreadable": (
        "không đọc được nội dung tệp (tệp hỏng, hoặc không do Excel ghi ra); hãy mở bằng "
        "Excel, Lưu lại dưới dạng Excel Workbook (.xlsx) rồi gửi lại (chi tiết kỹ thuật: "
        "{detail})"
    ),
    "xlsx_structure": (
        "tệp được ghi ra một cách bất thường, Excel và chương trình này không ghi như vậy "
        "nên tệp không được đọc; hãy dùng mẫu mới xuất từ chương trình, hoặc mở bằng Excel "
        "và Lưu lại dưới dạng Excel Workbook (.xlsx) (chi tiết kỹ thuật: phần '{part}' có "
        "{what})"
    ),
    "no_template_sheet": "không phải mẫu báo cáo CT05 (thiếu trang thông tin của mẫu)",
    "not_ct05_template": "không phải mẫu báo cáo CT05",
    "template_version": (
        "mẫu phiên bản '{version}' không được hỗ trợ; hãy dùng mẫu mới xuất từ chương trình"
    ),
    "sheet_missing": "thiếu trang của mẫu; không sửa tên hay xóa trang",
    "excel_error_cell": "ô báo lỗi Excel ({value}); hãy sửa rồi lưu lại",
    "formula_cell": (
        "ô có công thức ({formula}); mẫu chỉ nhận số liệu gõ vào: hãy gõ số, hoặc sao chép rồi "
        "dán giá trị (Paste Special → Values), lưu lại rồi gửi"
    ),
    "unit_not_in_template": (
        "không có đơn vị này trong mẫu; hãy chọn đơn vị trong danh sách của cột 'Đơn vị'"
    ),
    "row_gone": "dòng này không còn trong cơ sở dữ liệu (đã bị xóa?); hãy xuất mẫu mới",
    "template_unit_unknown": "đơn vị của mẫu không có trong cơ sở dữ liệu này",
    "template_parts_apart": (
        "trang 'Số liệu' không cùng một mẫu với phần ẩn của tệp (có thể đã chép trang từ mẫu "
        "khác); không nhập gì. Hãy xuất mẫu mới gửi đơn vị"
    ),
    "template_title_apart": (
        "tiêu đề trang 'Số liệu' không khớp với mẫu: mẫu (có chữ ký) là của {name} năm "
        "{year}; có thể tệp được chép cho đơn vị hoặc năm khác. Hãy xuất mẫu mới cho đúng "
        "đơn vị và năm"
    ),
    "template_older": (
        "{what}: mẫu ghi {sent}, nhưng số liệu này đã được sửa thành {stored} lúc {when} "
        "({who}), sau khi mẫu được xuất; nhập mẫu sẽ đưa về số cũ. Nếu đúng là muốn vậy, "
        "nhập với --accept-older (trong cửa sổ: nút 'Vẫn nhập số liệu của mẫu cũ…')"
    ),
    "template_older_text": (
        "{what}: mẫu ghi lại nội dung cũ, nhưng nội dung này đã được sửa lúc {when} ({who}), "
        "sau khi mẫu được xuất; nhập mẫu sẽ đưa về nội dung cũ. Nếu đúng là muốn vậy, nhập với "
        "--accept-older (trong cửa sổ: nút 'Vẫn nhập số liệu của mẫu cũ…')"
    ),
    "template_forged": (
        "mẫu đã bị sửa hoặc không do cơ sở dữ liệu này tạo (phần ẩn cho biết đơn vị và năm "
        "của mẫu không khớp chữ ký); không nhập gì. Hãy xuất mẫu mới gửi đơn vị"
    ),
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
    "not_plain_value": "ô chứa {kind}, không phải chữ, số hay ngày; hãy nhập lại giá trị",
    "too_many_register_rows": (
        "sổ '{register}' có {count} dòng trong năm, quá {limit} dòng một mẫu có thể chứa; "
        "hãy xuất mẫu cho từng đơn vị cấp dưới"
    ),
    "no_units_under": (
        "{name} không có đơn vị trực thuộc nào trong năm {year}, nên không có mẫu nào để "
        "xuất cho từng đơn vị trực thuộc; không ghi tệp nào. Hãy xuất một mẫu cho chính "
        "{name}: bỏ chọn 'Mỗi đơn vị trực thuộc một tệp' (ở dòng lệnh: bỏ --children)"
    ),
}

TEMPLATE_EN = {
    "answer_needs_unit": (
        "the template is for unit '{unit}' of the superior's tree; say which unit of your "
        "tree it is (--as CODE), the first time only"
    ),
    "answer_unit_not_in_year": "{name} did not exist in the template's year {year}",
    "answer_no_unit_row": (
        "the template's 'Số liệu' sheet has no row for unit '{unit}'; use the file received"
    ),
    "answer_register_full": "the template's register sheet '{register}' has no room left",
    "template_form_edited": (
        "the file's hidden form sheet was edited and no longer matches the template's "
        "signature; use the template as received, or ask for a new one"
    ),
    "xls_or_password": (
        "an Excel 97-2003 (.xls) or password-protected file; open it in Excel, remove the "
        "password and save it as an Excel Workbook (.xlsx)"
    ),
    "ods_file": (
        "an OpenDocument spreadsheet (.ods, LibreOffice's), not .xlsx; open it and save it "
        "as an Excel Workbook (.xlsx)"
    ),
    "not_xlsx": "not an Excel .xlsx file (perhaps a CSV file or a damaged one)",
    "broken_xlsx": "the .xlsx file is damaged and cannot be opened",
    "too_big_unpacked": "the file unpacks far too large for a report template",
    "xlsx_unreadable": (
        "cannot read the file's contents (damaged, or not written by Excel); open it in "
        "Excel, save it as an Excel Workbook (.xlsx) and send it again (technical detail: "
        "{detail})"
    ),
    "xlsx_structure": (
        "the file is written in a way neither Excel nor this program writes, so it is not "
        "read; use a new template from the program, or open it in Excel and save it as an "
        "Excel Workbook (.xlsx) (technical detail: its part '{part}' holds {what})"
    ),
    "no_template_sheet": "not a CT05 template (the template's information sheet is missing)",
    "not_ct05_template": "not a CT05 template",
    "template_version": (
        "template version '{version}' is not supported; use a template written by the program"
    ),
    "sheet_missing": "a sheet of the template is missing; do not rename or delete sheets",
    "excel_error_cell": "the cell shows an Excel error ({value}); correct it and save again",
    "formula_cell": (
        "the cell holds a formula ({formula}); a template takes typed figures only: type the "
        "number, or copy and paste the value (Paste Special → Values), save and send it again"
    ),
    "unit_not_in_template": (
        "there is no such unit in this template; choose a unit from the list of the column "
        "'Đơn vị' (unit)"
    ),
    "row_gone": "this row is no longer in the database (deleted?); write a new template",
    "template_unit_unknown": "the template's unit is not in this database",
    "template_parts_apart": (
        "the 'Số liệu' sheet is not of the same template as the file's hidden sheet (copied "
        "from another template?); nothing imported. Write a new template for the unit"
    ),
    "template_title_apart": (
        "the 'Số liệu' sheet's title does not match the template: it is signed for {name}, "
        "{year}; the file may have been copied for another unit or year. Write a new "
        "template for the right unit and year"
    ),
    "template_older": (
        "{what}: the template says {sent}, but this figure was corrected to {stored} on "
        "{when} ({who}), after the template was written; importing it would set it back. "
        "If that is what you want, import with --accept-older (in the window: 'Import the "
        "older figures anyway…' button)"
    ),
    "template_older_text": (
        "{what}: the template holds the earlier text, but it was corrected on {when} ({who}), "
        "after the template was written; importing it would set it back. If that is what you "
        "want, import with --accept-older (in the window: 'Import the older figures anyway…' "
        "button)"
    ),
    "template_forged": (
        "the template was edited or not made by this database (its hidden part, which says "
        "its unit and year, does not match its signature); nothing was imported. Send the "
        "unit a new template"
    ),
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
    "not_plain_value": "the cell holds {kind}, not text, a number or a date; type the value again",
    "too_many_register_rows": (
        "the register '{register}' has {count} rows in the year, more than the {limit} a "
        "template can hold; write a template for each unit below instead"
    ),
    "no_units_under": (
        "{name} has no units directly under it in {year}, so there is no template to write "
        "for each of them; no file was written. Write one template for {name} itself: "
        "untick 'One file for each unit directly under it' (on the command line: leave out "
        "--children)"
    ),
}
