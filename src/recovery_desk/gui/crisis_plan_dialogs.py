"""Agreeing a crisis plan, and recording who has been given a copy."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.domain.dates import add_months, uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.gui.forms.ui_agree_plan_dialog import Ui_AgreePlanDialog
from recovery_desk.gui.forms.ui_plan_copy_dialog import Ui_PlanCopyDialog
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.widgets import FieldErrors, read_uk_dates
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.crisis_plan_views import CrisisPlanView
from recovery_desk.services.crisis_plans import AgreeDetails


class AgreePlanDialog(QDialog):
    def __init__(self, services: Services, plan: CrisisPlanView, person: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AgreePlanDialog()
        self.ui.setupUi(self)
        self._services, self._plan = services, plan
        self.saved: CrisisPlanView | None = None
        today = services.ctx.today()
        team = services.team.get()
        self.ui.agreedOn.setText(uk_date(today))
        self.ui.reviewBy.setText(uk_date(add_months(today, team.crisis_plan_review_months if team else 6)))
        for member in services.staff.list_staff():
            self.ui.careCoordinator.addItem(member.display_name, member.id)
        chosen = self.ui.careCoordinator.findData(person.care_coordinator_id)
        self.ui.careCoordinator.setCurrentIndex(max(chosen, 0))
        self.ui.facilitator.setText(plan.facilitator)
        self.ui.supportersInvolved.setPlainText(plan.supporters_involved)
        check_language(self.ui.notAgreed)
        names = {"agreed_on": "agreedOn", "care_coordinator_id": "careCoordinator", "facilitator": "facilitator",
                 "supporters_involved": "supportersInvolved", "not_agreed": "notAgreed", "review_by": "reviewBy"}
        fields = {k: (getattr(self.ui, w), getattr(self.ui, f"{w}Error")) for k, w in names.items()}
        self.errors = FieldErrors(fields, banner=self.ui.formError)
        missing = services.crisis_plans.missing_for_agreement(plan)
        if missing:
            self.errors.show({}, banner="Before it can be agreed, these sections need the person's words: "
                                        + "; ".join(missing) + ".")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        dates, problems = read_uk_dates({"agreed_on": self.ui.agreedOn.text(), "review_by": self.ui.reviewBy.text()})
        if dates.get("agreed_on") is None and "agreed_on" not in problems:
            problems["agreed_on"] = "Please enter the date the plan was agreed and signed."
        if problems:
            self.errors.show(problems)
            return
        details = AgreeDetails(
            agreed_on=dates["agreed_on"], person_took_part=self.ui.personTookPart.isChecked(),
            care_coordinator_id=self.ui.careCoordinator.currentData(), facilitator=self.ui.facilitator.text(),
            supporters_involved=self.ui.supportersInvolved.toPlainText(),
            not_agreed=self.ui.notAgreed.toPlainText(), review_by=dates.get("review_by"))
        try:
            self.saved = self._services.crisis_plans.agree(self._plan.id, self._plan.version, details)
        except ValidationFailed as exc:
            problems = dict(exc.problems)
            banner = " ".join(filter(None, [problems.pop("sections", ""), problems.pop("person_took_part", ""),
                                            problems.pop("plan", "")]))
            self.errors.show(problems, banner=banner or "The plan has not been agreed yet: please check the "
                                                        "highlighted fields.")
            return
        except (ConflictError, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()


class PlanCopyDialog(QDialog):
    def __init__(self, services: Services, plan: CrisisPlanView, person: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlanCopyDialog()
        self.ui.setupUi(self)
        self._services, self._plan = services, plan
        self.saved: CrisisPlanView | None = None
        self.ui.holder.setEditable(True)
        self.ui.holder.addItem(f"{person.called} (their own copy)", None)
        for supporter in person.supporters:
            self.ui.holder.addItem(f"{supporter.name} ({supporter.relationship or supporter.kind.label})", supporter.id)
        for other in ("GP", "Crisis team", "Inpatient ward"):
            self.ui.holder.addItem(other, None)
        self.ui.givenOn.setText(uk_date(services.ctx.today()))
        self.errors = FieldErrors({"holder": (self.ui.holder, self.ui.holderError),
                                   "given_on": (self.ui.givenOn, self.ui.givenOnError)}, banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        dates, problems = read_uk_dates({"given_on": self.ui.givenOn.text()})
        if dates.get("given_on") is None and not problems:
            problems["given_on"] = "Please enter the date the copy was given."
        if problems:
            self.errors.show(problems)
            return
        text = self.ui.holder.currentText()
        supporter_id = self.ui.holder.currentData() if self.ui.holder.findText(text) >= 0 else None
        try:
            self.saved = self._services.crisis_plans.record_copy(self._plan.id, text, dates["given_on"], supporter_id)
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        self.accept()
