"""The right-hand card on the caseload: who the person is, their details and supporters."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import age_on, uk_date
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.gui.one_pass import WrappedLabel, lay_out_items_now, showing_together
from recovery_desk.services.caseload import PersonRecord, SupporterInfo
from recovery_desk.services.meeting_views import ActionView, ReviewHistoryEntry

OVERDUE_COLOUR = "#a4262c"
HEADING_SPACE = 6
SHOWN_REVIEWS = 3  # the latest reviews on the card; the rest are in meeting minutes
# The rows of "About them", in order. "Discharged" is shown only for a discharged person.
DETAILS = ("Discharged", "Care coordinator", "Next review", "Date of birth", "NHS number", "Phone", "Email",
           "Address", "Language", "Culture, in their words", "Faith or spirituality, in their words", "Open since")


def _supporter_line(s: SupporterInfo) -> str:
    bits = [f"{s.name} — {s.relationship or s.kind.label}"]
    marks = []
    if s.may_contact_in_crisis:
        marks.append("contact in a crisis")
    if s.holds_crisis_plan_copy:
        marks.append("holds a copy of the plan")
    if s.is_decision_maker:
        marks.append("chosen decision-maker")
    if marks:
        bits.append(" (" + ", ".join(marks) + ")")
    return "".join(bits)


class PersonSummary(QWidget):
    edit_requested = Signal()
    discharge_requested = Signal()
    reopen_requested = Signal()
    add_supporter_requested = Signal()
    edit_supporter_requested = Signal(int)
    remove_supporter_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._record: PersonRecord | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        self.heading = WrappedLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # typed words are never read as markup
        self.heading.setObjectName("personHeading")
        self.heading.setAccessibleName("Person's name")
        self.subheading = WrappedLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setObjectName("personSubheading")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton("Edit details…")
        self.discharge_button = QPushButton("Discharge…")
        self.reopen_button = QPushButton("Re-open record…")
        for b in (self.edit_button, self.discharge_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_requested)
        self.discharge_button.clicked.connect(self.discharge_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)

        # A grid of plain labels, not one rich-text table: Qt lays a table out again for every
        # width a layout asks about, which was a third of the time of choosing a person.
        self.about_box = QGroupBox("About them")
        about = QGridLayout(self.about_box)
        about.setColumnStretch(1, 1)
        about.setHorizontalSpacing(12)
        self.details: dict[str, WrappedLabel] = {}
        self._detail_names: dict[str, QLabel] = {}
        for row, name in enumerate(DETAILS):
            label = QLabel(name)
            label.setObjectName("detailName")
            value = WrappedLabel()
            value.setObjectName("detailValue")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setAccessibleName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            about.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            about.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.details[name], self._detail_names[name] = value, label
        layout.addWidget(self.about_box)

        self.supporters_box = QGroupBox("Supporters")
        sup = QVBoxLayout(self.supporters_box)
        self.supporters = QListWidget()
        self.supporters.setAccessibleName("Supporters")
        self.supporters.setMinimumHeight(90)
        sup.addWidget(self.supporters)
        sup_buttons = QHBoxLayout()
        self.add_supporter = QPushButton("Add supporter…")
        self.edit_supporter = QPushButton("Edit…")
        self.remove_supporter = QPushButton("Remove…")
        for b in (self.add_supporter, self.edit_supporter, self.remove_supporter):
            sup_buttons.addWidget(b)
        sup_buttons.addStretch(1)
        sup.addLayout(sup_buttons)
        layout.addWidget(self.supporters_box)

        # Plain lines, not rich text, for the same reason as "About them"; kept and reused.
        self.meetings_box = QGroupBox("Team meeting reviews and actions")
        self._meetings_layout = QVBoxLayout(self.meetings_box)
        self._meeting_lines: list[WrappedLabel] = []
        self._overdue_palette = QPalette()
        self._overdue_palette.setColor(QPalette.ColorRole.WindowText, QColor(OVERDUE_COLOUR))
        layout.addWidget(self.meetings_box)
        layout.addStretch(1)
        self.add_supporter.clicked.connect(self.add_supporter_requested)
        self.edit_supporter.clicked.connect(self._edit_selected_supporter)
        self.remove_supporter.clicked.connect(self._remove_selected_supporter)
        self.supporters.itemActivated.connect(lambda _i: self._edit_selected_supporter())
        self.supporters.currentRowChanged.connect(lambda _r: self._update_buttons())

    def _selected_supporter(self) -> int | None:
        item = self.supporters.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _edit_selected_supporter(self) -> None:
        sid = self._selected_supporter()
        if sid is not None:
            self.edit_supporter_requested.emit(sid)

    def _remove_selected_supporter(self) -> None:
        sid = self._selected_supporter()
        if sid is not None:
            self.remove_supporter_requested.emit(sid)

    def _update_buttons(self, can_edit: bool | None = None) -> None:
        if can_edit is not None:
            self._can_edit = can_edit
        editable = getattr(self, "_can_edit", True) and self._record is not None
        discharged = self._record is not None and self._record.discharged_on is not None
        self.edit_button.setEnabled(editable)
        self.discharge_button.setVisible(not discharged)
        self.discharge_button.setEnabled(editable)
        self.reopen_button.setVisible(discharged)
        self.reopen_button.setEnabled(editable)
        self.add_supporter.setEnabled(editable)
        has_selection = self._selected_supporter() is not None
        self.edit_supporter.setEnabled(editable and has_selection)
        self.remove_supporter.setEnabled(editable and has_selection)

    @property
    def record(self) -> PersonRecord | None:
        return self._record

    def supporter(self, supporter_id: int) -> SupporterInfo | None:
        if self._record is None:
            return None
        return next((s for s in self._record.supporters if s.id == supporter_id), None)

    def show_meetings(self, reviews: list[ReviewHistoryEntry], actions: list[ActionView], today) -> None:
        """Their open actions, then their latest three reviews with the notes made."""
        lines: list[tuple[str, str]] = []  # (text, kind): "heading", "overdue" or ""
        open_actions = [a for a in actions if a.done_on is None]
        if open_actions:
            lines.append(("Open actions", "heading"))
        for action in open_actions:
            overdue = action.overdue(today)
            text = f"• {action.description} — {action.owner}, by {uk_date(action.due_on)}" + (
                " (overdue)" if overdue else "")
            lines.append((text + (f"\n   for: “{action.goal}”" if action.goal else ""), "overdue" if overdue else ""))
        for review in reviews[:SHOWN_REVIEWS]:
            lines.append((f"Reviewed {uk_date(review.meeting_on)} (recovery hat: {review.hat_wearer})", "heading"))
            notes = "\n".join(text for text in review.notes.values() if text)
            if notes:
                lines.append((notes, ""))
        self._show_meeting_lines(lines or [("Not discussed in a team meeting yet.", "")])

    def _show_meeting_lines(self, lines: list[tuple[str, str]]) -> None:
        with showing_together(self.meetings_box):  # lines shown one by one would lay the window out each time
            self._set_meeting_lines(lines)

    def _set_meeting_lines(self, lines: list[tuple[str, str]]) -> None:
        while len(self._meeting_lines) < len(lines):
            label = WrappedLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)  # typed words are never read as markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._meetings_layout.addWidget(label)
            self._meeting_lines.append(label)
        for index, (label, (text, kind)) in enumerate(zip(self._meeting_lines, lines)):
            label.setText(text)
            space_above = HEADING_SPACE if kind == "heading" and index else 0  # a gap before each new part
            if label.contentsMargins().top() != space_above:
                label.setContentsMargins(0, space_above, 0, 0)
            if label.font().bold() != (kind == "heading"):
                font = label.font()
                font.setBold(kind == "heading")
                label.setFont(font)
            overdue = kind == "overdue"
            if label.property("overdue") is not overdue:
                label.setProperty("overdue", overdue)
                label.setPalette(self._overdue_palette if overdue else QPalette())
            label.show()
        for label in self._meeting_lines[len(lines):]:
            label.hide()

    def show_person(self, record: PersonRecord, today, *, can_edit: bool) -> None:
        self._record = record
        self.heading.setText(record.called + (f" {record.family_name}"))
        details = []
        if record.pronouns:
            details.append(record.pronouns)
        age = age_on(record.date_of_birth, today)
        if age is not None:
            details.append(f"{age} years old")
        if record.preferred_name and record.preferred_name != record.given_name:
            details.append(f"full given name {record.given_name}")
        self.subheading.setText(" · ".join(details))
        values = {
            "Discharged": f"{uk_date(record.discharged_on)}: {record.discharge_reason}" if record.discharged_on else "",
            "Care coordinator": record.care_coordinator or "Not allocated yet",
            "Next review": uk_date(record.next_review_on) or "Not set",
            "Date of birth": uk_date(record.date_of_birth) or "Not recorded",
            "NHS number": format_nhs_number(record.nhs_number) or "Not recorded",
            "Phone": record.phone or "—",
            "Email": record.email or "—",
            "Address": record.address or "—",
            "Language": record.language or "—",
            "Culture, in their words": record.culture or "—",
            "Faith or spirituality, in their words": record.faith or "—",
            "Open since": uk_date(record.opened_on),
        }
        for name, value in values.items():
            self.details[name].setText(value)
            shown = name != "Discharged" or bool(value)
            self.details[name].setVisible(shown)
            self._detail_names[name].setVisible(shown)
        self.supporters.clear()
        for s in record.supporters:
            item = QListWidgetItem(_supporter_line(s))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.supporters.addItem(item)
        if not record.supporters:
            placeholder = QListWidgetItem("No supporters recorded yet. Ask who they would like listed.")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.supporters.addItem(placeholder)
        lay_out_items_now(self.supporters)
        self._update_buttons(can_edit)
