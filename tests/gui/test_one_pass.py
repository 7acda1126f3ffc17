"""Widgets that settle in one pass (gui/one_pass.py): the same answers as Qt's, sooner."""
import os

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QStyledItemDelegate, QTabWidget, QVBoxLayout, QWidget

from recovery_desk.gui.one_pass import PageTabs, RememberedSizes, WrappedLabel, lay_out_items_now, showing_together
from recovery_desk.gui.theme import SERIAL_PAINTING, before_application
from tests.gui.helpers import PaintCount

WORDS = "Going to the allotment on Saturdays with my brother, whatever the weather. " * 6


def plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def test_a_wrapped_label_answers_as_qt_does_for_any_width_and_text(qtbot):
    label = WrappedLabel(WORDS)
    qtbot.addWidget(label)
    for width in (120, 300, 120, 600):
        assert label.heightForWidth(width) == plain_label(WORDS).heightForWidth(width)
    short = "Allotment."
    label.setText(short)
    assert label.heightForWidth(120) == plain_label(short).heightForWidth(120) < plain_label(WORDS).heightForWidth(120)


def test_a_wrapped_label_works_its_height_out_again_when_the_font_changes(qtbot):
    label = WrappedLabel(WORDS)
    qtbot.addWidget(label)
    before = label.heightForWidth(300)
    label.setFont(QFont(label.font().family(), label.font().pointSize() * 2))
    assert label.heightForWidth(300) > before


def paints_after_filling(qtbot, qapp, lay_out: bool) -> int:
    shown = QListWidget()
    qtbot.addWidget(shown)
    shown.resize(300, 200)
    shown.show()
    qtbot.waitExposed(shown)
    shown.addItem("Someone else's first step")
    for _ in range(5):
        qapp.processEvents()
    counter = PaintCount()
    shown.viewport().installEventFilter(counter)
    shown.clear()
    shown.addItems([f"Step {n}" for n in range(20)])
    if lay_out:
        lay_out_items_now(shown)
    for _ in range(4):
        qapp.processEvents()
    return counter.paints


def test_a_filled_list_is_painted_once(qtbot, qapp):
    assert paints_after_filling(qtbot, qapp, lay_out=True) == 1
    assert paints_after_filling(qtbot, qapp, lay_out=False) == 2  # Qt's own way: again, a pass later


def test_painting_stays_on_the_gui_thread_unless_the_environment_says_otherwise(monkeypatch):
    monkeypatch.delenv(SERIAL_PAINTING, raising=False)
    before_application()
    assert os.environ[SERIAL_PAINTING] == "1"
    monkeypatch.setenv(SERIAL_PAINTING, "chosen elsewhere")
    before_application()
    assert os.environ[SERIAL_PAINTING] == "chosen elsewhere"


def test_no_change_event_is_left_unanswered(qtbot):
    """Whatever Qt says changed (font, style, margins), the remembered heights are let go."""
    label = WrappedLabel(WORDS)
    qtbot.addWidget(label)
    label.heightForWidth(300)
    label.changeEvent(QEvent(QEvent.Type.StyleChange))
    assert label._heights == {}


class CountedLayout(QVBoxLayout):
    """A window's layout that counts how often it is laid out."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.laid_out = 0

    def setGeometry(self, rect) -> None:  # noqa: N802 - Qt's name
        self.laid_out += 1
        super().setGeometry(rect)


def window_with_hidden_lines(qtbot, qapp) -> tuple[QWidget, QWidget, list[QLabel], CountedLayout]:
    window = QWidget()
    qtbot.addWidget(window)
    outer = CountedLayout(window)
    outer.addWidget(QLabel(WORDS))
    box = QWidget()
    lines = QVBoxLayout(box)
    hidden = [QLabel(f"Line {n}") for n in range(7)]
    for label in hidden:
        lines.addWidget(label)
        label.hide()
    outer.addWidget(box)
    window.resize(400, 500)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        qapp.processEvents()
    outer.laid_out = 0
    return window, box, hidden, outer


def test_lines_shown_together_lay_the_window_out_once(qtbot, qapp):
    window, box, hidden, layout = window_with_hidden_lines(qtbot, qapp)
    with showing_together(box):
        for label in hidden:
            label.show()
    qapp.processEvents()
    assert all(label.isVisible() for label in hidden) and box.isVisible()
    assert layout.laid_out == 1

    other_window, _box, hidden, layout = window_with_hidden_lines(qtbot, qapp)
    for label in hidden:  # Qt's own way: the whole window laid out for each line
        label.show()
    assert layout.laid_out == len(hidden)
    assert window.isVisible() and other_window.isVisible()


def test_showing_together_leaves_the_keyboard_focus_where_it_is(qtbot, qapp):
    window, box, hidden, _ = window_with_hidden_lines(qtbot, qapp)
    typing = QLineEdit()
    box.layout().addWidget(typing)
    window.layout().addWidget(QLineEdit("Somewhere else the focus could go"))
    window.activateWindow()
    typing.setFocus()
    qtbot.waitUntil(typing.hasFocus)
    with showing_together(box):
        hidden[0].show()
    assert typing.hasFocus() and hidden[0].isVisible()


class MeasuredLabel(WrappedLabel):
    """A wrapped label that counts the heights it is asked for, answered or remembered."""

    asked = 0

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        self.asked += 1
        return super().heightForWidth(width)


def window_with_tabs(qtbot, qapp, tabs):
    """A window of two tabs, each a page of wrapped help text (a plan's sections, say)."""
    window = QWidget()
    QVBoxLayout(window).addWidget(tabs)
    labels = []
    for name in ("Crisis plan", "Goals"):
        page = QWidget()
        lines = QVBoxLayout(page)
        for n in range(3):
            label = MeasuredLabel(f"{name}: help that wraps at any width the window is given. " * 4 + str(n))
            lines.addWidget(label)
            labels.append(label)
        tabs.addTab(page, name)
    window.resize(500, 400)
    window.show()
    qtbot.waitExposed(window)
    qapp.processEvents()
    return window, labels[:3], labels[3:]


def test_the_window_does_not_ask_a_hidden_tab_how_tall_its_text_is(qtbot, qapp):
    window, plan, goals = window_with_tabs(qtbot, qapp, PageTabs())
    for label in plan + goals:
        label.asked = 0
    window.resize(620, 400)  # a new width: the shown page is laid out again, the hidden one is left alone
    qapp.processEvents()
    assert all(label.asked for label in plan)
    assert [label.asked for label in goals] == [0, 0, 0]
    assert all(label.height() >= label.heightForWidth(label.width()) for label in plan)  # room for the wrapped text

    window, plan, goals = window_with_tabs(qtbot, qapp, QTabWidget())  # Qt's own tabs ask every page
    for label in goals:
        label.asked = 0
    window.resize(620, 400)
    qapp.processEvents()
    assert all(label.asked for label in goals)


NOTES = [
    "22/11/2026 — Walking along the canal with my dog helps more than anything. (Rowan Quillon)",
    "22/10/2026 — I'd like to keep cooking for myself and to go outside every day. " * 3,
    "Safer: letters about benefits frighten me;\nhelp with opening them makes a real difference.",
    "مريم — a short one",
]


def wrapped_list(qtbot, qapp, delegate_for, width: int) -> tuple[QImage, list[int]]:
    notes = QListWidget()
    qtbot.addWidget(notes)
    notes.setWordWrap(True)
    notes.setItemDelegate(delegate_for(notes))
    notes.addItems(NOTES)
    notes.resize(width, 220)
    notes.show()
    qtbot.waitExposed(notes)
    for _ in range(3):
        qapp.processEvents()
    image = notes.viewport().grab().toImage()
    heights = [notes.visualItemRect(notes.item(row)).height() for row in range(notes.count())]
    notes.close()
    return image, heights


def test_a_wrapped_list_remembering_sizes_looks_exactly_as_qt_lays_it_out(qtbot, qapp):
    for width in (240, 420):
        ours, our_heights = wrapped_list(qtbot, qapp, RememberedSizes, width)
        qts, qt_heights = wrapped_list(qtbot, qapp, QStyledItemDelegate, width)
        assert our_heights == qt_heights and len(set(qt_heights)) > 1  # the long note wraps
        assert ours == qts


def test_an_entrys_size_is_worked_out_once_for_its_words_and_width(qtbot, qapp, monkeypatch):
    asked = []
    qts = QStyledItemDelegate.sizeHint
    monkeypatch.setattr(QStyledItemDelegate, "sizeHint",
                        lambda self, option, index: asked.append(index.row()) or qts(self, option, index))
    delegate = RememberedSizes()
    notes = QListWidget()
    qtbot.addWidget(notes)
    notes.setWordWrap(True)
    notes.setItemDelegate(delegate)
    notes.addItems(NOTES)
    notes.resize(300, 200)
    notes.show()
    qtbot.waitExposed(notes)
    qapp.processEvents()
    assert set(asked) == set(range(len(NOTES)))
    asked.clear()
    notes.clear()
    notes.addItems(NOTES)  # the same words again (back to a goal seen before)
    notes.doItemsLayout()
    qapp.processEvents()
    assert asked == []
    notes.resize(260, 200)  # a new width: measured again
    qapp.processEvents()
    assert asked
