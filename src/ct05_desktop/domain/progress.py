"""Telling how long work goes, and stopping it: one callback for every long task."""

from __future__ import annotations

from collections.abc import Callable

from ct05_desktop.domain.wording import Words

# (percent, what is being done): told as the work goes. A caller that wants to stop the
# work raises Cancelled from it; the task leaves nothing half-written behind.
Progress = Callable[[int, str], None]


# the steps a task names by code, and their words; any other step (a sheet's name, a
# file's) is said as it is
GATHERING, WORD, SAVING = "gathering", "word", "saving"
_STEPS = Words.pairs(
    "progress steps",
    {
        GATHERING: ("Đang tổng hợp số liệu", "Gathering the figures"),
        WORD: ("Báo cáo Word", "The Word report"),
        SAVING: ("Đang lưu tệp", "Saving the file"),
    },
)


def step_words(step: str, lang: str = "vi") -> str:
    """A progress step in the person's language."""
    return _STEPS.text_or(step, lang, step)


class Cancelled(Exception):
    """The person asked to stop; nothing was written."""


def quiet(percent: int, step: str) -> None:
    """A progress callback that tells nobody."""
