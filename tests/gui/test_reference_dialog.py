"""The reference library window: F1 from the Help menu, search as you type, filters, links to an action point."""
from PySide6.QtCore import Qt

from recovery_desk.gui.reference_dialog import ReferenceDialog, show_reference
from tests.gui.helpers import field


def open_library(window, qtbot) -> ReferenceDialog:
    action = next(a for a in window.ui.menuHelp.actions() if a.text().replace("&", "") == "Reference library…")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    dialog = window.findChild(ReferenceDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def test_search_as_you_type_across_text_and_numbers(open_window, qtbot):
    window = open_window(demo=True, people=2)
    dialog = open_library(window, qtbot)
    assert dialog.ui.count.text() == "Showing 149 of 149"
    assert "Work with voluntary and community organisations" in dialog.ui.entries.toPlainText()

    search = field(dialog, "Search")
    qtbot.keyClicks(search, "83")
    assert [i.key for i in dialog.shown][0] == "ap:83"
    assert all(i.number == "83" or "83" in " ".join((i.source, *i.used_in)) for i in dialog.shown)
    search.clear()
    qtbot.keyClicks(search, "crisis plan")
    found = len(dialog.shown)
    assert found and all("crisis" in i.searchable and "plan" in i.searchable for i in dialog.shown)
    assert dialog.ui.count.text().startswith(f"Showing {found} of 149")

    search.clear()
    field(dialog, "Action points").setChecked(False)
    assert {i.kind for i in dialog.shown} == {"hope strategy", "question"}
    assert dialog.ui.count.text() == "Showing 49 of 49"
    field(dialog, "Hope strategies").setChecked(False)
    field(dialog, "Questions").setChecked(False)
    assert dialog.shown == () and "Tick at least one" in dialog.ui.count.text()
    field(dialog, "Questions").setChecked(True)
    qtbot.keyClicks(search, "zzqx")
    assert "Nothing matches" in dialog.ui.count.text()


def test_another_screen_opens_it_at_an_action_point(open_window, qtbot):
    window = open_window(demo=True, people=2)
    dialog = open_library(window, qtbot)
    qtbot.keyClicks(field(dialog, "Search"), "hope")
    field(dialog, "Action points").setChecked(False)
    again = show_reference(window.caseload_tab, window.services, action_point=88)
    assert again is dialog  # one library window per main window
    assert field(dialog, "Search").text() == "" and field(dialog, "Action points").isChecked()
    assert dialog.chosen == "ap:88"
    qtbot.waitUntil(lambda: dialog.ui.entries.verticalScrollBar().value() > 0, timeout=2000)
    # the chosen point is at the top of the view: the first thing the reader sees
    entries = dialog.ui.entries
    document = entries.document()
    block = document.begin()
    while block.isValid() and block.text() != "88":
        block = block.next()
    top = document.documentLayout().blockBoundingRect(block).top() - entries.verticalScrollBar().value()
    assert 0 <= top <= entries.fontMetrics().height() * 3, top
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(ReferenceDialog) is None or not dialog.isVisible(), timeout=2000)
    assert dialog.windowFlags() & Qt.WindowType.WindowMaximizeButtonHint
