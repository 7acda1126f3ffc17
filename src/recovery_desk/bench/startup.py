"""Cold start: a new process until its main window is on screen and the event loop is idle.

``measure(...)`` starts this module as a child process, over and over, in two ways:

* ``app``: imports :mod:`recovery_desk.app` and starts the way the ``recovery-desk``
  command does (:func:`~recovery_desk.app.launch`): the main window's frame is shown at
  once and the records of an existing (demo) data folder open behind it, signed in as a
  named member of staff;
* ``bare``: the baseline, a bare ``QMainWindow`` of the same size in a bare ``QApplication``.

Each child prints ``ready`` once its window has been exposed, painted, and a zero-delay
timer posted after that paint has fired (the event queue has drained: the window answers
the next click). The parent times from just before starting the process to reading that
line, so both include starting Python. The app child then says when its caseload is
listed (signed in, the Caseload tab built and filled: ready for work) and its peak memory;
its ``working`` mark is when the window was built, before a large caseload finishes loading.

The child gets the data folder's key on stdin and keeps it in an in-memory keyring
(:mod:`recovery_desk.bench.seeded_keyring`): the computer's real credential store is never
read or written.
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
    """Start ``runs`` child processes of ``kind`` ("app" or "bare") one after another, after
    two untimed starts that compile every module to bytecode and warm the disk cache.

    An installed app starts from compiled bytecode (pip compiles at install; PyInstaller bundles
    it), but a source checkout run with ``PYTHONDONTWRITEBYTECODE`` (as in some CI images)
    would compile every module of ours on every start. The children keep their bytecode in a
    temporary ``PYTHONPYCACHEPREFIX`` folder, so the source tree is not written to."""
    with tempfile.TemporaryDirectory(prefix="rd-bench-pyc-") as pycache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = pycache
        _start(kind, 2, home, user, install_id, key_hex, env)  # warm-up: writes the bytecode, fills the disk cache
        return _start(kind, runs, home, user, install_id, key_hex, env)


def _start(kind: str, runs: int, home: Path | None, user: str | None, install_id: str | None,
           key_hex: str | None, env: dict[str, str]) -> ColdStart:
    ready, listed, peaks, marks = [], [], [], {}
    from recovery_desk.store.keys import SERVICE

    payload = json.dumps({"home": str(home) if home else None, "user": user, "install_id": install_id,
                          "key": key_hex, "service": SERVICE})
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
        from recovery_desk.bench import seeded_keyring

        seeded_keyring.SEED[(args["service"], f"database-key:{args['install_id']}")] = args["key"]
        os.environ["PYTHON_KEYRING_BACKEND"] = "recovery_desk.bench.seeded_keyring.SeededKeyring"
        from recovery_desk.app import launch  # the app's own imports: part of its start-up

        mark("imported")
        # What the recovery-desk command does: the window's frame now, the records opened behind it.
        window, launcher = launch(Path(args["home"]), user=args["user"])
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        launcher.stopped.connect(lambda code: (print(f"stopped {code}", file=sys.stderr, flush=True), app.exit(1)))
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        mark("imported")
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("Bare window")
    mark("built")
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish() -> None:
        mark("listed")
        print("listed " + json.dumps({"peak_rss": peak_rss_bytes(), "marks": marks}), flush=True)
        window.close()
        app.quit()

    def when_listed() -> None:
        caseload = window.caseload_tab
        if caseload.loading:  # a large caseload loads on a worker after the window is working
            caseload.loaded.connect(lambda: QTimer.singleShot(0, finish))
        else:
            QTimer.singleShot(0, finish)

    def on_working() -> None:  # the app: signed in and its caseload tab built
        mark("working")
        if "ready" in marks:
            when_listed()

    if kind == "app":
        launcher.ready.connect(on_working)

    def idle() -> None:
        mark("ready")
        print("ready", flush=True)
        if kind != "app":
            finish()
        elif "working" in marks:
            when_listed()

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
