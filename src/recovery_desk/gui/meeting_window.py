"""The chair's window: one person at a time, in fixed steps, with the shared screen alongside."""
from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.content.meeting import hat_prompts, review_steps
from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, ValidationFailed
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.shared_screen import SharedScreen
from recovery_desk.gui.widgets import ERROR_STYLE, read_uk_dates
from recovery_desk.services.bundle import Services
from recovery_desk.services.meeting_views import ItemView, MeetingView, ReviewContext
from recovery_desk.services.meetings import shared_view

TICK_MS = 1000


def _minutes(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


class MeetingWindow(QWidget):
    """Chair's control window. Emits ``finished`` when the meeting is closed."""

    finished = Signal()
    closed = Signal()

    def __init__(self, services: Services, meeting: MeetingView, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.meeting = meeting
        self.steps = review_steps()
        self.item: ItemView | None = None
        self.context: ReviewContext | None = None
        self.step_key = meeting.current_step or self.steps[0].key
        self._item_started = datetime.now()
        self.setWindowTitle(f"Team meeting — {uk_date(meeting.held_on)}")
        self.resize(1280, 820)

        # -- left: the agenda
        self.agenda = QListWidget()
        self.agenda.setAccessibleName("Agenda")
        self.next_person_button = QPushButton("Next person ▶")
        self.skip_button = QPushButton("Skip for today")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_label = QLabel()
        self.meeting_label.setWordWrap(True)
        left_layout.addWidget(self.meeting_label)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.next_person_button)
        left_layout.addWidget(self.skip_button)

        # -- centre: the person and the step
        self.person_label = QLabel()
        self.person_label.setObjectName("personHeading")
        self.person_label.setAccessibleName("Person under review")
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName("Time")
        self.step_list = QListWidget()
        self.step_list.setAccessibleName("Steps")
        self.step_list.setMaximumWidth(230)
        for n, step in enumerate(self.steps, start=1):
            item = QListWidgetItem(f"{n}. {step.title}")
            item.setData(Qt.ItemDataRole.UserRole, step.key)
            self.step_list.addItem(item)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 12pt; color: #003087;")
        self.content = QLabel()
        self.content.setWordWrap(True)
        self.content.setTextFormat(Qt.TextFormat.RichText)
        self.content.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.content.setAccessibleName("What the record says")
        self.content.setOpenExternalLinks(False)
        self.content.linkActivated.connect(self._open_reference)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes for this step")
        self.notes.setPlaceholderText("Notes for this step (saved as you go)")
        self.notes.setTabChangesFocus(True)
        check_language(self.notes)  # the team's own notes
        notes_label = QLabel("&Notes for this step")
        notes_label.setBuddy(self.notes)

        # -- step 3: hand the hat on; step 5: actions; step 6: next review
        self.hat_combo = QComboBox()
        self.hat_combo.setAccessibleName("Recovery hat for this person")
        for staff_id, name in meeting.attendees:
            self.hat_combo.addItem(name, staff_id)
        hat_label = QLabel("Recovery &hat for this person")
        hat_label.setBuddy(self.hat_combo)
        self.hat_row = QWidget()
        hat_layout = QHBoxLayout(self.hat_row)
        hat_layout.setContentsMargins(0, 0, 0, 0)
        hat_layout.addWidget(hat_label)
        hat_layout.addWidget(self.hat_combo, 1)

        self.action_text = QLineEdit()
        self.action_text.setAccessibleName("Action")
        self.action_owner = QComboBox()
        self.action_owner.setAccessibleName("Who")
        for staff_id, name in meeting.attendees:
            self.action_owner.addItem(name, staff_id)
        self.action_due = QLineEdit()
        self.action_due.setAccessibleName("By when")
        self.action_due.setPlaceholderText("dd/mm/yyyy")
        self.action_goal = QComboBox()
        self.action_goal.setAccessibleName("For which goal")
        self.add_action_button = QPushButton("Add action")
        self.action_error = QLabel()
        self.action_error.setStyleSheet(ERROR_STYLE)
        self.action_error.setWordWrap(True)
        self.actions_table = QTableWidget(0, 4)
        self.actions_table.setAccessibleName("Actions")
        self.actions_table.setHorizontalHeaderLabels(["Action", "Who", "By when", "Goal"])
        self.actions_table.horizontalHeader().setStretchLastSection(True)
        self.actions_table.verticalHeader().hide()
        self.actions_box = QWidget()
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        form = QHBoxLayout()
        for text, widget in (("&Action", self.action_text), ("W&ho", self.action_owner), ("By &when", self.action_due),
                             ("For &goal", self.action_goal)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label)
            form.addWidget(widget, 3 if widget is self.action_text else 1)
        form.addWidget(self.add_action_button)
        actions_layout.addLayout(form)
        actions_layout.addWidget(self.action_error)
        actions_layout.addWidget(self.actions_table)

        self.next_review = QLineEdit()
        self.next_review.setAccessibleName("Next review date")
        self.next_review.setPlaceholderText("dd/mm/yyyy")
        self.review_error = QLabel()
        self.review_error.setStyleSheet(ERROR_STYLE)
        self.finish_review_button = QPushButton("Save and finish this review")
        review_label = QLabel("Ne&xt review date")
        review_label.setBuddy(self.next_review)
        self.review_box = QWidget()
        review_layout = QHBoxLayout(self.review_box)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(review_label)
        review_layout.addWidget(self.next_review)
        review_layout.addWidget(self.finish_review_button)
        review_layout.addWidget(self.review_error, 1)

        self.back_button = QPushButton("◀ Previous step")
        self.forward_button = QPushButton("Next step ▶")
        step_nav = QHBoxLayout()
        step_nav.addWidget(self.back_button)
        step_nav.addStretch(1)
        step_nav.addWidget(self.forward_button)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.person_label, 1)
        head.addWidget(self.timer_label)
        centre_layout.addLayout(head)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        step_area = QVBoxLayout()
        step_area.addWidget(self.prompt)
        step_area.addWidget(self.content, 1)
        step_area.addWidget(self.hat_row)
        step_area.addWidget(self.actions_box, 2)
        step_area.addWidget(self.review_box)
        step_area.addWidget(notes_label)
        step_area.addWidget(self.notes, 1)
        step_area.addLayout(step_nav)
        body.addLayout(step_area, 1)
        centre_layout.addLayout(body, 1)

        # -- bottom: the shared screen and finishing
        self.screen_combo = QComboBox()
        self.screen_combo.setAccessibleName("Shared screen on")
        self.initials_only = QCheckBox("Initials only on the shared screen")
        self.initials_only.setAccessibleName("Initials only on the shared screen")
        self.shared_button = QPushButton("Show shared screen (F11)")
        self.shared_button.setCheckable(True)
        self.finish_button = QPushButton("Finish the meeting")
        self.status = QLabel()
        self.status.setAccessibleName("Meeting status")
        bottom = QHBoxLayout()
        screen_label = QLabel("Shared &screen on")
        screen_label.setBuddy(self.screen_combo)
        for w in (screen_label, self.screen_combo, self.initials_only, self.shared_button):
            bottom.addWidget(w)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.finish_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setSizes([300, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.shared = SharedScreen()
        self.shared.screen_lost.connect(self._screen_lost)
        self.shared.toggle_requested.connect(self.toggle_shared)
        app = QGuiApplication.instance()
        app.screenAdded.connect(lambda _s: self._fill_screens())
        app.screenRemoved.connect(lambda _s: self._fill_screens())
        self._fill_screens()

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

        self.agenda.currentRowChanged.connect(self._agenda_clicked)
        self.step_list.currentRowChanged.connect(lambda row: self.go_to_step(self.steps[row].key) if row >= 0 else None)
        self.forward_button.clicked.connect(lambda: self.step_by(1))
        self.back_button.clicked.connect(lambda: self.step_by(-1))
        self.next_person_button.clicked.connect(self.next_person)
        self.skip_button.clicked.connect(lambda: self.next_person(skip=True))
        self.add_action_button.clicked.connect(self.add_action)
        self.finish_review_button.clicked.connect(self.finish_review)
        self.hat_combo.activated.connect(lambda _i: self._pass_hat())
        self.shared_button.toggled.connect(self._shared_toggled)
        self.initials_only.toggled.connect(lambda _c: self.refresh_shared())
        self.finish_button.clicked.connect(self.finish_meeting)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_shared)
        QShortcut(QKeySequence("Alt+Right"), self, activated=lambda: self.step_by(1))
        QShortcut(QKeySequence("Alt+Left"), self, activated=lambda: self.step_by(-1))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.next_person)

        self._fill_agenda()
        start = meeting.item(meeting.current_item_id) or meeting.items[0]
        self.open_item(start.id, self.step_key)

    # ---- the agenda ------------------------------------------------------------------------------------------
    def _fill_agenda(self) -> None:
        self.agenda.blockSignals(True)
        current = self.agenda.currentRow()
        self.agenda.clear()
        mark = {"reviewed": "✓ ", "skipped": "– ", "waiting": ""}
        for item in self.meeting.items:
            row = QListWidgetItem(f"{mark[item.status]}{item.name}\n    {'; '.join(item.reasons) or 'added'}"
                                  f" · {item.minutes} min")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.agenda.addItem(row)
        self.agenda.setCurrentRow(current)
        self.agenda.blockSignals(False)
        done = sum(1 for i in self.meeting.items if i.status != "waiting")
        hat = self.meeting.staff_name(self.meeting.hat_wearer_id)
        self.meeting_label.setText(f"<b>{uk_date(self.meeting.held_on)}</b> · chair {escape(self.meeting.chair)}<br>"
                                   f"Recovery hat: <b>{escape(hat)}</b><br>{done} of {len(self.meeting.items)} reviewed")

    def _agenda_clicked(self, row: int) -> None:
        if 0 <= row < len(self.meeting.items) and self.item and self.meeting.items[row].id != self.item.id:
            self.open_item(self.meeting.items[row].id, self.steps[0].key)

    def _reload(self) -> None:
        self.meeting = self.services.meetings.get(self.meeting.id)
        if self.item is not None:
            self.item = self.meeting.item(self.item.id)
        self._fill_agenda()

    def open_item(self, item_id: int, step_key: str) -> None:
        """Move to a person: save the step notes first, then load their record for the steps."""
        self.save_notes()
        item = self.meeting.item(item_id)
        if item is None:
            return
        self.item = item
        try:
            self.context = self.services.meetings.review_context(item.person_id)
        except NotFound:
            self.status.setText("This person's record is no longer there; moving on.")
            return
        self._item_started = datetime.now()
        self.agenda.blockSignals(True)
        self.agenda.setCurrentRow(self.meeting.items.index(item))
        self.agenda.blockSignals(False)
        pronouns = f" ({self.context.pronouns})" if self.context.pronouns else ""
        self.person_label.setText(f"{self.context.called} {self.context.family_name}{pronouns}")
        self.hat_combo.setCurrentIndex(max(self.hat_combo.findData(item.hat_wearer_id), 0))
        self.action_goal.clear()
        self.action_goal.addItem("Not linked to a goal", None)
        for goal in self.context.goals:
            if goal.status != "achieved":
                self.action_goal.addItem(goal.statement[:60], goal.id)
        self.next_review.setText(uk_date(item.next_review_on or self.context.next_review_on))
        self._fill_actions()
        self.go_to_step(step_key)

    # ---- steps ---------------------------------------------------------------------------------------------
    def step_index(self) -> int:
        return next(i for i, s in enumerate(self.steps) if s.key == self.step_key)

    def step_by(self, offset: int) -> None:
        target = self.step_index() + offset
        if 0 <= target < len(self.steps):
            self.go_to_step(self.steps[target].key)
        elif target >= len(self.steps):
            self.next_person()

    def go_to_step(self, key: str) -> None:
        if self.item is None or self.context is None:
            return
        if key != self.step_key:
            self.save_notes()
        self.step_key = key
        index = self.step_index()
        step = self.steps[index]
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.prompt.setText(f"{step.prompt}  <span style='color:#4c6272;font-size:9pt'>({escape(step.source)})</span>")
        self.content.setText(self._step_content(key))
        self.notes.setPlainText(self.item.notes.get(key, ""))
        self.hat_row.setVisible(key == "recovery_hat")
        self.actions_box.setVisible(key == "actions")
        self.review_box.setVisible(key == "next_review")
        self.back_button.setEnabled(index > 0)
        self.forward_button.setText("Next step ▶" if index < len(self.steps) - 1 else "Next person ▶")
        self.services.meetings.move_to(self.meeting.id, self.item.id, key)
        self.refresh_shared()

    def _step_content(self, key: str) -> str:
        c = self.context
        assert c is not None
        def para(title: str, text: str) -> str:
            return f"<p><b>{escape(title)}</b><br>{escape(text).replace(chr(10), '<br>') or '<i>Not recorded yet.</i>'}</p>"
        if key == "who":
            return para("Strengths, in their words", c.strengths) + para("Roles that matter to them", c.valued_roles)
        if key == "what_they_want":
            if not c.goals:
                return "<p><i>No recovery goals recorded yet. What do they want for their life?</i></p>"
            rows = []
            for g in c.goals:
                state = "achieved ★" if g.status == "achieved" else (f"target {uk_date(g.target_date)}"
                                                                      if g.target_date else g.status)
                latest = f"<br><span style='color:#4c6272'>Latest: {escape(g.progress)}</span>" if g.progress else ""
                rows.append(f"<li>“{escape(g.statement)}” — {state}{latest}</li>")
            return "<ul>" + "".join(rows) + "</ul>"
        if key == "recovery_hat":
            prompts = "".join(
                f"<li>{escape(p.text)} <a href='ap:{p.action_points[0] if p.action_points else 62}'>"
                f"(action point{'s' if len(p.action_points) > 1 else ''} "
                f"{', '.join(str(n) for n in p.action_points)})</a></li>" for p in hat_prompts())
            wearer = self.meeting.staff_name(self.item.hat_wearer_id) if self.item else ""
            return f"<p><b>{escape(wearer)}</b> wears the recovery hat.</p><ul>{prompts}</ul>"
        if key == "safety_positive_risk":
            risks = "".join(f"<li>{escape(r)}</li>" for r in c.risk_plans_due) or "<li>None due for review.</li>"
            return (para("Crisis plan", c.crisis_plan) + para("Early warning signs, in their words",
                                                              c.early_warning_signs)
                    + f"<p><b>Positive risk-taking plans due for review</b></p><ul>{risks}</ul>")
        if key == "actions":
            return "<p>Who will do what, and by when? Link each action to one of their goals where you can.</p>"
        last = uk_date(c.last_reviewed) if c.last_reviewed else "not reviewed in a meeting before"
        return f"<p>Last reviewed: {last}. Current next review date: {uk_date(c.next_review_on) or 'not set'}.</p>"

    def _open_reference(self, link: str) -> None:
        number = int(link.split(":")[1]) if link.startswith("ap:") else None
        try:
            from recovery_desk.gui.reference_dialog import show_reference
        except ImportError:  # the reference library arrives with the outcomes release
            self.status.setText(f"Action point {number}: see 100 ways to support recovery (Slade, 2013).")
            return
        show_reference(self, self.services, action_point=number)

    # ---- saving as we go ----------------------------------------------------------------------------------
    def save_notes(self) -> bool:
        if self.item is None:
            return True
        text = self.notes.toPlainText()
        if text == self.item.notes.get(self.step_key, ""):
            return True
        try:
            self.services.meetings.save_note(self.item.id, self.step_key, text)
        except (ValidationFailed, NotFound) as exc:
            self.status.setText(" ".join(getattr(exc, "problems", {}).values()) or str(exc))
            return False
        self.item.notes[self.step_key] = text
        return True

    def _pass_hat(self) -> None:
        if self.item is None:
            return
        staff_id = self.hat_combo.currentData()
        if staff_id == self.item.hat_wearer_id:
            return
        self.services.meetings.pass_hat(self.item.id, staff_id)
        self._reload()
        self.go_to_step(self.step_key)
        self.status.setText(f"The recovery hat passes to {self.hat_combo.currentText()}.")

    def _fill_actions(self) -> None:
        actions = self.context.open_actions if self.context else ()
        self.actions_table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for col, text in enumerate((action.description, action.owner, uk_date(action.due_on), action.goal)):
                self.actions_table.setItem(row, col, QTableWidgetItem(text))

    def add_action(self) -> None:
        if self.item is None:
            return
        dates, problems = read_uk_dates({"due_on": self.action_due.text()})
        if problems:
            self.action_error.setText(problems["due_on"])
            return
        try:
            self.services.meetings.add_action(self.item.person_id, self.action_text.text(),
                                              self.action_owner.currentData(), dates["due_on"], item_id=self.item.id,
                                              goal_id=self.action_goal.currentData())
        except ValidationFailed as exc:
            self.action_error.setText(" ".join(exc.problems.values()))
            return
        self.action_error.clear()
        self.action_text.clear()
        self.action_due.clear()
        self.context = self.services.meetings.review_context(self.item.person_id)
        self._fill_actions()
        self.refresh_shared()

    def finish_review(self) -> bool:
        if self.item is None:
            return False
        dates, problems = read_uk_dates({"next_review_on": self.next_review.text()})
        if problems:
            self.review_error.setText(problems["next_review_on"])
            return False
        try:
            if dates["next_review_on"] is not None:
                self.services.meetings.set_next_review(self.item.id, dates["next_review_on"])
            self.save_notes()
            self.services.meetings.finish_item(self.item.id)
        except (ValidationFailed, NotFound) as exc:
            self.review_error.setText(" ".join(getattr(exc, "problems", {}).values()) or str(exc))
            return False
        self.review_error.clear()
        self._reload()
        self.next_person()
        return True

    def next_person(self, skip: bool = False) -> None:
        if self.item is None:
            return
        self.save_notes()
        if skip:
            self.services.meetings.finish_item(self.item.id, skipped=True)
            self._reload()
        waiting = [i for i in self.meeting.items if i.status == "waiting" and i.id != self.item.id]
        later = [i for i in waiting if i.position > self.item.position] or waiting
        if not later:
            self.status.setText("Everyone on the agenda has been reviewed. Finish the meeting when you are ready.")
            return
        self.open_item(later[0].id, self.steps[0].key)

    # ---- timer ------------------------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.item is None:
            return
        elapsed = (datetime.now() - self._item_started).total_seconds()
        allotted = self.item.minutes * 60
        over = elapsed > allotted
        text = f"{_minutes(elapsed)} of {self.item.minutes}:00" + (" — time to move on gently" if over else "")
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #a4262c; font-weight: 600;" if over else "color: #4c6272;")
        self.shared.show_time(text, over)

    # ---- the shared screen ------------------------------------------------------------------------------------
    def _fill_screens(self) -> None:
        chosen = self.screen_combo.currentData()
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        screens = QGuiApplication.screens()
        for n, screen in enumerate(screens, start=1):
            geometry = screen.geometry()
            self.screen_combo.addItem(f"Screen {n}: {screen.name()} ({geometry.width()}×{geometry.height()})",
                                      screen.name())
        index = self.screen_combo.findData(chosen)
        if index < 0 and len(screens) > 1:
            index = next((i for i, s in enumerate(screens) if s is not QGuiApplication.primaryScreen()), 0)
        self.screen_combo.setCurrentIndex(max(index, 0))
        self.screen_combo.blockSignals(False)

    def chosen_screen(self):
        name = self.screen_combo.currentData()
        return next((s for s in QGuiApplication.screens() if s.name() == name), QGuiApplication.primaryScreen())

    def refresh_shared(self) -> None:
        if self.item is None or self.context is None:
            return
        view = shared_view(self.meeting, self.item, self.step_key, self.context,
                           initials_only=self.initials_only.isChecked())
        self.shared.show_view(view)

    def toggle_shared(self) -> None:
        self.shared_button.setChecked(not self.shared_button.isChecked())

    def _shared_toggled(self, on: bool) -> None:
        if on:
            self.refresh_shared()
            self.shared.show_on(self.chosen_screen())
            single = len(QGuiApplication.screens()) == 1
            self.status.setText("Shared screen is showing" + (": press F11 to come back to this view." if single else "."))
        else:
            self.shared.hide()
            self.activateWindow()

    def _screen_lost(self) -> None:
        self.shared_button.blockSignals(True)
        self.shared_button.setChecked(False)
        self.shared_button.blockSignals(False)
        self.status.setText("The shared screen was unplugged. The meeting carries on here; nothing is lost.")

    # ---- finishing -------------------------------------------------------------------------------------------
    def finish_meeting(self) -> None:
        self.save_notes()
        waiting = sum(1 for i in self.meeting.items if i.status == "waiting")
        if waiting:
            answer = QMessageBox.question(
                self, "Finish the meeting",
                f"{waiting} {'person has' if waiting == 1 else 'people have'} not been reviewed yet. Finish anyway? "
                "They stay on the caseload and can go on the next agenda.")
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.meeting = self.services.meetings.finish(self.meeting.id)
        except (ConflictError, NotFound) as exc:
            self.status.setText(str(exc))
            return
        self.shared.hide()
        self.timer.stop()
        self.finished.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Closing without finishing keeps the meeting in progress, so it can be resumed.
        self.save_notes()
        self.shared.close()
        self.timer.stop()
        event.accept()
        self.closed.emit()
