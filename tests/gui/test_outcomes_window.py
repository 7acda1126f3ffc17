"""The Outcomes window: Team ▸ Outcomes…, filters, charts, and saving PNG, CSV and PDF."""
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from recovery_desk.domain.goals import GoalDraft, GoalKind, GoalStatus
from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui.outcomes_window import OutcomesWindow
from recovery_desk.printing.charts import GREEN
from tests.gui.helpers import button, error_beside, field


def open_outcomes(window, qtbot) -> OutcomesWindow:
    action = next(a for a in window.ui.menuTeam.actions() if a.text().replace("&", "") == "Outcomes…")
    action.trigger()
    dialog = window.findChild(OutcomesWindow)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    return dialog


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_team_and_person_outcomes_charted_and_saved(open_window, qtbot, monkeypatch, tmp_path):
    window = open_window(demo=True, people=4)
    services = window.services
    person = services.caseload.save(PersonDraft(given_name="Siân", family_name="Chartwell"))
    goal = services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Swim at the lido"))
    services.goals.set_status(goal.id, goal.version, GoalStatus.ACHIEVED, celebration="A picnic")
    services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Cook for my nephews"))

    dialog = open_outcomes(window, qtbot)
    assert [dialog.ui.charts.tabText(i) for i in range(dialog.ui.charts.count())] == [
        "Recovery goals", "Crisis plans", "Roles and everyday life", "Team meetings", "Recovery hat"]
    assert field(dialog, "From").text() == "01/12/2025" and field(dialog, "To").text() == "21/11/2026"
    assert dialog.report.scope.kind == "team" and not field(dialog, "Who").isEnabled()
    assert dialog.report.goals[-1].set == 2 and dialog.report.goals[-1].achieved == 1
    page = dialog.pages["recovery-goals"]
    assert page.view.chart.title == "Recovery goals, month by month"
    assert page.view.accessibleDescription().endswith("; Nov: Set 2, Achieved 1, Paused 0, Let go 0")
    last = page.table.rowCount() - 1
    assert [page.table.item(last, c).text() for c in range(5)] == ["Nov 2026", "2", "1", "0", "0"]

    # the chart as a picture for a slide: 1600 × 900, and the achieved bar is there in its colour
    png = tmp_path / "goals"
    save_to(monkeypatch, png)
    button(dialog, "Save this chart as PNG…").click()
    image = QImage(str(png.with_suffix(".png")))
    assert (image.width(), image.height()) == (1600, 900)
    green = QColor(GREEN).rgb()
    assert any(image.pixel(x, y) == green for x in range(0, 1600, 4) for y in range(300, 800, 4))
    assert "Saved" in dialog.ui.saveResult.text()

    field(dialog, "Show outcomes for").setCurrentIndex(2)  # One person
    who = field(dialog, "Who")
    who.setCurrentIndex(who.findData(person.id))
    who.activated.emit(who.currentIndex())
    qtbot.waitUntil(lambda: dialog.report.scope.kind == "person", timeout=10_000)
    assert dialog.ui.status.text().startswith("Siân Chartwell · 01/12/2025 to 21/11/2026")

    csv_path = tmp_path / "figures.csv"
    save_to(monkeypatch, csv_path)
    button(dialog, "Save the figures as CSV…").click()
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Scope,Figure,Period,Measure,Value"
    assert "Siân Chartwell,Recovery goals,Nov 2026,set,2" in lines

    pdf = tmp_path / "report.pdf"
    save_to(monkeypatch, pdf)
    button(dialog, "Save the report as PDF…").click()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert text.startswith("Outcomes Siân Chartwell · 01/12/2025 to 21/11/2026")
    assert "Nov 2026 2 1 0 0" in text

    field(dialog, "To").setText("31/02/2026")
    field(dialog, "To").editingFinished.emit()
    assert error_beside(dialog, "To") == "There is no such date as 31/2/2026. Please check it."
    assert dialog.report.scope.kind == "person"  # the last good figures stay on screen


def test_a_folder_that_cannot_be_written_is_said_plainly(open_window, qtbot, monkeypatch, tmp_path):
    window = open_window(demo=True, people=2)
    dialog = open_outcomes(window, qtbot)
    save_to(monkeypatch, tmp_path / "no-such-folder" / "report.pdf")
    button(dialog, "Save the report as PDF…").click()
    assert dialog.ui.saveResult.text().startswith("Nothing was saved to ")
    assert "Please choose another folder." in dialog.ui.saveResult.text()
