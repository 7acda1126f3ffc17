"""Start-up: open the data folder, sign in, build the main window.

``open_main_window`` is the public embedding API used by the app itself, the tests and
scripts such as ``shared/tools/shoot.py``. It never shows a modal dialog when ``user``
is given or ``demo`` is true.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from recovery_desk import __version__
from recovery_desk.domain.staff import Role
from recovery_desk.gui.main_window import MainWindow
from recovery_desk.gui.startup_dialogs import SetupDialog, SignInDialog, UnlockDialog
from recovery_desk.gui.theme import apply_theme
from recovery_desk.locations import default_demo_home, default_home
from recovery_desk.services import demo as demo_data
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import Clock, ServiceContext, SystemClock
from recovery_desk.services.staff import StaffInfo, actor_for
from recovery_desk.settings import Settings
from recovery_desk.store.datafolder import DataFolder, PassphraseNeeded, open_data_folder
from recovery_desk.store.errors import KeyringUnavailableError, MissingKeyError, StoreError, WrongKeyError

log = logging.getLogger(__name__)

DEFAULT_DEMO_PEOPLE = 60


class StartCancelled(Exception):
    """The person closed a start-up dialog; the app should simply exit."""


class UnknownUser(StoreError):
    def __init__(self, username: str) -> None:
        super().__init__(f"There is no active staff account called '{username}' in this data folder.")


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Desk")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    return app  # type: ignore[return-value]


def _choose_user(services: Services, user: str | None, demo: bool) -> StaffInfo | None:
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


def _show_someone_with_a_history(window: MainWindow, services: Services) -> None:
    """A demo opens on a (fictional) person with goals and a plan, so every tab has something to show."""
    rows = [r for r in services.caseload.list_rows() if r.discharged_on is None]
    chosen = next((r for r in rows if r.goals_in_progress and r.crisis_plan_status != "none"), None)
    if chosen is not None:
        window.caseload_tab.select_person(chosen.id)


def _interactive_sign_in(services: Services) -> StaffInfo:
    if services.team.get() is None:
        setup = SetupDialog(services)
        if not setup.exec() or setup.admin is None:
            raise StartCancelled()
        return setup.admin
    dialog = SignInDialog(services)
    if not dialog.exec() or dialog.staff is None:
        raise StartCancelled()
    return dialog.staff


def open_main_window(home: Path, *, user: str | None = None, demo: bool = False,
                     people: int = DEFAULT_DEMO_PEOPLE, clock: Clock | None = None,
                     folder: DataFolder | None = None, demo_histories: int = demo_data.DEMO_HISTORIES) -> QMainWindow:
    """Build the real main window on the data folder ``home`` (created if needed).

    Signed in as ``user`` (a staff username) when given. With ``demo=True`` an empty
    folder is first filled with fictional demo data, and with no ``user`` the demo
    team's first clinician is signed in. Otherwise the sign-in (or first-run set-up)
    dialog is shown. Raises a ``StoreError`` with a plain message when the data folder
    cannot be opened.
    """
    _application()
    home = Path(home)
    folder = folder or open_data_folder(home, demo=demo)
    try:
        ctx = ServiceContext(folder.db, clock or SystemClock())
        services = Services.create(ctx, folder)
        if demo and services.team.get() is None:
            demo_data.generate(ctx, people=people, histories=demo_histories)
        staff = _choose_user(services, user, demo)
        if staff is not None:
            services.become(actor_for(staff))
            services.staff.record_embedded_sign_in()
        else:
            services.become(actor_for(_interactive_sign_in(services)))
        team = services.team.get()
        where = "On this computer (encrypted)" if folder.is_local else f"Team server {folder.db.location}"
        window = MainWindow(services, where=where, is_demo=bool(team and team.is_demo),
                            on_close=folder.close)
        if demo and user is None:
            _show_someone_with_a_history(window, services)
    except BaseException:
        folder.close()
        raise
    return window


def _open_folder_interactively(home: Path, demo: bool) -> DataFolder:
    """Open the data folder, asking for a passphrase or recovery key when that is what it needs."""
    passphrase: str | None = None
    recovery_key: str | None = None
    while True:
        try:
            return open_data_folder(home, passphrase=passphrase, recovery_key=recovery_key, demo=demo)
        except KeyringUnavailableError as exc:
            dialog = UnlockDialog(str(exc) + " Choose a passphrase of at least 12 characters.",
                                  kind="passphrase", confirm=True)
            if not dialog.exec():
                raise StartCancelled() from None
            settings = Settings.load(home)
            settings.key_source = "passphrase"
            settings.save(home)
            passphrase = dialog.value
        except PassphraseNeeded:
            dialog = UnlockDialog("This computer keeps no database key: enter the team's passphrase.",
                                  kind="passphrase")
            if not dialog.exec():
                raise StartCancelled() from None
            passphrase = dialog.value
        except (MissingKeyError, WrongKeyError) as exc:
            dialog = UnlockDialog(str(exc), kind="recovery")
            if not dialog.exec():
                raise StartCancelled() from None
            recovery_key, passphrase = dialog.value, None


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recovery-desk", description="Recovery Desk")
    parser.add_argument("--version", action="version", version=f"Recovery Desk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open on generated, fictional demo data (in a separate demo folder)")
    parser.add_argument("--people", type=int, default=DEFAULT_DEMO_PEOPLE,
                        help="how many fictional people a new demo folder gets (default %(default)s)")
    parser.add_argument("--home", type=Path, default=None,
                        help="data folder to use (default: RECOVERY_DESK_HOME or the platform's data folder)")
    parser.add_argument("--user", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test", action="store_true",
                        help="with --demo only: check this installation (demo data in --home or a throwaway "
                             "folder, offscreen, no keyring used), print a report and exit 0 if it works")
    parser.add_argument("--recovery-key", default=None,
                        help="with --demo --smoke-test only: open and upgrade the database already in --home "
                             "with this recovery key instead of making demo data")
    args = parser.parse_args(argv)
    if args.smoke_test and not args.demo:
        parser.error("--smoke-test works only together with --demo")
    if args.recovery_key is not None and not args.smoke_test:
        parser.error("--recovery-key works only together with --demo --smoke-test")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.smoke_test:
        from recovery_desk.smoke import run as smoke_test

        return smoke_test(args.home, people=args.people, user=args.user, recovery_key=args.recovery_key)
    app = _application()
    home = args.home or (default_demo_home() if args.demo else default_home())
    user, first_start = args.user, True
    while True:  # signing out returns here, to the sign-in dialog
        try:
            folder = _open_folder_interactively(home, args.demo)
            # A demo opens signed in the first time; after signing out it asks, like the real thing.
            window = open_main_window(home, user=user, demo=args.demo and first_start, people=args.people,
                                      folder=folder)
        except StartCancelled:
            return 0
        except StoreError as exc:
            QMessageBox.critical(None, "Recovery Desk cannot start", str(exc))
            return 2
        signed_out: list[bool] = []
        window.signed_out.connect(lambda: signed_out.append(True))
        window.show()
        code = app.exec()
        if not signed_out:
            return code
        user, first_start = None, False
