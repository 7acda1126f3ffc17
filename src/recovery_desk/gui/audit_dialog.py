"""The audit trail, for administrators: who did what to which record, filtered, checked, exported.

The entries and the export name records by number only; people's names appear in the
Person filter, so that an administrator can find everything about one person.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt, QThreadPool
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from recovery_desk.domain.dates import DateInputError, parse_uk_date, uk_date, uk_datetime
from recovery_desk.domain.errors import PermissionDenied
from recovery_desk.gui.background import Job
from recovery_desk.gui.forms.ui_audit_dialog import Ui_AuditDialog
from recovery_desk.gui.widgets import ERROR_STYLE, INVALID_PROPERTY
from recovery_desk.services import audit
from recovery_desk.services.audit import AuditRow, VerifyResult
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import CaseloadRow

ACTIONS = ("create", "change", "view", "discharge", "reopen", "remove", "print", "export", "sign-in",
           "sign-in-failed", "sign-out", "lock", "unlock", "backup", "restore")
SHOWN_AT_MOST = 5000  # the newest entries matching the filters; narrower filters reach further back
PROBLEMS_LISTED = 8
OK_STYLE = "color: #006747; font-weight: 600;"
QUIET_STYLE = "color: #4c6272;"

COLUMNS = ("Entry", "When", "Staff", "Action", "Record", "What")
ENTRY, WHEN, STAFF, ACTION, RECORD, WHAT = range(len(COLUMNS))
COLUMN_WIDTHS = (70, 130, 160, 110, 190)


def record_text(row: AuditRow) -> str:
    """``Person 12``, ``Supporter 3 (person 12)``, ``Audit trail``: numbers, never names."""
    text = row.entity.replace("_", " ").capitalize()
    if row.entity_id is not None:
        text += f" {row.entity_id}"
    if row.person_id is not None and not (row.entity == "person" and row.entity_id == row.person_id):
        text += f" (person {row.person_id})"
    return text


def person_labels(rows: Sequence[CaseloadRow]) -> list[tuple[str, int]]:
    """Each person's name for the filter; people who share a name are told apart by birth date and number."""
    repeated = Counter(r.name for r in rows)
    out = []
    for r in rows:
        label = r.name
        if repeated[r.name] > 1:
            born = f"born {uk_date(r.date_of_birth)}, " if r.date_of_birth else ""
            label = f"{r.name} ({born}record {r.id})"
        out.append((label, r.id))
    return out


def _looks_finished(text: str) -> bool:
    """Whether a date is typed far enough that a problem with it is worth showing before Enter."""
    cleaned = text.strip()
    if any(not (c.isdigit() or c in "/-. ") for c in cleaned):
        return True
    parts = [p for p in cleaned.replace("-", "/").replace(".", "/").replace(" ", "/").split("/") if p]
    return len(parts) > 3 or (len(parts) == 3 and len(parts[2]) >= 4)


def _start_of(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware moment (the trail stores UTC)."""
    return datetime.combine(day, time.min).astimezone()


class AuditModel(QAbstractTableModel):
    """Audit rows for a table view; sorted by value (entry number by default, newest first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (ENTRY, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows), *self._sort)
        self.endResetModel()

    def rows(self) -> list[AuditRow]:
        """Every row, in the order shown."""
        return list(self._rows)

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    @staticmethod
    def _sort_key(column: int) -> Callable[[AuditRow], object]:
        if column == WHEN:
            return lambda r: (r.at, r.seq)
        if column == STAFF:
            return lambda r: (r.staff_name.casefold(), r.seq)
        if column == ACTION:
            return lambda r: (r.action, r.seq)
        if column == RECORD:
            return lambda r: (r.entity, r.entity_id or 0, r.seq)
        if column == WHAT:
            return lambda r: (r.summary.casefold(), r.seq)
        return lambda r: r.seq

    def _sorted(self, rows: list[AuditRow], column: int, order: Qt.SortOrder) -> list[AuditRow]:
        return sorted(rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows, column, order)
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ENTRY:
                return str(row.seq)
            if column == WHEN:
                return uk_datetime(row.at)
            if column == STAFF:
                return row.staff_name
            if column == ACTION:
                return row.action
            if column == RECORD:
                return record_text(row)
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT and row.summary:
            return row.summary
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ENTRY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditDialog(QDialog):
    """Administrators only: anyone else is told so, and sees neither the entries nor any names."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self._services = services
        self._applied: tuple | None = None
        self._check_job: Job | None = None
        self._date_fields = {"From": (self.ui.fromDate, self.ui.fromDateError),
                             "To": (self.ui.toDate, self.ui.toDateError)}
        for label in (self.ui.fromDateError, self.ui.toDateError, self.ui.loadError):
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        for label in (self.ui.checkResult, self.ui.exportResult):
            label.hide()
        self.ui.count.setStyleSheet(QUIET_STYLE)

        self.model = AuditModel(self)
        table = self.ui.entries
        table.setModel(self.model)
        table.sortByColumn(ENTRY, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)

        self.ui.action.addItem("Any", None)
        for action in ACTIONS:
            self.ui.action.addItem(action, action)
        completer = QCompleter(self.ui.person.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ui.person.setCompleter(completer)

        # Enter finishes typing a date; it must never press a button and close the dialog.
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.checkTrail.clicked.connect(self.check_trail)
        self.ui.exportCsv.clicked.connect(self.export_csv)
        if self.refresh():  # only an administrator is shown the list, or people's names
            self._fill_choices()
            for combo in (self.ui.person, self.ui.staff, self.ui.action):
                combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.ui.person.lineEdit().editingFinished.connect(self._settle_person)
            for edit, _error in self._date_fields.values():
                edit.textChanged.connect(lambda _text: self.refresh())
                edit.editingFinished.connect(lambda e=edit: self._finish_date(e))

    # ---- filters ------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        person = self.ui.person
        person.addItem("Anyone", None)
        for label, person_id in person_labels(self._services.caseload.list_rows()):
            person.addItem(label, person_id)
        self.ui.staff.addItem("Anyone", None)
        for member in self._services.staff.list_staff(include_inactive=True):
            self.ui.staff.addItem(member.display_name if member.active else f"{member.display_name} (left)",
                                  member.id)

    def _settle_person(self) -> None:
        """After typing in the Person box: choose the person typed, or go back to the one chosen."""
        combo = self.ui.person
        text = combo.currentText().strip()
        if text == combo.itemText(combo.currentIndex()):
            return
        index = 0 if not text else combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _finish_date(self, edit: QLineEdit) -> None:
        """On Enter or leaving the field: show any problem, and write a good date out in full."""
        try:
            value = parse_uk_date(edit.text())
        except DateInputError:
            value = None
        if value is not None and edit.text() != uk_date(value):
            edit.setText(uk_date(value))
        self.refresh(announce=True)

    def _read_dates(self, announce: bool) -> tuple[bool, date | None, date | None]:
        values: dict[str, date | None] = {}
        ok = True
        for name, (edit, label) in self._date_fields.items():
            try:
                values[name] = parse_uk_date(edit.text())
                self._show_date_problem(name, "")
            except DateInputError as exc:
                ok = False
                self._show_date_problem(name, str(exc) if announce or _looks_finished(edit.text()) else "")
        if ok and values["From"] and values["To"] and values["To"] < values["From"]:
            self._show_date_problem("To", "This is before the From date. Please check the dates.")
            ok = False
        return ok, values.get("From"), values.get("To")

    def _show_date_problem(self, name: str, message: str) -> None:
        edit, label = self._date_fields[name]
        label.setText(message)
        label.setVisible(bool(message))
        if bool(edit.property(INVALID_PROPERTY)) != bool(message):
            edit.setProperty(INVALID_PROPERTY, bool(message))
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    # ---- the list -----------------------------------------------------------------------
    def refresh(self, *, announce: bool = False, force: bool = False) -> bool:
        """Show the entries matching the filters; False when the list cannot be shown at all."""
        ok, since, until = self._read_dates(announce)
        if not ok:
            if any(label.isVisibleTo(self) for _edit, label in self._date_fields.values()):
                self.ui.count.setText("The list is not filtered by date until the date beside is corrected.")
            return True
        filters = (self.ui.person.currentData(), self.ui.staff.currentData(), self.ui.action.currentData(),
                   since, until)
        if filters == self._applied and not force:
            self._show_count()
            return True
        try:
            rows = audit.list_events(
                self._services.ctx, person_id=filters[0], staff_id=filters[1], action=filters[2],
                since=_start_of(since) if since else None,
                until=_start_of(until + timedelta(days=1)) if until else None,
                limit=SHOWN_AT_MOST)
        except PermissionDenied as exc:
            self._refuse(str(exc))
            return False
        self._applied = filters
        self.model.set_rows(rows)
        self._show_count()
        return True

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if shown == 0:
            text = "No entries match these filters."
        elif shown >= SHOWN_AT_MOST:
            text = f"Showing the newest {shown:,} entries. Narrow the filters to see older ones."
        else:
            text = f"Showing {shown:,} {'entry' if shown == 1 else 'entries'}"
        self.ui.count.setText(text)
        self.ui.exportCsv.setEnabled(shown > 0)

    def _refuse(self, message: str) -> None:
        """Not an administrator (any more): say so and offer nothing else."""
        self.model.set_rows([])
        self.ui.loadError.setText(message)
        self.ui.loadError.show()
        self.ui.count.clear()
        for widget in (self.ui.person, self.ui.staff, self.ui.action, self.ui.fromDate, self.ui.toDate,
                       self.ui.entries, self.ui.checkTrail, self.ui.exportCsv):
            widget.setEnabled(False)

    # ---- checking -----------------------------------------------------------------------
    def check_trail(self) -> None:
        """Walk the whole chain in the background (it reads every entry) and say what was found."""
        if self._check_job is not None:
            return
        self.ui.checkTrail.setEnabled(False)
        self._say(self.ui.checkResult, "Checking every entry in the trail…", QUIET_STYLE)
        ctx = self._services.ctx
        self._check_job = Job(lambda _progress, _cancelled: audit.verify(ctx))
        self._check_job.signals.finished.connect(self._checked)
        self._check_job.signals.failed.connect(self._check_failed)
        QThreadPool.globalInstance().start(self._check_job)

    def _checked(self, result: VerifyResult) -> None:
        self._check_job = None
        self.ui.checkTrail.setEnabled(True)
        if result.ok:
            n = result.rows_checked
            text = "The trail is empty." if n == 0 else (
                "The only entry is intact." if n == 1 else f"All {n:,} entries are intact.")
            self._say(self.ui.checkResult, text, OK_STYLE)
            return
        count = len(result.problems)
        lines = [f"The trail has been altered: {count} {'problem' if count == 1 else 'problems'} found in "
                 f"{result.rows_checked:,} entries. Keep this database as it is and tell your "
                 "information governance lead."]
        lines += [f"• {p}" for p in result.problems[:PROBLEMS_LISTED]]
        if count > PROBLEMS_LISTED:
            lines.append(f"…and {count - PROBLEMS_LISTED} more.")
        self._say(self.ui.checkResult, "\n".join(lines), ERROR_STYLE)

    def _check_failed(self, exc: Exception) -> None:
        self._check_job = None
        self.ui.checkTrail.setEnabled(True)
        message = str(exc) if isinstance(exc, PermissionDenied) else (
            "The trail could not be read to check it. Try again; if this keeps happening, "
            "ask your administrator to check the database.")
        self._say(self.ui.checkResult, message, ERROR_STYLE)

    # ---- exporting ----------------------------------------------------------------------
    def export_csv(self) -> None:
        rows = self.model.rows()
        if not rows:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"audit-trail-{self._services.ctx.today().isoformat()}.csv")
        path, _filter = QFileDialog.getSaveFileName(self, "Export the audit trail", suggested,
                                                    "CSV files (*.csv)")
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".csv")
        try:
            # Opened before exporting, so a folder that cannot be written leaves no false entry.
            with target.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8
                handle.write(audit.export_csv(self._services.ctx, rows))
        except PermissionDenied as exc:
            self._say(self.ui.exportResult, str(exc), ERROR_STYLE)
            return
        except OSError as exc:
            reason = exc.strerror or "the file could not be written"
            self._say(self.ui.exportResult,
                      f"Nothing was exported to {target}: {reason}. Please choose another folder.", ERROR_STYLE)
            return
        self._say(self.ui.exportResult,
                  f"Exported {len(rows):,} {'entry' if len(rows) == 1 else 'entries'} to {target}", OK_STYLE)
        self.refresh(force=True)  # the export is itself an entry

    @staticmethod
    def _say(label: QLabel, text: str, style: str) -> None:
        label.setStyleSheet(style)
        label.setText(text)
        label.show()
