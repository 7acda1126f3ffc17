"""The Qt bindings the app runs on keep Python's bookkeeping straight.

PySide6 6.12.0 gives back one reference to ``None`` too many on every call that returns
nothing (a label's ``setText``, a painter's ``setPen``). Before Python 3.12 ``None`` is freed
when its count reaches zero, and the app then dies ("deallocating None"): a few thousand
cells painted were enough. pyproject.toml keeps that release out; this test fails if a
release with the same fault is ever installed.
"""
import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel

CALLS = 500


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for n in range(CALLS):
            label.setText(str(n))
            painter.setPen(QPen(QColor("#005eb8")))
            painter.drawLine(0, 0, 10, 10)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 10  # a few may be let go elsewhere meanwhile; 1,500 would be the fault
