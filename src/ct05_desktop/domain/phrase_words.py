"""Short texts put inside a sentence, in both languages: what a file turns out to be,
why SQLite cannot use one, what an odd cell holds, why a folder cannot take a backup, and
the report subject's fields as a refusal names them. One ``Words`` table; whoever needs
one asks ``phrase(code)``."""

from __future__ import annotations

from ct05_desktop.domain.wording import Phrase, Words

PHRASES = Words.pairs(
    "phrases",
    {
        # a file, the database, as a refusal names them when nothing else does
        "a_file": ("tệp", "the file"),
        "the_database": ("cơ sở dữ liệu", "the database"),
        # what a path given as input is, when it is no ordinary file
        "kind_folder": ("một thư mục", "a folder"),
        "kind_fifo": ("một đường ống dữ liệu (FIFO)", "a named pipe (FIFO)"),
        "kind_device": ("một thiết bị", "a device"),
        "kind_socket": ("một cổng kết nối (socket)", "a socket"),
        "kind_special": ("một loại tệp đặc biệt", "a special file"),
        # why SQLite cannot use a file, by its result code
        "sqlite_cantopen": (
            "không mở được tệp hoặc thư mục của nó",
            "the file or its folder cannot be opened",
        ),
        "sqlite_ioerr": ("lỗi đọc hoặc ghi ổ đĩa", "a disk read or write error"),
        "sqlite_readonly": ("tệp chỉ cho đọc", "the file is read-only"),
        "sqlite_held": ("tệp đang bị chương trình khác giữ", "another program holds the file"),
        # what a template's cell holds when it is no plain value
        "cell_bool": ("một giá trị đúng/sai (TRUE/FALSE)", "a TRUE/FALSE value"),
        "cell_time": ("một giờ trong ngày", "a time of day"),
        "cell_duration": ("một khoảng thời gian", "a duration"),
        "cell_object": ("một đối tượng lạ", "an unknown object"),
        # what makes a workbook's XML part not one of a template
        "xml_doctype": ("khai báo DOCTYPE", "a DOCTYPE declaration"),
        "xml_long_attribute": ("một thuộc tính quá dài", "an attribute far too long"),
        # why the backups folder cannot take a backup
        "link_to_nowhere": ("liên kết tới nơi không còn", "a link to nowhere"),
        "folder_read_only": (
            "thư mục chỉ cho đọc hoặc không có quyền ghi vào đó",
            "the folder is read-only, or there is no permission to write in it",
        ),
        # the fields of a report's subject (domain.md §7)
        "subject_document": ("Tên đầy đủ của văn bản", "The document in full"),
        "subject_name": ("Tên ngắn của văn bản", "The document's short name"),
        "subject_theme": ("Chuyên đề năm", "The year's theme"),
        "subject_term": ("Chuyên đề toàn khóa", "The whole term's theme"),
    },
)


def phrase(code: str) -> Phrase:
    return PHRASES.phrase(code)
