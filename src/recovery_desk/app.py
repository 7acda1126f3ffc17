"""Start-up: the command line, and the two ways to get a main window.

``main`` (the ``recovery-desk`` command) uses :func:`launch`: the window's frame is on
screen at once and the records open behind it (:mod:`recovery_desk.launch`).
``open_main_window`` is the public embedding API used by the tests and scripts such as
``shared/tools/shoot.py``: it returns the finished window, built all at once, and never
shows a modal dialog when ``user`` is given or ``demo`` is true.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMainWindow

from recovery_desk import __version__
from recovery_desk.gui.main_window import MainWindow
from recovery_desk.gui.theme import apply_theme, before_application
from recovery_desk.launch import DEFAULT_DEMO_PEOPLE, Launcher, build_window, open_records, sign_in
from recovery_desk.locations import default_demo_home, default_home

if TYPE_CHECKING:
    from recovery_desk.services.context import Clock
    from recovery_desk.store.datafolder import DataFolder

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        before_application()
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Recovery Desk")
    app.setApplicationVersion(__version__)
    apply_theme(app)
    return app  # type: ignore[return-value]


def open_main_window(home: Path, *, user: str | None = None, demo: bool = False,
                     people: int = DEFAULT_DEMO_PEOPLE, clock: Clock | None = None,
                     folder: DataFolder | None = None, demo_histories: int | None = None) -> QMainWindow:
    """Build the real main window on the data folder ``home`` (created if needed), all at once.

    Signed in as ``user`` (a staff username) when given. With ``demo=True`` an empty
    folder is first filled with fictional demo data, and with no ``user`` the demo
    team's first clinician is signed in. Otherwise the sign-in (or first-run set-up)
    dialog is shown. Raises a ``StoreError`` with a plain message when the data folder
    cannot be opened. (The app itself starts with :class:`~recovery_desk.launch.Launcher`,
    which shows the window first and opens the records behind it.)
    """
    _application()
    opened = open_records(Path(home), user=user, demo=demo, people=people, clock=clock, folder=folder,
                          demo_histories=demo_histories)
    try:
        sign_in(opened)
        return build_window(MainWindow(), opened)
    except BaseException:
        opened.folder.close()
        raise


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
        # A demo opens signed in the first time; after signing out it asks, like the real thing.
        window, launcher = launch(home, user=user, demo=args.demo and first_start, people=args.people)
        signed_out: list[bool] = []
        stopped: list[int] = []
        window.signed_out.connect(lambda: signed_out.append(True))  # noqa: B023 - used before the next loop
        launcher.stopped.connect(lambda code: (stopped.append(code), app.exit(code)))  # noqa: B023
        code = app.exec()
        launcher.abandon()
        if stopped:
            return stopped[0]
        if not signed_out:
            return code
        user, first_start = None, False


def launch(home: Path, *, user: str | None = None, demo: bool = False, people: int = DEFAULT_DEMO_PEOPLE,
           folder: DataFolder | None = None) -> tuple[MainWindow, Launcher]:
    """Show the main window's frame now and open the records behind it (see :mod:`recovery_desk.launch`);
    ``folder``: a data folder already open (the smoke test's), used instead of opening ``home``."""
    _application()
    window = MainWindow()
    window.show()
    launcher = Launcher(window, Path(home), user=user, demo=demo, people=people, folder=folder)
    launcher.start_after_first_paint()
    return window, launcher
