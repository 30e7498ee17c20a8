"""The error family: every code worded in both languages with the same parameters; a
located refusal worded whole in either language; expected faults recognised."""

from __future__ import annotations

import errno
import sqlite3
import string
from pathlib import Path

import pytest

from ct05_desktop.domain.file_problems import FileProblem
from ct05_desktop.domain.refusal_words import EN, VI
from ct05_desktop.domain.refusals import Phrase, Refusal, Refusals
from ct05_desktop.files.output_file import ReadOnlyTarget
from ct05_desktop.workflows.faults import fault, words_for


def _params(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_word_the_same_codes_with_the_same_parameters() -> None:
    assert VI.keys() == EN.keys()
    for code in VI:
        assert _params(VI[code]) == _params(EN[code]), code


def test_a_code_without_words_is_a_bug_at_once() -> None:
    with pytest.raises(KeyError):
        Refusal("no_such_code")


def test_nested_refusals_and_phrases_take_the_sentences_language() -> None:
    inner = Refusal("not_in_list", text="x", allowed=Phrase("Cấp huyện; Cấp cơ sở", "District"))
    cell = Refusal("in_row_column", row=3, column=Phrase("Cấp", "Level"), reason=inner)
    both = Refusals([cell, Refusal("empty_name")])
    assert both.codes == ["in_row_column", "empty_name"]
    assert both.lines("en") == [
        "row 3, column 'Level': 'x' is not in the list (District)",
        "the unit name must not be empty",
    ]
    assert str(both).splitlines()[0] == (
        "dòng 3, cột 'Cấp': 'x' không có trong danh sách (Cấp huyện; Cấp cơ sở)"
    )


def test_a_file_problem_says_where_in_either_language() -> None:
    problem = FileProblem(
        "a.xlsx", None, None, "abc", Refusal("formula_cell", formula="=A1"), "Số liệu", "C7"
    )
    assert problem.code == "formula_cell"
    assert problem.words("en").startswith("a.xlsx, sheet 'Số liệu', cell C7, value 'abc': ")
    assert str(problem).startswith("a.xlsx, trang 'Số liệu', ô C7, giá trị 'abc': ")


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (PermissionError(errno.EACCES, "denied", "a.xlsx"), "file_in_use"),
        (FileNotFoundError(errno.ENOENT, "missing", "a.csv"), "file_missing"),
        (IsADirectoryError(errno.EISDIR, "folder", "out"), "is_folder"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk_full"),
        (OSError(errno.EROFS, "Read-only file system"), "read_only"),
        (OSError(errno.EIO, "Input/output error"), "file_error"),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory", "plain.txt"), "not_a_folder"),
        (ReadOnlyTarget(errno.EACCES, "read-only", "a.xlsx"), "file_read_only"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "name_too_long"),
        (OSError(errno.EINVAL, "Invalid argument"), "bad_file_name"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (sqlite3.OperationalError("database is locked"), "db_busy"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "db_read_only"),
        (sqlite3.DatabaseError("database disk image is malformed"), "db_damaged"),
    ],
)
def test_expected_faults_are_told_in_words(exc: BaseException, code: str) -> None:
    told = fault(exc, "BaoCao.xlsx")
    assert told is not None and told.code == code
    assert words_for(exc, "en", "BaoCao.xlsx") == told.words("en")


def test_a_fault_is_told_without_the_systems_english() -> None:
    """The system's own words ('Input/output error', 'File exists') are English: an
    unexpected fault of a file is told by its short name, for whoever helps."""
    told = words_for(OSError(errno.EIO, "Input/output error", "a.csv"))
    assert told == "không đọc hoặc ghi được a.csv (lỗi hệ thống EIO)"
    blocked = NotADirectoryError(errno.ENOTDIR, "Not a directory", "plain.txt")
    assert words_for(blocked, name="plain.txt/r.xlsx") == (
        "không ghi được vào plain.txt: đó là một tệp, không phải thư mục"
    )


def test_anything_else_is_a_bug() -> None:
    assert fault(ZeroDivisionError()) is None and words_for(KeyError("x")) is None
    assert fault(sqlite3.OperationalError("no such table: values")) is None
    # a message that only mentions a word of a known fault is no such fault
    assert fault(sqlite3.OperationalError("no such column: full")) is None
    assert fault(sqlite3.OperationalError('near "locked": syntax error')) is None


def test_sqlites_own_faults_are_known_by_their_result_codes(tmp_path: Path) -> None:
    """What SQLite raises carries its result code: a read-only database, a table held by
    another connection, a file that is no database are told by it."""
    path = tmp_path / "r.db"
    with sqlite3.connect(path) as made:
        made.execute("CREATE TABLE t (x)")
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raised:
        reader.execute("INSERT INTO t VALUES (1)")
    reader.close()
    assert raised.value.sqlite_errorcode & 0xFF == 8
    assert fault(raised.value) is not None and fault(raised.value).code == "db_read_only"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as busy:
        other.execute("SELECT * FROM t").fetchall()
    holder.execute("ROLLBACK")
    assert fault(busy.value) is not None and fault(busy.value).code == "db_busy"
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        sqlite3.connect(junk).execute("SELECT * FROM sqlite_master").fetchall()
    assert fault(damaged.value) is not None and fault(damaged.value).code == "db_damaged"


def test_a_refusal_copies_and_pickles_with_its_code() -> None:
    import copy
    import pickle

    from ct05_desktop.workflows.entry import InputRefused

    for refusal in (
        Refusal("code_taken", code="SL", name="Tỉnh ủy"),
        InputRefused([Refusal("empty_name"), Refusal("empty_code")]),
    ):
        for again in (copy.copy(refusal), pickle.loads(pickle.dumps(refusal))):
            assert type(again) is type(refusal) and again.codes == refusal.codes
            assert again.words("en") == refusal.words("en") and str(again) == str(refusal)


def test_a_template_source_with_a_colon_in_its_name_reads_back() -> None:
    from ct05_desktop.domain.sources import Source, template_file

    source = template_file("a:b.xlsx", "abc")
    assert Source.parse(str(source)) == source
    assert Source.parse("xlsx:a:b.xlsx") == Source("xlsx", "a:b.xlsx")


def test_no_code_is_worded_twice_in_one_language() -> None:
    """A dict literal keeps the last of two equal keys without a word: two branches that
    each added a code would leave one of them worded for the other's parameters."""
    import ast
    from pathlib import Path

    import ct05_desktop.domain.refusal_words as words
    import ct05_desktop.domain.template_words as template_words

    for module in (words, template_words):  # across the two: refusal_words._merged says it
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice = sorted({k for k in keys if keys.count(k) > 1})
                assert twice == [], (module.__name__, twice)


def test_progress_steps_are_said_in_the_persons_language() -> None:
    from ct05_desktop.domain.progress import GATHERING, SAVING, step_words

    assert step_words(GATHERING, "vi") == "Đang tổng hợp số liệu"
    assert step_words(GATHERING, "en") == "Gathering the figures"
    assert step_words(SAVING, "en") == "Saving the file"
    assert step_words("Tổng hợp", "en") == "Tổng hợp"  # a sheet's name: as it is
