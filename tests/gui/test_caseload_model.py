"""The caseload model's shortcuts give exactly what doing everything again would give.

At 50,000 people the model keeps each column's sort order, a filter bitmap and each row's
display strings, and moves one saved row into place instead of re-sorting everyone. These
tests compare it, after random saves, with a fresh model loaded with the same rows.
"""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt

from recovery_desk.gui.caseload_model import (
    COLUMNS,
    COORDINATOR,
    NAME,
    PERSON_ID_ROLE,
    REVIEW,
    CaseloadModel,
)
from recovery_desk.services.caseload import CaseloadRow

TODAY = date(2026, 11, 21)
NAMES = ["Quillfeather", "Puddleby", "Bramblewick", "Zoë", "Ayşe", "quill", ""]


def row(person_id: int, family: str, given: str, review_days: int | None, discharged: bool, age: int | None = None,
        coordinator: str = "", plan: str = "none", goals: int = 0) -> CaseloadRow:
    return CaseloadRow(person_id, f"{given} {family}", given, family, "", "", None, coordinator, None, age,
                       TODAY + timedelta(days=review_days) if review_days is not None else None,
                       TODAY if discharged else None, plan, goals)


rows_strategy = st.builds(row, st.integers(1, 40), st.sampled_from(NAMES), st.sampled_from(NAMES),
                          st.one_of(st.none(), st.integers(-30, 30)), st.booleans(),
                          st.one_of(st.none(), st.integers(18, 90)), st.sampled_from(["", "Rowan Quillon", "sam"]),
                          st.sampled_from(["none", "draft", "agreed", "review overdue"]), st.integers(0, 3))


def shown(model: CaseloadModel) -> list[tuple]:
    return [tuple(model.index(r, c).data() for c in range(len(COLUMNS))) + (model.index(r, 0).data(PERSON_ID_ROLE),)
            for r in range(model.rowCount())]


@settings(max_examples=60, deadline=None)
@given(first=st.lists(rows_strategy, max_size=25, unique_by=lambda r: r.id),
       saves=st.lists(rows_strategy, max_size=10),
       column=st.sampled_from(range(len(COLUMNS))), descending=st.booleans(),
       typed=st.lists(st.sampled_from(["", "q", "qu", "quil", "z", "zo", "wick"]), min_size=1, max_size=6),
       open_only=st.booleans())
def test_saving_rows_one_by_one_matches_loading_them_afresh(qapp, first, saves, column, descending, typed, open_only):
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    predicate = (lambda r: r.discharged_on is None) if open_only else None
    model = CaseloadModel(TODAY)
    model.set_rows(first)
    model.sort(REVIEW if column != REVIEW else NAME)  # another order cached, to be kept up to date too
    model.sort(column, order)
    model.set_filter(predicate)
    for text in typed:  # typing and backspacing (searches are remembered while the list stands)
        model.set_search(text)
    final = {r.id: r for r in first}
    for saved in saves:
        model.update_row(saved)
        final[saved.id] = saved
    for text in reversed(typed):
        model.set_search(text)
    needle = typed[0]
    fresh = CaseloadModel(TODAY)
    fresh.sort(column, order)
    fresh.set_rows([final[i] for i in dict.fromkeys([r.id for r in first] + [r.id for r in saves])])
    fresh.set_filter(predicate)
    fresh.set_search(needle)
    assert shown(model) == shown(fresh)
    for view_row in range(model.rowCount()):
        assert model.view_row_of(model.row_at(view_row).id) == view_row


def test_a_save_that_moves_nothing_repaints_only_its_own_line(qapp):
    rows = [row(i, NAMES[i % len(NAMES)], "Ann", i % 9, i % 7 == 0, coordinator="sam") for i in range(1, 30)]
    model = CaseloadModel(TODAY)
    model.set_rows(rows)
    model.sort(REVIEW)
    model.sort(NAME)
    model.set_filter(lambda r: r.discharged_on is None)
    model.set_search("quill")
    told = []
    model.modelReset.connect(lambda: told.append("reset"))
    model.dataChanged.connect(lambda first, last: told.append((first.row(), last.row(), last.column())))
    target = model.row_at(1)
    model.update_row(target._replace(care_coordinator="Sam"))  # shown differently, sorted and found the same
    assert told == [(1, 1, len(COLUMNS) - 1)]
    assert model.index(1, COORDINATOR).data() == "Sam"
    fresh = CaseloadModel(TODAY)
    fresh.set_rows([r._replace(care_coordinator="Sam") if r.id == target.id else r for r in rows])
    fresh.set_filter(lambda r: r.discharged_on is None)
    fresh.set_search("quill")
    assert shown(model) == shown(fresh)
    model.update_row(target._replace(next_review_on=None))  # moves in an order kept: the list is rebuilt
    assert told[-1] == "reset"


def test_the_selection_follows_the_person_when_the_list_is_sorted(qapp):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    model = CaseloadModel(TODAY)
    model.set_rows([row(1, "Applewhistle", "Zoë", 30, False), row(2, "Bramblewick", "Kofi", -5, False),
                    row(3, "Cloudberry", "Mei", 2, False)])
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)  # as the Caseload tab starts
    view.selectionModel().setCurrentIndex(model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    assert view.currentIndex().data(PERSON_ID_ROLE) == 1
    view.horizontalHeader().setSortIndicator(REVIEW, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).id for r in range(3)] == [2, 3, 1]
    assert view.currentIndex().data(PERSON_ID_ROLE) == 1, "the highlighted row must still be the same person"
    assert view.currentIndex().row() == 2
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]
    assert model.index(0, 0) != QModelIndex()


def test_orders_worked_out_elsewhere_sort_exactly_as_sorting_here(qapp, monkeypatch):
    from recovery_desk.gui import caseload_model

    rows = [row(i, NAMES[i % len(NAMES)], NAMES[(i * 3) % len(NAMES)], (i * 7) % 40 - 20, i % 5 == 0, 20 + i % 50,
                ["", "Rowan Quillon", "sam"][i % 3], ["none", "draft", "agreed", "review overdue"][i % 4], i % 3)
            for i in range(1, 60)]
    cold = CaseloadModel(TODAY)
    cold.set_rows(rows)
    warm = CaseloadModel(TODAY)
    warm.set_rows(rows)
    generation, snapshot, today, mine, columns = warm.orders_wanted()
    assert NAME not in columns and REVIEW in columns  # the name order was made when loading
    orders = {c: caseload_model.ascending_order(snapshot, c, today, mine) for c in columns}
    assert warm.add_orders(generation, orders)

    def no_sorting_here(*_args):
        raise AssertionError("sorted again although the order was known")

    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            cold.sort(column, order)
            monkeypatch.setattr(caseload_model, "ascending_order", no_sorting_here)
            warm.sort(column, order)
            monkeypatch.undo()
            assert shown(warm) == shown(cold), (column, order)


def test_orders_worked_out_before_a_change_are_not_used(qapp):
    from recovery_desk.gui import caseload_model

    rows = [row(i, NAMES[i % len(NAMES)], "Ann", i % 9, False) for i in range(1, 20)]
    model = CaseloadModel(TODAY)
    model.set_rows(rows)
    generation, snapshot, today, mine, columns = model.orders_wanted()
    orders = {c: caseload_model.ascending_order(snapshot, c, today, mine) for c in columns}
    model.update_row(row(3, "Aardvark", "Ann", -5, False))  # saved while the orders were being worked out
    assert not model.add_orders(generation, orders)
    model.sort(REVIEW, Qt.SortOrder.AscendingOrder)
    fresh = CaseloadModel(TODAY)
    fresh.set_rows([r if r.id != 3 else row(3, "Aardvark", "Ann", -5, False) for r in rows])
    fresh.sort(REVIEW, Qt.SortOrder.AscendingOrder)
    assert shown(model) == shown(fresh)
