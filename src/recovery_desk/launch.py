"""Start-up in two stages: the window is on screen while the encrypted records open.

Opening the records means importing the database libraries (SQLAlchemy, SQLCipher, keyring:
about half a second), reading the key, checking the schema (and upgrading it, after a
backup), and listing the caseload. Done before showing anything, a clinician would look at
nothing for a second or more after clicking the icon. Instead :class:`Launcher` shows the
main window's frame at once (menus, tab bar, "Opening the team's records…"; it needs only
Qt), opens the records on a worker thread with :func:`open_records` (which has no Qt in
it), and then, back on the GUI thread, asks for a passphrase, recovery key or sign-in if
needed and builds the working window into the frame.

This module imports the database side only inside the functions that run on the worker,
so that importing it stays cheap.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from recovery_desk.gui import collector
from recovery_desk.gui.main_window import MainWindow
from recovery_desk.store.errors import StoreError  # a small module: no database libraries

if TYPE_CHECKING:
    from recovery_desk.services.bundle import Services
    from recovery_desk.services.context import Clock
    from recovery_desk.services.staff import StaffInfo
    from recovery_desk.store.datafolder import DataFolder

log = logging.getLogger(__name__)

DEFAULT_DEMO_PEOPLE = 60
WHILE_OPENING_SWITCH_S = 0.0005  # Python's GIL switch interval while the worker opens the records
UNPAINTED_START_MS = 250  # open the records anyway if the window is not painted by then (started minimised)


class StartCancelled(Exception):
    """The person closed a start-up dialog; the app should simply exit."""


class UnknownUser(StoreError):
    def __init__(self, username: str) -> None:
        super().__init__(f"There is no active staff account called '{username}' in this data folder.")


@dataclass
class Opened:
    """The records, open: what the window needs to be built."""

    folder: DataFolder
    services: Services
    staff: StaffInfo | None  # who to sign in without asking (a named user, or a new demo); None: ask
    where: str  # for the status bar: this computer, or which server
    is_demo: bool
    show_history: bool  # a new demo opens on someone with a history, so every tab has something to show


def open_records(home: Path, *, user: str | None = None, demo: bool = False, people: int = DEFAULT_DEMO_PEOPLE,
                 clock: Clock | None = None, folder: DataFolder | None = None, passphrase: str | None = None,
                 recovery_key: str | None = None, demo_histories: int | None = None) -> Opened:
    """Open (or create) the data folder ``home`` and the services on it. No Qt: runs on a worker.

    Raises the data folder's ``StoreError``s (with plain messages), ``PassphraseNeeded``, or
    ``UnknownUser`` when ``user`` is not an active member of staff."""
    from recovery_desk.services.bundle import Services
    from recovery_desk.services.context import ServiceContext, SystemClock
    from recovery_desk.store.datafolder import open_data_folder

    folder = folder or open_data_folder(home, passphrase=passphrase, recovery_key=recovery_key, demo=demo)
    try:
        ctx = ServiceContext(folder.db, clock or SystemClock())
        services = Services.create(ctx, folder)
        if demo and services.team.get() is None:
            from recovery_desk.services import demo as demo_data

            histories = demo_data.DEMO_HISTORIES if demo_histories is None else demo_histories
            demo_data.generate(ctx, people=people, histories=histories)
        staff = _choose_user(services, user, demo)
        team = services.team.get()
        where = "On this computer (encrypted)" if folder.is_local else f"Team server {folder.db.location}"
        return Opened(folder, services, staff, where, bool(team and team.is_demo),
                      show_history=demo and user is None)
    except BaseException:
        folder.close()
        raise


def _choose_user(services: Services, user: str | None, demo: bool) -> StaffInfo | None:
    from recovery_desk.domain.staff import Role

    if user is not None:
        info = services.staff.find(user)
        if info is None or not info.active:
            raise UnknownUser(user)
        return info
    if demo:
        clinicians = sorted((s for s in services.staff.list_staff() if s.role is Role.CLINICIAN),
                            key=lambda s: s.id)
        return clinicians[0] if clinicians else None
    return None


def sign_in(opened: Opened, parent: MainWindow | None = None) -> None:
    """Sign in as ``opened.staff``, or ask (sign-in, or first-run set-up on an empty folder)."""
    from recovery_desk.services.staff import actor_for

    services = opened.services
    if opened.staff is not None:
        services.become(actor_for(opened.staff))
        services.staff.record_embedded_sign_in()
        return
    from recovery_desk.gui.startup_dialogs import SetupDialog, SignInDialog

    if services.team.get() is None:
        setup = SetupDialog(services, parent)
        if not setup.exec() or setup.admin is None:
            raise StartCancelled()
        services.become(actor_for(setup.admin))
        return
    dialog = SignInDialog(services, parent=parent)
    if not dialog.exec() or dialog.staff is None:
        raise StartCancelled()
    services.become(actor_for(dialog.staff))


def build_window(window: MainWindow, opened: Opened) -> MainWindow:
    """Build the working window into ``window`` for the signed-in ``opened``; closing it closes the folder."""
    window.attach(opened.services, where=opened.where, is_demo=opened.is_demo, on_close=opened.folder.close)
    if opened.show_history:
        rows = [r for r in opened.services.caseload.list_rows() if r.discharged_on is None]
        chosen = next((r for r in rows if r.goals_in_progress and r.crisis_plan_status != "none"), None)
        if chosen is not None:
            window.caseload_tab.select_person(chosen.id)
    return window


class Launcher(QObject):
    """Opens the records on a worker thread while ``window``'s frame is on screen, then signs in
    and builds the window. Emits ``ready`` when the window is working, or ``stopped`` with an exit
    code (0: the person closed a start-up dialog; 2: Recovery Desk cannot start, already said)."""

    ready = Signal()
    stopped = Signal(int)
    _opened = Signal(object)  # from the worker thread: an Opened, or the exception it raised

    def __init__(self, window: MainWindow, home: Path, *, user: str | None = None, demo: bool = False,
                 people: int = DEFAULT_DEMO_PEOPLE, folder: DataFolder | None = None):
        super().__init__(window)
        self.window = window
        self._open = lambda **secrets: open_records(home, user=user, demo=demo, people=people, folder=folder,
                                                    **secrets)
        self._home = Path(home)
        self._worker: threading.Thread | None = None
        self._unclaimed: Opened | None = None
        self._switch_interval: float | None = None
        self._opened.connect(self._on_opened)

    def start(self, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
        # While the worker runs:
        # - a shorter GIL switch interval: the worker is almost all Python (imports, then SQL), and by
        #   default the window's thread could wait 5 ms for the GIL before each of its own Python calls;
        # - no cyclic garbage collection (gui/collector.py says why). It also spares the imports a few
        #   collections.
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(WHILE_OPENING_SWITCH_S)
            collector.hold()
        # Not a daemon: a schema upgrade under way finishes even if the window is closed meanwhile.
        self._worker = threading.Thread(target=self._work, name="open-records", daemon=False,
                                        kwargs={"passphrase": passphrase, "recovery_key": recovery_key})
        self._worker.start()

    def start_after_first_paint(self) -> None:
        """:meth:`start` once the window's frame has been painted: the window first, then the records
        (the worker would otherwise compete with the first paint for the GIL)."""
        # A timer of this object's own, so that it goes with the window if that is closed first.
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._start_once)
        self._start_timer.start(UNPAINTED_START_MS)
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self._start_timer.start(0)  # after this paint has finished
        return False

    def _start_once(self) -> None:
        self.window.removeEventFilter(self)
        if self._worker is None:
            self.start()

    def abandon(self) -> None:
        """After the event loop has ended: wait for the worker and close anything it opened."""
        if self._worker is not None:
            self._worker.join()
        self._opening_over()
        if self._unclaimed is not None:
            self._unclaimed.folder.close()
            self._unclaimed = None

    def _opening_over(self) -> None:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
            collector.release()

    def _work(self, **secrets) -> None:
        try:
            result: object = self._open(**secrets)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            result = exc
        if isinstance(result, Opened):
            self._unclaimed = result  # until the GUI thread takes it
        with contextlib.suppress(RuntimeError):  # the window (and this object) went while opening
            self._opened.emit(result)

    def _on_opened(self, result: object) -> None:
        from recovery_desk.store.datafolder import PassphraseNeeded  # already imported by the worker

        self._opening_over()
        if isinstance(result, Opened):
            self._unclaimed = None
            self._finish(result)
        elif isinstance(result, (StoreError, PassphraseNeeded)):
            self._ask_or_stop(result)
        else:
            self._unexpected(result)

    def _unexpected(self, problem: object) -> None:
        # Not a message for the screen or the log: it could quote a database row. The type is enough.
        log.error("Start-up failed unexpectedly: %s", type(problem).__name__)
        self._stop(2, "Recovery Desk could not open the team's records because of an unexpected problem "
                      f"({type(problem).__name__}). Nothing has been changed. Please tell your IT service desk.")

    def _ask_or_stop(self, problem: Exception) -> None:
        """A passphrase or recovery key can fix some problems; anything else is said and ends the start."""
        secrets = unlock_secrets(problem, self._home, self.window)
        if secrets is None:
            self._stop(0)
        elif secrets:
            self.start(**secrets)
        else:
            self._stop(2, str(problem))

    def _finish(self, opened: Opened) -> None:
        try:
            sign_in(opened, self.window)
            build_window(self.window, opened)
        except StartCancelled:
            opened.folder.close()
            self._stop(0)
            return
        except Exception as exc:  # noqa: BLE001 - a slot must not raise: said plainly, and the app stops
            opened.folder.close()
            self._unexpected(exc)
            return
        self.ready.emit()

    def _stop(self, code: int, message: str | None = None) -> None:
        if message:
            QMessageBox.critical(self.window, "Recovery Desk cannot start", message)
        self.stopped.emit(code)


def unlock_secrets(problem: Exception, home: Path, parent: MainWindow | None) -> dict[str, str] | None:
    """Ask for what ``problem`` needs: ``{"passphrase": …}`` or ``{"recovery_key": …}``.

    ``None``: the person cancelled; ``{}``: nothing they could type would help."""
    from recovery_desk.gui.startup_dialogs import UnlockDialog
    from recovery_desk.settings import Settings
    from recovery_desk.store.datafolder import PassphraseNeeded
    from recovery_desk.store.errors import KeyringUnavailableError, MissingKeyError, WrongKeyError

    def ask(message: str, kind: str, confirm: bool = False) -> str | None:
        dialog = UnlockDialog(message, kind=kind, confirm=confirm, parent=parent)
        return dialog.value if dialog.exec() else None

    if isinstance(problem, KeyringUnavailableError):
        value = ask(str(problem) + " Choose a passphrase of at least 12 characters.", "passphrase", True)
        if value is None:
            return None
        settings = Settings.load(home)
        settings.key_source = "passphrase"
        settings.save(home)
        return {"passphrase": value}
    if isinstance(problem, PassphraseNeeded):
        value = ask("This computer keeps no database key: enter the team's passphrase.", "passphrase")
        return None if value is None else {"passphrase": value}
    if isinstance(problem, (MissingKeyError, WrongKeyError)):
        value = ask(str(problem), "recovery")
        return None if value is None else {"recovery_key": value}
    return {}
