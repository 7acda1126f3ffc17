"""Dialogs of the Goals tab: a goal, a step, achieving, and positive risk-taking plans."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.content.vocabulary import chime_processes, life_areas
from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.goals import GoalDraft, GoalKind, GoalStatus, RiskPlanDraft, StepDraft, StepOwner
from recovery_desk.gui.forms.ui_achieve_dialog import Ui_AchieveDialog
from recovery_desk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from recovery_desk.gui.forms.ui_risk_plan_dialog import Ui_RiskPlanDialog
from recovery_desk.gui.forms.ui_risk_review_dialog import Ui_RiskReviewDialog
from recovery_desk.gui.forms.ui_step_dialog import Ui_StepDialog
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.widgets import FieldErrors, read_uk_dates
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.goal_views import GoalView, RiskPlanView, StepView


class _GoalsDialog(QDialog):
    """Shared behaviour: errors beside fields, and a save that keeps the dialog open on problems.

    Each dialog defines ``save()``, which reads its form and hands the service call to ``_run``.
    """

    saved: GoalView | None = None

    def _attach_errors(self, names: dict[str, str]) -> None:
        self.errors = FieldErrors({k: (getattr(self.ui, w), getattr(self.ui, f"{w}Error")) for k, w in names.items()},
                                  banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def _run(self, action: Callable[[], GoalView], *, date_problems: dict[str, str] | None = None) -> None:
        if date_problems:
            self.errors.show(date_problems)
            return
        try:
            self.saved = action()
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been saved yet: please check the highlighted fields.")
            return
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()


class GoalDialog(_GoalsDialog):
    def __init__(self, services: Services, person: PersonRecord, kind: GoalKind, goal: GoalView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self._services, self._person, self._kind, self._goal = services, person, kind, goal
        if kind is GoalKind.TREATMENT:
            self.setWindowTitle("Treatment goal (the service's)")
            self.ui.intro.setText("What the service has agreed to do. Write it in plain words the person would "
                                  "recognise; it is kept apart from their own recovery goals.")
            self.ui.statementLabel.setText("The goal, in the service's words")
            self.ui.statement.setAccessibleName("The goal, in the service's words")
            self.ui.statementError.setAccessibleName("The goal, in the service's words problem")
            for widget in (self.ui.readiness, self.ui.readinessLabel, self.ui.readinessWhy, self.ui.readinessWhyLabel):
                widget.hide()
        else:
            self.setWindowTitle(f"{person.called}'s recovery goal")
        self.ui.readiness.setSpecialValueText("Not asked yet")
        check_language(self.ui.whyItMatters, self.ui.readinessWhy,
                       *([self.ui.statement] if kind is GoalKind.TREATMENT else []))  # not their own words
        self.ui.lifeArea.addItem("")
        self.ui.lifeArea.addItems(list(life_areas()))
        self.ui.chime.addItem("")
        self.ui.chime.addItems(list(chime_processes()))
        self._attach_errors({"statement": "statement", "why_it_matters": "whyItMatters", "life_area": "lifeArea",
                             "chime": "chime", "target_date": "targetDate", "readiness": "readiness",
                             "readiness_why": "readinessWhy"})
        if goal is not None:
            self.ui.statement.setPlainText(goal.statement)
            self.ui.whyItMatters.setPlainText(goal.why_it_matters)
            self.ui.lifeArea.setCurrentText(goal.life_area)
            self.ui.chime.setCurrentText(goal.chime)
            self.ui.targetDate.setText(uk_date(goal.target_date))
            self.ui.readiness.setValue(goal.readiness or 0)
            self.ui.readinessWhy.setPlainText(goal.readiness_why)

    def save(self) -> None:
        dates, problems = read_uk_dates({"target_date": self.ui.targetDate.text()})
        readiness = self.ui.readiness.value() or None
        draft = GoalDraft(kind=self._kind, statement=self.ui.statement.toPlainText(),
                          why_it_matters=self.ui.whyItMatters.toPlainText(), life_area=self.ui.lifeArea.currentText(),
                          chime=self.ui.chime.currentText(), target_date=dates.get("target_date"),
                          readiness=readiness, readiness_why=self.ui.readinessWhy.toPlainText(),
                          id=self._goal.id if self._goal else None,
                          version=self._goal.version if self._goal else None)
        self._run(lambda: self._services.goals.save_goal(self._person.id, draft), date_problems=problems)


class StepDialog(_GoalsDialog):
    def __init__(self, services: Services, person: PersonRecord, goal: GoalView, step: StepView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StepDialog()
        self.ui.setupUi(self)
        self._services, self._goal, self._step = services, goal, step
        self.ui.who.addItem("Choose who…", None)
        self.ui.who.addItem(f"{person.called} (themselves)", (StepOwner.PERSON, None))
        for supporter in person.supporters:
            self.ui.who.addItem(f"{supporter.name} ({supporter.relationship or supporter.kind.label})",
                                (StepOwner.SUPPORTER, supporter.id))
        for member in services.staff.list_staff():
            self.ui.who.addItem(f"{member.display_name} (staff)", (StepOwner.STAFF, member.id))
        self._attach_errors({"description": "description", "who": "who", "due_on": "dueOn"})
        check_language(self.ui.description)
        if step is not None:
            self.setWindowTitle("Edit step")
            self.ui.description.setPlainText(step.description)
            target = (step.who_kind, step.who_staff_id or step.who_supporter_id)
            for index in range(self.ui.who.count()):
                if self.ui.who.itemData(index) == target:
                    self.ui.who.setCurrentIndex(index)
            self.ui.dueOn.setText(uk_date(step.due_on))

    def save(self) -> None:
        dates, problems = read_uk_dates({"due_on": self.ui.dueOn.text()})
        who = self.ui.who.currentData()
        kind, ref = who if who else (None, None)
        draft = StepDraft(description=self.ui.description.toPlainText(), who_kind=kind,
                          who_staff_id=ref if kind is StepOwner.STAFF else None,
                          who_supporter_id=ref if kind is StepOwner.SUPPORTER else None, due_on=dates.get("due_on"),
                          id=self._step.id if self._step else None, version=self._step.version if self._step else None)
        self._run(lambda: self._services.goals.save_step(self._goal.id, draft), date_problems=problems)


class AchieveDialog(_GoalsDialog):
    def __init__(self, services: Services, goal: GoalView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AchieveDialog()
        self.ui.setupUi(self)
        self._services, self._goal = services, goal
        self.ui.achievedOn.setText(uk_date(services.ctx.today()))
        self._attach_errors({"celebration": "celebration", "achieved_on": "achievedOn"})
        check_language(self.ui.celebration)

    def save(self) -> None:
        dates, problems = read_uk_dates({"achieved_on": self.ui.achievedOn.text()})
        self._run(lambda: self._services.goals.set_status(
            self._goal.id, self._goal.version, GoalStatus.ACHIEVED, celebration=self.ui.celebration.toPlainText(),
            on=dates.get("achieved_on")), date_problems=problems)


_RISK_FIELDS = {"activity": "activity", "why_it_matters": "whyItMatters", "what_could_go_wrong": "whatCouldGoWrong",
                "what_makes_it_safer": "whatMakesItSafer"}


class RiskPlanDialog(_GoalsDialog):
    def __init__(self, services: Services, goal: GoalView, plan: RiskPlanView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RiskPlanDialog()
        self.ui.setupUi(self)
        self._services, self._goal, self._plan = services, goal, plan
        self._attach_errors({**_RISK_FIELDS, "who_agreed": "whoAgreed", "review_on": "reviewOn"})
        check_language(*(getattr(self.ui, widget) for widget in _RISK_FIELDS.values()))
        if plan is not None:
            for field, widget in _RISK_FIELDS.items():
                getattr(self.ui, widget).setPlainText(getattr(plan, field))
            self.ui.whoAgreed.setText(plan.who_agreed)
            self.ui.reviewOn.setText(uk_date(plan.review_on))

    def save(self) -> None:
        dates, problems = read_uk_dates({"review_on": self.ui.reviewOn.text()})
        values = {field: getattr(self.ui, widget).toPlainText() for field, widget in _RISK_FIELDS.items()}
        draft = RiskPlanDraft(**values, who_agreed=self.ui.whoAgreed.text(), review_on=dates.get("review_on"),
                              id=self._plan.id if self._plan else None,
                              version=self._plan.version if self._plan else None)
        self._run(lambda: self._services.goals.save_risk_plan(self._goal.id, draft), date_problems=problems)


class RiskReviewDialog(_GoalsDialog):
    def __init__(self, services: Services, plan: RiskPlanView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RiskReviewDialog()
        self.ui.setupUi(self)
        self._services, self._plan = services, plan
        self._attach_errors({"review_outcome": "reviewOutcome", "review_on": "nextReview"})
        check_language(self.ui.reviewOutcome)

    def save(self) -> None:
        dates, problems = read_uk_dates({"review_on": self.ui.nextReview.text()})
        self._run(lambda: self._services.goals.review_risk_plan(
            self._plan.id, self._plan.version, self.ui.reviewOutcome.toPlainText(), dates.get("review_on")),
            date_problems=problems)
