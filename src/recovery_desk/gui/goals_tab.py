"""The Goals tab: the person's recovery goals and, kept apart, the service's treatment goals."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.goals import GoalKind, GoalStatus
from recovery_desk.gui.goal_dialogs import AchieveDialog, GoalDialog, RiskPlanDialog, RiskReviewDialog, StepDialog
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.one_pass import RememberedSizes, WrappedLabel, lay_out_items_now
from recovery_desk.gui.pdf_output import print_document, save_document_as_pdf
from recovery_desk.gui.person_tab import PersonTab
from recovery_desk.gui.plain_cells import PLAIN, Emphasis, Line, PlainLines
from recovery_desk.gui.widgets import EmptyState, show_error
from recovery_desk.printing.goals_pdf import render_goals_overview
from recovery_desk.printing.house import RenderResult
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.goal_views import GoalsOverview, GoalView

RECOVERY_STYLE = "QListWidget { border-left: 4px solid #005eb8; }"
TREATMENT_STYLE = "QListWidget { border-left: 4px solid #768692; background: #f7f9fa; }"
ACHIEVED = Emphasis(colour=QColor(Qt.GlobalColor.darkGreen))
OVERDUE = Emphasis(colour=QColor(Qt.GlobalColor.darkRed))


def goal_line(goal: GoalView, today) -> str:
    status = "★ Achieved" if goal.status is GoalStatus.ACHIEVED else goal.status.label
    bits = [goal.statement.splitlines()[0][:90], status]
    if goal.target_date:
        bits.append(f"by {uk_date(goal.target_date)}")
    if goal.overdue(today):
        bits.append("target date passed — worth talking about")
    return "  ·  ".join(bits)


class GoalsTab(PersonTab):
    title = "Goals"
    status_message = Signal(str)
    goals_changed = Signal()  # the caseload's "goals in progress" count may change

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.overview: GoalsOverview | None = None
        self.goal: GoalView | None = None

        self.new_recovery = QPushButton("New recovery goal…")
        self.new_treatment = QPushButton("New treatment goal…")
        self.print_button = QPushButton("Print overview…")
        self.pdf_button = QPushButton("Save overview as PDF…")
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("planStatus")
        bar.addWidget(self.heading, 1)
        for b in (self.new_recovery, self.new_treatment, self.print_button, self.pdf_button):
            bar.addWidget(b)

        self.recovery_list = PlainLines("Recovery goals")
        self.recovery_list.setStyleSheet(RECOVERY_STYLE)
        self.treatment_list = PlainLines("Treatment goals")
        self.treatment_list.setStyleSheet(TREATMENT_STYLE)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(QLabel("<b style='color:#005eb8'>Recovery goals</b> — theirs, in their words"))
        lists_layout.addWidget(self.recovery_list, 3)
        lists_layout.addWidget(QLabel("<b style='color:#4c6272'>Treatment goals</b> — what the service has agreed to do"))
        lists_layout.addWidget(self.treatment_list, 2)

        self.detail = self._build_detail()
        self.no_goal = EmptyState("Choose a goal", "Pick a goal on the left to see its steps, progress and any "
                                  "positive risk-taking plan.")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_goal)
        right_layout.addWidget(self.detail)
        self.detail.hide()

        # The goal's details scroll rather than set the window's least height: their boxes
        # together need about 570 px, which with the menus, banner and tabs made the window
        # taller than a 768-px laptop screen can show once the Goals tab had been opened.
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(lists)
        splitter.addWidget(right_scroll)
        splitter.setSizes([480, 760])
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(bar)
        page_layout.addWidget(splitter, 1)
        self.page = page
        self.set_content(page)

        self.new_recovery.clicked.connect(lambda: self.edit_goal(GoalKind.RECOVERY, None))
        self.new_treatment.clicked.connect(lambda: self.edit_goal(GoalKind.TREATMENT, None))
        self.print_button.clicked.connect(self.print_overview)
        self.pdf_button.clicked.connect(self.save_pdf)
        for widget in (self.recovery_list, self.treatment_list):
            widget.currentItemChanged.connect(lambda item, _prev, w=widget: self._choose(item, w))

    def _build_detail(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.goal_text = WrappedLabel()
        self.goal_text.setTextFormat(Qt.TextFormat.RichText)
        self.goal_text.setAccessibleName("Goal details")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.goal_text)
        scroll.setMaximumHeight(190)
        layout.addWidget(scroll)
        actions = QHBoxLayout()
        self.edit_button = QPushButton("Edit goal…")
        self.achieve_button = QPushButton("Achieved!…")
        self.working_button = QPushButton("Working on it")
        self.pause_button = QPushButton("Pause")
        self.let_go_button = QPushButton("Let go")
        for b in (self.edit_button, self.achieve_button, self.working_button, self.pause_button, self.let_go_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        steps_box = QGroupBox("Steps")
        steps_layout = QVBoxLayout(steps_box)
        self.steps = QTableWidget(0, 4)
        self.steps.setAccessibleName("Steps")
        self.steps.setHorizontalHeaderLabels(["Step", "Who", "By when", "Done"])
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        steps_layout.addWidget(self.steps)
        step_buttons = QHBoxLayout()
        self.add_step = QPushButton("Add step…")
        self.edit_step = QPushButton("Edit step…")
        self.done_step = QPushButton("Mark done today")
        self.remove_step = QPushButton("Remove step")
        for b in (self.add_step, self.edit_step, self.done_step, self.remove_step):
            step_buttons.addWidget(b)
        step_buttons.addStretch(1)
        steps_layout.addLayout(step_buttons)
        layout.addWidget(steps_box, 2)

        notes_box = QGroupBox("Progress notes")
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QListWidget()
        self.notes.setAccessibleName("Progress notes")
        self.notes.setWordWrap(True)
        self.notes.setItemDelegate(RememberedSizes(self.notes))
        self.new_note = QPlainTextEdit()
        self.new_note.setAccessibleName("New progress note")
        self.new_note.setPlaceholderText("What has happened since last time? In their words where you can.")
        self.new_note.setMaximumHeight(60)
        self.new_note.setTabChangesFocus(True)
        check_language(self.new_note)
        self.add_note = QPushButton("Add note")
        note_row = QHBoxLayout()
        note_row.addWidget(self.new_note, 1)
        note_row.addWidget(self.add_note)
        notes_layout.addWidget(self.notes)
        notes_layout.addLayout(note_row)
        layout.addWidget(notes_box, 2)

        risk_box = QGroupBox("Positive risk-taking")
        risk_layout = QVBoxLayout(risk_box)
        self.risks = QListWidget()
        self.risks.setAccessibleName("Positive risk-taking plans")
        self.risks.setWordWrap(True)
        self.risks.setItemDelegate(RememberedSizes(self.risks))
        risk_buttons = QHBoxLayout()
        self.add_risk = QPushButton("Add a plan…")
        self.review_risk = QPushButton("Review…")
        risk_buttons.addWidget(self.add_risk)
        risk_buttons.addWidget(self.review_risk)
        risk_buttons.addStretch(1)
        risk_layout.addWidget(self.risks)
        risk_layout.addLayout(risk_buttons)
        self.risk_box = risk_box
        layout.addWidget(risk_box, 1)

        self.edit_button.clicked.connect(lambda: self.goal and self.edit_goal(self.goal.kind, self.goal))
        self.achieve_button.clicked.connect(self._achieve)
        self.working_button.clicked.connect(lambda: self._set_status(GoalStatus.WORKING))
        self.pause_button.clicked.connect(lambda: self._set_status(GoalStatus.PAUSED))
        self.let_go_button.clicked.connect(lambda: self._set_status(GoalStatus.LET_GO))
        self.add_step.clicked.connect(lambda: self._step_dialog(None))
        self.edit_step.clicked.connect(lambda: self._step_dialog(self._selected_step()))
        self.steps.itemActivated.connect(lambda _i: self._step_dialog(self._selected_step()))
        self.done_step.clicked.connect(self._mark_done)
        self.remove_step.clicked.connect(self._remove_step)
        self.add_note.clicked.connect(self._add_note)
        self.add_risk.clicked.connect(lambda: self._risk_dialog())
        self.review_risk.clicked.connect(self._review_risk)
        return box

    # ---- loading ------------------------------------------------------------------------------
    def load(self, record: PersonRecord) -> None:
        self.overview = self.services.goals.overview(record.id)
        self.heading.setText(f"<b>{escape(record.called)}'s goals</b>")
        editable = self._can_edit()
        for b in (self.new_recovery, self.new_treatment):
            b.setEnabled(editable)
        self._fill(self.recovery_list, self.overview.recovery,
                   f"No recovery goals yet. Ask {record.called} what they would like to be doing, "
                   "and write it in their words.")
        self._fill(self.treatment_list, self.overview.treatment, "No treatment goals recorded.")
        # The goal shown before stays shown if it is this person's (the tab reloaded after a
        # change); otherwise their first goal is, as when the tab is first opened.
        keep = self.goal.id if self.goal else None
        self.goal = None
        self.stack.setCurrentWidget(self.page)
        theirs = [g.id for g in (*self.overview.recovery, *self.overview.treatment)]
        if theirs:
            self.select_goal(keep if keep in theirs else theirs[0])
        if self.goal is None:
            self.detail.hide()
            self.no_goal.show()
        lay_out_items_now(self.recovery_list, self.treatment_list)

    def _fill(self, widget: PlainLines, goals, empty: str) -> None:
        today = self.services.ctx.today()
        lines = [Line(goal_line(goal, today), ACHIEVED if goal.status is GoalStatus.ACHIEVED
                      else OVERDUE if goal.overdue(today) else PLAIN, goal.statement, goal.id)
                 for goal in goals]
        widget.blockSignals(True)
        widget.set_lines(lines or [Line(empty, choosable=False)])
        widget.blockSignals(False)

    def select_goal(self, goal_id: int) -> None:
        for widget in (self.recovery_list, self.treatment_list):
            for row in range(widget.count()):
                if widget.item(row).data(Qt.ItemDataRole.UserRole) == goal_id:
                    if widget.currentRow() == row:  # already the current line: Qt says nothing
                        self._choose(widget.item(row), widget)
                    else:
                        widget.setCurrentRow(row)  # shown once, by currentItemChanged
                    return

    def _choose(self, item: QListWidgetItem | None, widget: QListWidget) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None or self.overview is None:
            return
        other = self.treatment_list if widget is self.recovery_list else self.recovery_list
        other.blockSignals(True)
        other.clearSelection()
        other.setCurrentRow(-1)
        other.blockSignals(False)
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        goal = next(g for g in (*self.overview.recovery, *self.overview.treatment) if g.id == goal_id)
        self.show_goal(goal)

    def show_goal(self, goal: GoalView) -> None:
        self.goal = goal
        today = self.services.ctx.today()
        theirs = goal.kind is GoalKind.RECOVERY
        rows = [
            ("Why it matters", goal.why_it_matters),
            ("Area of life", goal.life_area), ("What it builds", goal.chime),
            ("Target date", uk_date(goal.target_date) + (" — passed, worth talking about" if goal.overdue(today) else "")),
            ("Readiness", f"{goal.readiness} out of 10" if goal.readiness else ""),
            ("What made it more than 1?", goal.readiness_why),
            ("Came from", goal.source),
        ]
        header = ("<span style='color:#005eb8;font-weight:600'>In their words</span>" if theirs else
                  "<span style='color:#4c6272;font-weight:600'>The service's goal</span>")
        statement = escape(goal.statement).replace("\n", "<br>")
        html = [f"{header}<p style='font-size:13pt;margin-top:2px'>{statement}</p>"]
        if goal.status is GoalStatus.ACHIEVED:
            html.append(f"<p style='background:#e6f4ea'><b>★ Achieved {uk_date(goal.achieved_on)}</b>"
                        f"<br>{escape(goal.celebration)}</p>")
        else:
            html.append(f"<p><b>Status:</b> {goal.status.label}</p>")
        html.append("<table cellpadding='2'>" + "".join(
            f"<tr><td style='color:#4c6272'>{k}</td><td>{escape(v)}</td></tr>" for k, v in rows if v) + "</table>")
        self.goal_text.setText("".join(html))
        self.steps.setRowCount(len(goal.steps))
        for row, step in enumerate(goal.steps):
            done = f"✓ {uk_date(step.done_on)}" if step.done_on else ("overdue" if step.overdue(today) else "")
            for col, text in enumerate((step.description, step.who_name, uk_date(step.due_on), done)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, step.id)
                self.steps.setItem(row, col, cell)
        self.notes.clear()
        for note in reversed(goal.notes):
            self.notes.addItem(f"{uk_date(note.written_on)} — {note.text}" + (f" ({note.author})" if note.author else ""))
        self.risks.clear()
        for plan in goal.risk_plans:
            line = (f"{plan.activity}\nSafer: {plan.what_makes_it_safer}\nAgreed by: {plan.who_agreed} · "
                    f"review {uk_date(plan.review_on) or 'not set'}")
            if plan.review_outcome:
                line += f"\nLast review {uk_date(plan.reviewed_on)}: {plan.review_outcome}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, plan.id)
            self.risks.addItem(item)
        self.risk_box.setVisible(theirs)
        editable = self._can_edit()
        for b in (self.edit_button, self.add_step, self.edit_step, self.done_step, self.remove_step, self.add_note,
                  self.add_risk, self.review_risk):
            b.setEnabled(editable)
        self.achieve_button.setEnabled(editable and goal.status is not GoalStatus.ACHIEVED)
        self.working_button.setEnabled(editable and goal.status is not GoalStatus.WORKING)
        self.pause_button.setEnabled(editable and goal.status is GoalStatus.WORKING)
        self.let_go_button.setEnabled(editable and goal.status in (GoalStatus.WORKING, GoalStatus.PAUSED))
        self.no_goal.hide()
        self.detail.show()
        lay_out_items_now(self.steps, self.notes, self.risks)

    def has_unsaved_changes(self) -> bool:
        return bool(self.new_note.toPlainText().strip())

    # ---- actions --------------------------------------------------------------------------------
    def _after(self, goal: GoalView, message: str) -> None:
        self.goal = goal
        if self.person is not None:
            self.load(self.person)
        self.select_goal(goal.id)
        self.goals_changed.emit()
        self.status_message.emit(message)

    def edit_goal(self, kind: GoalKind, goal: GoalView | None) -> None:
        if self.person is None:
            return
        dialog = GoalDialog(self.services, self.person, kind, goal, self)
        if dialog.exec() and dialog.saved:
            self._after(dialog.saved, "Goal saved.")

    def _achieve(self) -> None:
        if self.goal is None:
            return
        dialog = AchieveDialog(self.services, self.goal, self)
        if dialog.exec() and dialog.saved:
            self._after(dialog.saved, "Goal achieved — well done to them!")

    def _set_status(self, status: GoalStatus) -> None:
        if self.goal is None:
            return
        try:
            goal = self.services.goals.set_status(self.goal.id, self.goal.version, status)
        except (ValidationFailed, ConflictError, NotFound, PermissionDenied) as exc:
            show_error(self, "Not changed", str(exc))
            return
        self._after(goal, f"Goal marked “{status.label}”.")

    def _selected_step(self):
        row = self.steps.currentRow()
        if self.goal is None or not 0 <= row < len(self.goal.steps):
            return None
        return self.goal.steps[row]

    def _step_dialog(self, step) -> None:
        if self.goal is None or self.person is None:
            return
        dialog = StepDialog(self.services, self.person, self.goal, step, self)
        if dialog.exec() and dialog.saved:
            self._after(dialog.saved, "Step saved.")

    def _mark_done(self) -> None:
        step = self._selected_step()
        if step is None:
            return
        try:
            goal = self.services.goals.mark_step(step.id, step.version,
                                                 None if step.done_on else self.services.ctx.today())
        except (ValidationFailed, ConflictError, NotFound) as exc:
            show_error(self, "Not changed", str(exc))
            return
        self._after(goal, "Step ticked off." if goal.steps[self.steps.currentRow()].done_on else "Step reopened.")

    def _remove_step(self) -> None:
        step = self._selected_step()
        if step is None:
            return
        if QMessageBox.question(self, "Remove step", f"Remove the step “{step.description}”?") != \
                QMessageBox.StandardButton.Yes:
            return
        try:
            goal = self.services.goals.remove_step(step.id, step.version)
        except (ConflictError, NotFound) as exc:
            show_error(self, "Not removed", str(exc))
            return
        self._after(goal, "Step removed.")

    def _add_note(self) -> None:
        if self.goal is None:
            return
        try:
            goal = self.services.goals.add_note(self.goal.id, self.new_note.toPlainText())
        except (ValidationFailed, NotFound) as exc:
            show_error(self, "Note not added", " ".join(getattr(exc, "problems", {}).values()) or str(exc))
            return
        self.new_note.clear()
        self._after(goal, "Progress note added.")

    def _risk_dialog(self) -> None:
        if self.goal is None:
            return
        dialog = RiskPlanDialog(self.services, self.goal, None, self)
        if dialog.exec() and dialog.saved:
            self._after(dialog.saved, "Positive risk-taking plan saved.")

    def _review_risk(self) -> None:
        item = self.risks.currentItem()
        if self.goal is None or item is None:
            return
        plan = next(p for p in self.goal.risk_plans if p.id == item.data(Qt.ItemDataRole.UserRole))
        dialog = RiskReviewDialog(self.services, plan, self)
        if dialog.exec() and dialog.saved:
            self._after(dialog.saved, "Review recorded.")

    # ---- printing ---------------------------------------------------------------------------------
    def _render(self, destination: Path) -> RenderResult | None:
        if self.overview is None:
            return None
        return render_goals_overview(self.overview, destination, printed_on=self.services.ctx.today())

    def save_pdf(self) -> None:
        if self.overview is None:
            return
        saved = save_document_as_pdf(self, self._render, title="Save the goal overview as a PDF",
                                     suggested_name=f"Goals - {self.overview.person_name}.pdf")
        if saved is not None:
            self.services.goals.record_print(self.overview, how="saved as PDF")
            self.status_message.emit(f"Saved {saved.name}.")

    def print_overview(self) -> None:
        if self.overview is None:
            return
        if print_document(self, self._render, title=f"Goals — {self.overview.called}"):
            self.services.goals.record_print(self.overview, how="printed")
            self.status_message.emit("The goal overview was sent to the printer.")
