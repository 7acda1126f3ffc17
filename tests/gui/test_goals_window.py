"""Recovery goals, steps, readiness, achievement, treatment goals and positive risk-taking, by label."""
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pypdf import PdfReader

from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.gui.goal_dialogs import AchieveDialog, GoalDialog, RiskPlanDialog, StepDialog
from recovery_desk.gui.goals_tab import GoalsTab
from tests.gui.helpers import button, error_beside, field


def _ok(dialog):
    buttons = dialog.ui.buttons
    (buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(QDialogButtonBox.StandardButton.Ok)).click()


def goals_tab_for(window, family):
    window.caseload_tab.reload()
    window.caseload_tab.search.setText(family)
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.goals_tab)
    return window.goals_tab


def list_texts(widget):
    return [widget.item(i).text() for i in range(widget.count())]


def test_goals_through_the_window_survive_restart(open_window, run_dialog, monkeypatch, tmp_path):
    window = open_window(demo=True, people=3)
    person = window.services.caseload.save(PersonDraft(given_name="Aoife", family_name="Tumblethorn-Ángel"))
    window.services.caseload.save_supporter(person.id, SupporterDraft(name="Kwame Puddleby", relationship="Friend"))
    tab = goals_tab_for(window, "Tumblethorn")

    def new_goal(dialog):
        _ok(dialog)
        assert "Please enter the goal, in their words" in error_beside(dialog, "The goal, in their words")
        field(dialog, "The goal, in their words").setPlainText("I want to sing with a choir again")
        field(dialog, "Why it matters to them").setPlainText("Singing is when I feel most alive")
        field(dialog, "Area of life").setCurrentText("Leisure and things I enjoy")
        field(dialog, "What it builds (CHIME)").setCurrentText("Connectedness")
        field(dialog, "Target date (optional)").setText("01/03/2027")
        field(dialog, "Readiness to act (1 to 10)").setValue(7)
        field(dialog, "What made it more than 1?").setPlainText("I've found a choir that meets on Thursdays")
        _ok(dialog)

    run_dialog(GoalDialog, new_goal)
    button(tab, "New recovery goal…").click()
    assert tab.goal.statement == "I want to sing with a choir again" and tab.goal.readiness == 7

    def step(description, who):
        def fill(dialog):
            field(dialog, "What the step is").setPlainText(description)
            if who is None:
                _ok(dialog)
                assert "who will do this step" in error_beside(dialog, "Who will do it")
                dialog.reject()
                return
            combo = field(dialog, "Who will do it")
            combo.setCurrentIndex(next(i for i in range(combo.count()) if who in combo.itemText(i)))
            field(dialog, "By when (optional)").setText("01/12/2026")
            _ok(dialog)
        return fill

    run_dialog(StepDialog, step("Email the choir leader", None))
    button(tab, "Add step…").click()
    assert tab.goal.steps == ()
    run_dialog(StepDialog, step("Email the choir leader", "Aoife"))
    button(tab, "Add step…").click()
    run_dialog(StepDialog, step("Go along to the first rehearsal together", "Kwame Puddleby"))
    button(tab, "Add step…").click()
    assert [s.who_name for s in tab.goal.steps] == ["Aoife", "Kwame Puddleby"]
    tab.steps.selectRow(0)
    button(tab, "Mark done today").click()
    assert tab.goal.steps[0].done_on is not None

    field(tab, "New progress note").setPlainText("Aoife emailed the choir and they said come along")
    button(tab, "Add note").click()
    assert "come along" in list_texts(tab.notes)[0]

    def risk(dialog):
        field(dialog, "What they want to do").setPlainText("Travel to rehearsals on the bus alone")
        field(dialog, "Why it matters to them").setPlainText("Not depending on anyone")
        field(dialog, "What could go wrong").setPlainText("Feeling panicky on a busy bus")
        field(dialog, "What would make it safer").setPlainText("Quiet times; text Kwame on arrival")
        field(dialog, "Who was involved in agreeing it").setText("Aoife, Kwame, care coordinator")
        field(dialog, "Review date").setText("15/01/2027")
        _ok(dialog)

    run_dialog(RiskPlanDialog, risk)
    button(tab, "Add a plan…").click()
    assert tab.goal.risk_plans[0].activity == "Travel to rehearsals on the bus alone"

    def achieve(dialog):
        field(dialog, "Celebration note").setPlainText("Sang at the Christmas concert — her mum came to watch")
        _ok(dialog)

    run_dialog(AchieveDialog, achieve)
    button(tab, "Achieved!…").click()
    assert "★ Achieved" in list_texts(tab.recovery_list)[0]

    def treatment(dialog):
        field(dialog, "The goal, in the service's words").setPlainText("Review side effects of medication with Aoife")
        _ok(dialog)

    run_dialog(GoalDialog, treatment)
    button(tab, "New treatment goal…").click()
    assert any("Review side effects" in t for t in list_texts(tab.treatment_list))
    assert not any("Review side effects" in t for t in list_texts(tab.recovery_list))
    assert not any("choir" in t for t in list_texts(tab.treatment_list))

    pdf = tmp_path / "goals.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    button(tab, "Save overview as PDF…").click()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    assert "I want to sing with a choir again" in text
    assert "Sang at the Christmas concert" in text
    assert text.index("I want to sing with a choir again") < text.index("Review side effects of medication")
    window.close()

    again = open_window(demo=True)
    tab = goals_tab_for(again, "Tumblethorn")
    overview = tab.overview
    [choir] = overview.recovery
    assert choir.celebration.startswith("Sang at the Christmas concert")
    assert [s.description for s in choir.steps] == ["Email the choir leader", "Go along to the first rehearsal together"]
    assert choir.risk_plans[0].what_makes_it_safer == "Quiet times; text Kwame on arrival"
    assert [g.statement for g in overview.treatment] == ["Review side effects of medication with Aoife"]


def test_a_goal_is_shown_once_when_the_tab_opens(open_window, monkeypatch):
    """Opening the tab shows the first goal's details once (not once for the list's signal and
    once more); asking for the goal already chosen shows it too."""
    window = open_window(demo=True, people=3)
    person = window.services.caseload.save(PersonDraft(given_name="Tomasz", family_name="Onceonly"))
    goals = window.services.goals
    first = goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Cook for friends again"))
    goals.save_goal(person.id, GoalDraft(kind=GoalKind.TREATMENT, statement="Review medication with the GP"))
    shown = []
    show = GoalsTab.show_goal
    monkeypatch.setattr(GoalsTab, "show_goal", lambda tab, goal: (shown.append(goal.statement), show(tab, goal)))
    tab = goals_tab_for(window, "Onceonly")
    assert shown == ["Cook for friends again"]
    assert tab.recovery_list.currentRow() == 0 and tab.treatment_list.currentRow() == -1

    shown.clear()
    tab.select_goal(first.id)  # the line already current: Qt says nothing, so the tab shows it itself
    assert shown == ["Cook for friends again"]
    tab.treatment_list.setCurrentRow(0)
    assert shown[-1] == "Review medication with the GP" and tab.recovery_list.currentRow() == -1


def test_the_next_persons_goals_open_at_their_first_goal(open_window):
    """Choosing someone else shows their first goal, as on opening the tab, not an empty page."""
    window = open_window(demo=True, people=3)
    goals = window.services.goals
    for family, statement in (("Firstgoal-A", "Swim a length"), ("Firstgoal-B", "Visit my nan in Leeds")):
        person = window.services.caseload.save(PersonDraft(given_name="Sam", family_name=family))
        goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement=statement))
    tab = goals_tab_for(window, "Firstgoal-A")
    assert tab.goal.statement == "Swim a length" and not tab.detail.isHidden()
    tab = goals_tab_for(window, "Firstgoal-B")
    assert tab.goal is not None and tab.goal.statement == "Visit my nan in Leeds"
    assert not tab.detail.isHidden() and tab.no_goal.isHidden()
    assert "Visit my nan in Leeds" in tab.goal_text.text()
