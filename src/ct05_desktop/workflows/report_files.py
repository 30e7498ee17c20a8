"""Writing a report's files: the Word document for a .docx name, the Excel appendix for
a .xlsx name, both side by side in a folder; all of them or none (each to a temporary
name, renamed when everything is written). The office's check list goes to a workbook of
its own beside them (…_KiemTra.xlsx) for a final report, whose appendix has no check
sheet, and for a draft with more than CHECK_ROWS warnings, whose sheet lists the first."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ct05_desktop.domain.progress import GATHERING, Progress, quiet
from ct05_desktop.domain.report_header import ReportHeader
from ct05_desktop.domain.report_model import CHECK_ROWS, Report
from ct05_desktop.domain.vi_text import file_words
from ct05_desktop.files.output_file import replaced_on_success
from ct05_desktop.workflows.reports import KINDS, ReportError, gather
from ct05_desktop.workflows.session import Session

GATHERED = 30  # the share of the work done once the figures are gathered


def _writer(path: Path) -> Callable[[Report, Path, Progress | None], Path]:
    """The Word document for a .docx name, the Excel appendix for a .xlsx name (each
    library loaded only when its file is written: a command starts sooner)."""
    kind = path.suffix.lower()
    if kind not in KINDS:
        raise ReportError("bad_report_file", name=path.name)
    if kind == ".docx":
        from ct05_desktop.word.report_doc import write_document

        return write_document
    from ct05_desktop.excel.report import write_report

    return write_report


def build_report(
    session: Session,
    years: range,
    out: Path | str,
    org: str | None = None,
    progress: Progress | None = None,
    header: ReportHeader | None = None,
    final: bool = False,
    allow_empty: bool = False,
) -> Path:
    """Write the report of the period for the unit's subtree (the top of the tree by
    default): a Word document for a .docx name, the Excel appendix for a .xlsx name.
    progress may raise Cancelled: then no file is written. final: the report the office
    signs (workflows.reports.gather)."""
    out = Path(out)
    write = _writer(out)
    tell = progress or quiet
    tell(0, GATHERING)
    report = gather(session, years, org, header, final, allow_empty)
    with ExitStack() as files:
        _check_list(report, [out], files)
        temporary = files.enter_context(replaced_on_success(out))
        write(report, temporary, _scaled(tell, GATHERED, 100))
        files.enter_context(_lists_gone_first([out]))
    return out


def build_reports(
    session: Session,
    years: range,
    folder: Path | str,
    org: str,
    kinds: tuple[str, ...] = KINDS,
    progress: Progress | None = None,
    header: ReportHeader | None = None,
    final: bool = False,
    allow_empty: bool = False,
) -> list[Path]:
    """The Word document and its appendix side by side in a folder, named after the unit
    and the period: BaoCao_CT05_Huyen_Uy_Muong_La_2019.docx, PhuLuc_CT05_….xlsx."""
    tell = progress or quiet
    tell(0, GATHERING)
    report = gather(session, years, org, header, final, allow_empty)
    paths = [Path(folder) / report_file_name(report.top_name, years, kind) for kind in kinds]
    writers = [_writer(path) for path in paths]  # every name checked before any is written
    share = (100 - GATHERED) / max(len(kinds), 1)
    with ExitStack() as files:  # all the files, or none when one fails or is cancelled
        listed = _check_list(report, paths, files)  # beside the appendix, when it needs one
        for n, (path, write) in enumerate(zip(paths, writers, strict=True)):
            start = GATHERED + round(n * share)
            temporary = files.enter_context(replaced_on_success(path))
            write(report, temporary, _scaled(tell, start, round(start + share)))
        files.enter_context(_lists_gone_first(paths))
    return paths + ([listed] if listed else [])


def _check_list(report: Report, paths: list[Path], files: ExitStack) -> Path | None:
    """The office's check list beside the report's files, when it needs one: always for a
    final report (beside its appendix, or its Word document when it has none), for a
    draft's appendix whose check sheet cannot hold every warning. Written with the report,
    replaced with it; None when none is needed."""
    appendix = next((p for p in paths if p.suffix.lower() == ".xlsx"), None)
    if not report.final and (appendix is None or len(report.warnings) <= CHECK_ROWS):
        return None
    from ct05_desktop.excel.checks_sheet import write_check_file

    anchor = appendix or paths[0]
    target = anchor.with_name(f"{anchor.stem}_KiemTra.xlsx")
    report.checks_file = target.name
    write_check_file(report, files.enter_context(replaced_on_success(target)))
    return target


@contextmanager
def _lists_gone_first(paths: list[Path]) -> Iterator[None]:
    """Once every file is written (entered last, it ends first): the check lists beside
    the report's files are removed before any file is renamed into place, so that a kill
    between two renames leaves a report without a list, never beside another report's
    (the new list, when there is one, is renamed in last; an earlier version's CSV goes)."""
    yield
    for path in paths:
        for stale in (path.with_name(f"{path.stem}_KiemTra{kind}") for kind in (".xlsx", ".csv")):
            if stale.is_file():
                stale.unlink(missing_ok=True)


def _scaled(progress: Progress, start: int, end: int) -> Progress:
    """A step's progress (0-100) told as part of the whole (start-end)."""

    def tell(percent: int, step: str) -> None:
        progress(start + (end - start) * percent // 100, step)

    return tell


def report_file_name(unit: str, years: range, kind: str) -> str:
    """An ASCII-safe name from the unit's name and the period."""
    period = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
    stem = "BaoCao" if kind == ".docx" else "PhuLuc"
    return f"{stem}_CT05_{file_words(unit)}_{period}{kind}"
