"""A control character (a bell, an escape, a C1 code) comes in nowhere: typed or pasted
into a register, a comment, a report header. Unseen, it would make every later Excel
report fail; refused where it comes in, named by its code point, nothing written."""

from __future__ import annotations

import pytest

from ct05_desktop.domain.checks.figure_rules import ValueChange
from ct05_desktop.domain.sources import FORM, PASTE
from ct05_desktop.workflows.entry import InputRefused, save_values
from ct05_desktop.workflows.register_entry import add_register_rows
from ct05_desktop.workflows.reports import ReportError, save_unit_header
from ct05_desktop.workflows.session import Session


def audit_count(session: Session) -> int:
    return int(session.db.execute("SELECT count(*) FROM audit").fetchone()[0])


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x00", "\x85", "\x7f"])
def test_a_pasted_register_row_with_a_control_character_is_refused(
    demo: Session, char: str
) -> None:
    before = audit_count(demo)
    row = {"level": "grassroots", "place": f"Bản{char} Phiêng", "date": "02/05/2019"}
    with pytest.raises(InputRefused) as refused:
        add_register_rows(demo, "dialogues", "SL.BY", 2019, [row], PASTE)
    assert refused.value.reasons[0].params["reason"].code == "control_character"
    assert f"U+{ord(char):04X}" in refused.value.words("vi")
    assert audit_count(demo) == before


def test_tab_and_line_breaks_stay_allowed_in_text(demo: Session) -> None:
    row = {"level": "grassroots", "place": "Bản Phiêng\tbản Đông\nxã Ít Ong"}
    assert add_register_rows(demo, "dialogues", "SL.BY", 2019, [row], PASTE)


def test_a_comment_with_a_control_character_is_refused(demo: Session) -> None:
    before = audit_count(demo)
    result = save_values(
        demo,
        [ValueChange("SL.ML", 2019, "members_total", "5770")],
        FORM,
        {("SL.ML", 2019, "members_total"): "Tăng\x0b5 tổ chức"},
    )
    assert [e.code for e in result.errors] == ["control_character"]
    assert audit_count(demo) == before


def test_a_report_header_with_a_control_character_is_refused(demo: Session) -> None:
    before = audit_count(demo)
    with pytest.raises(ReportError) as refused:
        save_unit_header(demo, "SL.ML", {"signer_name": "Lò Văn\x1bMinh"}, FORM)
    words = refused.value.words("vi")
    assert "họ tên người ký" in words and "U+001B" in words
    assert audit_count(demo) == before


def test_a_unit_named_with_a_control_character_is_refused(demo: Session) -> None:
    from ct05_desktop.workflows.org_changes import add_unit, rename_unit

    before = audit_count(demo)
    with pytest.raises(InputRefused) as refused:
        add_unit(demo, "SL.MC", "SL.MC.X", "Xã\x07 Mới", "grassroots", 2019)
    assert "U+0007" in refused.value.words("vi")
    with pytest.raises(InputRefused):
        rename_unit(demo, "SL.MC", "Huyện ủy\x1b Mộc Châu", 2020, FORM)
    assert audit_count(demo) == before
