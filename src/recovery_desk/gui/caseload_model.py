"""The caseload table model: 50,000 rows, filtered and sorted within a frame.

Filtering and sorting happen here on plain Python lists rather than in a
``QSortFilterProxyModel``: a proxy asks ``data()`` once per row per keystroke, and at
50,000 rows those calls across the Python/C++ boundary alone take far longer than 16 ms.
Each row instead gets one lower-case search key and, per column, a sort key (sorting by
value, never by display string); the model keeps the list of visible row indexes.
"""
from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recovery_desk.domain.dates import uk_date
from recovery_desk.services.caseload import CaseloadRow

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("Name", "Care coordinator", "Age", "Next review", "Crisis plan", "Goals", "Flags")
NAME, COORDINATOR, AGE, REVIEW, PLAN, GOALS, FLAGS = range(len(COLUMNS))
NUMBER_COLUMNS = frozenset({AGE, GOALS})  # shown right-aligned

PLAN_LABELS = {"none": "None yet", "draft": "Draft", "agreed": "Agreed", "review overdue": "Review overdue"}
_FAR_FUTURE = date.max

Predicate = Callable[[CaseloadRow], bool]
# A repaint asks each cell for about seven roles; only these have answers.
_DISPLAY, _PERSON_ID = int(Qt.ItemDataRole.DisplayRole), int(PERSON_ID_ROLE)
_ROLES_ANSWERED = frozenset({_DISPLAY, _PERSON_ID, int(Qt.ItemDataRole.TextAlignmentRole)})
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def search_key(row: CaseloadRow) -> str:
    return f"{row.given_name} {row.family_name} {row.preferred_name} {row.nhs_number}".casefold()


def normalise_needle(text: str) -> str:
    needle = " ".join(text.split()).casefold()
    # NHS numbers are typed with spaces ("943 476 5919") but stored as ten digits.
    if needle.replace(" ", "").isdigit():
        needle = needle.replace(" ", "")
    return needle


def flags(row: CaseloadRow, today: date, my_actions: set[int] = frozenset()) -> str:
    out = []
    if row.id in my_actions:
        out.append("Action for you")
    if row.discharged_on is not None:
        out.append("Discharged")
    elif row.next_review_on is not None and row.next_review_on < today:
        out.append("Review overdue")
    if row.discharged_on is None and row.crisis_plan_status in ("none", "review overdue"):
        out.append("Crisis plan needed" if row.crisis_plan_status == "none" else "Plan review overdue")
    return " · ".join(out)


def sort_values(rows: Sequence[CaseloadRow], column: int, today: date, my_actions: set[int]) -> list:
    """Every row's sort key for ``column``, at once (a list built without a call per row, then
    sorted with ``list.__getitem__`` as the key: a third of the time of a Python key function)."""
    if column == NAME:
        return [(r.family_name.casefold(), (r.preferred_name or r.given_name).casefold()) for r in rows]
    if column == COORDINATOR:
        return [r.care_coordinator.casefold() for r in rows]
    if column == AGE:
        return [r.age if r.age is not None else -1 for r in rows]
    if column == REVIEW:
        return [r.next_review_on or _FAR_FUTURE for r in rows]
    if column == PLAN:
        return [r.crisis_plan_status for r in rows]
    if column == GOALS:
        return [r.goals_in_progress for r in rows]
    return [flags(r, today, my_actions) for r in rows]


def ascending_order(rows: Sequence[CaseloadRow], column: int, today: date, my_actions: set[int]) -> list[int]:
    """Row indexes in ascending ``column`` order (stable: ties keep their order). Plain Python, no
    Qt: a worker thread may work these out for a large caseload (:meth:`CaseloadModel.orders_wanted`)."""
    return sorted(range(len(rows)), key=sort_values(rows, column, today, my_actions).__getitem__)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self._today = today
        self._rows: list[CaseloadRow] = []
        self._keys: list[str] = []
        self._order: list[int] = []  # all rows, in the current sort order
        self._sort_cache: dict[int, list[int]] = {}
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        self._predicate: Predicate | None = None
        self._passes = bytearray()  # per row: 1 when it passes the filter (kept, so sorting never re-filters)
        self._where: dict[int, int] = {}  # person id -> their index in _rows
        self._cells: dict[int, tuple[str, ...]] = {}  # per row index: its display strings, made when first shown
        self._base: list[int] = []  # rows passing the filter, in sort order
        self._found: dict[str, list[int]] = {}  # search text -> rows of _base it matches (never changed in place)
        self._needle = ""
        self._visible: list[int] = []  # rows passing the filter and the search
        self._my_actions: set[int] = set()  # people with a team-meeting action for the signed-in user
        self._generation = 0  # counts changes to the rows, so orders worked out elsewhere can be checked

    # ---- loading ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseloadRow], today: date | None = None, *,
                 my_actions: set[int] | None = None) -> None:
        self.beginResetModel()
        if today is not None:
            self._today = today
        if my_actions is not None:
            self._my_actions = my_actions
        self._rows = list(rows)
        self._generation += 1
        self._keys = [search_key(r) for r in self._rows]
        self._where = {r.id: i for i, r in enumerate(self._rows)}
        self._cells.clear()
        self._sort_cache.clear()
        self._order = self._sorted(*self._sort)
        self._passes = self._filter_all()
        self._rebuild_base()
        self._visible = self._search(self._base, self._needle)
        self.endResetModel()

    def update_row(self, row: CaseloadRow) -> None:
        """Refresh one person's line after a save, without reloading or re-sorting everyone:
        the row moves to its place in each sort order kept (a binary search). A save that
        changes nothing the list is sorted, filtered or searched by (a phone number, say) only
        repaints its line: rebuilding the lists of 50,000 rows took longer than a frame."""
        index = self._where.get(row.id)
        if index is not None and self._keeps_its_place(index, row):
            self._rows[index] = row
            self._cells.pop(index, None)
            view_row = self.view_row_of(row.id)
            if view_row is not None:
                self.dataChanged.emit(self.index(view_row, 0), self.index(view_row, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._generation += 1
        if index is None:
            index = len(self._rows)
            self._rows.append(row)
            self._keys.append(search_key(row))
            self._passes.append(0)
            self._where[row.id] = index
        else:
            for ascending in self._sort_cache.values():
                ascending.remove(index)
            self._rows[index] = row
            self._keys[index] = search_key(row)
        rows = self._rows
        for column, ascending in self._sort_cache.items():
            key = self._row_key(column)
            insort(ascending, index, key=lambda i: (key(rows[i]), i))  # ties by index, as the stable sort left them
        self._cells.pop(index, None)
        self._passes[index] = self._predicate is None or bool(self._predicate(row))
        self._order = self._sorted(*self._sort)
        self._rebuild_base()
        self._visible = self._search(self._base, self._needle)
        self.endResetModel()

    def _keeps_its_place(self, index: int, new: CaseloadRow) -> bool:
        """Whether ``new`` sorts, filters and searches exactly as the row at ``index`` does, in every
        column (orders being worked out elsewhere for the other columns then stay right too)."""
        if self._keys[index] != search_key(new):
            return False
        if self._predicate is not None and bool(self._passes[index]) != bool(self._predicate(new)):
            return False
        old = self._rows[index]
        return all(key(old) == key(new) for key in map(self._row_key, range(len(COLUMNS))))

    def row_at(self, view_row: int) -> CaseloadRow:
        return self._rows[self._visible[view_row]]

    def view_row_of(self, person_id: int) -> int | None:
        index = self._where.get(person_id)
        if index is None:
            return None
        try:
            return self._visible.index(index)
        except ValueError:
            return None

    @property
    def total(self) -> int:
        return len(self._rows)

    # ---- filtering and searching --------------------------------------------------------
    def set_filter(self, predicate: Predicate | None) -> None:
        self.beginResetModel()
        self._predicate = predicate
        self._passes = self._filter_all()
        self._rebuild_base()
        self._visible = self._search(self._base, self._needle)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        needle = normalise_needle(text)
        if needle == self._needle:
            return
        found = self._found.get(needle)
        if found is None:
            # Typing one more letter can only narrow the list: search what is showing now.
            pool = self._visible if self._needle and needle.startswith(self._needle) else self._base
            found = self._search(pool, needle)
            if len(self._found) < 32:
                self._found[needle] = found  # backspacing to this text again costs nothing
        self.beginResetModel()
        self._needle = needle
        self._visible = found
        self.endResetModel()

    def forget_searches(self) -> None:
        """Drop the remembered search results (a benchmark starts each typed search afresh)."""
        self._found.clear()

    def _filter_all(self) -> bytearray:
        pred = self._predicate
        if pred is None:
            return bytearray(b"\x01") * len(self._rows)
        return bytearray(1 if pred(r) else 0 for r in self._rows)

    def _rebuild_base(self) -> None:
        self._found.clear()
        passes = self._passes
        self._base = self._order if self._predicate is None else [i for i in self._order if passes[i]]

    def _search(self, pool: list[int], needle: str) -> list[int]:
        if not needle:
            return list(pool)
        keys = self._keys
        if " " in needle:
            words = needle.split()
            return [i for i in pool if all(w in keys[i] for w in words)]
        return [i for i in pool if needle in keys[i]]

    # ---- sorting ------------------------------------------------------------------------
    def orders_wanted(self) -> tuple[int, list[CaseloadRow], date, set[int], list[int]]:
        """What a worker needs to work out the column orders not yet known: (generation, a copy of
        the rows, today, my actions, columns). See :meth:`add_orders`."""
        missing = [c for c in range(len(COLUMNS)) if c not in self._sort_cache]
        return self._generation, list(self._rows), self._today, set(self._my_actions), missing

    def add_orders(self, generation: int, orders: dict[int, list[int]]) -> bool:
        """Keep column orders worked out elsewhere, unless the rows changed since they were asked for."""
        if generation != self._generation:
            return False
        for column, ascending in orders.items():
            self._sort_cache.setdefault(column, ascending)
        return True


    def _row_key(self, column: int) -> Callable[[CaseloadRow], object]:
        """One row's sort key for ``column``: the same values as :func:`sort_values` makes for all rows."""
        today, my_actions = self._today, self._my_actions
        if column == NAME:
            return lambda r: (r.family_name.casefold(), (r.preferred_name or r.given_name).casefold())
        if column == COORDINATOR:
            return lambda r: r.care_coordinator.casefold()
        if column == AGE:
            return lambda r: r.age if r.age is not None else -1
        if column == REVIEW:
            return lambda r: r.next_review_on or _FAR_FUTURE
        if column == PLAN:
            return lambda r: r.crisis_plan_status
        if column == GOALS:
            return lambda r: r.goals_in_progress
        return lambda r: flags(r, today, my_actions)

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        ascending = self._sort_cache.get(column)
        if ascending is None:
            ascending = ascending_order(self._rows, column, self._today, self._my_actions)
            self._sort_cache[column] = ascending
        return ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return  # already in this order (QTableView.sortByColumn asks twice)
        self.layoutAboutToBeChanged.emit()
        # The selection and current row follow their person, not the row number.
        held = self.persistentIndexList()
        rows = [self._visible[p.row()] if 0 <= p.row() < len(self._visible) else None for p in held]
        self._sort = (column, order)
        self._order = self._sorted(column, order)
        self._rebuild_base()
        self._visible = self._search(self._base, self._needle)
        if held:
            self.changePersistentIndexList(held, [QModelIndex() if i is None else self.index(self._visible.index(i),
                                                                                          p.column())
                                                  for p, i in zip(held, rows)])
        self.layoutChanged.emit()

    def _display(self, row: CaseloadRow) -> tuple[str, ...]:
        """The row's cells as shown, column by column (worked out once, not on every repaint)."""
        return (row.name, row.care_coordinator or "Not allocated", "" if row.age is None else str(row.age),
                uk_date(row.next_review_on), PLAN_LABELS.get(row.crisis_plan_status, row.crisis_plan_status),
                str(row.goals_in_progress), flags(row, self._today, self._my_actions))

    def cell_text(self, row: int, column: int) -> str:
        """The words shown in a cell (its display role; also what the table's painter asks)."""
        i = self._visible[row]
        cells = self._cells.get(i)
        if cells is None:
            cells = self._cells[i] = self._display(self._rows[i])
        return cells[column]

    # ---- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == GOALS:
            return "Recovery goals in progress"
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # The role is checked first, against plain ints: a repaint asks about 930 times, and most
        # questions have no answer.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        if role == _DISPLAY:
            return self.cell_text(index.row(), index.column())
        if role == _PERSON_ID:
            return self._rows[self._visible[index.row()]].id
        if index.column() in NUMBER_COLUMNS:
            return _RIGHT_ALIGNED
        return None
