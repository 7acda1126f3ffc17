"""The main window: builds the tabs and connects their signals, in one place."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QThreadPool, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from recovery_desk.domain.dates import age_on, uk_date
from recovery_desk.gui.about import show_about, show_privacy
from recovery_desk.gui.assessment_tab import AssessmentTab
from recovery_desk.gui.widgets import show_error
from recovery_desk.gui.audit_dialog import AuditDialog
from recovery_desk.gui.backup_actions import BackupActions
from recovery_desk.gui.background import Job, run_with_progress
from recovery_desk.gui.caseload_tab import CaseloadTab
from recovery_desk.gui.data_rights import DataRightsActions
from recovery_desk.gui.forms.ui_main_window import Ui_MainWindow
from recovery_desk.gui.lock import LockGuard
from recovery_desk.gui.meeting_setup import MeetingSetupDialog
from recovery_desk.gui.meeting_minutes import minutes_action, offer_minutes
from recovery_desk.gui.meeting_window import MeetingWindow
from recovery_desk.gui.measures_dialog import measures_action
from recovery_desk.gui.outcomes_window import outcomes_action
from recovery_desk.gui.person_tab import PersonTab
from recovery_desk.gui.reference_dialog import reference_action
from recovery_desk.gui.staff_dialogs import StaffListDialog, TeamSettingsDialog
from recovery_desk.gui.startup_dialogs import SignInDialog
from recovery_desk.gui.crisis_plan_tab import CrisisPlanTab, save_due_plans
from recovery_desk.gui.goals_tab import GoalsTab
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.staff import actor_for

STATUS_TIMEOUT_MS = 8000
DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000
DAILY = timedelta(hours=24)


class MainWindow(QMainWindow):
    signed_out = Signal()
    def __init__(self, services: Services, *, where: str, is_demo: bool = False,
                 on_close: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_close = on_close
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self.where = where
        self.ui.personBanner.setObjectName("personBanner")

        self.caseload_tab = CaseloadTab(services)
        self.assessment_tab = AssessmentTab(services)
        self.goals_tab = GoalsTab(services)
        self.crisis_plan_tab = CrisisPlanTab(services)
        self.person_tabs: list[PersonTab] = [self.assessment_tab, self.goals_tab, self.crisis_plan_tab]
        self.ui.tabs.addTab(self.caseload_tab, "&Caseload")
        self.ui.tabs.addTab(self.assessment_tab, "&Assessment")
        self.ui.tabs.addTab(self.goals_tab, "&Goals")
        self.ui.tabs.addTab(self.crisis_plan_tab, "C&risis plan")

        self.caseload_tab.person_changed.connect(self._on_person_changed)
        self.caseload_tab.status_message.connect(self.say)
        self.crisis_plan_tab.status_message.connect(self.say)
        self.assessment_tab.status_message.connect(self.say)
        self.assessment_tab.goal_made.connect(lambda: self.goals_tab.set_person(self.goals_tab.person))
        self.assessment_tab.goal_made.connect(self.goals_tab.goals_changed)
        self.goals_tab.status_message.connect(self.say)
        self.goals_tab.goals_changed.connect(
            lambda: self.caseload_tab.refresh_person(self.goals_tab.person.id) if self.goals_tab.person else None)
        self.crisis_plan_tab.plan_status_changed.connect(
            lambda: self.caseload_tab.refresh_person(self.crisis_plan_tab.person.id) if self.crisis_plan_tab.person else None)

        ui = self.ui
        ui.actionNewPerson.triggered.connect(self._new_person)
        ui.actionEditPerson.triggered.connect(self.caseload_tab.edit_person)
        ui.actionDischarge.triggered.connect(self.caseload_tab.discharge_person)
        ui.actionReopen.triggered.connect(self.caseload_tab.reopen_person)
        ui.actionFind.triggered.connect(self._find)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(lambda: show_about(self, self.where, self.services))
        ui.actionPrivacy.triggered.connect(lambda: show_privacy(self, self.where, self.services))
        ui.menuHelp.insertAction(ui.actionPrivacy, reference_action(self, services))  # F1
        ui.menuTeam.insertAction(ui.actionPrintDuePlans, outcomes_action(self, services))
        ui.menuPerson.addAction(measures_action(self, services, lambda: self.caseload_tab.current))
        self.backup_actions = BackupActions(services, self, self.say, self._after_restore)
        self.data_rights = DataRightsActions(services, self, lambda: self.caseload_tab.current,
                                             self.caseload_tab.reload, self.say)
        self.data_rights.insert(ui.menuPerson, ui.menuTeam)
        ui.actionBackupNow.triggered.connect(self.backup_actions.back_up_now)
        ui.actionRestore.triggered.connect(self.backup_actions.restore)
        ui.actionRecoveryKey.triggered.connect(self.backup_actions.show_recovery_key)
        ui.actionStaff.triggered.connect(self._staff_accounts)
        ui.actionTeamSettings.triggered.connect(self._team_settings)
        ui.actionAudit.triggered.connect(self._audit_trail)
        ui.actionSwitchUser.triggered.connect(self.switch_user)
        ui.actionSignOut.triggered.connect(self.sign_out)

        team = services.team.get()
        self._lock_minutes = team.lock_after_minutes if team else 5
        self.lock_guard = LockGuard(services, lambda: self._lock_minutes, self)
        self.lock_guard.locked_changed.connect(self._on_locked)
        ui.actionLock.triggered.connect(self.lock_guard.lock)
        self._daily_backup = QTimer(self)
        self._daily_backup.setInterval(DAILY_BACKUP_CHECK_MS)
        self._daily_backup.timeout.connect(self._backup_if_due)
        self._daily_backup.start()
        self._disabled_while_locked: list[QAction] = []
        ui.actionPrintDuePlans.triggered.connect(self._save_due_plans)
        ui.actionSave.triggered.connect(self._save_current)
        ui.actionPrint.triggered.connect(self._print_current)
        self.meeting_window: MeetingWindow | None = None
        ui.actionTeamMeeting.triggered.connect(self.team_meeting)
        self.minutes_action = minutes_action(self, services, self.say)
        ui.menuTeam.insertAction(ui.actionPrintDuePlans, self.minutes_action)
        ui.actionSharedScreen.triggered.connect(self._toggle_shared_screen)
        ui.actionSharedScreen.setEnabled(False)

        self._user_label = QLabel()
        self._user_label.setAccessibleName("Signed in as")
        self.statusBar().addPermanentWidget(self._user_label)
        self._is_demo = is_demo
        self._show_user(is_demo)
        self._apply_role()
        self._on_person_changed(None)

    # ---- wiring -----------------------------------------------------------------------
    def _show_user(self, is_demo: bool) -> None:
        actor = self.services.actor
        who = f"Signed in as {actor.display_name} ({actor.role.label})" if actor else "Not signed in"
        demo = "  ·  DEMO DATA — fictional people" if is_demo else ""
        self._user_label.setText(f"{who}  ·  {self.where}{demo}")
        self.setWindowTitle("Recovery Desk" + (" — demo" if is_demo else ""))

    def _apply_role(self) -> None:
        actor = self.services.actor
        admin = bool(actor and actor.role.can_administer)
        local = self.services.backups is not None
        for action in (self.ui.actionStaff, self.ui.actionTeamSettings, self.ui.actionAudit,
                       self.ui.actionRecoveryKey, self.ui.actionRestore):
            action.setVisible(admin)
        self.ui.actionRecoveryKey.setVisible(admin and local)
        self.ui.actionBackupNow.setEnabled(local)
        self.ui.actionRestore.setVisible(admin and local)
        if not local:
            self.ui.actionBackupNow.setToolTip("Backups of the team server are made on the server.")
        self.data_rights.apply_role()

    def _on_locked(self, locked: bool) -> None:
        if locked:
            self._disabled_while_locked = [a for a in self.findChildren(QAction)
                                           if a.isEnabled() and a is not self.ui.actionQuit]
            for action in self._disabled_while_locked:
                action.setEnabled(False)
            self.setWindowTitle("Recovery Desk — locked")
        else:
            for action in self._disabled_while_locked:
                action.setEnabled(True)
            self._disabled_while_locked = []
            self._show_user(self._is_demo)

    def _staff_accounts(self) -> None:
        dialog = StaffListDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()
        self.caseload_tab.reload()

    def _audit_trail(self) -> None:
        dialog = AuditDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()  # it may hold thousands of rows

    def _team_settings(self) -> None:
        if TeamSettingsDialog(self.services, self).exec():
            team = self.services.team.get()
            self._lock_minutes = team.lock_after_minutes
            self.say("Team settings saved.")

    def _after_restore(self) -> None:
        self.caseload_tab.reload()

    def _backup_if_due(self) -> None:
        backups = self.services.backups
        if backups is None or self.lock_guard.locked:
            return
        latest = backups.backups()
        if not latest or self.services.ctx.now() - latest[0].made_at >= DAILY:
            # Quietly in the background; a failure is retried within the hour, never interrupting work.
            self._daily_job = Job(lambda _progress, _cancelled: backups.back_up_now(reason="daily"))
            self._daily_job.signals.failed.connect(
                lambda _exc: self.say("The daily backup could not be made; it will be tried again within the hour."))
            QThreadPool.globalInstance().start(self._daily_job)

    def switch_user(self) -> None:
        dialog = SignInDialog(self.services, title="Switch user")
        if dialog.exec() and dialog.staff is not None:
            self.services.become(actor_for(dialog.staff))
            self._show_user(self._is_demo)
            self._apply_role()
            self.caseload_tab.reload()
            self._on_person_changed(self.caseload_tab.current)
            self.say(f"Signed in as {dialog.staff.display_name}.")

    def sign_out(self) -> None:
        if self.services.actor is not None:
            self.services.staff.sign_out()
        self.services.become(None)
        self.signed_out.emit()
        self.close()

    def _on_person_changed(self, record: PersonRecord | None) -> None:
        for tab in self.person_tabs:
            tab.set_person(record)
        self.data_rights.set_person(record)
        can_edit = bool(self.services.actor and self.services.actor.role.can_edit_records)
        self.ui.actionNewPerson.setEnabled(can_edit)
        for action in (self.ui.actionEditPerson, self.ui.actionDischarge, self.ui.actionReopen):
            action.setEnabled(can_edit and record is not None)
        if record is not None:
            self.ui.actionDischarge.setEnabled(can_edit and record.discharged_on is None)
            self.ui.actionReopen.setEnabled(can_edit and record.discharged_on is not None)
        self.ui.personBanner.setText(self._banner_text(record))

    def _banner_text(self, record: PersonRecord | None) -> str:
        if record is None:
            return "No one chosen yet: pick someone from the caseload."
        bits = [f"{record.called} {record.family_name}"]
        if record.pronouns:
            bits.append(record.pronouns)
        age = age_on(record.date_of_birth, self.services.ctx.today())
        if age is not None:
            bits.append(f"{age}")
        bits.append(f"care coordinator: {record.care_coordinator or 'not allocated'}")
        if record.discharged_on:
            bits.append("discharged")
        return "  ·  ".join(bits)

    # ---- team meeting --------------------------------------------------------------------------
    def team_meeting(self) -> None:
        if self.meeting_window is not None:
            self.meeting_window.show()
            self.meeting_window.activateWindow()
            return
        meeting = self.services.meetings.unfinished()
        if meeting is not None:
            answer = QMessageBox.question(
                self, "Resume the team meeting?",
                f"The team meeting of {uk_date(meeting.held_on)} was not finished (perhaps the laptop was closed). "
                "Carry on where it stopped? Everything typed so far was saved.")
            if answer != QMessageBox.StandardButton.Yes:
                return
        else:
            dialog = MeetingSetupDialog(self.services, self)
            if not dialog.exec() or dialog.started is None:
                return
            meeting = dialog.started
        self.open_meeting(meeting)

    def open_meeting(self, meeting) -> MeetingWindow:
        self.meeting_window = MeetingWindow(self.services, meeting)
        self.meeting_window.finished.connect(self._meeting_finished)
        self.meeting_window.closed.connect(self._meeting_closed)
        self.meeting_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ui.actionSharedScreen.setEnabled(True)
        self.meeting_window.show()
        return self.meeting_window

    def _toggle_shared_screen(self) -> None:
        if self.meeting_window is not None:
            self.meeting_window.toggle_shared()

    def _meeting_closed(self) -> None:
        self.meeting_window = None
        self.ui.actionSharedScreen.setEnabled(False)

    def _meeting_finished(self) -> None:
        self.caseload_tab.reload()
        self.say("The team meeting is finished: reviews and actions are saved in each person's record.")
        if self.meeting_window is not None:  # still open while it says it has finished
            offer_minutes(self, self.services, self.meeting_window.meeting.id, self.say)

    def _save_due_plans(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder for the PDFs")
        if not folder:
            return
        self._batch_job = run_with_progress(
            self, "Saving crisis plans due for review…",
            lambda progress, cancelled: save_due_plans(self.services, Path(folder), progress, cancelled),
            lambda written: self.say(f"Saved {len(written)} crisis plan{'' if len(written) == 1 else 's'} "
                                     f"due for review in {folder}."),
            lambda _exc: show_error(self, "Not finished", "Some plans could not be saved. Check the folder "
                                                         "can be written to, then try again."))

    def _save_current(self) -> None:
        if self.ui.tabs.currentWidget() is self.crisis_plan_tab:
            self.crisis_plan_tab.save_draft()
        elif self.ui.tabs.currentWidget() is self.assessment_tab:
            self.assessment_tab.save_draft()

    def _print_current(self) -> None:
        if self.ui.tabs.currentWidget() is self.crisis_plan_tab:
            self.crisis_plan_tab.print_plan()
        elif self.ui.tabs.currentWidget() is self.goals_tab:
            self.goals_tab.print_overview()
        else:
            self.say("Printing is available on the Goals and Crisis plan tabs.")

    def _new_person(self) -> None:
        self.ui.tabs.setCurrentWidget(self.caseload_tab)
        self.caseload_tab.add_person()

    def _find(self) -> None:
        self.ui.tabs.setCurrentWidget(self.caseload_tab)
        self.caseload_tab.focus_search()

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for tab in self.person_tabs:
            if tab.has_unsaved_changes() and tab is self.crisis_plan_tab:
                self.crisis_plan_tab._save_quietly()
            if tab.has_unsaved_changes() and tab is self.assessment_tab:
                self.assessment_tab._save_quietly()
        if self.meeting_window is not None:
            self.meeting_window.close()  # its notes are saved; the meeting can be resumed
        event.accept()
        self.lock_guard.stop()
        self._daily_backup.stop()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()
