"""A large caseload loads after the window is up, and nothing typed or saved meanwhile is lost."""
from __future__ import annotations

import threading

import pytest

from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui import caseload_tab
from recovery_desk.gui.caseload_model import search_key
from tests.gui.helpers import field


@pytest.fixture
def large(monkeypatch):
    """Every caseload counts as large, so the demo's loads in the background."""
    monkeypatch.setattr(caseload_tab, "BACKGROUND_ABOVE", 0)


def test_the_window_is_usable_while_a_large_caseload_loads(large, open_window, qtbot):
    window = open_window(demo=True, people=30)
    tab = window.caseload_tab
    count = field(tab, "People shown")
    if tab.loading:
        assert count.text() == "Loading the caseload…"
        field(tab, "Search the caseload").setText("wick")  # typed before the list arrives
        qtbot.waitSignal(tab.loaded, timeout=10_000).wait()
    else:
        field(tab, "Search the caseload").setText("wick")
    assert not tab.loading
    expected = {r.id for r in window.services.caseload.list_rows()
                if r.discharged_on is None and "wick" in search_key(r)}
    shown = {tab.model.row_at(r).id for r in range(tab.model.rowCount())}
    assert shown == expected
    assert count.text().startswith(f"Showing {len(shown):,} of ")


def test_a_person_saved_while_the_caseload_loads_is_in_the_list(large, open_window, qtbot, monkeypatch):
    """The worker read the list before the save; the saved person is fetched again on arrival."""
    from recovery_desk.services.caseload import CaseloadService

    read, release = threading.Event(), threading.Event()
    real = CaseloadService.list_rows

    def slow_list_rows(self, person_id=None):
        rows = real(self, person_id)
        if person_id is None and threading.current_thread() is not threading.main_thread():
            read.set()
            release.wait(10)
        return rows

    monkeypatch.setattr(CaseloadService, "list_rows", slow_list_rows)
    window = open_window(demo=True, people=30)
    tab = window.caseload_tab
    assert tab.loading
    qtbot.waitUntil(read.is_set, timeout=10_000)  # the worker has read the list (before the save below)
    new = window.services.caseload.save(PersonDraft(given_name="Late", family_name="Arrival"))
    tab.refresh_person(new.id)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        release.set()
    assert tab.model.view_row_of(new.id) is not None
    assert tab.model.total == 31


def test_background_work_runs_without_cyclic_garbage_collection(qtbot):
    """A collection on a worker thread can free Qt wrappers there and crash PySide6 (gui/collector.py)."""
    import gc

    from PySide6.QtCore import QThreadPool

    from recovery_desk.gui.background import Job

    seen = []
    job = Job(lambda _progress, _cancelled: seen.append(gc.isenabled()))
    with qtbot.waitSignal(job.signals.finished, timeout=10_000):
        QThreadPool.globalInstance().start(job)
    assert seen == [False]
    assert gc.isenabled()


def test_a_large_caseload_has_every_column_order_ready_after_loading(open_window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from recovery_desk.gui import caseload_model
    from recovery_desk.gui.caseload_model import COLUMNS

    monkeypatch.setattr(caseload_tab, "WARM_ORDERS_ABOVE", 0)  # every caseload counts as large
    window = open_window(demo=True, people=30)
    tab = window.caseload_tab
    if tab.warming:
        qtbot.waitSignal(tab.orders_warmed, timeout=10_000).wait()
    assert not tab.warming

    def no_sorting_here(*_args):
        raise AssertionError("a column was sorted on the GUI thread although its order was ready")

    monkeypatch.setattr(caseload_model, "ascending_order", no_sorting_here)
    for column in range(len(COLUMNS)):  # clicking each heading, as a person would
        tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert tab.model.rowCount() > 0
