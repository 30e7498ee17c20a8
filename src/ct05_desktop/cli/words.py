"""What the command line says, by code, in Vietnamese and in English (one
``wording.Words`` table, as every table of the domain's words): the command speaks
Vietnamese (``LANG``), the English stands beside it for whoever helps. The options' help
stays with the parser that describes them (``command.py`` and each command's module)."""

from __future__ import annotations

import sys
from typing import Any

from ct05_desktop.domain.wording import Words

LANG = "vi"  # the clerks' language: the command line's

SAID = Words(
    "command line",
    vi={
        "error": "Lỗi: {what}",
        "warning": "Cảnh báo: {what}",
        "warning_line": "  Cảnh báo: {what}",
        "see_help": "Lỗi: {what}; xem: {prog} --help",
        "exit_codes": (
            "Mã thoát: 0 xong; 1 bị từ chối (số liệu, tệp, năm không hợp lệ; lỗi đĩa, cơ sở dữ\n"
            "liệu đang bận), không ghi gì; 2 dòng lệnh sai, hoặc không mở được cơ sở dữ liệu."
        ),
        "init_has_tree": "Cơ sở dữ liệu {path} đã có cây tổ chức; không tạo lại.",
        "init_done": "Đã tạo {path} với {count} tổ chức.",
        "demo_done": "Đã nạp dữ liệu mẫu: {count} giá trị thay đổi.",
        "template_done": "Đã xuất mẫu {path}",
        "locked": "Đã chốt số liệu năm {year}.",
        "unlocked": "Đã mở lại năm {year}.",
        "exported": "Đã xuất {count} dòng ra {path}.",
        "form_exported": "Đã xuất {form} ra {path}.",
        "form_needs_year": "xuất biểu mẫu cần năm: --year NĂM.",
        "register_exported": "Đã xuất {count} dòng sổ '{register}' ra {path}.",
        "names_people": "Lưu ý: {registers} có họ tên người; chỉ gửi tệp cho nơi được phép.",
        "report_done": "Đã lập báo cáo {path}.",
        "header_of": "Phần đầu báo cáo của {unit}:",
        "header_edited": "  (đã sửa)",
        "backed_up": "Đã sao lưu vào {path}.",
        "no_backups": "Chưa có bản sao lưu nào trong {folder}.",
        "restored": "Đã khôi phục {path} từ {file}; dữ liệu trước đó được sao lưu ở {safety}.",
        "restored_damaged": "Đã khôi phục {path} từ {file}; tệp hỏng được giữ ở {aside}.",
        "restored_missing": "Đã khôi phục {path} từ {file}.",
        "backup_daily": "lần mở đầu tiên trong ngày",
        "backup_manual": "sao lưu theo yêu cầu",
        "backup_import": "trước khi nhập tệp",
        "backup_restore": "trước khi khôi phục",
        "backup_demo": "trước khi nạp dữ liệu mẫu",
        "backup_migration": "trước khi nâng cấp cấu trúc dữ liệu",
        "backup_orgs": "trước khi đổi cây tổ chức",
        "rewrite_orgs_only": "{file}: --rewrite-history chỉ dùng cho tệp tổ chức.",
        "previewed_only": "{file}: chỉ xem trước, chưa ghi gì.",
        "dry_run_skipped": (
            "{file}: --dry-run chỉ dùng cho tệp tổ chức, tệp sổ và mẫu Excel; bỏ qua."
        ),
        "imported": "{file}: {rows} dòng, {changed} thay đổi.",
        "would_import": "{file}: {rows} dòng, {changed} sẽ thay đổi khi nhập thật.",
        "file_refused": "{file}: không nhập gì vì có {count} lỗi:",
        "more_problems": "  … và {count} lỗi khác (sửa các lỗi trên rồi nhập lại để xem tiếp).",
        "more_warnings": "  … và {count} cảnh báo khác (Phụ lục của báo cáo liệt kê đủ).",
        "template_imported": (
            "{file} ({unit}): {new} số liệu mới, {updated} thay đổi, {unchanged} không đổi; "
            "thêm {rows_added} dòng sổ, sửa {rows_changed} dòng (đã lưu)."
        ),
        "template_previewed": (
            "{file} ({unit}): {new} số liệu mới, {updated} thay đổi, {unchanged} không đổi; "
            "thêm {rows_added} dòng sổ, sửa {rows_changed} dòng (sẽ lưu khi nhập thật)."
        ),
        "row_added": "  + dòng sổ: {row}",
        "row_changed": "  ~ dòng sổ: {row}",
        "issued_file": "Đã lập {path}",
        "issued_kept": "Đã lưu báo cáo đã gửi mã {id} (số {number}, ngày {date}).",
        "open_needs_out": "--open cần --out THƯ_MỤC",
        "written": "Đã ghi {path}",
        "text_saved": "{unit}, năm {year}, phần {part}: đã ghi.",
        "text_unchanged": "{unit}, năm {year}, phần {part}: không đổi.",
        "plan_checked": "{file}: {count} thay đổi từ năm {year}, kiểm tra đạt (chưa ghi gì).",
        "plan_done": "{file}: đã sắp xếp tổ chức từ năm {year}: {count} đơn vị thay đổi.",
        "plan_backup": "  Trạng thái trước khi thay đổi có trong bản sao lưu {path}",
        "header_reset": (
            "  Phần đầu báo cáo của {unit}: dòng cơ quan cấp trên và nơi nhận nay theo đơn vị "
            "cấp trên của năm báo cáo (giá trị đã sửa trước đây được bỏ)."
        ),
        "plan_refused": "{file}: không ghi gì vì có {count} lỗi:",
        "answer_for": "{file}: trả lời là {unit_name} ({unit}), năm {year}.",
        "answer_filled": "  {figures} số liệu, {rows} dòng sổ, {texts} phần nội dung.",
        "answer_filled_repeated": (
            "  {figures} số liệu, {rows} dòng sổ ({repeated} dòng đã có trong mẫu, không thêm), "
            "{texts} phần nội dung."
        ),
        "answer_form_differs": "Biểu mẫu của mẫu khác biểu mẫu của mình (mình → mẫu):",
        "answer_conflicts": "Phần lớn hơn tổng trong số liệu của mình; tệp trả lời gửi:",
        "answer_missing": "Không có số liệu ({count} chỉ tiêu, để nguyên như trong mẫu):",
        "answer_written": "Đã ghi {path}.",
        "answer_previewed": "Chỉ xem trước, chưa ghi tệp.",
    },
    en={
        "error": "Error: {what}",
        "warning": "Warning: {what}",
        "warning_line": "  Warning: {what}",
        "see_help": "Error: {what}; see: {prog} --help",
        "exit_codes": (
            "Exit codes: 0 done; 1 refused (figures, file or year not valid; disk fault,\n"
            "database busy), nothing written; 2 wrong command line, or the database cannot be "
            "opened."
        ),
        "init_has_tree": "The database {path} already holds a tree; not made again.",
        "init_done": "Made {path} with {count} units.",
        "demo_done": "Demo data loaded: {count} values changed.",
        "template_done": "Template written: {path}",
        "locked": "The {year} figures are locked.",
        "unlocked": "{year} is open again.",
        "exported": "Wrote {count} rows to {path}.",
        "form_exported": "Wrote {form} to {path}.",
        "form_needs_year": "exporting the form needs a year: --year YEAR.",
        "register_exported": "Wrote {count} rows of the register '{register}' to {path}.",
        "names_people": "Note: {registers} hold people's names; send the files only where allowed.",
        "report_done": "Report written: {path}.",
        "header_of": "Report header of {unit}:",
        "header_edited": "  (edited)",
        "backed_up": "Backed up to {path}.",
        "no_backups": "No backup yet in {folder}.",
        "restored": "Restored {path} from {file}; the data before is backed up in {safety}.",
        "restored_damaged": "Restored {path} from {file}; the damaged file is kept as {aside}.",
        "restored_missing": "Restored {path} from {file}.",
        "backup_daily": "first opening of the day",
        "backup_manual": "asked for",
        "backup_import": "before an import",
        "backup_restore": "before a restore",
        "backup_demo": "before loading the demo data",
        "backup_migration": "before upgrading the data's structure",
        "backup_orgs": "before changing the tree",
        "rewrite_orgs_only": "{file}: --rewrite-history is only for an organisations file.",
        "previewed_only": "{file}: previewed only, nothing written.",
        "dry_run_skipped": (
            "{file}: --dry-run is only for organisations files, register files and Excel "
            "templates; skipped."
        ),
        "imported": "{file}: {rows} rows, {changed} changed.",
        "would_import": "{file}: {rows} rows, {changed} would change on a real import.",
        "file_refused": "{file}: nothing imported, {count} problems:",
        "more_problems": "  … and {count} more problems (fix those above and import again).",
        "more_warnings": "  … and {count} more warnings (the report's appendix lists them all).",
        "template_imported": (
            "{file} ({unit}): {new} new figures, {updated} changed, {unchanged} unchanged; "
            "{rows_added} register rows added, {rows_changed} edited (saved)."
        ),
        "template_previewed": (
            "{file} ({unit}): {new} new figures, {updated} changed, {unchanged} unchanged; "
            "{rows_added} register rows added, {rows_changed} edited (saved on a real import)."
        ),
        "row_added": "  + register row: {row}",
        "row_changed": "  ~ register row: {row}",
        "issued_file": "Written: {path}",
        "issued_kept": "Kept as issued report {id} (no. {number}, dated {date}).",
        "open_needs_out": "--open needs --out FOLDER",
        "written": "Written: {path}",
        "text_saved": "{unit}, year {year}, part {part}: saved.",
        "text_unchanged": "{unit}, year {year}, part {part}: unchanged.",
        "plan_checked": "{file}: {count} changes from {year}, checks passed (nothing written).",
        "plan_done": "{file}: the tree reorganised from {year}: {count} units changed.",
        "plan_backup": "  The state before the change is in the backup {path}",
        "header_reset": (
            "  Report header of {unit}: the superior line and the recipients now follow the "
            "unit above in the report's year (the values edited before are dropped)."
        ),
        "plan_refused": "{file}: nothing written, {count} problems:",
        "answer_for": "{file}: the answer is {unit_name} ({unit}), year {year}.",
        "answer_filled": "  {figures} figures, {rows} register rows, {texts} written parts.",
        "answer_filled_repeated": (
            "  {figures} figures, {rows} register rows ({repeated} already in the template, "
            "not added), {texts} written parts."
        ),
        "answer_form_differs": "The template's form differs from this one's (this → template):",
        "answer_conflicts": "A part above its total in this data; the answer sends:",
        "answer_missing": "No figure ({count} indicators, left as they are in the template):",
        "answer_written": "Written: {path}.",
        "answer_previewed": "Previewed only, no file written.",
    },
)


def told(code: str, /, **params: Any) -> str:
    """The command line's text of code, filled in."""
    return SAID.say(code, LANG, **params)


def say(code: str, /, **params: Any) -> None:
    """A result, on standard output."""
    print(told(code, **params))


def note(code: str, /, **params: Any) -> None:
    """A message beside the output (a warning, a file written by --show's kin), on
    standard error."""
    print(told(code, **params), file=sys.stderr)


def error(what: str) -> None:
    """'Lỗi: …' on standard error: every refusal of the command line is said so."""
    print(told("error", what=what), file=sys.stderr)


def warn(what: str) -> None:
    print(told("warning", what=what), file=sys.stderr)
