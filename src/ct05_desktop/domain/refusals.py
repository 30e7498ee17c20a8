"""Expected refusals as a code with parameters; their words, in Vietnamese and in
English, are written here once (issue 9: one error family, words in one place).

A refusal is not a bug: the person asked for something that cannot be done, and is told
what and why. ``str(refusal)`` is the Vietnamese sentence (the CLI's language);
``refusal.words(lang)`` gives either language for the window."""

from __future__ import annotations

from typing import Any

_VI = {
    "bad_period": "'{text}' không phải là năm hoặc khoảng năm (ví dụ 2017-2019)",
    "period_backwards": "khoảng năm '{text}' có năm đầu sau năm cuối",
    "period_out_of_range": "kỳ báo cáo phải trong khoảng {min_year}–{max_year}",
    "bad_date": "'{text}' không phải là ngày (ví dụ 05/01/2020)",
    "unknown_unit": "không có đơn vị mã '{org}'",
    "no_unit_in_period": "chưa có tổ chức đảng nào trong kỳ báo cáo",
    "unit_not_in_period": "{name} không hoạt động trong kỳ {first}–{last}",
    "bad_report_file": "tên tệp '{name}' phải kết thúc bằng .docx (Word) hoặc .xlsx (Excel)",
}

_EN = {
    "bad_period": "'{text}' is not a year or a range of years (e.g. 2017-2019)",
    "period_backwards": "the range '{text}' starts after it ends",
    "period_out_of_range": "the period must lie within {min_year}–{max_year}",
    "bad_date": "'{text}' is not a date (e.g. 05/01/2020)",
    "unknown_unit": "there is no unit with code '{org}'",
    "no_unit_in_period": "no Party organisation existed in the period",
    "unit_not_in_period": "{name} did not exist in {first}–{last}",
    "bad_report_file": "the file name '{name}' must end in .docx (Word) or .xlsx (Excel)",
}

WORDS = {"vi": _VI, "en": _EN}


class Refusal(ValueError):
    """Something asked for that cannot be done: a code, its parameters, words in both
    languages."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in _VI:
            raise KeyError(f"no words for refusal {code!r}")
        self.code, self.params = code, params
        super().__init__(self.words("vi"))

    def words(self, lang: str = "vi") -> str:
        return WORDS.get(lang, _VI)[self.code].format(**self.params)
