"""Every model passes Qt's own model tester."""

from ct05_desktop.domain.registers import DIALOGUES, REGISTERS
from ct05_desktop.gui.form_model import IndicatorFormModel
from ct05_desktop.gui.org_tree_model import OrgFilterProxy, OrgTreeModel
from ct05_desktop.gui.register_model import RegisterTableModel
from ct05_desktop.workflows.session import Session


def test_org_tree_model_and_filter(qtmodeltester, demo: Session) -> None:  # type: ignore[no-untyped-def]
    model = OrgTreeModel()
    model.load(demo.tree(), 2019, demo.repo.statuses(2019))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 17
    proxy = OrgFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("muong la")
    qtmodeltester.check(proxy)
    root = proxy.index(0, 0)
    assert [proxy.index(r, 0, root).data() for r in range(proxy.rowCount(root))] == [
        "Huyện ủy Mường La"
    ]
    proxy.set_query("dang uy")
    assert proxy.rowCount(proxy.index(0, 0)) == 5
    assert model.data(model.index_of("SL.TC").siblingAtColumn(1)) == "in progress"


def test_form_model(qtmodeltester, demo: Session) -> None:  # type: ignore[no-untyped-def]
    model = IndicatorFormModel(demo)
    model.load("SL.MC", 2019)
    qtmodeltester.check(model)
    form = demo.catalogue_of(2019)  # a row per indicator, and one heading each section
    assert model.rowCount() == len(form.indicators) + len(form.sections)
    assert any(model.index(r, 1).data() for r in range(model.rowCount()))
    model.load(None, 2019)  # no unit chosen: the form, and no figure in it
    qtmodeltester.check(model)
    assert not any(model.index(r, 1).data() for r in range(model.rowCount()))


def test_register_models(qtmodeltester, demo: Session) -> None:  # type: ignore[no-untyped-def]
    for spec in REGISTERS:
        model = RegisterTableModel(demo, spec)
        model.load("SL.TC" if spec is DIALOGUES else "SL", 2019)
        qtmodeltester.check(model)
    model = RegisterTableModel(demo, DIALOGUES)
    model.load("SL.TC", 2019)
    assert model.rowCount() == 6
    assert model.index(0, 1).data() == "Cấp huyện"
    assert model.index(5, 2).data() == "Mường Khiêng"
