"""Many register cells at once (issue 24: evaluating commitments): where a pasted block
and a fill-down go, and the workflow that writes them all or none."""

from __future__ import annotations

import pytest

from ct05_desktop.domain.sources import CLI
from ct05_desktop.gui.register_cells import clipboard_block, filled_down, pasted
from ct05_desktop.workflows.entry import InputRefused
from ct05_desktop.workflows.register_entry import add_register_rows, update_register_cells
from ct05_desktop.workflows.session import Session


def test_where_a_pasted_block_goes() -> None:
    block = clipboard_block('a\tb\r\n"c\nd"\te\r\n')
    assert block == [["a", "b"], ["c\nd", "e"]]
    assert pasted(block, [(1, 2)], rows=5, columns=9) == [
        (1, 2, "a"),
        (1, 3, "b"),
        (2, 2, "c\nd"),
        (2, 3, "e"),
    ]
    assert pasted(block, [(4, 2)], rows=5, columns=9) == []  # past the last row
    assert pasted(block, [(1, 8)], rows=5, columns=9) == []  # past the last column
    one = clipboard_block("x\n")
    assert pasted(one, [(0, 7), (1, 7), (3, 7)], rows=5, columns=9) == [
        (0, 7, "x"),
        (1, 7, "x"),
        (3, 7, "x"),
    ]
    assert clipboard_block("\r\n") == [] and pasted([], [(0, 0)], 1, 1) == []


def test_fill_down_takes_each_columns_top_cell() -> None:
    def value(row: int, column: int) -> str:
        return f"{row},{column}"

    cells = [(2, 1), (2, 3), (3, 1), (4, 1), (5, 3)]
    assert filled_down(cells, value) == [(3, 1, "2,1"), (4, 1, "2,1"), (5, 3, "2,3")]
    assert filled_down([(3, 0)], value) == [(3, 0, "2,0")]  # alone: the one above
    assert filled_down([(0, 0)], value) == []  # nothing above the first row


@pytest.mark.usefixtures("no_demo_commitments")
def test_cells_are_written_all_or_none(demo: Session) -> None:
    ids = add_register_rows(
        demo,
        "commitments",
        "SL.MS.CN",
        2019,
        [
            {"kind": "Tập thể", "content": "Xây dựng bản văn hóa"},
            {"kind": "Cán bộ chủ chốt", "person": "Lò Văn A", "content": "Đi cơ sở"},
        ],
        CLI,
    )
    before = demo.registers.rows("commitments", "SL.MS.CN", 2019)
    with pytest.raises(InputRefused) as refused:
        update_register_cells(
            demo,
            "commitments",
            [
                (1, ids[0], "result", "Hoàn thành tốt"),
                (2, ids[1], "person", ""),  # a key cadre's row must name the cadre
                (2, ids[1], "items", "bốn"),
            ],
            CLI,
        )
    words = refused.value.words("vi")
    assert "dòng 2, cột 'Số việc làm'" in words and "dòng 2:" in words
    assert demo.registers.rows("commitments", "SL.MS.CN", 2019) == before
    written = update_register_cells(
        demo,
        "commitments",
        [(1, ids[0], "result", "hoan thanh tot"), (2, ids[1], "result", "not_done")],
        CLI,
    )
    assert written == 2
    after = demo.registers.rows("commitments", "SL.MS.CN", 2019)
    assert [r["result"] for r in after] == ["good", "not_done"]
    edits = demo.repo.audit_rows(action="register_edit", register="commitments")
    assert len(edits) == 2
