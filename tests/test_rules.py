import pytest

from ct05_desktop.domain.catalogue import default_catalogue
from ct05_desktop.domain.checks.figure_rules import (
    ValueChange,
    WriteContext,
    check_changes,
    parse_whole_number,
)
from ct05_desktop.domain.messages import describe
from ct05_desktop.domain.orgs import Org, OrgTree


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("11.409", 11409),
        ("11409", 11409),
        ("11 409", 11409),
        ("11,409", 11409),
        ("1.234.567", 1234567),
        (" 85 ", 85),
        (85, 85),
        (85.0, 85),
        ("0", 0),
    ],
)
def test_whole_numbers_in_every_way_a_clerk_types_them(raw: object, value: int) -> None:
    assert parse_whole_number(raw) == value


@pytest.mark.parametrize("raw", ["abc", "-3", "1,5", "11.40", "1.2345", "", "12a", -1, 2.5, True])
def test_not_whole_numbers(raw: object) -> None:
    assert parse_whole_number(raw) is None


def _ctx(**kw: object) -> WriteContext:
    tree = OrgTree(
        [
            Org("P", "Tỉnh ủy P", "province"),
            Org("A", "Huyện ủy A", "district", "P"),
            Org("OLD", "Huyện ủy Cũ", "district", "P", valid_to=2019),
        ]
    )
    return WriteContext(tree=tree, catalogue=default_catalogue(), **kw)  # type: ignore[arg-type]


def test_each_kind_of_error_names_unit_year_field_and_value() -> None:
    ctx = _ctx(locked_years={2018})
    changes = [
        ValueChange("A", 2019, "reception_cases", "abc"),
        ValueChange("NOPE", 2019, "reception_cases", "1"),
        ValueChange("A", 2019, "no_such_indicator", "1"),
        ValueChange("OLD", 2020, "reception_cases", "1"),
        ValueChange("A", 2018, "reception_cases", "1"),
        ValueChange("A", 2019, "reception_sessions", "12"),
    ]
    checked = check_changes(changes, ctx)
    codes = [e.code for e in checked.errors]
    assert codes == [
        "not_whole_number",
        "unknown_org",
        "unknown_indicator",
        "org_not_in_year",
        "year_locked",
    ]
    text = describe(checked.errors[0], ctx.tree, ctx.catalogue)
    assert (
        text
        == "Huyện ủy A, năm 2019, Vụ việc: 'abc' không hợp lệ: chỉ được nhập số nguyên từ 0 trở lên"
    )
    assert "năm 2020" in describe(checked.errors[3], ctx.tree, ctx.catalogue)
    assert "đã chốt" in describe(checked.errors[4], ctx.tree, ctx.catalogue)


def test_a_part_above_its_whole_is_an_error_also_against_stored_values() -> None:
    ctx = _ctx(existing={("A", 2019): {"members_total": 100}})
    checked = check_changes([ValueChange("A", 2019, "members_registered", "101")], ctx)
    assert [e.code for e in checked.errors] == ["part_above_whole"]
    assert "lớn hơn Tổng số đảng viên (100)" in describe(checked.errors[0], ctx.tree, ctx.catalogue)
    # lowering the whole below a stored part is caught on the whole
    ctx = _ctx(existing={("A", 2019): {"ethics_orgs_reviewed": 24}})
    checked = check_changes([ValueChange("A", 2019, "grassroots_orgs_total", "20")], ctx)
    assert checked.errors[0].indicator == "grassroots_orgs_total"
    # equal is fine
    ctx = _ctx()
    ok = check_changes(
        [
            ValueChange("A", 2019, "members_total", "5.770"),
            ValueChange("A", 2019, "members_registered", "5.770"),
        ],
        ctx,
    )
    assert ok.ok and ok.values[("A", 2019, "members_total")] == 5770


def test_approved_unit_year_refuses_and_blank_deletes() -> None:
    ctx = _ctx(approved={("A", 2019)})
    assert (
        check_changes([ValueChange("A", 2019, "reception_cases", "1")], ctx).errors[0].code
        == "unit_approved"
    )
    checked = check_changes([ValueChange("A", 2020, "reception_cases", "")], _ctx())
    assert checked.ok and checked.values == {("A", 2020, "reception_cases"): None}


def test_year_before_the_directive_is_refused() -> None:
    checked = check_changes([ValueChange("A", 2015, "reception_cases", "1")], _ctx())
    assert checked.errors[0].code == "bad_year"


# digits of other scripts: Arabic-Indic, extended Arabic-Indic (Persian), full-width,
# Devanagari; plain, grouped as Vietnamese write thousands, or mixed with 0-9
FOREIGN_DIGITS = [
    "١٢",
    "١٢.٣٤٥",
    "١١ ٤٠٩",
    "۱۲",
    "۱۱.۴۰۹",
    "１２",
    "１.２３４",
    "１１\u00a0４０９",
    "१२",
    "1.２３４",
    "11.4٠9",
]


@pytest.mark.parametrize("raw", FOREIGN_DIGITS)
def test_digits_other_than_0_to_9_are_never_a_whole_number(raw: str) -> None:
    assert parse_whole_number(raw) is None
    checked = check_changes([ValueChange("A", 2019, "reception_cases", raw)], _ctx())
    assert [e.code for e in checked.errors] == ["not_whole_number"]


def test_vietnamese_thousands_still_read_with_0_to_9() -> None:
    assert parse_whole_number("11.409") == parse_whole_number("11\u202f409") == 11409
    assert parse_whole_number("²") is None and parse_whole_number("1²") is None
