"""Adding and editing one of the person's supporters."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.domain.people import SupporterDraft, SupporterKind
from recovery_desk.gui.forms.ui_supporter_dialog import Ui_SupporterDialog
from recovery_desk.gui.widgets import FieldErrors, confirm_discard
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import SupporterInfo

_TEXT = {"name": "name", "relationship": "relationship", "phone": "phone", "email": "email"}
_CHECKS = {"may_contact_in_crisis": "mayContactInCrisis", "holds_crisis_plan_copy": "holdsCrisisPlanCopy",
           "is_decision_maker": "isDecisionMaker"}


class SupporterDialog(QDialog):
    def __init__(self, services: Services, person_id: int, supporter: SupporterInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SupporterDialog()
        self.ui.setupUi(self)
        self._services, self._person_id = services, person_id
        self.saved: SupporterInfo | None = None
        self.setWindowTitle("Edit supporter" if supporter else "Add a supporter")
        for kind in SupporterKind:
            self.ui.kind.addItem(kind.label, kind.value)
        fields = {f: (getattr(self.ui, w), getattr(self.ui, f"{w}Error")) for f, w in _TEXT.items()}
        fields["kind"] = (self.ui.kind, self.ui.kindError)
        fields["notes"] = (self.ui.notes, self.ui.notesError)
        self.errors = FieldErrors(fields, banner=self.ui.formError)
        self._draft = supporter.as_draft() if supporter else SupporterDraft()
        for f, w in _TEXT.items():
            getattr(self.ui, w).setText(getattr(self._draft, f))
        for f, w in _CHECKS.items():
            getattr(self.ui, w).setChecked(getattr(self._draft, f))
        self.ui.kind.setCurrentIndex(max(self.ui.kind.findData(SupporterKind(self._draft.kind).value), 0))
        self.ui.notes.setPlainText(self._draft.notes)
        self._initial = self.draft()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def draft(self) -> SupporterDraft:
        values = {f: getattr(self.ui, w).text() for f, w in _TEXT.items()}
        values.update({f: getattr(self.ui, w).isChecked() for f, w in _CHECKS.items()})
        return SupporterDraft(**values, kind=SupporterKind(self.ui.kind.currentData()),
                              notes=self.ui.notes.toPlainText(), id=self._draft.id,
                              version=self._draft.version)

    def save(self) -> None:
        try:
            self.saved = self._services.caseload.save_supporter(self._person_id, self.draft())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been saved yet: please check the highlighted fields.")
            return
        except (ConflictError, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self._initial = self.draft()
        self.accept()

    def reject(self) -> None:
        if self.draft() != self._initial and not confirm_discard(self, "this supporter's details"):
            return
        super().reject()
