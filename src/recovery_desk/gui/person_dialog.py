"""Adding and editing a person's details."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from recovery_desk.domain.dates import DateInputError, parse_uk_date, uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.domain.people import PersonDraft, clean_person
from recovery_desk.gui.forms.ui_person_dialog import Ui_PersonDialog
from recovery_desk.gui.widgets import FieldErrors, confirm_discard, set_text, text_of
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.staff import StaffInfo

PRONOUN_CHOICES = ["", "she/her", "he/him", "they/them", "she/they", "he/they"]

# draft attribute -> widget name in the form; dates are typed, then read as UK dates
TEXT_FIELDS = {
    "given_name": "givenName", "family_name": "familyName", "preferred_name": "preferredName",
    "pronouns": "pronouns", "nhs_number": "nhsNumber", "address": "address", "phone": "phone",
    "email": "email", "culture": "culture", "language": "language", "faith": "faith",
}
DATE_FIELDS = {"date_of_birth": "dateOfBirth", "opened_on": "openedOn", "next_review_on": "nextReviewOn"}


class PersonDialog(QDialog):
    def __init__(self, services: Services, staff: list[StaffInfo], record: PersonRecord | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._services = services
        self._record = record
        self.saved: PersonRecord | None = None
        self.setWindowTitle("Edit details" if record else "Add a person")
        self.ui.pronouns.addItems(PRONOUN_CHOICES)
        self.ui.careCoordinator.addItem("Not allocated yet", None)
        for member in staff:
            self.ui.careCoordinator.addItem(f"{member.display_name} ({member.job_title or member.role.label})", member.id)
        names = {**TEXT_FIELDS, **DATE_FIELDS, "care_coordinator_id": "careCoordinator"}
        self.errors = FieldErrors(
            {field: (getattr(self.ui, w), getattr(self.ui, f"{w}Error")) for field, w in names.items()},
            banner=self.ui.formError,
        )
        draft = record.as_draft() if record else PersonDraft(opened_on=services.ctx.today())
        self._load(draft)
        self._initial = self._read_raw()
        self.ui.form.setRowStretch(self.ui.form.rowCount(), 1)  # extra height goes below the fields
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def _load(self, draft: PersonDraft) -> None:
        for field, widget in TEXT_FIELDS.items():
            value = getattr(draft, field) or ""
            set_text(getattr(self.ui, widget), format_nhs_number(value) if field == "nhs_number" else value)
        for field, widget in DATE_FIELDS.items():
            getattr(self.ui, widget).setText(uk_date(getattr(draft, field)))
        index = self.ui.careCoordinator.findData(draft.care_coordinator_id)
        self.ui.careCoordinator.setCurrentIndex(max(index, 0))

    def _read_raw(self) -> tuple:
        widgets = [getattr(self.ui, w) for w in (*TEXT_FIELDS.values(), *DATE_FIELDS.values())]
        return (*(text_of(w) for w in widgets), self.ui.careCoordinator.currentData())

    def is_dirty(self) -> bool:
        return self._read_raw() != self._initial

    def draft(self) -> PersonDraft:
        """What is on screen, as a draft.

        Dates that cannot be read raise ``ValidationFailed`` together with every other
        problem in the form, so the person sees everything to fix at once.
        """
        values: dict[str, object] = {field: text_of(getattr(self.ui, w)) for field, w in TEXT_FIELDS.items()}
        problems: dict[str, str] = {}
        for field, widget in DATE_FIELDS.items():
            try:
                values[field] = parse_uk_date(getattr(self.ui, widget).text())
            except DateInputError as exc:
                problems[field] = str(exc)
                values[field] = None
        base = self._record.as_draft() if self._record else PersonDraft()
        draft = replace(base, **values, care_coordinator_id=self.ui.careCoordinator.currentData())
        if problems:
            try:
                clean_person(draft, self._services.ctx.today())
            except ValidationFailed as exc:
                problems = {**exc.problems, **problems}
            raise ValidationFailed(problems)
        return draft

    def save(self) -> None:
        try:
            self.saved = self._services.caseload.save(self.draft())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been saved yet: please check the highlighted fields.")
            return
        except (ConflictError, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.errors.clear()
        self._initial = self._read_raw()
        self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not confirm_discard(self, "these details"):
            return
        super().reject()
