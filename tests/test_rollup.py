from ct05_desktop.domain.catalogue import default_catalogue
from ct05_desktop.domain.checks.figure_warnings import unit_year_warnings
from ct05_desktop.domain.messages import describe
from ct05_desktop.domain.orgs import Org, OrgTree
from ct05_desktop.domain.rollup import CHILDREN, ENTERED, PARTS, REGISTER, Figures

TREE = OrgTree(
    [
        Org("P", "Tỉnh ủy P", "province"),
        Org("A", "Huyện ủy A", "district", "P"),
        Org("B", "Huyện ủy B", "district", "P"),
        Org("N", "Huyện ủy Mới", "district", "P", valid_from=2019),
        Org("A1", "Đảng bộ xã A1", "grassroots", "A"),
    ]
)
CAT = default_catalogue()


def test_entered_wins_else_children_sum_all_the_way_down() -> None:
    f = Figures(TREE, CAT, {("A1", 2019, "reception_cases"): 4, ("B", 2019, "reception_cases"): 3})
    assert f.figure("A", 2019, "reception_cases").source == CHILDREN  # type: ignore[union-attr]
    assert f.value("A", 2019, "reception_cases") == 4
    assert f.value("P", 2019, "reception_cases") == 7
    f = Figures(
        TREE,
        CAT,
        {
            ("A1", 2019, "reception_cases"): 4,
            ("A", 2019, "reception_cases"): 9,
            ("B", 2019, "reception_cases"): 3,
        },
    )
    assert f.value("P", 2019, "reception_cases") == 12
    assert f.value("P", 2019, "members_total") is None


def test_units_not_alive_that_year_are_left_out() -> None:
    values = {
        ("N", 2018, "reception_cases"): 5,
        ("N", 2019, "reception_cases"): 5,
        ("B", 2018, "reception_cases"): 1,
    }
    f = Figures(TREE, CAT, values)
    assert f.value("P", 2018, "reception_cases") == 1
    assert f.value("P", 2019, "reception_cases") == 5


def test_totals_from_parts_and_registers() -> None:
    f = Figures(
        TREE,
        CAT,
        {("A", 2019, "dialogues_district"): 6, ("A", 2019, "dialogues_grassroots"): 58},
        {("B", 2019, "breakthrough_models"): 2},
    )
    assert f.figure("A", 2019, "dialogues_total") is not None
    assert f.figure("A", 2019, "dialogues_total").source == PARTS  # type: ignore[union-attr]
    assert f.value("A", 2019, "dialogues_total") == 64
    assert f.figure("B", 2019, "breakthrough_models").source == REGISTER  # type: ignore[union-attr]
    assert f.value("P", 2019, "breakthrough_models") == 2


def test_flows_sum_over_a_range_and_stocks_take_the_last_year() -> None:
    values = {("A", y, "members_total"): 5770 for y in (2017, 2018, 2019)}
    values |= {("A", y, "members_registered"): 5528 for y in (2017, 2018, 2019)}
    values |= {
        ("A", 2017, "breakthrough_models"): 110,
        ("A", 2018, "breakthrough_models"): 560,
        ("A", 2019, "breakthrough_models"): 59,
    }
    f = Figures(TREE, CAT, values)
    years = range(2017, 2020)
    assert f.over_years("A", years, "members_total") == 5770
    assert f.over_years("A", years, "members_registered") == 5528
    assert f.over_years("A", years, "breakthrough_models") == 729
    # a stock missing in the last year is not taken from an earlier year
    del values[("A", 2019, "members_total")]
    assert Figures(TREE, CAT, values).over_years("A", years, "members_total") is None


def test_warnings_total_against_parts_children_registers_and_jumps() -> None:
    values = {
        ("A", 2019, "dialogues_district"): 32,
        ("A", 2019, "dialogues_grassroots"): 58,
        ("A", 2019, "dialogues_total"): 85,
        ("P", 2017, "breakthrough_models"): 110,
        ("P", 2018, "breakthrough_models"): 560,
        ("P", 2019, "breakthrough_models"): 59,
        ("A1", 2019, "reception_cases"): 4,
        ("A", 2019, "reception_cases"): 5,
        ("B", 2019, "exemplars_individual"): 3,
    }
    f = Figures(TREE, CAT, values, {("B", 2019, "exemplars_individual"): 2})
    warned = {
        (w.code, w.org_code, w.year, w.indicator)
        for w in unit_year_warnings(f, "A", 2019)
        + unit_year_warnings(f, "P", 2018)
        + unit_year_warnings(f, "P", 2019)
        + unit_year_warnings(f, "B", 2019)
    }
    assert warned == {
        ("total_differs_parts", "A", 2019, "dialogues_total"),
        ("children_differ", "A", 2019, "reception_cases"),
        ("jump", "P", 2018, "breakthrough_models"),
        ("jump", "P", 2019, "breakthrough_models"),
        ("register_differs", "B", 2019, "exemplars_individual"),
    }
    mc = next(w for w in unit_year_warnings(f, "A", 2019) if w.code == "total_differs_parts")
    assert describe(mc, TREE, CAT).endswith(
        "tổng đã nhập (85) không khớp với tổng các thành phần (32 + 58 = 90)"
    )
    assert f.figure("A", 2019, "dialogues_total").source == ENTERED  # type: ignore[union-attr]
