"""The person tabs are built the first time they are opened, and always show the person chosen."""
from recovery_desk.domain.goals import GoalDraft, GoalKind
from tests.gui.helpers import button, field


def choose(window, row: int) -> None:
    window.ui.tabs.setCurrentIndex(0)
    window.caseload_tab.table.selectRow(row)


def test_person_tabs_are_built_when_first_opened(open_window):
    window = open_window(demo=True, people=4)
    tabs = window.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Caseload", "&Assessment", "&Goals", "C&risis plan"]
    assert window.lazy_tabs.built_pages() == []  # start-up built only the caseload

    choose(window, 0)
    tabs.setCurrentIndex(3)
    plan_tab = tabs.currentWidget()
    assert type(plan_tab).__name__ == "CrisisPlanTab"
    assert plan_tab.person.id == window.caseload_tab.current.id
    assert tabs.tabText(3) == "C&risis plan" and tabs.currentIndex() == 3
    assert window.lazy_tabs.built_pages() == [plan_tab]


def test_a_tab_not_showing_catches_up_when_opened(open_window):
    window = open_window(demo=True, people=4)
    choose(window, 0)
    window.ui.tabs.setCurrentIndex(2)
    goals = window.ui.tabs.currentWidget()
    first = goals.person.id
    choose(window, 1)
    second = window.caseload_tab.current.id
    assert second != first
    assert goals.person.id == first  # not reloaded while nobody is looking at it
    window.ui.tabs.setCurrentIndex(2)
    assert goals.person.id == second


def test_a_tab_is_filled_out_of_sight_and_then_shown_once(open_window, monkeypatch):
    """Filled on screen, each box and list changed would lay the window out again."""
    window = open_window(demo=True, people=4)
    choose(window, 0)
    window.ui.tabs.setCurrentIndex(3)
    plan_tab = window.ui.tabs.currentWidget()
    choose(window, 1)
    seen_while_filling = []
    fill = type(plan_tab).load
    monkeypatch.setattr(type(plan_tab), "load", lambda tab, record: (seen_while_filling.append(tab.isVisible()),
                                                                     fill(tab, record)))
    window.ui.tabs.setCurrentIndex(3)
    assert seen_while_filling == [False]
    assert plan_tab.isVisible() and plan_tab.person.id == window.caseload_tab.current.id


def test_a_draft_left_on_a_hidden_tab_is_saved_when_someone_else_is_chosen(open_window):
    window = open_window(demo=True, people=4)
    choose(window, 0)
    window.ui.tabs.setCurrentIndex(3)
    tab = window.ui.tabs.currentWidget()
    person_id = tab.person.id
    button(tab, "Start a crisis plan").click()
    field(tab, "My early warning signs — in their words").setPlainText("Pacing the landing at night")
    choose(window, 1)  # back to the caseload first, then someone else: the draft tab is hidden
    plan = window.services.crisis_plans.current(person_id)
    assert plan.section("early_warning_signs").their_words == "Pacing the landing at night"


def test_a_draft_on_a_hidden_tab_is_saved_when_the_window_closes(open_window):
    window = open_window(demo=True, people=4)
    choose(window, 0)
    window.ui.tabs.setCurrentIndex(3)
    tab = window.ui.tabs.currentWidget()
    person_id = tab.person.id
    button(tab, "Start a crisis plan").click()
    field(tab, "My early warning signs — in their words").setPlainText("Not answering the phone")
    window.ui.tabs.setCurrentIndex(0)
    services = window.services
    window.close()
    plan = services.crisis_plans.current(person_id)
    assert plan.section("early_warning_signs").their_words == "Not answering the phone"


def test_a_draft_that_cannot_be_saved_on_leaving_says_so(open_window, message_boxes):
    from recovery_desk.services.crisis_plans import SECTION_LIMIT

    window = open_window(demo=True, people=4)
    choose(window, 0)
    window.ui.tabs.setCurrentIndex(3)
    tab = window.ui.tabs.currentWidget()
    button(tab, "Start a crisis plan").click()
    too_long = "a" * (SECTION_LIMIT + 1)
    field(tab, "My early warning signs — in their words").setPlainText(too_long)
    window.caseload_tab.table.selectRow(1)  # leaving them from this tab
    assert [title for title, _text in message_boxes] == ["Draft not saved"]
    assert "The changes to the crisis plan could not be saved." in message_boxes[0][1]


def test_the_window_fits_a_laptop_screen_whichever_tabs_have_been_opened(open_window):
    """A 1366×768 trust laptop leaves about 690 px under the title bar and above the taskbar;
    the window may never insist on more, whatever a person's record holds."""
    window = open_window(demo=True, people=4)
    person = window.services.caseload.list_rows()[0]
    window.services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Walk the coast path"))
    window.caseload_tab.reload()
    assert window.caseload_tab.select_person(person.id)
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        assert window.ui.tabs.currentWidget().isVisible()
    goals = window.goals_tab
    assert goals.goal is not None and not goals.detail.isHidden()  # a goal chosen: its details shown
    assert window.minimumSize().height() <= 690 and window.minimumSize().width() <= 1366
    assert window.minimumSizeHint().height() <= 690
