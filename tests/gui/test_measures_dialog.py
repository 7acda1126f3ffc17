"""Measures through the window: Person ▸ Measures…, a form built from the definition, totals charted."""
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui.measures_dialog import MeasuresDialog
from tests.gui.helpers import button, error_beside, field

TEAM_FILE = (Path(__file__).parents[1] / "fixtures" / "team_mood_scale.json").read_text(encoding="utf-8")


def open_measures(window, run_dialog, family, interact):
    window.caseload_tab.reload()
    window.caseload_tab.search.setText(family)
    window.caseload_tab.table.selectRow(0)
    run_dialog(MeasuresDialog, interact)
    action = next(a for a in window.ui.menuPerson.actions() if a.text().replace("&", "") == "Measures…")
    action.trigger()


def choose(dialog, question, answer):
    combo = field(dialog, question)
    combo.setCurrentIndex(combo.findText(answer))


def test_record_a_completion_with_a_person_and_see_the_total_charted(open_window, run_dialog):
    window = open_window(demo=True, people=3)
    person = window.services.caseload.save(PersonDraft(given_name="Zoë", family_name="Questionby"))
    seen = {}

    def interact(dialog):
        assert field(dialog, "Measure").currentText() == "Example wellbeing check (made up, not a real measure) " \
                                                         "(version 1.0)"
        assert "made-up example" in dialog.ui.about.text()
        assert dialog.chart.chart.empty_note and dialog.chart.chart.is_empty
        field(dialog, "Date completed").setText("01/01/2030")
        choose(dialog, "I made time for something I enjoy.", "Completely (4)")
        button(dialog, "Record this completion").click()
        assert error_beside(dialog, "Date completed") == "The date completed cannot be in the future."
        field(dialog, "Date completed").setText("14/11/2026")
        for question, answer in (("I felt I could handle what each day brought.", "Mostly (3)"),
                                 ("I had something to look forward to.", "Somewhat (2)"),
                                 ("My days felt empty.", "A little (1)"),
                                 ("I spent time with people I like.", "Completely (4)"),
                                 ("I felt someone had my back.", "Somewhat (2)"),
                                 ("Help from the team with the things that matter to me.", "Not important to me"),
                                 ("Help from the team with keeping in touch with people.", "Some support (2)"),
                                 ("Help from the team with feeling hopeful.", "Excellent support (4)")):
            choose(dialog, question, answer)
        seen["preview"] = dialog.ui.preview.text()
        button(dialog, "Record this completion").click()
        seen["result"] = dialog.ui.formError.text()
        seen["first row"] = [dialog.ui.history.item(0, c).text() for c in range(6)]
        seen["chart"] = dialog.chart.chart
        seen["reset"] = field(dialog, "My days felt empty.").currentText()
        dialog.reject()

    open_measures(window, run_dialog, "Questionby", interact)
    assert "9 of 9 answered" in seen["preview"] and "<b>Wellbeing total</b>: 18" in seen["preview"]
    assert seen["result"] == "Recorded: Wellbeing total 18 on 14/11/2026."
    assert seen["first row"] == ["14/11/2026", "1.0", "18", "12", "3", "75"]
    assert seen["chart"].categories == ("14/11/2026",) and seen["chart"].series[0].values == (18.0,)
    assert (seen["chart"].bottom, seen["chart"].top) == (0, 24)
    assert seen["reset"] == "Not answered"
    (saved,) = window.services.measures.completions(person.id)
    assert saved.answers == {"e1": 4, "e2": 3, "e3": 2, "e4": 1, "e5": 4, "e6": 2, "s1": None, "s2": 2, "s3": 4}


def test_an_administrator_loads_a_definition_and_a_malformed_one_names_its_line(open_window, run_dialog,
                                                                                 monkeypatch, tmp_path):
    window = open_window(demo=True, people=3, user="demo.admin")
    window.services.caseload.save(PersonDraft(given_name="Kofi", family_name="Loadwell"))
    broken, good = tmp_path / "broken.json", tmp_path / "team_mood.json"
    broken.write_text(TEAM_FILE.replace('"version": "2",', '"version": "2"'), encoding="utf-8")
    good.write_text(TEAM_FILE, encoding="utf-8")
    results = []

    def interact(dialog):
        for path in (broken, good):
            monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
            button(dialog, "Load a measure definition…").click()
            results.append(dialog.ui.loadResult.text())
        results.append(field(dialog, "Measure").currentText())
        choose(dialog, "Item A wording here", "Yes (1)")
        choose(dialog, "Item B wording here", "Yes (1)")
        button(dialog, "Record this completion").click()
        results.append(dialog.ui.history.item(0, 2).text())
        dialog.reject()

    open_measures(window, run_dialog, "Loadwell", interact)
    assert results[0].startswith("broken.json, line 4: a comma is missing")
    assert results[0].endswith("Nothing has been loaded; correct the file and load it again.")
    assert results[1] == ("Loaded Team mood scale (our licensed copy) (version 2). It is now available to everyone "
                          "in the team.")
    assert results[2:] == ["Team mood scale (our licensed copy) (version 2)", "2"]


def test_a_clinician_cannot_load_a_definition(open_window, run_dialog):
    window = open_window(demo=True, people=3)
    window.services.caseload.save(PersonDraft(given_name="Mei", family_name="Notadmin"))
    seen = []
    open_measures(window, run_dialog, "Notadmin", lambda d: (seen.append(
        (d.ui.loadDefinition.isEnabled(), d.ui.loadDefinition.toolTip())), d.reject()))
    assert seen[0][0] is False and seen[0][1].startswith("Only an administrator can load a measure")
