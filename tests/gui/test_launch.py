"""Starting the app the way the ``recovery-desk`` command does: the window first, then the records.

The records open on a worker thread; these tests wait for the launcher's signals with qtbot,
as the person waits for the window to fill.
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from recovery_desk.app import launch, open_main_window
from recovery_desk.gui.startup_dialogs import SignInDialog, UnlockDialog
from recovery_desk.store import keys
from tests.gui.helpers import field

WAIT_MS = 60_000  # opening includes imports and, for a new demo, generating it


@pytest.fixture
def demo_home(home, clock):
    """A demo data folder made once (as by an earlier session), then closed."""
    window = open_main_window(home, demo=True, people=6, clock=clock, demo_histories=0)
    key = window.services.backups._key()
    window.close()
    return home, key


def wait_for(qtbot, signal) -> list:
    """Run the event loop until ``signal`` comes (the records open on a worker); its arguments."""
    blocker = qtbot.waitSignal(signal, timeout=WAIT_MS)
    blocker.wait()
    return blocker.args


def start(qtbot, home, **kw):
    window, launcher = launch(home, **kw)
    qtbot.addWidget(window)
    return window, launcher


def test_the_window_is_up_before_the_records_are_open_then_fills_in(qtbot, demo_home):
    home, _key = demo_home
    window, launcher = start(qtbot, home, user="r.quillon")
    # The frame: on screen, saying what is happening, nothing to click but Quit.
    assert window.isVisible()
    assert "Opening the team's records" in window.findChild(QLabel, "openingMessage").text()
    enabled = [a.objectName() for a in window.findChildren(QAction) if a.isEnabled() and a.menu() is None]
    assert enabled == ["actionQuit"]
    assert window.ui.menuFile.menuAction().isEnabled()  # so Quit can be reached
    wait_for(qtbot, launcher.ready)
    assert window.services.actor.username == "r.quillon"
    assert window.ui.tabs.tabText(0) == "&Caseload"
    assert window.caseload_tab.model.rowCount() == window.services.caseload.count_open() > 0
    assert window.findChild(QLabel, "openingMessage") is None or not window.findChild(QLabel, "openingMessage").isVisible()
    assert window.ui.actionNewPerson.isEnabled()
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    window.close()


def test_without_a_user_the_sign_in_dialog_comes_up_over_the_window(qtbot, demo_home, run_dialog):
    home, _key = demo_home
    seen = []

    def sign_in(dialog):
        seen.append(dialog.parent())
        field(dialog, "Username").setText("r.quillon")
        field(dialog, "Password").setText("recovery-demo")
        dialog.ui.buttons.accepted.emit()

    run_dialog(SignInDialog, sign_in)
    window, launcher = start(qtbot, home)
    wait_for(qtbot, launcher.ready)
    assert seen == [window]
    assert window.services.actor.username == "r.quillon"
    window.close()


def test_closing_the_sign_in_ends_the_start_quietly(qtbot, demo_home, run_dialog):
    home, _key = demo_home
    run_dialog(SignInDialog, lambda dialog: dialog.reject())
    window, launcher = start(qtbot, home)
    stopped = wait_for(qtbot, launcher.stopped)
    assert stopped == [0]
    assert window.services is None  # never built


def test_a_lost_key_asks_for_the_recovery_key_then_opens(qtbot, demo_home, run_dialog, memory_keyring):
    home, key = demo_home
    memory_keyring.store.clear()  # a new laptop: the keyring has no key for this folder
    asked = []

    def type_recovery_key(dialog):
        asked.append(dialog.ui.secretLabel.text())
        dialog.ui.secret.setText(keys.format_recovery_key(key))
        dialog.ui.buttons.accepted.emit()

    run_dialog(UnlockDialog, type_recovery_key)
    window, launcher = start(qtbot, home, user="r.quillon")
    wait_for(qtbot, launcher.ready)
    assert asked == ["Recovery key"]
    assert window.caseload_tab.model.rowCount() == window.services.caseload.count_open() > 0
    window.close()


def test_an_unknown_user_is_told_plainly_and_the_app_stops(qtbot, demo_home, message_boxes):
    home, _key = demo_home
    window, launcher = start(qtbot, home, user="nobody.here")
    stopped = wait_for(qtbot, launcher.stopped)
    assert stopped == [2]
    assert message_boxes == [("Recovery Desk cannot start",
                              "There is no active staff account called 'nobody.here' in this data folder.")]


def test_closing_the_window_while_the_records_open_leaves_nothing_open(qtbot, demo_home):
    home, _key = demo_home
    window, launcher = start(qtbot, home, user="r.quillon")
    launcher.start()  # at once, not after the first paint: the window closes straight away
    window.close()
    QApplication.processEvents()
    launcher.abandon()  # what main() does when the event loop ends: waits, then closes what was opened
    assert launcher._worker is not None and not launcher._worker.is_alive()
    assert launcher._unclaimed is None


def test_start_up_leaves_the_interpreter_as_it_found_it(qtbot, demo_home):
    import gc
    import sys

    home, _key = demo_home
    interval = sys.getswitchinterval()
    window, launcher = start(qtbot, home, user="r.quillon")
    wait_for(qtbot, launcher.ready)
    assert gc.isenabled() and sys.getswitchinterval() == interval
    window.close()


def test_signing_out_comes_back_to_the_sign_in(qtbot, demo_home, run_dialog, monkeypatch):
    """The command's own loop: signed in, then signing out shows the sign-in again (closed here)."""
    from PySide6.QtCore import QTimer

    from recovery_desk import app as app_module
    from recovery_desk.launch import Launcher

    home, _key = demo_home
    asked = []
    run_dialog(SignInDialog, lambda dialog: (asked.append(dialog.parent().windowTitle()), dialog.reject()))
    real_finish = Launcher._finish
    signed_in = []

    def finish_then_sign_out(self, opened):
        real_finish(self, opened)
        if self.window.services is not None:  # the second time, the sign-in is closed instead
            signed_in.append(self.window.services.actor.username)
            QTimer.singleShot(0, self.window.sign_out)

    monkeypatch.setattr(Launcher, "_finish", finish_then_sign_out)
    assert app_module.main(["--home", str(home), "--user", "r.quillon"]) == 0
    assert signed_in == ["r.quillon"]
    assert asked == ["Recovery Desk"]  # over the new window's frame, then closed: the app ends quietly


def test_a_failure_while_building_the_window_is_said_plainly_without_its_details(
        qtbot, demo_home, message_boxes, monkeypatch, caplog):
    from recovery_desk import launch as launch_module

    def broken(*_args, **_kwargs):
        raise RuntimeError("Zoë Testperson, NHS 943 476 5919")  # what an exception could quote

    monkeypatch.setattr(launch_module, "build_window", broken)
    home, _key = demo_home
    window, launcher = start(qtbot, home, user="r.quillon")
    stopped = wait_for(qtbot, launcher.stopped)
    assert stopped == [2]
    [(title, text)] = message_boxes
    assert title == "Recovery Desk cannot start" and "RuntimeError" in text
    assert "Zoë" not in text and "943" not in text
    assert "Zoë" not in caplog.text and "943" not in caplog.text
