"""The words of the refusals about files and the database (expected faults: a file in
use, a full disk, a damaged or foreign database, another writer): part of the tables in
domain/refusal_words.py (VI and EN), kept apart for their number."""

from __future__ import annotations

FILE_VI = {
    "register_id_bad": "mã dòng (cột id) '{text}' không phải số; để trống cho dòng mới",
    "register_id_unknown": (
        "không có dòng sổ mã {id} trong cơ sở dữ liệu này (tệp xuất từ nơi khác?); để trống cột "
        "id cho dòng mới"
    ),
    "register_id_elsewhere": (
        "dòng sổ mã {id} thuộc đơn vị hoặc năm khác; không đổi đơn vị, năm của một dòng qua tệp"
    ),
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
    "db_wait_given_up": (
        "đã thôi chờ chương trình khác ghi vào cơ sở dữ liệu; chưa lưu gì, hãy lưu lại khi "
        "chương trình kia ghi xong"
    ),
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
    "output_closed": (
        "nơi nhận kết quả của lệnh đã đóng (ví dụ khi nối qua | head) nên lệnh dừng ở đó; "
        "những thay đổi đã lưu trước lúc ấy vẫn được giữ"
    ),
    "path_not_utf8": (
        "tên tệp '{text}' có ký tự không đọc được (không phải UTF-8, thường do tệp chép từ máy "
        "khác); hãy đổi tên tệp rồi làm lại"
    ),
    "output_onto_database": (
        "{name} là tệp của chính cơ sở dữ liệu đang mở; ghi đè lên đó sẽ mất hết dữ liệu. "
        "Hãy chọn tên tệp khác"
    ),
}

FILE_EN = {
    "register_id_bad": "the row id '{text}' is not a number; leave it blank for a new row",
    "register_id_unknown": (
        "there is no register row {id} in this database (a file from elsewhere?); leave the id "
        "blank for a new row"
    ),
    "register_id_elsewhere": (
        "register row {id} belongs to another unit or year; a file does not move a row"
    ),
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
    "db_wait_given_up": (
        "stopped waiting for the other program writing to the database; nothing was saved, "
        "save again once it has finished"
    ),
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
    "output_closed": (
        "whoever read the command's output closed it (e.g. | head), so the command stopped "
        "there; the changes saved before then are kept"
    ),
    "path_not_utf8": (
        "the file name '{text}' has characters that cannot be read (not UTF-8, often from a "
        "file copied from another machine); rename the file and try again"
    ),
    "output_onto_database": (
        "{name} is a file of the very database that is open; writing over it would lose "
        "all its data. Choose another file name"
    ),
}
