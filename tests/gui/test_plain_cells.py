"""The quick cell painter (gui/plain_cells.py), for the caseload and for lists of lines, paints exactly what Qt's own does."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView

from recovery_desk.gui.goals_tab import TREATMENT_STYLE
from recovery_desk.gui.plain_cells import Emphasis, Line, PlainCells, PlainLines

ROWS = [
    ("Amara Applewhistle", "Kit Fennimore", "53", "26/05/2027"),
    ("Beth Applewhistle (Bethan) with a name far too long for its column", "Jordan Okonkwo-Fable", "7", ""),
    ("Zoë Łukasz-Ní Bhriain 🌱", "مريم الحسيني", "104", "01/06/2027"),
    ("<b>Sam</b> & co", "Not allocated", "", "18/03/2027"),
]
RIGHT = 2


def table_painted_by(qtbot, qapp, delegate_for) -> QImage:
    model = QStandardItemModel(len(ROWS), len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            item = QStandardItem(text)
            if c == RIGHT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(r, c, item)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegate(delegate_for(model, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setStyleSheet("QTableView { selection-background-color: #005eb8; selection-color: white; }")
    for column, width in enumerate((180, 120, 50, 100)):
        table.setColumnWidth(column, width)
    table.resize(500, 200)
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()
    table.setCurrentIndex(model.index(2, 1))  # a chosen row, and the focus on one of its cells
    for _ in range(3):
        qapp.processEvents()
    image = table.viewport().grab().toImage()
    table.close()
    return image


def test_cells_look_exactly_as_qt_paints_them(qtbot, qapp):
    """Selection, alternate rows, numbers to the right, words cut short with "…", the focus
    frame, right-to-left words, emoji and markup-like words shown as written."""
    ours = table_painted_by(qtbot, qapp, lambda model, table: PlainCells(
        lambda row, column: model.item(row, column).text(), right_aligned=(RIGHT,), parent=table))
    qts = table_painted_by(qtbot, qapp, lambda _model, table: QStyledItemDelegate(table))
    assert ours.size() == qts.size()
    differing = sum(ours.pixel(x, y) != qts.pixel(x, y) for x in range(ours.width()) for y in range(ours.height()))
    assert differing == 0


def test_words_too_wide_for_the_column_are_cut_short(qtbot, qapp):
    cells = PlainCells(lambda _r, _c: "")
    font = qapp.font()
    long_name = ROWS[1][0]
    assert cells.laid_out(long_name, 120, font).text().endswith("…")
    assert cells.laid_out(long_name, 120, font).size().width() <= 120
    assert cells.laid_out("Amara", 120, font).text() == "Amara"


LINES = [
    Line("Version 3: agreed 01/05/2026", Emphasis(bold=True), "Changed: What helps me", 3),
    Line("Version 2: superseded 01/11/2025", tooltip="Changed: My early warning signs", data=2),
    Line("Aunt Ngozi — version 2, 03/11/2025  (out of date: give them the new version)",
         Emphasis(colour=QColor(Qt.GlobalColor.darkRed))),
    Line("שרה לוי — version 3, 02/05/2026 🌱"),  # right-to-left first: still read in the list's order
    Line("No treatment goals yet.", choosable=False),
]


def list_painted(qtbot, qapp, with_qts_delegate: bool, sheet: str = "") -> QImage:
    lines = PlainLines("Versions")
    qtbot.addWidget(lines)
    lines.setStyleSheet(sheet)
    lines.set_lines(LINES)
    if with_qts_delegate:
        lines.setItemDelegate(QStyledItemDelegate(lines))  # Qt paints the same items itself
    lines.resize(260, 120)  # the long line cut short with "…"
    lines.show()
    qtbot.waitExposed(lines)
    lines.setFocus()
    lines.setCurrentRow(1)
    for _ in range(3):
        qapp.processEvents()
    image = lines.viewport().grab().toImage()
    lines.close()
    return image


@pytest.mark.parametrize("sheet", ["", TREATMENT_STYLE])
def test_a_list_of_lines_looks_exactly_as_qt_paints_it(qtbot, qapp, sheet):
    """Bold for the version shown, dark red for a copy out of date, the chosen line, "…", a
    greyed line that cannot be chosen; on a plain list and on the treatment goals' grey one."""
    ours, qts = list_painted(qtbot, qapp, False, sheet), list_painted(qtbot, qapp, True, sheet)
    assert ours.size() == qts.size()
    differing = sum(ours.pixel(x, y) != qts.pixel(x, y) for x in range(ours.width()) for y in range(ours.height()))
    assert differing == 0


def test_a_list_of_lines_reads_as_any_list(qtbot):
    """Screen readers, tooltips and whoever acts on a click read the items, as in any list."""
    lines = PlainLines("Versions")
    qtbot.addWidget(lines)
    lines.set_lines(LINES)
    assert lines.accessibleName() == "Versions" and lines.count() == len(LINES)
    assert [lines.item(r).text() for r in range(len(LINES))] == [line.text for line in LINES]
    assert lines.item(0).flags() & Qt.ItemFlag.ItemIsSelectable and lines.item(4).flags() == Qt.ItemFlag.NoItemFlags
    assert lines.item(0).font().bold() and not lines.item(1).font().bold()
    assert lines.item(0).toolTip() == "Changed: What helps me"
    assert lines.item(1).data(Qt.ItemDataRole.UserRole) == 2 and lines.item(2).data(Qt.ItemDataRole.UserRole) is None
    assert lines.item(2).foreground().color() == QColor(Qt.GlobalColor.darkRed)
    lines.set_lines([Line("No copies recorded yet.")])
    assert lines.count() == 1 and lines.item(0).text() == "No copies recorded yet."
