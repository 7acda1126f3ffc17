"""The audit trail dialog, driven through its labels: filters, the integrity check and the export."""
import csv
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.gui.audit_dialog import ENTRY, RECORD, AuditDialog, person_labels, record_text
from recovery_desk.services.audit import AuditRow
from recovery_desk.services.caseload import CaseloadRow
from recovery_desk.gui.widgets import ERROR_STYLE
from recovery_desk.services.staff import StaffDraft, actor_for
from tests.db.test_audit_trail import _tamper
from tests.gui.helpers import button, error_beside, field

NAMES = ("Imogen", "Kettlewhim", "Oswin", "Brindlecombe")
CSV_HEADER = ["entry", "when (UTC)", "staff", "action", "record", "record id", "person id", "what"]


@pytest.fixture
def people(services):
    """Two people added, and one of them opened to look at."""
    imogen = services.caseload.save(PersonDraft(given_name="Imogen", family_name="Kettlewhim",
                                                date_of_birth=date(1980, 3, 4)))
    oswin = services.caseload.save(PersonDraft(given_name="Oswin", family_name="Brindlecombe"))
    services.caseload.get(imogen.id)
    return imogen, oswin


@pytest.fixture
def open_dialog(qtbot, services):
    def _open():
        dialog = AuditDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return _open


def _label(dialog, name: str) -> QLabel:
    (label,) = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == name]
    return label


def _choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def _cells(model) -> list[str]:
    return [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_filters_apply_as_they_are_chosen(open_dialog, people):
    imogen, _oswin = people
    dialog = open_dialog()
    model = dialog.ui.entries.model()
    assert dialog.windowTitle() == "Audit trail"
    everything = model.rowCount()
    assert everything >= 4 and _label(dialog, "Entries shown").text() == f"Showing {everything} entries"
    assert not any(name in cell for cell in _cells(model) for name in NAMES), "entries name records by number"

    person = field(dialog, "Person")
    assert person.itemText(0) == "Anyone" and person.findText("Imogen Kettlewhim") >= 0
    _choose(person, "Imogen Kettlewhim")
    assert model.rowCount() == 2  # added, then viewed
    assert all(model.row_at(r).person_id == imogen.id for r in range(2))
    assert model.index(0, RECORD).data() == f"Person {imogen.id}"
    _choose(person, "Anyone")
    assert model.rowCount() == everything

    _choose(field(dialog, "Action"), "view")
    assert model.rowCount() == 1 and model.row_at(0).action == "view"
    assert _label(dialog, "Entries shown").text() == "Showing 1 entry"
    _choose(field(dialog, "Action"), "Any")

    dialog.ui.entries.sortByColumn(ENTRY, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).seq for r in range(model.rowCount())] == list(range(1, everything + 1))

    since = field(dialog, "From")
    since.setText("22/11/2026")  # the day after the test clock's today
    assert model.rowCount() == 0 and _label(dialog, "Entries shown").text() == "No entries match these filters."
    since.setText("21/11/2026")
    assert model.rowCount() == everything
    since.setText("31/02/2026")
    assert "no such date" in error_beside(dialog, "From")
    assert "not filtered by date" in _label(dialog, "Entries shown").text()
    since.clear()
    assert error_beside(dialog, "From") == "" and model.rowCount() == everything

    since.setText("21/11/2026")
    field(dialog, "To").setText("20/11/2026")
    assert "before the From date" in error_beside(dialog, "To")
    field(dialog, "To").setText("21/11/2026")
    assert error_beside(dialog, "To") == "" and model.rowCount() == everything


def test_a_half_typed_date_waits_and_a_short_one_is_written_out(open_dialog, people, qtbot):
    dialog = open_dialog()
    since = field(dialog, "From")
    since.setFocus()
    qtbot.keyClicks(since, "21/11/202")  # still typing: no message yet
    assert error_beside(dialog, "From") == ""
    qtbot.keyClick(since, Qt.Key.Key_Return)  # finished: now say what is wrong
    assert "year in full" in error_beside(dialog, "From")
    assert dialog.isVisible(), "Enter in a filter never closes the dialog"
    since.setText("21.11.26")
    qtbot.keyClick(since, Qt.Key.Key_Return)
    assert since.text() == "21/11/2026" and error_beside(dialog, "From") == ""


def test_typing_a_name_in_the_person_box_chooses_them(open_dialog, people, qtbot):
    imogen, _oswin = people
    dialog = open_dialog()
    person = field(dialog, "Person")
    person.setFocus()
    for typed in ("imogen kettlewhim", "nobody by this name"):
        person.lineEdit().selectAll()
        qtbot.keyClicks(person.lineEdit(), typed)
        qtbot.keyClick(person.lineEdit(), Qt.Key.Key_Return)
        # a name chooses that person; anything else goes back to the person already chosen
        assert person.currentData() == imogen.id and person.currentText() == "Imogen Kettlewhim"
        assert dialog.ui.entries.model().rowCount() == 2 and dialog.isVisible()


def test_check_the_trail_says_intact_then_finds_tampering(open_dialog, people, services, qtbot):
    dialog = open_dialog()
    result = _label(dialog, "Result of checking the trail")
    button(dialog, "Check the trail").click()
    qtbot.waitUntil(lambda: "intact" in result.text(), timeout=10_000)
    entries = dialog.ui.entries.model().rowCount()
    assert result.text() == f"All {entries} entries are intact."

    _tamper(services.ctx.db, "UPDATE audit_event SET action = 'view' WHERE seq = 3")
    button(dialog, "Check the trail").click()
    qtbot.waitUntil(lambda: "altered" in result.text(), timeout=10_000)
    assert "changed after it was written" in result.text()
    assert result.styleSheet() == ERROR_STYLE and button(dialog, "Check the trail").isEnabled()


def test_export_writes_a_csv_excel_can_open_without_names(open_dialog, people, monkeypatch, tmp_path):
    dialog = open_dialog()
    model = dialog.ui.entries.model()
    shown = model.rowCount()
    chosen = tmp_path / "trail"  # no extension typed: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "CSV files (*.csv)"))
    button(dialog, "Export CSV…").click()

    written = tmp_path / "trail.csv"
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads it as UTF-8"
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == CSV_HEADER and len(rows) == shown + 1
    assert not any(name in text for name in NAMES)
    assert _label(dialog, "Result of exporting").text() == f"Exported {shown} entries to {written}"
    assert model.rowCount() == shown + 1 and model.row_at(0).action == "export", "the export is itself audited"


def test_export_to_a_folder_that_cannot_be_written_says_so(open_dialog, people, services, monkeypatch, tmp_path):
    dialog = open_dialog()
    shown = dialog.ui.entries.model().rowCount()
    missing = tmp_path / "no such folder" / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    button(dialog, "Export CSV…").click()
    assert "Please choose another folder" in _label(dialog, "Result of exporting").text()
    _choose(field(dialog, "Action"), "export")
    assert dialog.ui.entries.model().rowCount() == 0, "nothing exported, so nothing recorded"
    assert shown > 0


def test_someone_who_is_not_an_administrator_is_told_plainly(open_dialog, people, services):
    clinician = services.staff.save(StaffDraft(username="c.nurse", display_name="Cal Nurse", role=Role.CLINICIAN,
                                               secret="correct horse battery"))
    services.become(actor_for(clinician))
    dialog = open_dialog()
    assert _label(dialog, "Problem showing the trail").text() == "Only an administrator can do this."
    assert dialog.ui.entries.model().rowCount() == 0
    assert field(dialog, "Person").count() == 0, "no names for someone who may not see the trail"
    assert not button(dialog, "Check the trail").isEnabled() and not button(dialog, "Export CSV…").isEnabled()


def test_records_are_named_by_number_and_namesakes_told_apart():
    at = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)
    assert record_text(AuditRow(1, at, "Ada Admin", "view", "person", 12, 12, "")) == "Person 12"
    assert record_text(AuditRow(2, at, "Ada Admin", "change", "supporter", 3, 12, "")) == "Supporter 3 (person 12)"
    assert record_text(AuditRow(3, at, "Ada Admin", "export", "audit_trail", None, None, "")) == "Audit trail"

    def row(pid, name, born=None):
        return CaseloadRow(pid, name, "", "", "", "", None, "", born, None, None, None, "none", 0)

    labels = person_labels([row(1, "Sam Puddleby", date(1990, 5, 1)), row(2, "Sam Puddleby"), row(3, "Jo Larkhollow")])
    assert labels == [("Sam Puddleby (born 01/05/1990, record 1)", 1), ("Sam Puddleby (record 2)", 2),
                      ("Jo Larkhollow", 3)]
