"""What Python's csv module says is wrong with a file, told in words and by line.

Its own messages are English fragments ('field larger than field limit (131072)',
"',' expected after '\"'"); a clerk is told instead which line, and what to do. A quote
left open swallows the rest of the file, so the line named is the one where it opened.
"""

from __future__ import annotations

import csv
import io

from ct05_desktop.domain import vi_format
from ct05_desktop.domain.refusals import Phrase, Refusal

_START, _PLAIN, _QUOTED, _CLOSING = range(4)  # where a field stands


def syntax_refusal(
    exc: csv.Error, text: str, line: int, record_start: int, delimiter: str
) -> tuple[int, Refusal]:
    """The line to name and the refusal for a csv.Error raised on ``line`` while
    reading the record that began on ``record_start`` (a strict reader's error)."""
    message = str(exc)
    if "field limit" in message:
        limit = csv.field_size_limit()
        return line, Refusal("field_too_long", limit=Phrase(vi_format.number(limit), f"{limit:,}"))
    trouble = quote_trouble(text, record_start, delimiter)
    if trouble is None:
        return line, Refusal("csv_unreadable")
    opened, at = trouble
    if at is None:
        return opened, Refusal("unclosed_quote")
    return at, Refusal("text_after_quote", opened=opened)


def quote_trouble(text: str, start_line: int, delimiter: str) -> tuple[int, int | None] | None:
    """Read from ``start_line`` as a strict CSV reader does: (the line where the
    troublesome quote opened, the line where something follows its closing quote), or
    (opened, None) for a quote still open at the end of the text; None if no trouble."""
    state, opened = _START, 0
    for number, physical in enumerate(io.StringIO(text, newline=""), start=1):
        if number < start_line:
            continue
        for char in physical:
            if state == _QUOTED:
                if char == '"':
                    state = _CLOSING
            elif state == _CLOSING and char != '"' and char != delimiter and char not in "\r\n":
                return opened, number
            elif state == _CLOSING and char == '"':
                state = _QUOTED  # a doubled quote inside a quoted field
            elif char == delimiter or char in "\r\n":
                state = _START
            elif state == _START and char == '"':
                state, opened = _QUOTED, number
            else:
                state = _PLAIN
    return (opened, None) if state == _QUOTED else None
