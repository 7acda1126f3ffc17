"""The main window: builds the tabs and connects their signals, in one place."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from recovery_desk.domain.dates import age_on
from recovery_desk.gui.about import show_about, show_privacy
from recovery_desk.gui.caseload_tab import CaseloadTab
from recovery_desk.gui.forms.ui_main_window import Ui_MainWindow
from recovery_desk.gui.person_tab import PersonTab
from recovery_desk.gui.work_tabs import AssessmentTab, CrisisPlanTab, GoalsTab
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
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

        ui = self.ui
        ui.actionNewPerson.triggered.connect(self._new_person)
        ui.actionEditPerson.triggered.connect(self.caseload_tab.edit_person)
        ui.actionDischarge.triggered.connect(self.caseload_tab.discharge_person)
        ui.actionReopen.triggered.connect(self.caseload_tab.reopen_person)
        ui.actionFind.triggered.connect(self._find)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(lambda: show_about(self, self.where))
        ui.actionPrivacy.triggered.connect(lambda: show_privacy(self, self.where))
        # Parts of the menus that later releases fill in stay out of sight until then.
        self._unavailable = [ui.actionTeamMeeting, ui.actionSharedScreen, ui.actionPrint, ui.actionSave,
                             ui.actionStaff, ui.actionAudit, ui.actionTeamSettings, ui.actionBackupNow,
                             ui.actionRestore, ui.actionRecoveryKey, ui.actionLock, ui.actionSwitchUser,
                             ui.actionSignOut]
        for action in self._unavailable:
            action.setVisible(False)

        self._user_label = QLabel()
        self._user_label.setAccessibleName("Signed in as")
        self.statusBar().addPermanentWidget(self._user_label)
        self._show_user(is_demo)
        self._on_person_changed(None)

    # ---- wiring -----------------------------------------------------------------------
    def _show_user(self, is_demo: bool) -> None:
        actor = self.services.actor
        who = f"Signed in as {actor.display_name} ({actor.role.label})" if actor else "Not signed in"
        demo = "  ·  DEMO DATA — fictional people" if is_demo else ""
        self._user_label.setText(f"{who}  ·  {self.where}{demo}")
        self.setWindowTitle("Recovery Desk" + (" — demo" if is_demo else ""))

    def _on_person_changed(self, record: PersonRecord | None) -> None:
        for tab in self.person_tabs:
            tab.set_person(record)
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

    def _new_person(self) -> None:
        self.ui.tabs.setCurrentWidget(self.caseload_tab)
        self.caseload_tab.add_person()

    def _find(self) -> None:
        self.ui.tabs.setCurrentWidget(self.caseload_tab)
        self.caseload_tab.focus_search()

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()
        if self._on_close is not None:
            on_close, self._on_close = self._on_close, None
            on_close()
