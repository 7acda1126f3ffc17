"""``recovery-desk --demo --smoke-test``: prove that an installed copy works, then exit.

For CI and for a trust's IT department after deploying the app. In a throwaway folder
(``--home``, or a temporary folder removed afterwards) it creates the encrypted demo
database, migrates it to the newest schema, opens the real main window offscreen with
the caseload listed, makes and reads back a PDF with the bundled font, checks the parts
a frozen build most often loses (keyring's backends, sqlcipher, psycopg's libpq, pdfium),
closes everything and exits: 0 when all is well, 1 with the reason when not, 3 when it
took longer than ``TIMEOUT_S``. A JSON report goes to standard output and, with
``--home``, to ``smoke-test.json`` in that folder (a Windows GUI app has no console).

The computer's credential store is never read or written: a demo folder made here uses
the published demo key, as on a computer with no keyring at all. With
``--recovery-key`` the database already in ``--home`` (for example a copy of one made by
an earlier release) is opened with that key instead, which is remembered only in this
process, and migrated; no demo data is added to it. Only honoured together with
``--demo`` (see :func:`recovery_desk.app.parse_args`).
"""
from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

TIMEOUT_S = 180
EXIT_OK, EXIT_FAILED, EXIT_TIMED_OUT = 0, 1, 3
REPORT_FILE = "smoke-test.json"
SQLITE_HEADER = b"SQLite format 3\x00"
KEYRING_BACKENDS = ("Windows", "macOS", "SecretService", "libsecret", "KWallet")


class SmokeTestFailed(Exception):
    """A check did not hold; the message says which."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestFailed(message)


def _use_stand_in_keyring(remember: bool) -> str:
    """Never the computer's credential store: nothing (like a computer without one), or process memory."""
    import keyring
    from keyring.backends import fail

    from recovery_desk.store.keys import MemoryKeyring

    keyring.set_keyring(MemoryKeyring() if remember else fail.Keyring())
    return "this process's memory only" if remember else "none (as on a computer without a keyring)"


def _check_keyring_choice(report: dict) -> None:
    """keyring picks the highest-priority backend it knows of by itself. A backend class of ours
    (say an in-memory one) with a positive priority would beat "no keyring" on a computer without
    one: the app would keep the database key only until it quits, and the data could then be
    opened only with the recovery key. Checked before the stand-in below is set."""
    from keyring.backend import KeyringBackend

    ours = sorted(f"{cls.__module__}.{cls.__qualname__}" for cls in KeyringBackend.get_viable_backends()
                  if cls.__module__.split(".")[0] in ("recovery_desk", "keyrings") and cls.priority > 0)
    report["keyring_candidates_of_ours"] = ours
    _check(not ours, f"keyring could choose one of these by itself and lose the database key: {ours}")


def _check_bundled_libraries(report: dict) -> None:
    """The pieces a frozen build loses first, loaded the way the app loads them."""
    names = sorted(ep.name for ep in importlib.metadata.entry_points(group="keyring.backends"))
    report["keyring_backends"] = names
    _check(all(name in names for name in KEYRING_BACKENDS),
           f"keyring backends missing: {sorted(set(KEYRING_BACKENDS) - set(names))}")
    for ep in importlib.metadata.entry_points(group="keyring.backends"):
        importlib.import_module(ep.value.split(":")[0])
    report["keyrings_alt"] = importlib.util.find_spec("keyrings") is not None
    _check(not report["keyrings_alt"], "keyrings.alt is installed: it keeps secrets in plain text")

    import psycopg

    report["psycopg"] = f"{psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"
    if getattr(sys, "frozen", False):
        _check(psycopg.pq.__impl__ in ("binary", "c"), "psycopg-binary (libpq) is not bundled")


def _check_pdf(report: dict) -> None:
    """reportlab with the bundled font, read back through pdfium (what printing does)."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from recovery_desk.printing.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(REGULAR, 14)
    canvas.drawString(72, 760, "Siân, Zoë and Łukasz: smoke test")
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
        bitmap = page.render(scale=0.5)
        _check(bitmap.width > 0 and "Łukasz" in text, "a PDF made with the bundled font did not read back")
    finally:
        document.close()
    report["pdf"] = f"ok (pdfium {pdfium.PDFIUM_INFO.build})"


def _check_database(report: dict, folder) -> None:
    from sqlalchemy import text

    from recovery_desk.store.migrate import current_revision, head_revision

    report["key_source"] = folder.settings.key_source
    path = folder.database_path
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    report["encrypted"] = header != SQLITE_HEADER
    _check(report["encrypted"], f"{path} is not encrypted")
    report["revision"], report["head"] = current_revision(folder.db), head_revision()
    _check(report["revision"] == report["head"],
           f"database at revision {report['revision']}, expected {report['head']}")
    with folder.db.engine.connect() as conn:
        report["sqlcipher"] = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        report["people"] = conn.execute(text("SELECT count(*) FROM person")).scalar()
    report["backups"] = sorted(p.name for p in folder.backups_dir.glob("*")) if folder.backups_dir.is_dir() else []


def _check_window(report: dict, window, deadline: float) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication.instance()
    window.show()
    caseload = next((t for t in window.findChildren(QTableView) if t.accessibleName() == "Caseload"), None)
    _check(caseload is not None, "the main window has no caseload table")
    while caseload.model().rowCount() == 0 and time.monotonic() < deadline:  # it may load in the background
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()
    report["window_title"] = window.windowTitle()
    report["people_listed"] = caseload.model().rowCount()
    report["qt_platform"] = QApplication.platformName()
    _check(window.isVisible(), "the main window did not show")
    _check(report["people_listed"] > 0, "the caseload listed nobody")


def _smoke(report: dict, home: Path, *, people: int, user: str | None, recovery_key: str | None) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from recovery_desk.app import launch
    from recovery_desk.store.datafolder import open_data_folder

    deadline = time.monotonic() + TIMEOUT_S / 2
    _check_keyring_choice(report)
    report["keyring"] = _use_stand_in_keyring(remember=recovery_key is not None)
    _check_bundled_libraries(report)
    report["qt"] = pyside_version
    folder = open_data_folder(home, recovery_key=recovery_key, demo=True)
    try:
        # Started as the recovery-desk command starts: the window first, the records opened on a worker
        # thread. A folder opened with a recovery key is someone's existing data: never add demo people.
        window, launcher = launch(home, user=user, demo=recovery_key is None, people=people, folder=folder)
        outcome: list[object] = []
        launcher.ready.connect(lambda: outcome.append("ready"))
        launcher.stopped.connect(outcome.append)
        while not outcome and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        _check(outcome == ["ready"], f"the window did not finish opening ({outcome or 'still opening'})")
    except BaseException:
        folder.close()
        raise
    try:
        _check_database(report, folder)
        _check_window(report, window, deadline)
        _check_pdf(report)
    finally:
        window.close()  # closes the database too
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
        folder.close()


def _say(message: str) -> None:
    if sys.stderr is not None:  # a Windows GUI app has no console
        sys.stderr.write(f"Recovery Desk smoke test: {message}\n")
        sys.stderr.flush()


def _give_up() -> None:
    _say(f"no result after {TIMEOUT_S} s, giving up.")
    os._exit(EXIT_TIMED_OUT)


def run(home: Path | None, *, people: int, user: str | None = None, recovery_key: str | None = None) -> int:
    """Run the smoke test in this process; returns the exit code."""
    from recovery_desk import __version__

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    watchdog = threading.Timer(TIMEOUT_S, _give_up)
    watchdog.daemon = True
    watchdog.start()
    started = time.perf_counter()
    throwaway = home is None
    folder = Path(tempfile.mkdtemp(prefix="recovery-desk-smoke-")) if home is None else Path(home)
    report: dict = {"ok": False, "version": __version__, "frozen": bool(getattr(sys, "frozen", False)),
                    "home": str(folder)}
    try:
        from recovery_desk.store.engine import DATABASE_FILE

        if recovery_key is not None and not (folder / DATABASE_FILE).exists():
            raise SmokeTestFailed(f"--recovery-key needs a database in --home ({folder}) to open")
        _smoke(report, folder, people=people, user=user, recovery_key=recovery_key)
        report["ok"] = True
    except Exception as exc:  # everything is reported, nothing is shown
        report["error"] = f"{type(exc).__name__}: {exc}"
        report["traceback"] = traceback.format_exc()
    finally:
        watchdog.cancel()
    report["seconds"] = round(time.perf_counter() - started, 2)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    if throwaway:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / REPORT_FILE).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:  # the report on standard output still stands
            _say(f"could not write {folder / REPORT_FILE}: {exc}")
    return EXIT_OK if report["ok"] else EXIT_FAILED
