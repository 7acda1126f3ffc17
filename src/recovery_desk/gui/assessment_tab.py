"""The Assessment tab: the strengths-based assessment, written with the person in their words.

Dated versions: a draft until completed (dated and signed); a new one starts from the last;
the last completed one is shown, read-only, beside the one on screen. The life-domain
check-in is charted over time, and the life timeline belongs to the person across versions.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.goals import GoalDraft, GoalKind
from recovery_desk.domain.text import clean_text
from recovery_desk.gui.assessment_dialogs import TimelineEventDialog
from recovery_desk.gui.assessment_form import AssessmentForm
from recovery_desk.gui.person_tab import PersonTab
from recovery_desk.gui.widgets import EmptyState, show_error
from recovery_desk.services.assessment_views import AssessmentView, TimelineEventView
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord

PROBLEM = "<span style='color:#a4262c'><b>{title}</b> {text}</span>"


class AssessmentTab(PersonTab):
    title = "Assessment"
    draft_noun = "assessment"
    status_message = Signal(str)
    goal_made = Signal()  # a recovery goal was made from the person's words: the Goals tab changes

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.assessment: AssessmentView | None = None
        self.previous: AssessmentView | None = None
        self.events: list[TimelineEventView] = []

        self.no_assessment = EmptyState(
            "No assessment yet",
            "The assessment starts with who the person is: their strengths, what has helped them cope, their "
            "gifts and the roles they value (100 Ways, Box 3). Fill it in together, in their words.",
            "Start an assessment")
        self.no_assessment.action_clicked.connect(self.start_new)
        self.set_content(self.no_assessment)

        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Assessment status")
        self.save_button = QPushButton("Save draft")
        self.complete_button = QPushButton("Complete…")
        self.new_button = QPushButton("Start a new assessment")
        self.compare = QCheckBox("Show the last completed one beside it")
        self.compare.setAccessibleName("Show the last completed one beside it")
        self.compare.setChecked(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for widget in (self.compare, self.save_button, self.complete_button, self.new_button):
            bar.addWidget(widget)

        self.form = AssessmentForm(services.assessments.template())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)

        self.contents = QListWidget()
        self.contents.setAccessibleName("Sections")
        for title, box in self.form.sections:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, box)
            self.contents.addItem(item)
        self.versions = QListWidget()
        self.versions.setAccessibleName("Versions")
        self.versions.setWordWrap(True)
        self.versions.setSpacing(3)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>Sections</b>"))
        side_layout.addWidget(self.contents, 2)
        side_layout.addWidget(QLabel("<b>Versions</b>"))
        side_layout.addWidget(self.versions, 1)

        splitter = QSplitter()
        splitter.addWidget(self.scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 240])
        self.editor_page = QWidget()
        page = QVBoxLayout(self.editor_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(bar)
        page.addWidget(splitter, 1)
        self.set_content(self.editor_page)

        self.save_button.clicked.connect(self.save_draft)
        self.complete_button.clicked.connect(self.complete)
        self.new_button.clicked.connect(self.start_new)
        self.compare.toggled.connect(self._show_previous)
        self.contents.itemClicked.connect(self._go_to_section)
        self.contents.itemActivated.connect(self._go_to_section)
        self.versions.itemClicked.connect(self._open_version)
        self.versions.itemActivated.connect(self._open_version)
        self.form.make_goal.connect(self.make_goal)
        timeline = self.form.timeline
        if timeline is not None:
            timeline.add_button.clicked.connect(lambda: self.edit_event(None))
            timeline.edit_button.clicked.connect(lambda: self.edit_event(self._chosen_event()))
            timeline.remove_button.clicked.connect(self.remove_event)
            timeline.events.itemActivated.connect(lambda _item: self.edit_event(self._chosen_event()))
            timeline.events.currentRowChanged.connect(self._event_chosen_in_list)
            timeline.view.event_clicked.connect(self._event_clicked)

    # ---- loading ------------------------------------------------------------------------------
    def load(self, record: PersonRecord) -> None:
        assessment = self.services.assessments.current(record.id)
        if assessment is None:
            self.assessment = self.previous = None
            self.show_nothing_yet(self.no_assessment, f"No assessment yet for {record.called}")
            return
        self.show_assessment(assessment)

    def show_assessment(self, assessment: AssessmentView) -> None:
        self.assessment = assessment
        self.previous = self.services.assessments.previous_completed(assessment.id)
        can_edit = self._can_edit()
        self.form.load(assessment, self.previous if self.compare.isChecked() else None,
                       read_only=not assessment.is_draft or not can_edit)
        self.form.clear_problems()
        history = self.services.assessments.history(assessment.person_id)
        has_draft = any(h.status == "draft" for h in history)
        self.save_button.setVisible(assessment.is_draft)
        self.complete_button.setVisible(assessment.is_draft)
        self.save_button.setEnabled(can_edit)
        self.complete_button.setEnabled(can_edit)
        self.new_button.setVisible(not has_draft)
        self.new_button.setEnabled(can_edit)
        self.compare.setEnabled(self.previous is not None)
        if self.form.goal_box is not None and self.form.goal_box.goal_button is not None:
            self.form.goal_box.goal_button.setEnabled(can_edit)
        self.status.setText(self._status_text(assessment))
        self._fill_versions(history, assessment)
        self._refresh_chart()
        self._refresh_timeline()
        self.stack.setCurrentWidget(self.editor_page)

    def _status_text(self, a: AssessmentView) -> str:
        whose = f"{escape(a.called)}'s assessment {a.version_no}"
        if a.is_draft:
            text = (f"<b>{whose} — draft</b>, started {uk_date(a.started_on)}. Each section needs their words, or "
                    "“Not discussed”, before it can be completed.")
        else:
            text = (f"<b>{whose} — completed {uk_date(a.completed_on)}</b>, signed by {escape(a.completed_by)}. "
                    "A completed assessment never changes: start a new one to bring it up to date.")
        if self.previous is not None:
            text += f" Beside it: the one completed {uk_date(self.previous.completed_on)}."
        return text + f" <span style='color:#768692'>(template {escape(a.template_version)})</span>"

    def _fill_versions(self, history, current: AssessmentView) -> None:
        self.versions.clear()
        for summary in history:
            if summary.status == "draft":
                label = f"Assessment {summary.version_no}: draft\nstarted {uk_date(summary.started_on)}"
            else:
                label = (f"Assessment {summary.version_no}: completed {uk_date(summary.completed_on)}\n"
                         f"signed by {summary.completed_by}")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(f"Written with template {summary.template_version}")
            if summary.id == current.id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.versions.addItem(item)

    def _open_version(self, item: QListWidgetItem) -> None:
        assessment_id = item.data(Qt.ItemDataRole.UserRole)
        if assessment_id is None or (self.assessment and assessment_id == self.assessment.id):
            return
        if self.has_unsaved_changes():
            self.save_quietly()
        self.show_assessment(self.services.assessments.get(assessment_id))

    def _show_previous(self, on: bool) -> None:
        if self.assessment is not None:
            self.form.show_previous(self.assessment, self.previous if on else None)

    def _go_to_section(self, item: QListWidgetItem) -> None:
        box = item.data(Qt.ItemDataRole.UserRole)
        self.scroll.verticalScrollBar().setValue(box.y())

    def _refresh_chart(self) -> None:
        if self.form.checkin is not None and self.person is not None:
            self.form.checkin.chart.set_series(self.services.assessments.checkin_series(self.person.id))

    # ---- editing --------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self.assessment and self.assessment.is_draft and self._can_edit() and self.form.has_changes())

    def save_draft(self) -> bool:
        if self.assessment is None or not self.assessment.is_draft:
            return True
        self.form.clear_problems()
        try:
            saved = self.services.assessments.save_draft(self.assessment.id, self.assessment.version,
                                                         self.form.changes())
        except ValidationFailed as exc:
            self._show_problems(exc.problems, "Not saved:")
            return False
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.status.setText(PROBLEM.format(title="Not saved.", text=escape(str(exc))))
            return False
        self.show_assessment(saved)
        self.status_message.emit(f"Saved the draft of {saved.called}'s assessment.")
        return True

    def _show_problems(self, problems: dict[str, str], title: str) -> None:
        first = self.form.show_problems(problems)
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
        summary = problems.get("sections") or next(iter(problems.values()))
        self.status.setText(PROBLEM.format(title=title, text=escape(summary)))


    def start_new(self) -> None:
        if self.person is None:
            return
        try:
            assessment = self.services.assessments.start(self.person.id)
        except (PermissionDenied, NotFound, ConflictError) as exc:
            show_error(self, "Assessment", str(exc))
            return
        self.show_assessment(assessment)
        self.scroll.verticalScrollBar().setValue(0)
        self.status_message.emit(f"Started assessment {assessment.version_no} for {assessment.called}.")

    def complete(self) -> None:
        if self.assessment is None or not self.assessment.is_draft or not self.save_draft():
            return
        problems = self.services.assessments.completion_problems(self.assessment)
        if problems:
            self._show_problems(problems, "Not completed yet.")
            return
        actor = self.services.actor
        answer = QMessageBox.question(
            self, "Complete the assessment",
            f"Complete {self.assessment.called}'s assessment? It will be dated today, "
            f"{uk_date(self.services.ctx.today())}, and signed by you, {actor.display_name if actor else ''}.\n\n"
            "A completed assessment never changes; to update it later, start a new one.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self.services.assessments.complete(self.assessment.id, self.assessment.version)
        except ValidationFailed as exc:
            self._show_problems(exc.problems, "Not completed.")
            return
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.status.setText(PROBLEM.format(title="Not completed.", text=escape(str(exc))))
            return
        self.show_assessment(done)
        self.status_message.emit(f"Assessment {done.version_no} for {done.called} is completed and signed.")

    # ---- a recovery goal from their words ----------------------------------------------------------
    def make_goal(self, words: str) -> None:
        """Make the person's words under "Personal goals" a recovery goal, in one step."""
        if self.person is None or self.assessment is None:
            return
        if self.has_unsaved_changes() and not self.save_draft():
            return
        statement = clean_text(words, multiline=True)
        if not statement:
            self.status.setText(PROBLEM.format(title="No goal made.", text="Write the goal in the person's words "
                                               "under “Personal goals” first, then make it a recovery goal."))
            return
        overview = self.services.goals.overview(self.person.id)
        if any(goal.statement == statement for goal in overview.recovery):
            self.status_message.emit(f"This is already one of {overview.called}'s recovery goals.")
            return
        try:
            self.services.goals.save_goal(self.person.id, GoalDraft(
                kind=GoalKind.RECOVERY, statement=statement, source=f"Assessment of {uk_date(self.assessment.dated)}"))
        except ValidationFailed as exc:
            self.status.setText(PROBLEM.format(title="No goal made.", text=escape(" ".join(exc.problems.values()))))
            return
        except (NotFound, PermissionDenied) as exc:
            show_error(self, "No goal made", str(exc))
            return
        self.goal_made.emit()
        self.status_message.emit(f"Made a recovery goal, in {overview.called}'s words. It is on the Goals tab, "
                                 "ready for why it matters, a date and steps.")

    # ---- the life timeline -------------------------------------------------------------------------
    def _refresh_timeline(self, select: int | None = None) -> None:
        timeline = self.form.timeline
        if timeline is None or self.person is None:
            return
        self.events = self.services.assessments.timeline(self.person.id)
        timeline.view.set_events(self.events, self.services.assessments.event_kinds(), self.services.ctx.today(),
                                 self.person.date_of_birth)
        timeline.events.clear()
        for event in self.events:
            item = QListWidgetItem(f"{event.when} — {event.title} ({event.kind})")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            timeline.events.addItem(item)
        if not self.events:
            timeline.events.addItem(QListWidgetItem("No events yet."))
        can_edit = self._can_edit()
        timeline.add_button.setEnabled(can_edit)
        timeline.edit_button.setEnabled(can_edit and bool(self.events))
        timeline.remove_button.setEnabled(can_edit and bool(self.events))
        if select is not None:
            self._event_clicked(select)

    def _chosen_event(self) -> TimelineEventView | None:
        item = self.form.timeline.events.currentItem() if self.form.timeline else None
        event_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((e for e in self.events if e.id == event_id), None)

    def _event_chosen_in_list(self, _row: int) -> None:
        chosen = self._chosen_event()
        self.form.timeline.view.select(chosen.id if chosen else None)

    def _event_clicked(self, event_id: int) -> None:
        timeline = self.form.timeline
        for row in range(timeline.events.count()):
            if timeline.events.item(row).data(Qt.ItemDataRole.UserRole) == event_id:
                timeline.events.setCurrentRow(row)

    def edit_event(self, event: TimelineEventView | None) -> None:
        if self.person is None:
            return
        dialog = TimelineEventDialog(self.services, self.person.id, event, self)
        if dialog.exec() and dialog.saved:
            self._refresh_timeline(select=dialog.saved.id)
            self.status_message.emit("Saved the event on the life timeline.")

    def remove_event(self) -> None:
        event = self._chosen_event()
        if event is None:
            self.status_message.emit("Choose an event on the timeline first.")
            return
        answer = QMessageBox.question(self, "Remove the event", f"Remove “{event.title}” ({event.when}) from the "
                                      "life timeline?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.assessments.remove_event(event.id, event.version)
        except (ConflictError, NotFound, PermissionDenied) as exc:
            show_error(self, "Not removed", str(exc))
        self._refresh_timeline()
