"""The Caseload tab: everyone open to the team, search as you type, and the chosen person's card."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.errors import ConflictError, NotFound
from recovery_desk.gui.background import Job
from recovery_desk.gui.caseload_model import (
    COLUMNS,
    NAME,
    NUMBER_COLUMNS,
    PERSON_ID_ROLE,
    CaseloadModel,
    ascending_order,
)
from recovery_desk.gui.discharge_dialog import DischargeDialog
from recovery_desk.gui.one_pass import lay_out_items_now
from recovery_desk.gui.plain_cells import PlainCells
from recovery_desk.gui.person_dialog import PersonDialog
from recovery_desk.gui.person_summary import SHOWN_REVIEWS, PersonSummary
from recovery_desk.gui.supporter_dialog import SupporterDialog
from recovery_desk.gui.widgets import EmptyState, show_error
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import CaseloadRow, PersonRecord

REVIEW_SOON_DAYS = 14
SEARCH_MIN_CHARS = 16  # widths in the font's "M"s: the search box, and the two lists beside it
COMBO_MIN_CHARS = 10
# A caseload larger than this loads on a worker thread once the window is up (at 50,000 people
# about half a second), so the window can be used at once; a smaller one loads before it shows.
BACKGROUND_ABOVE = 10_000
# Above this, every column's sort order is worked out on a worker thread after loading, so the
# first click on a column heading is as quick as the next (at 50,000 a first sort cost 12-15 ms more).
WARM_ORDERS_ABOVE = 10_000
_RUNNING: set[Job] = set()


def _start_kept(job: Job, finished: Callable[[object], None], failed: Callable[[Exception], None]) -> None:
    """Start ``job`` on the thread pool, kept until it reports even if the window closes meanwhile."""
    _RUNNING.add(job)
    for signal in (job.signals.finished, job.signals.failed):
        signal.connect(lambda _result, j=job: _RUNNING.discard(j))
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)


FILTERS: list[tuple[str, str]] = [
    ("open", "Everyone open to the team"),
    ("mine", "My caseload"),
    ("review", "Review due (next two weeks or overdue)"),
    ("plan", "Crisis plan missing or overdue"),
    ("discharged", "Discharged"),
    ("all", "Everyone, including discharged"),
]


class CaseloadTab(QWidget):
    """Emits ``person_changed`` with the selected person's record (or None), and ``loaded``
    when a caseload loading in the background has arrived (``loading`` is True until then)."""

    person_changed = Signal(object)
    loaded = Signal()
    orders_warmed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._current: PersonRecord | None = None
        self.loading = False
        self.warming = False  # column orders being worked out in the background
        self._load_job: Job | None = None
        self._job_load = 0
        self._loads = 0  # counts loads, so a background result older than a reload is dropped
        self._refreshed_while_loading: set[int] = set()

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name, preferred name or NHS number")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the caseload")
        search_label = QLabel("&Search")
        search_label.setBuddy(self.search)

        self.filter = QComboBox()
        self.filter.setAccessibleName("Show")
        for key, label in FILTERS:
            self.filter.addItem(label, key)
        filter_label = QLabel("S&how")
        filter_label.setBuddy(self.filter)

        self.coordinator = QComboBox()
        self.coordinator.setAccessibleName("Care coordinator")
        coordinator_label = QLabel("&Care coordinator")
        coordinator_label.setBuddy(self.coordinator)

        self.count = QLabel()
        self.count.setObjectName("caseloadCount")
        self.count.setAccessibleName("People shown")

        self.model = CaseloadModel(services.ctx.today(), self)
        self.table = QTableView()
        self.table.setAccessibleName("Caseload")
        self.table.setModel(self.model)
        self.table.setItemDelegate(PlainCells(self.model.cell_text, right_aligned=NUMBER_COLUMNS, parent=self.table))
        # After a new search or filter the rows are laid out at once (the view would otherwise do
        # it on a timer after the window had been painted, and paint everything again).
        self.model.modelReset.connect(self._lay_out_rows_now)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 170, 50, 100, 120, 60)):
            header.resizeSection(column, width)

        self.summary = PersonSummary()
        self.no_person = EmptyState(
            "Choose someone from the caseload",
            "Their details and supporters will show here. Use the search box (Ctrl+F) to find someone, "
            "or add a new person.", "Add a person…")
        self.no_person.action_clicked.connect(self.add_person)
        self.right = QStackedWidget()
        self.right.addWidget(self.no_person)
        self.right.addWidget(self.summary)

        # The search box keeps a useful width; the lists give way (long entries are elided) rather
        # than squeezing it to a few letters.
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M") * SEARCH_MIN_CHARS)
        for combo in (self.filter, self.coordinator):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_MIN_CHARS)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 4)
        top.addWidget(filter_label)
        top.addWidget(self.filter, 3)
        top.addWidget(coordinator_label)
        top.addWidget(self.coordinator, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._on_search)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.coordinator.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_current(cur))
        self.table.activated.connect(lambda _index: self.edit_person())
        self.summary.edit_requested.connect(self.edit_person)
        self.summary.discharge_requested.connect(self.discharge_person)
        self.summary.reopen_requested.connect(self.reopen_person)
        self.summary.add_supporter_requested.connect(lambda: self.edit_supporter(None))
        self.summary.edit_supporter_requested.connect(self.edit_supporter)
        self.summary.remove_supporter_requested.connect(self.remove_supporter)
        if services.caseload.count_open() > BACKGROUND_ABOVE:
            self.loading = True  # loaded once the window is on screen (see showEvent)
            self._fill_coordinators()
            self.count.setText("Loading the caseload…")
        else:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.loading and self._load_job is None:
            # Started once the window is up: building 50,000 rows on a worker thread while the
            # rest of the window is still being built would only slow both down (one GIL).
            QTimer.singleShot(0, self._load_in_background)

    # ---- data -----------------------------------------------------------------------
    def _load_in_background(self) -> None:
        if not self.loading or self._load_job is not None:
            return
        services = self._services
        job = self._load_job = Job(lambda _progress, _cancelled: (services.caseload.list_rows(),
                                                                services.meetings.people_with_my_open_actions()))
        self._job_load = self._loads
        _start_kept(job, self._arrived, self._load_failed)

    def _load_failed(self, _exc: Exception) -> None:
        self._arrived(None)

    def _arrived(self, result) -> None:
        self._load_job = None
        self.loading = False
        if self._job_load == self._loads:  # not overtaken by a reload
            if result is None:
                self.reload()  # failed in the background: again here, where a failure is reported as usual
            else:
                rows, mine = result
                self.model.set_rows(rows, self._services.ctx.today(), my_actions=mine)
                self._apply_filter()
                for person_id in self._refreshed_while_loading:  # saved after the list was read
                    self.refresh_person(person_id)
                if self._current is not None:
                    self.select_person(self._current.id)
                self._warm_orders()
        self._refreshed_while_loading.clear()
        self.loaded.emit()

    def _warm_orders(self) -> None:
        if self.model.total <= WARM_ORDERS_ABOVE:
            return
        generation, rows, today, mine, columns = self.model.orders_wanted()
        if not columns:
            return
        job = Job(lambda _progress, _cancelled: (generation, {c: ascending_order(rows, c, today, mine)
                                                              for c in columns}))
        self.warming = True
        _start_kept(job, self._orders_arrived, self._orders_failed)

    def _orders_failed(self, _exc: Exception) -> None:
        self._orders_arrived(None)  # nothing lost: a column is then sorted when first clicked

    def _orders_arrived(self, result) -> None:
        if result is not None:
            self.model.add_orders(*result)  # ignored if the rows changed meanwhile
        self.warming = False
        self.orders_warmed.emit()

    def reload(self, keep_person: int | None = None) -> None:
        self._loads += 1
        self.loading = False
        keep = keep_person if keep_person is not None else (self._current.id if self._current else None)
        self.model.set_rows(self._services.caseload.list_rows(), self._services.ctx.today(),
                            my_actions=self._services.meetings.people_with_my_open_actions())
        self._fill_coordinators()
        self._apply_filter()
        if keep is not None:
            self.select_person(keep)
        self._warm_orders()

    def _fill_coordinators(self) -> None:
        chosen = self.coordinator.currentData()
        self.coordinator.blockSignals(True)
        self.coordinator.clear()
        self.coordinator.addItem("Anyone", None)
        for member in self._services.staff.list_staff():
            self.coordinator.addItem(member.display_name, member.id)
        self.coordinator.setCurrentIndex(max(self.coordinator.findData(chosen), 0))
        self.coordinator.blockSignals(False)

    def _predicate(self) -> Callable[[CaseloadRow], bool] | None:
        key = self.filter.currentData()
        coordinator = self.coordinator.currentData()
        today = self._services.ctx.today()
        soon = today + timedelta(days=REVIEW_SOON_DAYS)
        me = self._services.actor.staff_id if self._services.actor else None
        checks: list[Callable[[CaseloadRow], bool]] = []
        if key == "discharged":
            checks.append(lambda r: r.discharged_on is not None)
        elif key != "all":
            checks.append(lambda r: r.discharged_on is None)
        if key == "mine":
            checks.append(lambda r: r.care_coordinator_id == me)
        elif key == "review":
            checks.append(lambda r: r.next_review_on is not None and r.next_review_on <= soon)
        elif key == "plan":
            checks.append(lambda r: r.crisis_plan_status in ("none", "review overdue"))
        if coordinator is not None:
            checks.append(lambda r: r.care_coordinator_id == coordinator)
        if not checks:
            return None
        if len(checks) == 1:
            return checks[0]
        return lambda r: all(c(r) for c in checks)

    def _apply_filter(self) -> None:
        self.model.set_filter(self._predicate())
        self._after_model_change()

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._after_model_change()

    def _lay_out_rows_now(self) -> None:
        lay_out_items_now(self.table)

    def _after_model_change(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(f"Showing {shown:,} of {total:,} people")
        if self._current is not None:
            row = self.model.view_row_of(self._current.id)
            if row is not None:
                self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_person(self, person_id: int) -> bool:
        row = self.model.view_row_of(person_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _on_current(self, index) -> None:
        if not index.isValid():
            return
        person_id = index.data(PERSON_ID_ROLE)
        if self._current is not None and self._current.id == person_id:
            return
        self.show_person(person_id)

    def show_person(self, person_id: int) -> None:
        try:
            record = self._services.caseload.get(person_id)
        except NotFound as exc:
            show_error(self, "Not found", str(exc))
            self.reload()
            return
        self._set_current(record)

    def _set_current(self, record: PersonRecord | None) -> None:
        self._current = record
        if record is None:
            self.right.setCurrentWidget(self.no_person)
        else:
            can_edit = bool(self._services.actor and self._services.actor.role.can_edit_records)
            self.summary.show_person(record, self._services.ctx.today(), can_edit=can_edit)
            self.summary.show_meetings(self._services.meetings.reviews_for(record.id, latest=SHOWN_REVIEWS),
                                       self._services.meetings.actions_for(record.id, open_only=True),
                                       self._services.ctx.today())
            self.right.setCurrentWidget(self.summary)
        self.person_changed.emit(record)

    @property
    def current(self) -> PersonRecord | None:
        return self._current

    # ---- actions ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def add_person(self) -> None:
        dialog = PersonDialog(self._services, self._services.staff.list_staff(), None, self)
        if dialog.exec() and dialog.saved:
            self._after_save(dialog.saved, f"Added {dialog.saved.name} to the caseload.")

    def edit_person(self) -> None:
        if self._current is None:
            return
        dialog = PersonDialog(self._services, self._services.staff.list_staff(), self._current, self)
        if dialog.exec() and dialog.saved:
            self._after_save(dialog.saved, f"Saved {dialog.saved.name}'s details.")

    def discharge_person(self) -> None:
        if self._current is None:
            return
        dialog = DischargeDialog(self._services, self._current, self)
        if dialog.exec() and dialog.saved:
            self._after_save(dialog.saved, f"{dialog.saved.name} has been discharged. Their record is kept.")

    def reopen_person(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(self, "Re-open record",
                                      f"Re-open {self._current.name}'s record and put them back on the caseload?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = self._services.caseload.reopen(self._current.id, self._current.version)
        except (ConflictError, NotFound) as exc:
            show_error(self, "Not re-opened", str(exc))
            return
        self._after_save(saved, f"{saved.name}'s record is open again.")

    def edit_supporter(self, supporter_id: int | None) -> None:
        if self._current is None:
            return
        supporter = self.summary.supporter(supporter_id) if supporter_id is not None else None
        dialog = SupporterDialog(self._services, self._current.id, supporter, self)
        if dialog.exec() and dialog.saved:
            self._after_save(self._services.caseload.get(self._current.id, audit_view=False),
                             f"Saved supporter {dialog.saved.name}.")

    def remove_supporter(self, supporter_id: int) -> None:
        supporter = self.summary.supporter(supporter_id)
        if self._current is None or supporter is None:
            return
        answer = QMessageBox.question(self, "Remove supporter",
                                      f"Remove {supporter.name} from {self._current.called}'s supporters?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.caseload.remove_supporter(self._current.id, supporter.id, supporter.version)
        except (ConflictError, NotFound) as exc:
            show_error(self, "Not removed", str(exc))
        self._after_save(self._services.caseload.get(self._current.id, audit_view=False),
                         f"Removed {supporter.name} from the supporters.")

    status_message = Signal(str)

    def _after_save(self, record: PersonRecord, message: str) -> None:
        # Set first, so re-selecting the row does not fetch (and audit a view of) the record again.
        self._current = record
        self.refresh_person(record.id)
        self.select_person(record.id)
        self._set_current(record)  # shown even when the filter now hides them (e.g. just discharged)
        self.status_message.emit(message)

    def refresh_person(self, person_id: int) -> None:
        """Update one line of the list (a save, a plan agreed) without reloading everyone."""
        if self.loading:
            self._refreshed_while_loading.add(person_id)
        for row in self._services.caseload.list_rows(person_id):
            self.model.update_row(row)
        self._after_model_change()


__all__ = ["CaseloadTab", "COLUMNS"]
