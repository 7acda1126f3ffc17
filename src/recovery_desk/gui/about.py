"""The About box and the privacy notice: what is stored, where, and how it is protected."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from recovery_desk import __version__

PRIVACY_NOTICE = """<h3>How Recovery Desk looks after people's information</h3>
<p><b>What is stored.</b> The details, supporters, assessments, goals, crisis plans and team
meeting records that staff type in, and an audit trail of who viewed or changed each record
and when.</p>
<p><b>Where.</b> {where}</p>
<p><b>How it is protected.</b> On a laptop the database file is encrypted (SQLCipher, 256-bit
key). The key is kept in this computer's own password store, never in a file. Backups are
encrypted with the same key. Staff sign in, the window locks itself when left alone, and every
view and change is written to an audit trail that cannot be quietly edited.</p>
<p><b>Nothing leaves this computer.</b> Recovery Desk never uses the internet: no updates,
no fonts, no help pages and no usage statistics are fetched or sent. Printing and saving a
PDF are the only ways information leaves it, and both are recorded in the audit trail.</p>
"""


def show_about(parent: QWidget, where: str) -> None:
    QMessageBox.about(
        parent, "About Recovery Desk",
        f"<h3>Recovery Desk {__version__}</h3>"
        "<p>Recovery-oriented records and team meetings for community mental health teams, "
        "built on <i>100 ways to support recovery</i> (Slade, 2013) and related work.</p>"
        + PRIVACY_NOTICE.format(where=where),
    )


def show_privacy(parent: QWidget, where: str) -> None:
    QMessageBox.information(parent, "Privacy notice", PRIVACY_NOTICE.format(where=where))
