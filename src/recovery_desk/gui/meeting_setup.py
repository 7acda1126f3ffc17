"""Setting up the team meeting: who is here, the chair, the recovery hat, and the agenda."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import PermissionDenied, ValidationFailed
from recovery_desk.domain.meetings import describe_length
from recovery_desk.gui.widgets import FieldErrors, read_uk_dates
from recovery_desk.services.bundle import Services
from recovery_desk.services.meeting_views import MeetingView
from recovery_desk.services.meetings import AgendaEntry

PERSON_ROLE = Qt.ItemDataRole.UserRole
REASONS_ROLE = Qt.ItemDataRole.UserRole + 1
MINUTES_ROLE = Qt.ItemDataRole.UserRole + 2


def _labelled(layout: QGridLayout, row: int, text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(widget, row, 1)
    error = QLabel()
    error.setAccessibleName(f"{text.replace('&', '')} problem")
    layout.addWidget(error, row + 1, 1)
    return error


class MeetingSetupDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.started: MeetingView | None = None
        self.setWindowTitle("Team meeting — set up")
        self.resize(900, 680)
        today = services.ctx.today()
        self.date = QLineEdit(uk_date(today))
        self.attendees = QListWidget()
        for member in services.staff.list_staff():
            item = QListWidgetItem(f"{member.display_name} ({member.job_title or member.role.label})")
            item.setData(PERSON_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            me = services.actor is not None and member.id == services.actor.staff_id
            item.setCheckState(Qt.CheckState.Checked if me else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.chair = QComboBox()
        self.hat = QComboBox()
        self.hat_note = QLabel()
        self.hat_note.setWordWrap(True)
        self.hat_note.setStyleSheet("color: #4c6272;")
        self.hat_per_person = QCheckBox("Pass the hat for each person reviewed")
        self.hat_per_person.setAccessibleName("Pass the hat for each person reviewed")
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setValue(3)
        self.minutes.setSuffix(" min")
        self.agenda = QListWidget()
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_person = QComboBox()
        self.add_person.setEditable(True)
        self.add_person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_person.setPlaceholderText("Add someone else…")
        self.add_person.setAccessibleName("Add someone to the agenda")
        self.add_button = QPushButton("Add")
        self.remove_button = QPushButton("Remove")
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.estimate = QLabel()
        self.estimate.setAccessibleName("Meeting length")

        grid = QGridLayout()
        errors = {
            "held_on": _labelled(grid, 0, "Meeting &date", self.date),
            "attendees": _labelled(grid, 2, "&Who is here", self.attendees),
            "chair": _labelled(grid, 4, "C&hair", self.chair),
            "hat": _labelled(grid, 6, "Recovery &hat", self.hat),
        }
        grid.addWidget(self.hat_note, 8, 1)
        grid.addWidget(self.hat_per_person, 9, 1)
        _labelled(grid, 10, "&Minutes per person", self.minutes)
        errors["agenda"] = _labelled(grid, 12, "&Agenda", self.agenda)
        row = QHBoxLayout()
        for w in (self.add_person, self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(w)
        grid.addLayout(row, 14, 1)
        grid.addWidget(self.estimate, 15, 1)
        grid.setColumnStretch(1, 1)
        self.form_error = QLabel()
        self.errors = FieldErrors({k: (w, errors[k]) for k, w in (
            ("held_on", self.date), ("attendees", self.attendees), ("chair", self.chair), ("hat", self.hat),
            ("agenda", self.agenda))}, banner=self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton("Start the meeting", QDialogButtonBox.ButtonRole.AcceptRole)
        intro = QLabel("Tick who is here. The recovery hat is suggested for whoever has worn it least recently "
                       "(100 Ways, action point 62); the chair can change it. The agenda is suggested from the "
                       "caseload with the reason for each person: drag or use Ctrl+Up / Ctrl+Down to reorder.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form_error)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)

        self._fill_agenda()
        self._fill_add_person()
        self.attendees.itemChanged.connect(lambda _i: self._attendees_changed())
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        QShortcut(QKeySequence("Ctrl+Up"), self.agenda, activated=lambda: self._move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.agenda, activated=lambda: self._move(1))
        QShortcut(QKeySequence("Delete"), self.agenda, activated=self._remove)
        self.agenda.model().rowsMoved.connect(lambda *_a: self._update_estimate())
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self._attendees_changed()

    # ---- attendees, chair and hat ----------------------------------------------------------------
    def attendee_ids(self) -> list[int]:
        return [self.attendees.item(i).data(PERSON_ROLE) for i in range(self.attendees.count())
                if self.attendees.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, staff_ids) -> None:
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(PERSON_ROLE) in staff_ids else Qt.CheckState.Unchecked)

    def _attendees_changed(self) -> None:
        present = self.attendee_ids()
        names = {self.attendees.item(i).data(PERSON_ROLE): self.attendees.item(i).text().split(" (")[0]
                 for i in range(self.attendees.count())}
        chair = self.chair.currentData()
        for combo in (self.chair, self.hat):
            combo.blockSignals(True)
            combo.clear()
            for staff_id in present:
                combo.addItem(names[staff_id], staff_id)
            combo.blockSignals(False)
        me = self._services.actor.staff_id if self._services.actor else None
        for wanted in (chair, me):  # keep the chair chosen; otherwise whoever is running the meeting
            if wanted in present:
                self.chair.setCurrentIndex(self.chair.findData(wanted))
                break
        day = self._day()
        suggestion = self._services.meetings.suggest_hat(present, day or self._services.ctx.today())
        if suggestion.staff_id is not None:
            self.hat.setCurrentIndex(self.hat.findData(suggestion.staff_id))
            who = names[suggestion.staff_id]
            if suggestion.last_worn:
                self.hat_note.setText(f"Suggested: {who}, who has worn the hat least recently "
                                      f"(last on {uk_date(suggestion.last_worn)}).")
            else:
                self.hat_note.setText(f"Suggested: {who}, who has not worn the hat yet (the least recently "
                                      "of everyone here).")
        else:
            self.hat_note.setText("Tick who is here to see who should wear the recovery hat.")

    def _day(self):
        dates, problems = read_uk_dates({"held_on": self.date.text()})
        return None if problems else dates["held_on"]

    # ---- the agenda --------------------------------------------------------------------------------
    def _fill_agenda(self) -> None:
        day = self._day() or self._services.ctx.today()
        self._suggested = self._services.meetings.suggest_agenda(day)
        for suggestion in self._suggested:
            self._append(suggestion.person_id, suggestion.name, suggestion.reasons)
        self._update_estimate()

    def _append(self, person_id: int, name: str, reasons) -> None:
        item = QListWidgetItem()
        item.setData(PERSON_ROLE, person_id)
        item.setData(REASONS_ROLE, tuple(reasons))
        item.setData(MINUTES_ROLE, self.minutes.value())
        item.setText(self._line(name, reasons, self.minutes.value()))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.agenda.addItem(item)

    @staticmethod
    def _line(name: str, reasons, minutes: int) -> str:
        why = "; ".join(reasons) if reasons else "added by the chair"
        return f"{name} — {why} ({minutes} min)"

    def _fill_add_person(self) -> None:
        on_agenda = set(self.agenda_ids())
        self.add_person.clear()
        for row in self._services.caseload.list_rows():
            if row.discharged_on is None and row.id not in on_agenda:
                self.add_person.addItem(row.name, row.id)
        self.add_person.setCurrentIndex(-1)

    def agenda_ids(self) -> list[int]:
        return [self.agenda.item(i).data(PERSON_ROLE) for i in range(self.agenda.count())]

    def _add(self) -> None:
        index = self.add_person.findText(self.add_person.currentText())
        if index < 0:
            self.errors.show({"agenda": "Choose someone from the list to add."})
            return
        self._append(self.add_person.itemData(index), self.add_person.itemText(index), ())
        self.add_person.removeItem(index)
        self.add_person.setCurrentIndex(-1)
        self._update_estimate()

    def _remove(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.agenda.takeItem(row)
            self._update_estimate()

    def _move(self, offset: int) -> None:
        row = self.agenda.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.agenda.count():
            return
        item = self.agenda.takeItem(row)
        self.agenda.insertItem(target, item)
        self.agenda.setCurrentRow(target)

    def _minutes_changed(self, minutes: int) -> None:
        for i in range(self.agenda.count()):
            item = self.agenda.item(i)
            item.setData(MINUTES_ROLE, minutes)
            item.setText(self._line(item.data(Qt.ItemDataRole.AccessibleTextRole), item.data(REASONS_ROLE), minutes))
        self._update_estimate()

    def _update_estimate(self) -> None:
        total = sum(self.agenda.item(i).data(MINUTES_ROLE) for i in range(self.agenda.count()))
        self.estimate.setText(f"{self.agenda.count()} people · {describe_length(total)}")

    # ---- starting ----------------------------------------------------------------------------------------
    def start(self) -> None:
        dates, problems = read_uk_dates({"held_on": self.date.text()})
        if problems:
            self.errors.show(problems)
            return
        agenda = [AgendaEntry(self.agenda.item(i).data(PERSON_ROLE), self.agenda.item(i).data(MINUTES_ROLE),
                              self.agenda.item(i).data(REASONS_ROLE)) for i in range(self.agenda.count())]
        try:
            self.started = self._services.meetings.start(
                dates["held_on"] or self._services.ctx.today(), self.attendee_ids(), self.chair.currentData(),
                self.hat.currentData(), agenda, hat_per_person=self.hat_per_person.isChecked())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="The meeting has not started yet: please check the highlighted parts.")
            return
        except PermissionDenied as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.accept()
