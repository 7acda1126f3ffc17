"""The About box and the privacy notice: what is stored, where, how it is protected, how long
it is kept, and that nothing leaves the computer (or, on a team server, the trust's network)."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recovery_desk import __version__
from recovery_desk.services.bundle import Services

# Every table in the database, and the words of the notice that tell people it is stored.
# tests/unit/test_privacy_notice.py fails when a table is added without saying so here.
STORED_RECORDS = {
    "person": "each person's record",
    "supporter": "their supporters",
    "assessment": "strengths-based assessments",
    "assessment_answer": "strengths-based assessments",
    "assessment_indicator": "quality-of-life answers",
    "checkin_rating": "life-area check-ins",
    "timeline_event": "life timeline",
    "goal": "recovery and treatment goals",
    "goal_step": "steps",
    "goal_note": "progress notes",
    "risk_plan": "positive risk-taking plans",
    "crisis_plan": "joint crisis plans",
    "crisis_plan_section": "each section",
    "crisis_plan_copy": "who holds a copy",
    "measure_definition": "measures the team has chosen to use",
    "measure_completion": "each one completed with a person",
    "meeting": "team meetings",
    "meeting_attendee": "who attended",
    "hat_wearing": "wore the recovery hat",
    "agenda_item": "the agenda",
    "review_note": "review notes",
    "action": "actions",
    "review_request": "requests for review",
    "staff": "staff accounts",
    "team": "the team's settings",
    "audit_event": "an audit trail",
    "audit_head": "an audit trail",
}


def privacy_notice(where: str, *, local: bool = True, retention_years: int = 20) -> str:
    """The notice as rich text; ``local`` is False when the records are on the team's server."""
    where = escape(where)
    if local:
        place = (f"{where}: one database file in Recovery Desk's own data folder on this computer, with its "
                 "backups beside it.")
        protection = ("The database file and its backups are encrypted (SQLCipher, 256-bit key). The key is kept "
                      "in this computer's own password store, never in a file; a recovery key can be printed once "
                      "for the team's safe.")
        heading = "Nothing leaves this computer."
        leaves = ("Recovery Desk never uses the internet: no updates, fonts, help pages or usage statistics are "
                  "fetched or sent.")
    else:
        place = (f"{where}: your team's own PostgreSQL server. This computer keeps only Recovery Desk's settings, "
                 "which hold no personal information.")
        protection = ("The server, its backups and the connection to it are protected as your trust's IT department "
                      "has set them up: encryption on the server and of the connection is theirs to configure and "
                      "check. The password for the server is kept in this computer's own password store, never "
                      "in a file.")
        heading = "Nothing leaves the trust's network."
        leaves = ("Recovery Desk talks only to your team's own database server and never to the internet: no "
                  "updates, fonts, help pages or usage statistics are fetched or sent.")
    return f"""<h3>How Recovery Desk looks after people's information</h3>
<p><b>What is stored.</b></p>
<ul>
<li>Each person's record: names, pronouns, date of birth, NHS number, address, phone, email, care
coordinator, and culture, language and faith as they want them recorded; when the record was opened
and any discharge.</li>
<li>Their supporters: names, relationships and contact details, and whether they may be contacted in a
crisis or hold a copy of the crisis plan.</li>
<li>Strengths-based assessments, quality-of-life answers, life-area check-ins and the person's life
timeline, in their own words, with notes from staff.</li>
<li>Recovery and treatment goals, with their steps, progress notes and positive risk-taking plans.</li>
<li>Joint crisis plans: every version, each section, and who holds a copy.</li>
<li>The measures the team has chosen to use (such as questionnaires), and each one completed with a
person, with the answers given and the scores.</li>
<li>Team meetings: who attended and who wore the recovery hat, the agenda, review notes, actions and
requests for review.</li>
<li>Staff accounts: names, usernames and roles. Passwords and PINs are kept only as salted hashes, from
which they cannot be read back.</li>
<li>The team's settings.</li>
<li>An audit trail of who viewed, changed, printed or exported each record, and when. It names records by
number and never holds what was typed.</li>
</ul>
<p><b>Where.</b> {place}</p>
<p><b>How it is protected.</b> {protection} Staff sign in; the window locks itself when left alone;
every view and change is written to the audit trail, whose entries are chained together so that
none can be quietly edited or removed.</p>
<p><b>How long it is kept.</b> A discharged person's record is kept for {retention_years} years after
the last contact (the team's setting; NHS guidance for mental health records is 20 years), then
listed for an administrator to review. Nothing is deleted automatically, and deleting a record needs
two members of staff.</p>
<p><b>People's right to see their records.</b> Anyone can ask for a copy of everything held about
them. An administrator can export it as a readable PDF and a computer-readable file, after a clinician
has checked it for information about other people.</p>
<p><b>{heading}</b> {leaves} Printing, saving a PDF and exporting (a subject access export, the
audit trail) are the only ways information leaves, each done by a member of staff and recorded in the
audit trail.</p>
"""


def _notice_for(where: str, services: Services | None) -> str:
    if services is None:
        return privacy_notice(where)
    team = services.team.get()
    return privacy_notice(where, local=services.backups is not None,
                          retention_years=team.retention_years if team else 20)


class NoticeDialog(QDialog):
    """Rich text in a scrolling pane: the notice is too long for a message box on a laptop screen."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 560)
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def about_text(where: str, services: Services | None = None) -> str:
    return (f"<h2>Recovery Desk {__version__}</h2>"
            "<p>Recovery-oriented records and team meetings for community mental health teams, "
            "built on <i>100 ways to support recovery</i> (Slade, 2013) and related work.</p>"
            + _notice_for(where, services))


def show_about(parent: QWidget, where: str, services: Services | None = None) -> None:
    dialog = NoticeDialog("About Recovery Desk", about_text(where, services), parent)
    dialog.exec()
    dialog.deleteLater()


def show_privacy(parent: QWidget, where: str, services: Services | None = None) -> None:
    dialog = NoticeDialog("Privacy notice", _notice_for(where, services), parent)
    dialog.exec()
    dialog.deleteLater()
