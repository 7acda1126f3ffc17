"""The assessment form, built from the template: every section in order, the life timeline,
and anything kept from sections the template no longer has."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from recovery_desk.content.assessment import (
    CHECKIN,
    INDICATORS,
    REFLECTION,
    TIMELINE,
    WRITTEN,
    AssessmentTemplate,
    Section,
)
from recovery_desk.gui.assessment_sections import (
    PROMPT_STYLE,
    CheckinBox,
    IndicatorsBox,
    ReflectionBox,
    SectionBox,
    WrittenBox,
    add_source,
    help_layout,
    plain_label,
)
from recovery_desk.gui.timeline_widget import TimelineView
from recovery_desk.services.assessment_views import AssessmentView
from recovery_desk.services.assessments import AssessmentChanges


class TimelineBox(QGroupBox):
    """The person's life timeline. It belongs to the person, so it stays editable on any version."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section.title, parent)
        self.section = section
        layout = help_layout(self, section)
        self.view = TimelineView()
        layout.addWidget(self.view)
        self.events = QListWidget()
        self.events.setAccessibleName("Timeline events")
        self.events.setMaximumHeight(120)
        layout.addWidget(self.events)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add an event…")
        self.edit_button = QPushButton("Change the event…")
        self.remove_button = QPushButton("Remove the event")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        add_source(layout, section)


class RetiredBox(QGroupBox):
    """Words kept from sections, items or areas that the template no longer has."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("No longer in the template", parent)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("The assessment template has changed since these were written. They are kept "
                                     "here, read-only, so that nothing is lost."))
        self.now = plain_label("", "font-weight: normal;", plain=False)
        self.before = plain_label("", PROMPT_STYLE, plain=False)
        self.now.setAccessibleName("No longer in the template")
        self.before.setAccessibleName("No longer in the template — last time")
        row = QHBoxLayout()
        row.addWidget(self.now, 3)
        row.addWidget(self.before, 2)
        layout.addLayout(row)

    def fill(self, view: AssessmentView | None, previous: AssessmentView | None) -> None:
        self.now.setText(self._text(view))
        self.before.setText(f"<b>Last time</b><br><br>{self._text(previous)}" if previous and previous.retired else "")
        self.before.setVisible(bool(previous and previous.retired))
        self.setVisible(bool((view and view.retired) or (previous and previous.retired)))

    @staticmethod
    def _text(view: AssessmentView | None) -> str:
        if view is None:
            return ""
        return "<br><br>".join(
            f"<b>{escape(r.title)}</b><br>{_html_lines(r.text)}"
            + (f"<br><span style='color:#4c6272'>Staff notes: {_html_lines(r.staff_notes)}</span>"
               if r.staff_notes else "")
            for r in view.retired)


def _html_lines(text: str) -> str:
    """Typed text shown in a rich-text label exactly as typed (markup stays literal)."""
    return escape(text).replace("\n", "<br>")


class AssessmentForm(QWidget):
    """Every section of the template, in order; loads a view and says what changed."""

    make_goal = Signal(str)  # the words to make a recovery goal from

    def __init__(self, template: AssessmentTemplate, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.boxes: list[SectionBox] = []
        self.timeline: TimelineBox | None = None
        self.checkin: CheckinBox | None = None
        self.goal_box: WrittenBox | None = None
        self.sections: list[tuple[str, QGroupBox]] = []
        for section in template.sections:
            box = self._box(section)
            layout.addWidget(box)
            self.sections.append((section.title, box))
        self.retired = RetiredBox()
        self.retired.hide()
        layout.addWidget(self.retired)
        layout.addStretch(1)
        self._loaded = AssessmentChanges()
        if self.goal_box is not None and self.goal_box.goal_button is not None:
            self.goal_box.goal_button.clicked.connect(lambda: self.make_goal.emit(self.goal_box.goal_words()))

    def _box(self, section: Section) -> QGroupBox:
        if section.kind == TIMELINE:
            self.timeline = TimelineBox(section)
            return self.timeline
        kinds = {REFLECTION: ReflectionBox, INDICATORS: IndicatorsBox, CHECKIN: CheckinBox}
        box = WrittenBox(section) if section.kind in WRITTEN else kinds[section.kind](section)
        self.boxes.append(box)
        if isinstance(box, CheckinBox):
            self.checkin = box
        if isinstance(box, WrittenBox) and box.goal_button is not None:
            self.goal_box = box
        return box

    def load(self, view: AssessmentView, previous: AssessmentView | None, *, read_only: bool) -> None:
        for box in self.boxes:
            box.load(view, read_only)
        self.show_previous(view, previous)
        self._loaded = self.collect()

    def show_previous(self, view: AssessmentView | None, previous: AssessmentView | None) -> None:
        for box in self.boxes:
            box.show_previous(previous)
        self.retired.fill(view, previous)

    def collect(self) -> AssessmentChanges:
        changes = AssessmentChanges()
        for box in self.boxes:
            box.collect(changes)
        return changes

    def changes(self) -> AssessmentChanges:
        """Only what differs from what was loaded."""
        now, then = self.collect(), self._loaded
        return AssessmentChanges(
            {k: v for k, v in now.answers.items() if then.answers.get(k) != v},
            {k: v for k, v in now.indicators.items() if then.indicators.get(k) != v},
            {k: v for k, v in now.ratings.items() if then.ratings.get(k) != v})

    def has_changes(self) -> bool:
        changes = self.changes()
        return bool(changes.answers or changes.indicators or changes.ratings)

    def clear_problems(self) -> None:
        for box in self.boxes:
            box.show_problem("")
            if isinstance(box, CheckinBox):
                for area in box.problems:
                    box.show_problem("", f"rating:{area}")

    def show_problems(self, problems: dict[str, str]) -> QWidget | None:
        """Each message beside its section; returns the first section with a problem."""
        first = None
        for key, message in problems.items():
            box = next((b for b in self.boxes if b.owns(key)), None)
            if box is not None:
                box.show_problem(message, key)
                first = first or box
        return first
