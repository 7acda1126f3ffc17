"""Discharging a person: a date and a reason; the record is kept and can be re-opened."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.domain.dates import DateInputError, parse_uk_date, uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.gui.forms.ui_discharge_dialog import Ui_DischargeDialog
from recovery_desk.gui.widgets import FieldErrors
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord


class DischargeDialog(QDialog):
    def __init__(self, services: Services, record: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DischargeDialog()
        self.ui.setupUi(self)
        self._services, self._record = services, record
        self.saved: PersonRecord | None = None
        self.setWindowTitle(f"Discharge {record.called} {record.family_name}")
        self.ui.dischargedOn.setText(uk_date(services.ctx.today()))
        self.errors = FieldErrors({
            "discharged_on": (self.ui.dischargedOn, self.ui.dischargedOnError),
            "discharge_reason": (self.ui.dischargeReason, self.ui.dischargeReasonError),
        }, banner=self.ui.formError)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            on = parse_uk_date(self.ui.dischargedOn.text())
        except DateInputError as exc:
            self.errors.show({"discharged_on": str(exc)})
            return
        if on is None:
            self.errors.show({"discharged_on": "Please enter the date of discharge."})
            return
        try:
            self.saved = self._services.caseload.discharge(
                self._record.id, self._record.version, on, self.ui.dischargeReason.toPlainText())
        except ValidationFailed as exc:
            self.errors.show(exc.problems)
            return
        except (ConflictError, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()
