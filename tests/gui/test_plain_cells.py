"""The caseload's quick cell painter (gui/plain_cells.py) paints exactly what Qt's own does."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView

from recovery_desk.gui.plain_cells import PlainCells

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
