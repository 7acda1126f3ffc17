"""Records due for retention review (administrators only), and deletion by two members of staff."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from recovery_desk.gui.forms.ui_retention_delete_dialog import Ui_RetentionDeleteDialog
from recovery_desk.gui.widgets import FieldErrors
from recovery_desk.services.bundle import Services
from recovery_desk.services.retention import DeletionSummary, RetentionRow, RetentionService

COLUMNS = ("Name", "Record", "Born", "Discharged", "Last contact", "Review due", "")
DUE_COLOUR = "#a4262c"
_WORDS = {"person": "record", "crisis_plan": "crisis plan version", "agenda_item": "team meeting review",
          "hat_wearing": "recovery hat entry", "checkin_rating": "check-in rating", "risk_plan":
          "positive risk-taking plan", "goal_note": "progress note", "assessment_indicator": "quality-of-life answer",
          "review_request": "request for review", "assessment": "assessment version"}
_PLURALS = {"request for review": "requests for review", "recovery hat entry": "recovery hat entries"}


def describe_counts(summary: DeletionSummary) -> str:
    """``1 person, 2 supporters, 3 crisis plan versions…`` in plain words."""
    parts = []
    for table, n in summary.counts.items():
        one = _WORDS.get(table, table.replace("_", " "))
        parts.append(f"{n} {one if n == 1 else _PLURALS.get(one, one + 's')}")
    return ", ".join(parts)


class RetentionDeleteDialog(QDialog):
    """A second member of staff signs in here, with their own password, to confirm a deletion."""

    def __init__(self, service: RetentionService, row: RetentionRow, secret_word: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RetentionDeleteDialog()
        self.ui.setupUi(self)
        self._service, self._row = service, row
        self.deleted: DeletionSummary | None = None
        preview = service.preview(row.person_id)
        self.ui.intro.setText(
            f"<p>This removes <b>{row.name}</b>'s record (number {row.person_id}) for good: "
            f"{describe_counts(preview)}. It cannot be undone. Backups keep a copy until they are replaced.</p>"
            f"<p>Discharged {uk_date(row.discharged_on)}; last contact {uk_date(row.last_contact)}; due for "
            f"review {uk_date(row.review_due_on)}. The audit trail keeps the record number and these counts, and "
            "who confirmed it, but nothing about the person.</p>"
            "<p>A second member of staff — an administrator or a clinician other than you — must confirm by "
            f"signing in here with their own {secret_word.lower()}.</p>")
        self.ui.intro.setTextFormat(Qt.TextFormat.RichText)
        label = f"Their {secret_word.lower()}"
        self.ui.secondSecretLabel.setText(label)
        self.ui.secondSecret.setAccessibleName(label)
        self.ui.secondSecretError.setAccessibleName(f"{label} problem")
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Delete permanently")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.errors = FieldErrors({"second_username": (self.ui.secondUsername, self.ui.secondUsernameError),
                                   "second_secret": (self.ui.secondSecret, self.ui.secondSecretError)},
                                  banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.rejected.connect(self.reject)

    def confirm(self) -> None:
        try:
            self.deleted = self._service.delete_record(
                self._row.person_id, self._row.version, second_username=self.ui.secondUsername.text(),
                second_secret=self.ui.secondSecret.text())
        except ValidationFailed as exc:
            self.ui.secondSecret.clear()
            self.errors.show(exc.problems, banner="Nothing has been deleted.")
            return
        except (PermissionDenied, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()


class RetentionDialog(QDialog):
    """Discharged records with the date each falls due for a retention review."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._service = RetentionService(services.ctx)
        self.deleted: list[DeletionSummary] = []
        self.setWindowTitle("Records due for retention review")
        self.resize(900, 520)
        years = self._service.years()
        intro = QLabel(
            f"Discharged records are kept for {years} years after the last contact (a team setting), then listed "
            "here for review. Nothing is deleted automatically. If the team decides a record is no longer "
            "needed, it can be deleted with a second member of staff confirming.")
        intro.setWordWrap(True)
        self.due_only = QCheckBox("Show only records due for review")
        self.due_only.setAccessibleName("Show only records due for review")
        self.due_only.setChecked(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Discharged records")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.delete_button = QPushButton("Delete record…")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (intro, self.due_only, self.table, self.empty):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.due_only.toggled.connect(lambda _on: self.reload())
        self.table.itemSelectionChanged.connect(self._enable)
        self.delete_button.clicked.connect(self.delete_selected)
        close.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.rows = self._service.list_discharged(due_only=self.due_only.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.name, str(row.person_id), uk_date(row.date_of_birth), uk_date(row.discharged_on),
                      uk_date(row.last_contact), uk_date(row.review_due_on), "Due for review" if row.due else "")
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if row.due and c == len(values) - 1:
                    item.setForeground(QColor(DUE_COLOUR))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if not self.rows:
            self.empty.setText("No discharged records are due for review." if self.due_only.isChecked()
                               else "There are no discharged records.")
        self.empty.setVisible(not self.rows)
        self._enable()

    def selected(self) -> RetentionRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) and self.table.selectedItems() else None

    def _enable(self) -> None:
        row = self.selected()
        self.delete_button.setEnabled(row is not None and row.due)
        self.delete_button.setToolTip("" if row is None or row.due else
                                      f"Not due for review until {uk_date(row.review_due_on)}.")

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not row.due:
            return
        team = self._services.team.get()
        word = "PIN" if team and team.sign_in_secret == "pin" else "password"
        dialog = RetentionDeleteDialog(self._service, row, word, self)
        if dialog.exec() and dialog.deleted is not None:
            self.deleted.append(dialog.deleted)
            self.reload()
