"""Before a final report: the parts I, III and V still empty, said by their titles, and the
clerk's choice to write them first or make the report without them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ct05_desktop.gui import ask, i18n
from ct05_desktop.workflows.reports import final_gaps
from ct05_desktop.workflows.session import Session


def empty_parts_accepted(parent: QWidget, session: Session, years: range, org: str) -> bool:
    """True when the final report may be made: its parts I, III and V are written, or
    the clerk, told which are empty, chose to make it without them."""
    gaps = final_gaps(session, years, org, i18n.window_language())
    if not gaps:
        return True
    listed = "\n".join(f"• {title}" for title in gaps)
    text = QCoreApplication.translate(
        "ReportDialog",
        "These parts of the report are still empty:\n{0}\n\nA report to be signed "
        "usually has them. Write them in the tab “Report text”, or make the final "
        "version without them.",
    ).format(listed)
    options = [
        (QCoreApplication.translate("ReportDialog", "Go back and write them"), ask.Role.RejectRole),
        (QCoreApplication.translate("ReportDialog", "Make it without them"), ask.Role.AcceptRole),
    ]
    return (
        ask.choose(
            parent, QCoreApplication.translate("ReportDialog", "Empty parts"), text, options, 0, 0
        )
        == 1
    )
