"""Sign-in, auto-lock, staff accounts and backups, driven through the window."""
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QTableView, QWidget

from recovery_desk.gui.lock import LockCurtain
from recovery_desk.gui.person_dialog import PersonDialog
from recovery_desk.gui.staff_dialogs import StaffDialog, StaffListDialog
from recovery_desk.gui.startup_dialogs import SignInDialog
from recovery_desk.services.demo import DEMO_PASSWORD
from tests.gui.helpers import button, error_beside, field


def covered(window: QWidget, widget: QWidget, curtain: LockCurtain) -> bool:
    """True when whatever is drawn at the widget's centre belongs to the curtain."""
    centre = widget.mapTo(window, widget.rect().center())
    top = window.childAt(centre) or window
    return top is curtain or curtain.isAncestorOf(top)


def assert_painted_over(window: QWidget, widget: QWidget) -> None:
    """What is really drawn where the widget is: the curtain's plain colour, not the data."""
    from PySide6.QtGui import QColor

    from recovery_desk.gui.lock import CURTAIN_COLOUR

    image = window.grab().toImage()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    curtain = QColor(CURTAIN_COLOUR)
    samples = [image.pixelColor(top_left.x() + dx, top_left.y() + dy)
               for dx in range(2, widget.width() - 2, 7) for dy in range(2, widget.height() - 2, 7)]
    plain = sum(1 for c in samples if c == curtain)
    assert plain / len(samples) > 0.6, f"only {plain}/{len(samples)} samples show the curtain"


def personal_widgets(window: QWidget):
    for kind in (QLineEdit, QPlainTextEdit, QTableView, QLabel):
        for w in window.findChildren(kind):
            if w.isVisible() and not isinstance(w.parentWidget(), LockCurtain) and not isinstance(w, LockCurtain) \
                    and not any(isinstance(p, LockCurtain) for p in _ancestors(w)) and w.width() > 2:
                yield w


def _ancestors(w):
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def test_idle_window_locks_and_hides_every_personal_field(open_window, clock):
    window = open_window(demo=True, people=8)
    window.caseload_tab.table.selectRow(0)
    window.lock_guard.check()
    assert not window.lock_guard.locked
    clock.advance(minutes=4, seconds=59)
    window.lock_guard.check()
    assert not window.lock_guard.locked
    clock.advance(seconds=1)
    window.lock_guard.check()
    assert window.lock_guard.locked
    [curtain] = [c for c in window.lock_guard.curtains if c.parentWidget() is window]
    widgets = list(personal_widgets(window))
    assert len(widgets) > 10
    assert all(covered(window, w, curtain) for w in widgets), [w.objectName() for w in widgets
                                                                 if not covered(window, w, curtain)]
    assert not window.ui.actionNewPerson.isEnabled() and not window.ui.actionFind.isEnabled()
    assert_painted_over(window, window.caseload_tab.table)
    assert_painted_over(window, window.caseload_tab.summary.about_box)

    curtain.secret.setText("not the password")
    curtain.button.click()
    assert window.lock_guard.locked
    assert "do not match" in curtain.error.text()
    curtain.secret.setText(DEMO_PASSWORD)
    curtain.button.click()
    assert not window.lock_guard.locked
    assert window.ui.actionFind.isEnabled()


def test_input_in_any_window_keeps_the_app_unlocked(open_window, run_dialog, clock, qtbot):
    """Input through the windows, as a person's typing and mouse come, counts as use."""
    window = open_window(demo=True, people=3)
    assert QTest.qWaitForWindowActive(window)
    clock.advance(minutes=4)
    QTest.mouseMove(window.windowHandle(), QPoint(200, 200))
    clock.advance(minutes=4)
    window.lock_guard.check()
    assert not window.lock_guard.locked  # four minutes since the mouse moved, not eight

    def type_in_the_dialog(dialog):
        clock.advance(minutes=4)
        # A person types once the dialog is in front of them: their keys follow its taking the focus.
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
        field(dialog, "Given name").setFocus()
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
        typed = field(dialog, "Given name").text()
        field(dialog, "Given name").clear()  # so the dialog closes without asking, whatever happens next
        dialog.reject()
        assert typed == "a"  # the key went where a person's typing goes
        clock.advance(minutes=4)
        window.lock_guard.check()
        assert not window.lock_guard.locked

    run_dialog(PersonDialog, type_in_the_dialog)
    window.ui.actionNewPerson.trigger()
    clock.advance(minutes=1)
    window.lock_guard.check()
    assert window.lock_guard.locked  # five minutes since the last key


def test_input_in_a_window_that_never_took_the_focus_counts_from_the_next_check(open_window, clock):
    window = open_window(demo=True, people=3)
    assert QTest.qWaitForWindowActive(window)
    wall = QWidget()  # e.g. a window on a second screen, shown without taking the focus
    wall.resize(300, 200)
    wall.show()
    try:
        QTest.qWait(20)
        # Qt's offscreen platform gives every new window the focus; a real screen may not.
        wall.windowHandle().removeEventFilter(window.lock_guard)
        window.lock_guard.check()
        clock.advance(minutes=4)
        QTest.mouseClick(wall.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(120, 100))
        clock.advance(minutes=4)
        window.lock_guard.check()
        assert not window.lock_guard.locked
    finally:
        wall.close()


def test_the_lock_can_be_stopped_more_than_once(open_window):
    window = open_window(demo=True, people=3)
    window.lock_guard.stop()
    window.close()  # which stops it again
    assert not window.isVisible()


def test_lock_keeps_an_unsaved_edit_in_an_open_dialog(open_window, run_dialog, clock):
    window = open_window(demo=True, people=8)

    def type_lock_unlock_save(dialog):
        field(dialog, "Given name").setText("Aoife")
        field(dialog, "Family name").setText("Snickersnee-Half-Typed")
        clock.advance(minutes=6)
        window.lock_guard.check()
        [curtain] = [c for c in window.lock_guard.curtains if c.parentWidget() is dialog]
        assert covered(dialog, field(dialog, "Family name"), curtain)
        curtain.secret.setText(DEMO_PASSWORD)
        curtain.button.click()
        assert not window.lock_guard.locked
        assert field(dialog, "Family name").text() == "Snickersnee-Half-Typed"
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    run_dialog(PersonDialog, type_lock_unlock_save)
    window.ui.actionNewPerson.trigger()
    assert window.caseload_tab.current.family_name == "Snickersnee-Half-Typed"


def test_admin_adds_and_deactivates_staff_and_deactivated_cannot_sign_in(open_window, run_dialog):
    window = open_window(demo=True, user="demo.admin", people=3)
    assert window.ui.actionStaff.isVisible()
    steps = []

    def add_new(dialog):
        field(dialog, "Name shown on records").setText("Ngozi Testworth")
        field(dialog, "Username").setText("n.testworth")
        field(dialog, "New password").setText("short")
        field(dialog, "New password again").setText("short")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert "at least 10 characters" in error_beside(dialog, "New password")
        field(dialog, "New password").setText("a good long passphrase")
        field(dialog, "New password again").setText("a good long passphrase")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        steps.append("added")

    def deactivate(dialog):
        field(dialog, "Account is active").setChecked(False)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        steps.append("deactivated")

    def use_list(dialog):
        run_dialog(StaffDialog, add_new)
        button(dialog, "Add…").click()
        names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        row = names.index("Ngozi Testworth")
        assert dialog.table.item(row, 1).text() == "NT"
        dialog.table.selectRow(row)
        run_dialog(StaffDialog, deactivate)
        button(dialog, "Edit…").click()
        assert dialog.table.item(row, 4).text() == "Deactivated"

    run_dialog(StaffListDialog, use_list)
    window.ui.actionStaff.trigger()
    assert steps == ["added", "deactivated"]

    def sign_in_as_deactivated(dialog):
        field(dialog, "Username").setText("n.testworth")
        field(dialog, "Password").setText("a good long passphrase")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "deactivated" in error_beside(dialog, "Password")
        dialog.reject()

    run_dialog(SignInDialog, sign_in_as_deactivated)
    window.ui.actionSwitchUser.trigger()
    assert window.services.actor.username == "demo.admin"


def test_wrong_passwords_are_slowed_down_and_never_open_the_record(open_window, run_dialog, clock):
    window = open_window(demo=True, people=3)
    messages = []

    def hammer(dialog):
        for _ in range(6):
            field(dialog, "Username").setText("s.mapleby")
            field(dialog, "Password").setText("guessing-wrong")
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            messages.append(error_beside(dialog, "Password"))
        field(dialog, "Password").setText(DEMO_PASSWORD)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        messages.append(error_beside(dialog, "Password"))
        assert dialog.staff is None, "the right password during a lock-out must not sign in"
        clock.advance(minutes=5)
        field(dialog, "Password").setText(DEMO_PASSWORD)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.staff is not None and dialog.staff.username == "s.mapleby"

    run_dialog(SignInDialog, hammer)
    window.ui.actionSwitchUser.trigger()
    assert "do not match" in messages[0]
    assert "wait" in messages[5] and "Too many wrong attempts" in messages[6]
    assert window.services.actor.username == "s.mapleby"


def test_back_up_now_runs_in_the_background(open_window, qtbot):
    window = open_window(demo=True, user="demo.admin", people=20)
    before = len(window.services.backups.backups())
    window.ui.actionBackupNow.trigger()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=5000)
    assert len(window.services.backups.backups()) == before + 1


def test_non_admins_do_not_see_admin_actions(open_window):
    window = open_window(demo=True, people=3)
    for action in (window.ui.actionStaff, window.ui.actionAudit, window.ui.actionRestore, window.ui.actionRecoveryKey):
        assert not action.isVisible()


def test_first_run_sets_up_the_team_and_its_administrator(open_window, run_dialog, home):
    from recovery_desk.gui.startup_dialogs import SetupDialog

    def fill(dialog):
        field(dialog, "Team name").setText("Northside Recovery Team")
        field(dialog, "Your name as shown on records").setText("Siân Testperson")
        field(dialog, "Your username").setText("s.testperson")
        field(dialog, "Staff sign in with").setCurrentIndex(1)  # PINs
        field(dialog, "PIN").setText("12")
        field(dialog, "PIN again").setText("12")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "at least 6 digits" in error_beside(dialog, "PIN")
        field(dialog, "PIN").setText("402917")
        field(dialog, "PIN again").setText("402917")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_dialog(SetupDialog, fill)
    window = open_window()
    assert window.services.actor.username == "s.testperson"
    assert window.services.actor.role.can_administer
    assert window.services.team.get().sign_in_secret == "pin"
    assert window.ui.actionStaff.isVisible()
    window.close()

    def sign_in(dialog):
        assert "Northside Recovery Team" in dialog.ui.intro.text()
        field(dialog, "Username").setText("s.testperson")
        field(dialog, "PIN").setText("402917")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_dialog(SignInDialog, sign_in)
    again = open_window()
    assert again.services.actor.display_name == "Siân Testperson"
