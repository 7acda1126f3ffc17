"""The language check as staff meet it: an underline and a kinder alternative, never a change to the text."""
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit

from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui.goal_dialogs import GoalDialog
from recovery_desk.gui.language_check import IGNORE_HERE, LanguageHighlighter, check_language, highlighter_for
from tests.gui.helpers import button, field

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def underlined(editor) -> list[str]:
    """The stretches of text the editor shows with the wavy underline."""
    out = []
    block = editor.document().begin()
    while block.isValid():
        for rng in block.layout().formats():
            if rng.format.underlineStyle() == WAVE:
                out.append(block.text()[rng.start:rng.start + rng.length])
        block = block.next()
    return out


def menu_texts(editor, phrase: str) -> list[str]:
    highlighter = highlighter_for(editor)
    position = editor.toPlainText().index(phrase) + 2
    menu = highlighter.context_menu(position)
    texts = [a.text() for a in menu.actions()]
    menu.deleteLater()
    return texts


def test_staff_notes_underline_non_compliant_and_offer_the_alternative(open_window, qtbot):
    window = open_window(demo=True, people=3)
    person = window.services.caseload.save(PersonDraft(given_name="Zoë", family_name="Larkhollow-Test"))
    window.services.crisis_plans.start_draft(person.id)
    window.caseload_tab.reload()
    window.caseload_tab.search.setText("Larkhollow-Test")
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.crisis_plan_tab)
    tab = window.crisis_plan_tab

    notes = field(tab, "What helps me — staff notes")
    theirs = field(tab, "What helps me — in their words")
    notes.setFocus()
    qtbot.keyClicks(notes, 'Has been non-compliant with the depot; she said "I am not manipulative".')
    notes.insertPlainText(" Her words: “frequent flyer, they call me”.")  # QTest types ASCII only
    qtbot.keyClicks(theirs, "People say I'm non-compliant and a frequent flyer. I just want a say.")

    assert underlined(notes) == ["non-compliant"]  # the quoted words are hers: left alone
    assert underlined(theirs) == []  # the person's own words are never checked
    assert highlighter_for(theirs) is None

    flag = highlighter_for(notes).flag_at(notes.toPlainText().index("non-compliant") + 3)
    assert "not taking medication at the moment" in flag.rule.alternative
    tip = highlighter_for(notes).explanation(flag)
    assert "not taking medication at the moment" in tip and "partnership" in tip
    texts = menu_texts(notes, "non-compliant")
    assert texts[0].startswith("Kinder: not taking medication") and texts[1] == IGNORE_HERE
    assert "Language check" in notes.accessibleDescription()

    typed = notes.toPlainText()
    button(tab, "Save draft").click()
    saved = window.services.crisis_plans.current(person.id).section("what_helps")
    assert saved.staff_notes == typed  # saved exactly as typed: the check changes nothing
    assert saved.their_words == "People say I'm non-compliant and a frequent flyer. I just want a say."

    # "Ignore here" dismisses it in this box only; the text is still the same
    menu = highlighter_for(notes).context_menu(notes.toPlainText().index("non-compliant"))
    next(a for a in menu.actions() if a.text() == IGNORE_HERE).trigger()
    assert underlined(notes) == [] and notes.toPlainText() == typed
    other = field(tab, "What doesn't help me — staff notes")
    other.setPlainText("Was non-compliant last winter.")
    assert underlined(other) == ["non-compliant"]


def test_right_click_on_a_flag_shows_the_alternative_and_elsewhere_the_usual_menu(open_window, qtbot, monkeypatch):
    window = open_window(demo=True, people=3)
    person = window.services.caseload.save(PersonDraft(given_name="Kofi", family_name="Menutest"))
    window.services.goals.save_goal(person.id, GoalDraft(kind=GoalKind.RECOVERY, statement="Walk the coast path"))
    window.caseload_tab.reload()
    window.caseload_tab.search.setText("Menutest")
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.goals_tab)
    tab = window.goals_tab
    tab.recovery_list.setCurrentRow(0)
    note = field(tab, "New progress note")
    qtbot.keyClicks(note, "Kofi suffers from low mood in winter")
    assert underlined(note) == ["suffers from"]

    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMenu.popup", lambda menu, *_a: shown.append(
        [a.text() for a in menu.actions()]))
    cursor = note.textCursor()
    cursor.setPosition(note.toPlainText().index("suffers") + 2)
    rect = note.cursorRect(cursor)

    def right_click(widget, reason, point):
        QApplication.sendEvent(widget, QContextMenuEvent(reason, point, widget.mapToGlobal(point)))

    right_click(note.viewport(), QContextMenuEvent.Reason.Mouse, rect.center())
    assert shown and shown[-1][0] == "Kinder: lives with depression" and IGNORE_HERE in shown[-1]
    shown.clear()
    right_click(note.viewport(), QContextMenuEvent.Reason.Mouse, QPoint(note.viewport().width() - 3, 3))
    assert shown == []  # not on a flag: the editor's own menu, untouched
    note.setTextCursor(cursor)  # the keyboard's menu key asks about the phrase at the text cursor
    right_click(note, QContextMenuEvent.Reason.Keyboard, QPoint(0, 0))
    assert shown and shown[-1][0] == "Kinder: lives with depression"

    button(tab, "Add note").click()
    assert tab.goal.notes[-1].text == "Kofi suffers from low mood in winter"


def test_goal_dialog_checks_staff_fields_but_not_the_goal_in_their_words(open_window, run_dialog, qtbot):
    window = open_window(demo=True, people=3)
    window.services.caseload.save(PersonDraft(given_name="Priya", family_name="Dialogcheck"))
    window.caseload_tab.reload()
    window.caseload_tab.search.setText("Dialogcheck")
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.goals_tab)
    seen = {}

    def fill(dialog):
        statement = field(dialog, "The goal, in their words")
        why = field(dialog, "Why it matters to them")
        statement.setPlainText("Stop being a frequent flyer at A&E")
        why.setPlainText("She is seen as attention-seeking and wants that to change")
        seen["statement"], seen["why"] = underlined(statement), underlined(why)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    run_dialog(GoalDialog, fill)
    button(window.goals_tab, "New recovery goal…").click()
    assert seen == {"statement": [], "why": ["attention-seeking"]}
    assert window.goals_tab.goal.statement == "Stop being a frequent flyer at A&E"


def test_a_box_is_watched_only_while_something_in_it_is_underlined(qtbot, monkeypatch):
    """Hover and right-click only need explaining over a flag; an unflagged box's events (a plan's
    tab has eighteen such boxes) are left to the editor without a call into Python each."""
    seen = []
    original = LanguageHighlighter.eventFilter
    monkeypatch.setattr(LanguageHighlighter, "eventFilter",
                        lambda self, watched, event: seen.append(event.type()) or original(self, watched, event))
    note = QPlainTextEdit()
    qtbot.addWidget(note)
    [highlighter] = check_language(note)
    note.show()
    note.resize(300, 120)
    note.setPlainText("Walked to the shop with her brother.")
    note.update()
    QApplication.processEvents()
    assert seen == []

    note.setPlainText("She suffers from low mood in winter.")
    assert underlined(note) == ["suffers from"]
    note.update()
    QApplication.processEvents()
    assert seen, "a box with a flag in it hears its events, so hover and right-click can explain it"

    note.setPlainText("Low mood in winter.")
    seen.clear()
    note.update()
    QApplication.processEvents()
    assert seen == [] and highlighter.flags() == []
