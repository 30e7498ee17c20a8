"""The command line's years, checked before the database is opened (domain.md §9): a year
typed anywhere (lock, unlock, template, report, export) is one of MIN_YEAR..MAX_YEAR,
and a period's start is not after its end. `lock 99999999999999999999`, `lock -5`,
`report --year 3000`, `report --years 1-3000`, `template --year 1800` are refused in
words, with nothing opened or written. argparse's int would have taken any of them (and
told 'abc' in English), so years are read here, as text."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path
from typing import NoReturn

from ct05_desktop.cli.words import told
from ct05_desktop.domain.characters import shown
from ct05_desktop.domain.checks.figure_rules import MAX_YEAR, MIN_YEAR, check_year
from ct05_desktop.domain.refusals import Refusal
from ct05_desktop.workflows.reports import parse_years

# a whole number in 0-9 (a str pattern's [0-9] is ASCII only: no '٢٠١٩'), signed or not
_WHOLE = re.compile(r"[+-]?[0-9]+")
_DIGITS = 6  # more digits than any year has: such a number need not be read


PATHS = ("file",)  # text options that name a file: taken byte for byte, as the system has it


def typed_values(args: argparse.Namespace) -> None:
    """The text values typed (names, signer, number, codes…) as the program takes text: in
    NFC; one that is not valid UTF-8 (Python keeps its bytes as lone surrogates) refused
    in words, showing it with '�' where its bytes were. Paths (Path values, and PATHS) are
    left as the system gave them (a file's name is compared byte for byte), but refused
    when not UTF-8 (it could be neither logged nor told)."""
    for name, value in vars(args).items():
        if name in PATHS or isinstance(value, Path):
            _named_file(str(value))
            continue
        if isinstance(value, list) and all(isinstance(v, Path) for v in value):
            for v in value:
                _named_file(str(v))
            continue
        if isinstance(value, str):
            setattr(args, name, _typed(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, name, [_typed(v) for v in value])


def _not_utf8(text: str) -> str | None:
    """An argument whose bytes are not UTF-8 (Python keeps them as lone surrogates), shown
    with '�' where they were; None for one that is."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return None
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _named_file(text: str) -> None:
    """A file's name is taken as the system has it, but it is written in the change log
    and in messages: one whose bytes are not UTF-8 is refused in words."""
    seen = _not_utf8(text)
    if seen is not None:
        raise Refusal("path_not_utf8", text=shown(Path(seen).name))


def _typed(text: str) -> str:
    seen = _not_utf8(text)
    if seen is not None:
        raise Refusal("arg_not_utf8", text=shown(seen))
    return unicodedata.normalize("NFC", text)


def year(text: str) -> int:
    """A year typed on the command line; a refusal in words when it is not one, or not
    one the program keeps figures for."""
    cleaned = text.strip()
    if not _WHOLE.fullmatch(cleaned):
        raise Refusal("not_a_year", text=shown(text))
    if len(cleaned.lstrip("+-").lstrip("0")) > _DIGITS:  # int() of 5000 digits fails
        raise Refusal(
            "year_out_of_range", year=shown(cleaned), min_year=MIN_YEAR, max_year=MAX_YEAR
        )
    return check_year(int(cleaned))


def check(args: argparse.Namespace) -> None:
    """args.year and args.from_year (when given) made years; args.years (when given) read into
    args.period, a range of years. Raises the refusal of the first that is wrong."""
    if getattr(args, "year", None) is not None:
        args.year = year(args.year)
    if getattr(args, "from_year", None) is not None:
        args.from_year = year(args.from_year)
    if getattr(args, "years", None) is not None:
        args.period = parse_years(args.years)


# argparse's own messages (Python's, in English), each said in Vietnamese
_ARGPARSE_VI = (
    (r"the following arguments are required: (?P<a>.+)", "thiếu tham số bắt buộc: {a}"),
    (r"one of the arguments (?P<a>.+) is required", "cần một trong các tham số: {a}"),
    (r"unrecognized arguments: (?P<a>.+)", "không hiểu các tham số: {a}"),
    (
        r"argument (?P<a>\S+): invalid choice: (?P<v>.+) \(choose from (?P<c>.+)\)",
        "tham số {a}: {v} không phải một lựa chọn (chọn một trong: {c})",
    ),
    (r"argument (?P<a>\S+): expected one argument", "tham số {a} cần một giá trị đi sau"),
    (r"argument (?P<a>\S+): expected at least one argument", "tham số {a} cần ít nhất một giá trị"),
    (
        r"argument (?P<a>\S+): not allowed with argument (?P<b>\S+)",
        "tham số {a} không dùng cùng {b}",
    ),
    (r"argument (?P<a>\S+): invalid \S+ value: (?P<v>.+)", "tham số {a}: giá trị {v} không hợp lệ"),
)


def argparse_words(message: str) -> str:
    """An argparse error in Vietnamese (one not foreseen is kept as it is, after a lead-in)."""
    for pattern, words in _ARGPARSE_VI:
        found = re.fullmatch(pattern, message)
        if found:
            return words.format(**found.groupdict())
    return f"tham số không hợp lệ ({message})"


_HELP_VI = (  # argparse's headings and its own options' help
    ("usage: ", "cách dùng: "),
    ("positional arguments:", "tham số:"),
    ("options:", "tùy chọn:"),
    ("show this help message and exit", "hiện hướng dẫn này rồi thoát"),
    ("show program's version number and exit", "hiện số phiên bản rồi thoát"),
)


def _in_vietnamese(text: str) -> str:
    for english, vietnamese in _HELP_VI:
        text = text.replace(english, vietnamese)
    return text


class Parser(argparse.ArgumentParser):
    """argparse, its errors told as every other fault of the command line: 'Lỗi: …' in
    Vietnamese, after the usage line, exit code 2."""

    def format_usage(self) -> str:
        return _in_vietnamese(super().format_usage())

    def format_help(self) -> str:
        return _in_vietnamese(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, told("see_help", what=argparse_words(message), prog=self.prog) + "\n")
