from decimal import Decimal

import pytest

from ct05_desktop.domain import vi_format


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (11409, "11.409"),
        (1234567, "1.234.567"),
        (-5156, "-5.156"),
    ],
)
def test_number_uses_dots_between_thousands(value: int, text: str) -> None:
    assert vi_format.number(value) == text


@pytest.mark.parametrize(
    ("value", "text"), [(6, "06"), (1, "01"), (0, "0"), (10, "10"), (5156, "5.156")]
)
def test_count_below_ten_takes_a_leading_zero(value: int, text: str) -> None:
    assert vi_format.count(value) == text


@pytest.mark.parametrize(
    ("part", "whole", "text"),
    [
        (5528, 5770, "95,8%"),
        (85, 85, "100%"),
        (5769, 5770, "99,9%"),
        (1, 3, "33,3%"),
        (2, 3, "66,7%"),
        (1, 8, "12,5%"),
        (1, 40, "2,5%"),
        (0, 10, "0%"),
        (1, 100000, "0,1%"),
        (24, 29, "82,8%"),
    ],
)
def test_percent_rounds_half_up_and_never_claims_100(part: int, whole: int, text: str) -> None:
    assert vi_format.percent(part, whole) == text


def test_percent_of_zero_whole_is_refused() -> None:
    with pytest.raises(ValueError):
        vi_format.percent(1, 0)


def test_share_as_the_article_writes_it() -> None:
    assert vi_format.share(5528, 5770) == "5.528/5.770 (đạt 95,8%)"
    assert vi_format.share(65, 65) == "65/65 (đạt 100%)"


def test_decimal_and_change() -> None:
    assert vi_format.decimal(Decimal("1234.55")) == "1.234,6"
    assert vi_format.decimal(0.25, 2) == "0,25"
    assert vi_format.change(560, 110, 2017) == "tăng 450 so với năm 2017"
    assert vi_format.change(59, 560, 2018) == "giảm 501 so với năm 2018"
    assert vi_format.change(10, 10, 2018) == "bằng năm 2018"
    assert vi_format.change(45, 40, 2017, "tập thể") == "tăng 05 tập thể so với năm 2017"
