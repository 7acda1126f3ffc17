"""The main window: builds the tabs and connects their signals, in one place.

The window comes up in two stages so that it is on screen while the encrypted database is
still being opened (see ``gui/launch.py``): the frame (menus, tab bar, status bar) needs
only Qt and the compiled form; :meth:`MainWindow.attach` then builds the working parts once
the services exist. Modules for dialogs, other windows, printing and the person tabs are
imported where they are first used, not here: importing all of them cost about half a second
at start-up.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# Deliberately no ``Qt`` namespace here: PySide6 builds that type (every Qt enum) on first
# import, 16-26 ms that the frame does not need; the working parts import it themselves.
from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from recovery_desk.domain.dates import age_on, uk_date
from recovery_desk.gui.forms.ui_main_window import Ui_MainWindow
from recovery_desk.gui.lazy_tabs import LazyTabs
from recovery_desk.gui.one_pass import showing_together

if TYPE_CHECKING:
    from recovery_desk.gui.assessment_tab import AssessmentTab
    from recovery_desk.gui.caseload_tab import CaseloadTab
    from recovery_desk.gui.crisis_plan_tab import CrisisPlanTab
    from recovery_desk.gui.goals_tab import GoalsTab
    from recovery_desk.gui.meeting_window import MeetingWindow
    from recovery_desk.gui.person_tab import PersonTab
    from recovery_desk.services.bundle import Services
    from recovery_desk.services.caseload import PersonRecord

STATUS_TIMEOUT_MS = 8000
DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000
DAILY = timedelta(hours=24)
# Keyboard shortcuts are set here, when the window starts working, rather than in the form:
# PySide6 builds its Qt enum types on the first setShortcut call (16-26 ms), which the frame
# shown at start-up (every action disabled) need not wait for.
SHORTCUTS = {
    "actionNewPerson": "Ctrl+N", "actionEditPerson": "Ctrl+E", "actionFind": "Ctrl+F", "actionSave": "Ctrl+S",
    "actionPrint": "Ctrl+P", "actionTeamMeeting": "Ctrl+M", "actionSharedScreen": "F11", "actionLock": "Ctrl+L",
    "actionQuit": "Ctrl+Q", "actionReference": "F1",
}


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, services: Services | None = None, *, where: str = "", is_demo: bool = False,
                 on_close: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_close = on_close
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.personBanner.setObjectName("personBanner")
        self.services: Services | None = None
        self.where = where
        self.meeting_window: MeetingWindow | None = None
        self.minutes_action = self.ui.actionMinutes
        # Centred by the style sheet (``QLabel#openingMessage``), which keeps ``Qt`` out of the frame.
        self._opening = QLabel("Opening the team's records…\n\nThe encrypted database is being opened; "
                               "this takes a moment.")
        self._opening.setObjectName("openingMessage")
        self.ui.tabs.addTab(self._opening, "&Caseload")
        for action in self.findChildren(QAction):  # the menus open; only Quit can be chosen yet
            action.setEnabled(action is self.ui.actionQuit or action.menu() is not None)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.personBanner.setText("Recovery Desk is starting.")
        self.setWindowTitle("Recovery Desk")
        if services is not None:
            self.attach(services, where=where, is_demo=is_demo)

    def attach(self, services: Services, *, where: str, is_demo: bool = False,
               on_close: Callable[[], None] | None = None) -> None:
        """Build the working window on ``services`` (signed in): the second stage of start-up.
        ``on_close`` is called once when the window closes (to close the data folder)."""
        from recovery_desk.gui.backup_actions import BackupActions
        from recovery_desk.gui.caseload_tab import CaseloadTab
        from recovery_desk.gui.data_rights import DataRightsActions
        from recovery_desk.gui.lock import LockGuard

        self.services, self.where = services, where
        if on_close is not None:
            self._on_close = on_close
        ui = self.ui
        for action in self.findChildren(QAction):
            action.setEnabled(True)
        for name, keys in SHORTCUTS.items():
            getattr(ui, name).setShortcut(keys)
        self.caseload_tab: CaseloadTab = CaseloadTab(services)
        ui.tabs.removeTab(ui.tabs.indexOf(self._opening))
        self._opening.deleteLater()
        ui.tabs.insertTab(0, self.caseload_tab, "&Caseload")
        ui.tabs.setCurrentIndex(0)
        self._person: PersonRecord | None = None
        self._stale: set[QWidget] = set()  # person tabs still showing someone chosen before
        self.lazy_tabs = LazyTabs(ui.tabs)
        self.lazy_tabs.add("assessment", "&Assessment", self._build_assessment_tab)
        self.lazy_tabs.add("goals", "&Goals", self._build_goals_tab)
        self.lazy_tabs.add("crisis_plan", "C&risis plan", self._build_crisis_plan_tab)
        self.lazy_tabs.shown.connect(self._bring_up_to_date)

        self.caseload_tab.person_changed.connect(self._on_person_changed)
        self.caseload_tab.status_message.connect(self.say)

        ui.actionNewPerson.triggered.connect(self._new_person)
        ui.actionEditPerson.triggered.connect(self.caseload_tab.edit_person)
        ui.actionDischarge.triggered.connect(self.caseload_tab.discharge_person)
        ui.actionReopen.triggered.connect(self.caseload_tab.reopen_person)
        ui.actionFind.triggered.connect(self._find)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionPrivacy.triggered.connect(self._privacy)
        ui.actionReference.triggered.connect(self._reference)
        ui.actionOutcomes.triggered.connect(self._outcomes)
        ui.actionMeasures.triggered.connect(self._measures)
        ui.actionMinutes.triggered.connect(self._minutes)
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
        ui.actionTeamMeeting.triggered.connect(self.team_meeting)
        ui.actionSharedScreen.triggered.connect(self._toggle_shared_screen)
        ui.actionSharedScreen.setEnabled(False)

        self._user_label = QLabel()
        self._user_label.setAccessibleName("Signed in as")
        self.statusBar().addPermanentWidget(self._user_label)
        self._is_demo = is_demo
        self._show_user(is_demo)
        self._apply_role()
        self._on_person_changed(None)

    # ---- the person tabs, built when first looked at --------------------------------------------
    def _build_assessment_tab(self) -> AssessmentTab:
        from recovery_desk.gui.assessment_tab import AssessmentTab

        tab = AssessmentTab(self.services)
        tab.status_message.connect(self.say)
        tab.goal_made.connect(self._goal_made_from_assessment)
        return self._new_person_tab(tab)

    def _build_goals_tab(self) -> GoalsTab:
        from recovery_desk.gui.goals_tab import GoalsTab

        tab = GoalsTab(self.services)
        tab.status_message.connect(self.say)
        tab.goals_changed.connect(self._refresh_chosen_line)
        return self._new_person_tab(tab)

    def _build_crisis_plan_tab(self) -> CrisisPlanTab:
        from recovery_desk.gui.crisis_plan_tab import CrisisPlanTab

        tab = CrisisPlanTab(self.services)
        tab.status_message.connect(self.say)
        tab.plan_status_changed.connect(self._refresh_chosen_line)
        return self._new_person_tab(tab)

    def _new_person_tab(self, tab: PersonTab) -> PersonTab:
        self._stale.add(tab)  # filled when shown, or when asked for
        return tab

    def _goal_made_from_assessment(self) -> None:
        goals = self.lazy_tabs.built_page("goals")
        if goals is not None:
            self._stale.add(goals)  # shows the new goal when next looked at
        self._refresh_chosen_line()

    def _refresh_chosen_line(self) -> None:
        """The chosen person's caseload line (goal count, plan status) after a tab changed their work."""
        if self._person is not None:
            self.caseload_tab.refresh_person(self._person.id)

    def _person_tab(self, name: str) -> PersonTab:
        """Tab ``name``, built and showing the chosen person: what someone would see on opening it."""
        tab = self.lazy_tabs.page(name)
        self._bring_up_to_date(tab)
        return tab

    @property
    def assessment_tab(self) -> AssessmentTab:
        return self._person_tab("assessment")

    @property
    def goals_tab(self) -> GoalsTab:
        return self._person_tab("goals")

    @property
    def crisis_plan_tab(self) -> CrisisPlanTab:
        return self._person_tab("crisis_plan")

    @property
    def person_tabs(self) -> list[PersonTab]:
        """The person tabs built so far (a tab never opened has nothing to save)."""
        return self.lazy_tabs.built_pages() if self.services is not None else []

    def _bring_up_to_date(self, tab: QWidget) -> None:
        if tab in self._stale:
            self._stale.discard(tab)
            # Filled while hidden, then shown once: filled on screen, every box, list and page
            # shown inside it made Qt lay the window out again.
            with showing_together(tab):
                tab.set_person(self._person)

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

    # ---- menu commands (each imports its window when first used) ----------------------------
    def _about(self) -> None:
        from recovery_desk.gui.about import show_about

        show_about(self, self.where, self.services)

    def _privacy(self) -> None:
        from recovery_desk.gui.about import show_privacy

        show_privacy(self, self.where, self.services)

    def _reference(self) -> None:
        from recovery_desk.gui.reference_dialog import show_reference

        show_reference(self, self.services)

    def _outcomes(self) -> None:
        from recovery_desk.gui.outcomes_window import show_outcomes

        show_outcomes(self, self.services)

    def _measures(self) -> None:
        from recovery_desk.gui.measures_dialog import MeasuresDialog

        person = self.caseload_tab.current
        if person is None:
            QMessageBox.information(self, "Measures", "Choose someone on the Caseload tab first.")
            return
        dialog = MeasuresDialog(self.services, person, self)
        dialog.exec()
        dialog.deleteLater()

    def _minutes(self) -> None:
        from recovery_desk.gui.meeting_minutes import MeetingMinutesDialog

        dialog = MeetingMinutesDialog(self.services, self, self.say)
        dialog.exec()
        dialog.deleteLater()

    def _staff_accounts(self) -> None:
        from recovery_desk.gui.staff_dialogs import StaffListDialog

        dialog = StaffListDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()
        self.caseload_tab.reload()

    def _audit_trail(self) -> None:
        from recovery_desk.gui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.services, self)
        dialog.exec()
        dialog.deleteLater()  # it may hold thousands of rows

    def _team_settings(self) -> None:
        from recovery_desk.gui.staff_dialogs import TeamSettingsDialog

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
            from recovery_desk.gui.background import Job

            # Quietly in the background; a failure is retried within the hour, never interrupting work.
            self._daily_job = Job(lambda _progress, _cancelled: backups.back_up_now(reason="daily"))
            self._daily_job.signals.failed.connect(
                lambda _exc: self.say("The daily backup could not be made; it will be tried again within the hour."))
            QThreadPool.globalInstance().start(self._daily_job)

    def switch_user(self) -> None:
        from recovery_desk.gui.startup_dialogs import SignInDialog
        from recovery_desk.services.staff import actor_for

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
        self._person = record
        current = self.ui.tabs.currentWidget()
        for tab in self.person_tabs:
            if tab is current or tab.has_unsaved_changes():
                tab.set_person(record)  # a half-typed draft is saved for the person it belongs to, now
            else:
                self._stale.add(tab)  # loaded when it is next looked at
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
            from recovery_desk.gui.meeting_setup import MeetingSetupDialog

            dialog = MeetingSetupDialog(self.services, self)
            if not dialog.exec() or dialog.started is None:
                return
            meeting = dialog.started
        self.open_meeting(meeting)

    def open_meeting(self, meeting) -> MeetingWindow:
        from PySide6.QtCore import Qt

        from recovery_desk.gui.meeting_window import MeetingWindow

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
            from recovery_desk.gui.meeting_minutes import offer_minutes

            offer_minutes(self, self.services, self.meeting_window.meeting.id, self.say)

    def _save_due_plans(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder for the PDFs")
        if not folder:
            return
        from recovery_desk.gui.background import run_with_progress
        from recovery_desk.gui.crisis_plan_tab import save_due_plans
        from recovery_desk.gui.widgets import show_error

        self._batch_job = run_with_progress(
            self, "Saving crisis plans due for review…",
            lambda progress, cancelled: save_due_plans(self.services, Path(folder), progress, cancelled),
            lambda written: self.say(f"Saved {len(written)} crisis plan{'' if len(written) == 1 else 's'} "
                                     f"due for review in {folder}."),
            lambda _exc: show_error(self, "Not finished", "Some plans could not be saved. Check the folder "
                                                         "can be written to, then try again."))

    def _save_current(self) -> None:
        current = self.ui.tabs.currentWidget()
        if current in (self.lazy_tabs.built_page("crisis_plan"), self.lazy_tabs.built_page("assessment")):
            current.save_draft()

    def _print_current(self) -> None:
        current = self.ui.tabs.currentWidget()
        if current is self.lazy_tabs.built_page("crisis_plan"):
            current.print_plan()
        elif current is self.lazy_tabs.built_page("goals"):
            current.print_overview()
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
            if tab.has_unsaved_changes():
                tab.save_quietly()
        if self.meeting_window is not None:
            self.meeting_window.close()  # its notes are saved; the meeting can be resumed
        event.accept()
        if self.services is not None:
            self.lock_guard.stop()
            self._daily_backup.stop()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()
