"""The `ct05` command. It never imports Qt, so it runs without a display."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ct05_desktop import (
    __version__,
    cli_answer,
    cli_args,
    cli_backup,
    cli_import,
    cli_issued,
    cli_registers,
    cli_text,
    cli_tree,
)
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.domain.registers import REGISTERS
from ct05_desktop.domain.sources import CLI
from ct05_desktop.paths import default_db_path
from ct05_desktop.workflows.backups import daily_backup_skipped
from ct05_desktop.workflows.csv_transfer import export_csv
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.faults import words_for
from ct05_desktop.workflows.form_transfer import export_form, form_summary
from ct05_desktop.workflows.locks import lock_year, unlock_year
from ct05_desktop.workflows.reading import has_tree
from ct05_desktop.workflows.reports import (
    ReportError,
    default_unit_header,
    parse_date,
    report_unit,
    save_unit_header,
    unit_header,
)
from ct05_desktop.workflows.session import Session, StorageError
from ct05_desktop.workflows.setup import SetupError, init_database, load_demo

# what the exit code says, for a script that runs the command line
EXIT_CODES = (
    "Mã thoát: 0 xong; 1 bị từ chối (số liệu, tệp, năm không hợp lệ; lỗi đĩa, cơ sở dữ\n"
    "liệu đang bận), không ghi gì; 2 dòng lệnh sai, hoặc không mở được cơ sở dữ liệu."
)


def _parser() -> argparse.ArgumentParser:
    parser = cli_args.Parser(
        prog="ct05",
        description="CT05 Desktop: số liệu thực hiện Chỉ thị 05-CT/TW từ dòng lệnh.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ct05 {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="tệp dữ liệu (mặc định: biến CT05_DB hoặc thư mục dữ liệu người dùng)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")
    _data_commands(sub)
    _output_commands(sub)
    cli_backup.add_commands(sub)
    cli_tree.add_commands(sub)
    cli_text.add_commands(sub)
    cli_answer.add_commands(sub)
    cli_issued.add_commands(sub)
    return parser


def _data_commands(sub: Any) -> None:
    """The commands that fill or close the database: init, demo, import, lock, unlock."""
    p = sub.add_parser("init", help="tạo cơ sở dữ liệu với cây tổ chức mặc định")
    p.add_argument("--orgs", type=Path, help="dùng cây tổ chức trong tệp CSV này thay cho mặc định")

    sub.add_parser("demo", help="nạp dữ liệu mẫu (số liệu của bài báo Sơn La)")

    p = sub.add_parser(
        "import", help="nhập tệp CSV hoặc mẫu Excel đã điền (mỗi tệp: tất cả hoặc không)"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="TỆP")
    p.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và cho xem thay đổi, không ghi gì"
    )
    p.add_argument(
        "--rewrite-history",
        action="store_true",
        help="tệp tổ chức: cho phép sửa cây tổ chức của các năm đã qua (xem trước bằng --dry-run)",
    )
    p.add_argument(
        "--from",
        dest="from_year",
        metavar="NĂM",
        help="tệp biểu mẫu báo cáo: biểu mẫu áp dụng từ năm này",
    )
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="mẫu Excel: vẫn nhập số liệu của mẫu xuất trước khi số liệu được sửa",
    )
    for name, text in (
        ("lock", "chốt số liệu một năm: không sửa được nữa"),
        ("unlock", "mở lại năm đã chốt"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("year", metavar="NĂM")  # a year: read by cli_args, in words


def _output_commands(sub: Any) -> None:
    """The commands that write files: template, report, header (shown), export."""
    p = sub.add_parser("template", help="xuất mẫu Excel để đơn vị điền số liệu")
    p.add_argument("--org", required=True, help="mã đơn vị")
    p.add_argument("--year", required=True, help="năm của mẫu, ví dụ 2019")
    p.add_argument(
        "--children",
        action="store_true",
        help="mỗi đơn vị trực thuộc một tệp, ghi vào thư mục --out",
    )
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser(
        "report",
        help="lập báo cáo: tệp .docx là Báo cáo (Word), tệp .xlsx là Phụ lục (Excel)",
    )
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", help="năm báo cáo, ví dụ 2019")
    when.add_argument("--years", help="khoảng năm, ví dụ 2017-2019")
    p.add_argument("--org", help="mã đơn vị (mặc định: cấp cao nhất của cây tổ chức)")
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help="tệp .docx hoặc .xlsx sẽ ghi (với --issued: thư mục)",
    )
    p.add_argument("--date", help="ngày ký báo cáo, ví dụ 05/01/2020 (mặc định: hôm nay)")
    p.add_argument("--number", default="", help="số của báo cáo (mặc định: để trống)")
    p.add_argument(
        "--final",
        action="store_true",
        help="bản chính thức để ký: không ghi chú trong câu, phần trống được bỏ",
    )
    p.add_argument(
        "--allow-empty",
        action="store_true",
        help="với --final: vẫn lập khi phần I, III hoặc V còn trống",
    )
    p.add_argument(
        "--issued",
        action="store_true",
        help="với --final, --number, --date: lưu làm báo cáo đã gửi; --out là thư mục",
    )
    _header_options(p, "chỉ cho lần lập báo cáo này")

    p = sub.add_parser(
        "header", help="xem hoặc sửa phần đầu, chữ ký và nơi nhận báo cáo của một đơn vị"
    )
    p.add_argument("--org", required=True, help="mã đơn vị")
    p.add_argument("--reset", action="store_true", help="bỏ mọi giá trị đã sửa, dùng lại mặc định")
    _header_options(p, "lưu cho các báo cáo sau của đơn vị")

    p = sub.add_parser("export", help="xuất tổ chức, số liệu, biểu mẫu báo cáo hoặc các sổ ra CSV")
    p.add_argument("--what", choices=("orgs", "values", "form", "registers"), required=True)
    p.add_argument("--year", help="chỉ số liệu của năm này; với --what form: bắt buộc")
    p.add_argument(
        "--register",
        choices=[spec.key for spec in REGISTERS],
        help="với --what registers: chỉ sổ này (--out là tệp); không có: mỗi sổ một tệp "
        "KEY.csv trong thư mục --out",
    )
    p.add_argument("--org", help="với --what registers: đơn vị và các đơn vị trực thuộc")
    p.add_argument("--out", type=Path, required=True)


HEADER_OPTIONS = (  # option, field, help
    ("--superior", "superior", "dòng cơ quan cấp trên, ví dụ 'ĐẢNG BỘ TỈNH SƠN LA'"),
    ("--issuer", "issuer", "cơ quan ban hành, ví dụ 'HUYỆN ỦY MƯỜNG LA'"),
    ("--symbol", "symbol", "ký hiệu sau 'BC/', ví dụ HU"),
    ("--place", "place", "địa danh ở dòng ngày tháng, ví dụ 'Mường La'"),
    ("--signer-role", "signer_role", "thẩm quyền ký, ví dụ 'T/M BAN THƯỜNG VỤ'"),
    ("--signer-title", "signer_title", "chức vụ người ký, ví dụ 'BÍ THƯ'"),
    ("--signer", "signer_name", "họ và tên người ký"),
)


def _header_options(p: argparse.ArgumentParser, scope: str) -> None:
    for option, name, text in HEADER_OPTIONS:
        p.add_argument(option, dest=name, help=f"{text} ({scope})")
    p.add_argument(
        "--recipient",
        dest="recipients",
        action="append",
        help=f"một nơi nhận; lặp lại cho nhiều nơi ({scope})",
    )


def _header_values(args: argparse.Namespace) -> dict[str, str | None]:
    values: dict[str, str | None] = {name: getattr(args, name) for _, name, _ in HEADER_OPTIONS}
    if any("\n" in r or "\r" in r for r in args.recipients or []):
        raise ReportError("header_field", field="--recipient", reason=Refusal("header_one_line"))
    values["recipients"] = "\n".join(args.recipients) if args.recipients else None
    return values


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    args = _parser().parse_args(argv)
    try:  # every text typed comes in NFC (a name pasted from a web page may be decomposed)
        cli_args.typed_values(args)
    except Refusal as exc:
        print(f"Lỗi: {exc.words('vi')}", file=sys.stderr)
        return 2
    path = args.db or default_db_path()
    try:
        cli_args.check(args)  # the years typed, before anything is opened
        if args.command in cli_backup.COMMANDS:
            return cli_backup.run(path, args)
        if args.command == "init":
            _empty_file_made_database(Path(path))
        with Session(path, create=args.command in ("init", "demo")) as session:
            session.when_waiting(_waiting())
            skipped = daily_backup_skipped(session)  # the work goes on, the clerk is told
            if skipped is not None:
                print(f"Cảnh báo: {skipped.words('vi')}", file=sys.stderr)
            return _run(session, args)
    except StorageError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # whoever read the output went away (`| head`): not a fault
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (Python's advice)
        print(f"Lỗi: {Refusal('output_closed').words('vi')}", file=sys.stderr)
        return 1
    except Exception as exc:  # an expected fault (disk full, database busy…) in words
        told = words_for(exc)
        if told is None:
            raise  # a bug: the traceback
        print(f"Lỗi: {told}", file=sys.stderr)
        return 1


def _empty_file_made_database(path: Path) -> None:
    """init asks for a database at path: an empty file there (a first init killed before
    it wrote anything) holds nothing to lose, and is replaced. Any other command refuses
    one in words (it may be a file the clerk did not mean)."""
    journal = Path(f"{path}-journal")
    if path.is_file() and path.stat().st_size == 0 and not journal.exists():
        path.unlink()


def _waiting() -> Callable[[float], None]:
    """While another program writes: said once a few seconds, on the error stream."""
    said = [-1]

    def waiting(seconds: float) -> None:
        if int(seconds) // 5 > said[0]:
            said[0] = int(seconds) // 5
            print(Refusal("db_waiting", seconds=int(seconds)).words("vi"), file=sys.stderr)

    return waiting


def _run(session: Session, args: argparse.Namespace) -> int:
    if args.command == "init":
        if has_tree(session):
            print(f"Cơ sở dữ liệu {session.path} đã có cây tổ chức; không tạo lại.")
            return 0 if args.orgs is None else 1
        try:
            report = init_database(session, args.orgs)
        except SetupError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"Đã tạo {session.path} với {report.changed} tổ chức.")
        return 0
    if not has_tree(session):
        init_database(session)
    if args.command == "demo":
        try:
            report = load_demo(session)
        except SetupError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(f"Đã nạp dữ liệu mẫu: {report.changed} giá trị thay đổi.")
        return 0
    if args.command == "import":
        return cli_import.run(
            session,
            args.files,
            args.dry_run,
            args.rewrite_history,
            args.accept_older,
            args.from_year,
        )
    if args.command in cli_tree.COMMANDS:
        return cli_tree.run(session, args)
    if args.command in cli_text.COMMANDS:
        return cli_text.run(session, args)
    if args.command in cli_answer.COMMANDS:
        return cli_answer.run(session, args)
    if args.command in cli_issued.COMMANDS:
        return cli_issued.run(session, args)
    if args.command == "template":
        try:
            from ct05_desktop.workflows.templates import write_unit_templates  # openpyxl: late

            paths = write_unit_templates(session, args.org, args.year, args.out, args.children)
        except (Refusal, OSError) as exc:
            print(f"Lỗi: {words_for(exc, name=args.out)}", file=sys.stderr)
            return 1
        for path in paths:
            print(f"Đã xuất mẫu {path}")
        return 0
    if args.command == "report":
        return _report(session, args)
    if args.command == "header":
        return _header(session, args)
    if args.command in ("lock", "unlock"):
        try:
            if args.command == "lock":
                lock_year(session, args.year, CLI)
                print(f"Đã chốt số liệu năm {args.year}.")
            else:
                unlock_year(session, args.year, CLI)
                print(f"Đã mở lại năm {args.year}.")
        except InputRefused as exc:
            print(f"Lỗi: {exc}", file=sys.stderr)
            return 1
        return 0
    if args.what == "form":
        return _export_form(session, args)
    if args.what == "registers":
        return cli_registers.export(session, args)
    count = export_csv(session, args.what, args.out, args.year)
    print(f"Đã xuất {count} dòng ra {args.out}.")
    return 0


def _export_form(session: Session, args: argparse.Namespace) -> int:
    """The form of --year, and the years it holds for."""
    if args.year is None:
        print("Lỗi: xuất biểu mẫu cần năm: --year NĂM.", file=sys.stderr)
        return 1
    export_form(session, args.year, args.out)
    print(f"Đã xuất {form_summary(session, args.year).vi.lower()} ra {args.out}.")
    return 0


def _report(session: Session, args: argparse.Namespace) -> int:
    try:
        years = range(args.year, args.year + 1) if args.year else args.period
        date = parse_date(args.date, reported=years[-1]) if args.date else None
        org = report_unit(session, years, args.org)
        if args.issued:
            cli_issued.check_issued(args)
        values = _header_values(args)
        header = unit_header(session, org, values, date, args.number, years[-1])
        if args.issued:
            return cli_issued.issue(session, args, years, org, header)
        from ct05_desktop.workflows.report_files import build_report  # Word, Excel: late

        path = build_report(
            session,
            years,
            args.out,
            org,
            header=header,
            final=args.final,
            allow_empty=args.allow_empty,
        )
    except (ReportError, OSError) as exc:
        print(f"Lỗi: {words_for(exc, name=args.out)}", file=sys.stderr)
        return 1
    print(f"Đã lập báo cáo {path}.")
    return 0


def _header(session: Session, args: argparse.Namespace) -> int:
    try:
        if args.reset:
            save_unit_header(session, args.org, {}, CLI)
        values = {k: v for k, v in _header_values(args).items() if v is not None}
        if values:
            current = unit_header(session, args.org).as_dict()
            save_unit_header(session, args.org, {**current, **values}, CLI)
        header = unit_header(session, args.org)
    except ReportError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    defaults = default_unit_header(session, args.org).as_dict()
    print(f"Phần đầu báo cáo của {session.tree()[args.org].name}:")
    for name, value in header.as_dict().items():
        mark = "" if value == defaults[name] else "  (đã sửa)"
        shown = value.replace("\n", " | ")
        print(f"  {name:<13} {shown}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
