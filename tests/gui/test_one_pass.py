"""Widgets that settle in one pass (gui/one_pass.py): the same answers as Qt's, sooner."""
import os

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget

from recovery_desk.gui.one_pass import WrappedLabel, lay_out_items_now
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
