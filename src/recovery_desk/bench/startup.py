"""Cold start: a new process until its main window is on screen and the event loop is idle.

``measure(...)`` starts this module as a child process, over and over, in two ways:

* ``app``: imports :mod:`recovery_desk.app`, opens the real main window with
  :func:`~recovery_desk.app.open_main_window` on an existing (demo) data folder, signed in
  as a named member of staff, and shows it;
* ``bare``: the baseline, a bare ``QMainWindow`` of the same size in a bare ``QApplication``.

Each child prints ``ready`` once its window has been exposed, painted, and a zero-delay
timer posted after that paint has fired (the event queue has drained: the window answers
the next click). The parent times from just before starting the process to reading that
line, so both include starting Python. The app child also says when the caseload is
listed (the same moment unless the caseload loads in the background) and its peak memory.

The child gets the data folder's key on stdin and keeps it in an in-memory keyring: the
computer's real credential store is never read or written.
"""
from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_T0 = time.perf_counter()  # as early as this module can see (imports of this module are tiny)

WINDOW_SIZE = (1280, 800)
TIMEOUT_S = 120


@dataclass(frozen=True)
class ColdStart:
    """Medians over the runs, in milliseconds (parent's clock, process start included)."""

    ready_ms: float
    listed_ms: float  # the caseload on screen (the same as ready_ms unless it loads in the background)
    peak_rss: int | None  # bytes, the largest of the runs
    marks: dict[str, float]  # the child's own clock: median ms from its first line to each stage
    runs: int


def measure(kind: str, runs: int, *, home: Path | None = None, user: str | None = None,
            install_id: str | None = None, key_hex: str | None = None) -> ColdStart:
    """Start ``runs`` child processes of ``kind`` ("app" or "bare") one after another."""
    ready, listed, peaks, marks = [], [], [], {}
    payload = json.dumps({"home": str(home) if home else None, "user": user, "install_id": install_id,
                          "key": key_hex})
    env = dict(os.environ)
    for _ in range(runs):
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as errors:
            started = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-m", "recovery_desk.bench.startup", kind],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                                     text=True, env=env)
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(payload)
            child.stdin.close()
            got: dict[str, float] = {}
            report: dict = {}
            for line in child.stdout:
                word, _, rest = line.strip().partition(" ")
                if word in ("ready", "listed"):
                    got[word] = (time.perf_counter() - started) * 1000
                if word == "listed":
                    report = json.loads(rest)
                    break
            child.stdout.close()
            try:
                child.wait(timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            if "listed" not in got:
                errors.seek(0)
                raise RuntimeError(f"the {kind} start-up child failed:\n{errors.read()[-3000:]}")
        ready.append(got["ready"])
        listed.append(got["listed"])
        if report.get("peak_rss"):
            peaks.append(report["peak_rss"])
        for name, value in report.get("marks", {}).items():
            marks.setdefault(name, []).append(value)
    return ColdStart(statistics.median(ready), statistics.median(listed), max(peaks) if peaks else None,
                     {k: statistics.median(v) for k, v in marks.items()}, runs)


# ---- the child (imports nothing more than it measures: this module is kept light) ----------------
def peak_rss_bytes() -> int | None:
    """This process's peak resident memory so far. Linux: ``VmHWM`` (``getrusage``'s
    ``ru_maxrss`` survives ``exec`` and so would count the parent's memory too); macOS:
    ``getrusage``; Windows: the peak working set."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return _windows_peak_working_set()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if platform.system() == "Darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def _windows_peak_working_set() -> int | None:
    try:
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                        ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        if ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):  # type: ignore[attr-defined]
            return int(counters.PeakWorkingSetSize)
    except (OSError, AttributeError, ValueError):
        pass
    return None


def _child(kind: str) -> None:
    args = json.loads(sys.stdin.read() or "{}")
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks[name] = round((time.perf_counter() - _T0) * 1000, 1)

    if kind == "app":
        import keyring

        from recovery_desk.store.keys import SERVICE, MemoryKeyring

        memory = MemoryKeyring()
        memory.set_password(SERVICE, f"database-key:{args['install_id']}", args["key"])
        keyring.set_keyring(memory)
        from recovery_desk.app import (
            open_main_window,  # the app's own imports: part of its start-up
        )

        mark("imported")
        window = open_main_window(Path(args["home"]), user=args["user"])
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        mark("imported")
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("Bare window")
    mark("built")
    from PySide6.QtCore import QEvent, QObject, QTimer

    caseload = getattr(window, "caseload_tab", None)

    def finish() -> None:
        mark("listed")
        print("listed " + json.dumps({"peak_rss": peak_rss_bytes(), "marks": marks}), flush=True)
        window.close()
        app.quit()

    def idle() -> None:
        mark("ready")
        print("ready", flush=True)
        loading = getattr(caseload, "loading", False)
        if loading:
            caseload.loaded.connect(lambda: QTimer.singleShot(0, finish))
        else:
            finish()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.seen:
                handle = window.windowHandle()
                if handle is not None and handle.isExposed():
                    self.seen = True
                    mark("painted")
                    QTimer.singleShot(0, idle)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.exec()


if __name__ == "__main__":
    _child(sys.argv[1])  # the platform (QT_QPA_PLATFORM) is the parent's choice, inherited
