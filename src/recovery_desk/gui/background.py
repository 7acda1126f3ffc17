"""Long work off the GUI thread, with progress, cancel and a result or a plain failure."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from recovery_desk.gui import collector

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``work(progress, cancelled)`` on the thread pool."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]):
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            with collector.held():  # no cyclic collection on this thread: see gui/collector.py
                result = self._work(self.signals.progress.emit, lambda: self._cancelled)
        except Exception as exc:  # reported to the person by the caller, never as a traceback
            log.warning("Background job failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_with_progress(parent: QWidget, title: str, work, on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None], *, can_cancel: bool = True) -> Job:
    """Start ``work`` in the background with a progress dialog; call back on the GUI thread."""
    dialog = QProgressDialog(title, "Cancel" if can_cancel else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if not can_cancel:
        dialog.setCancelButton(None)
    job = Job(work)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finished(result) -> None:
        dialog.reset()
        on_done(result)

    def failed(exc) -> None:
        dialog.reset()
        on_failed(exc)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    dialog.canceled.connect(job.cancel)
    QThreadPool.globalInstance().start(job)
    return job
