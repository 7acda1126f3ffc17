"""The sections of the assessment form, one box per kind of section in the template.

Each box holds the person's words and the staff notes (styled as on the crisis plan, so
the two never look alike), a "Not discussed" tick, and, when comparing, what was written
last time, read-only, in a column beside it.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.content.assessment import Section, action_point_texts
from recovery_desk.domain.dates import uk_date
from recovery_desk.gui.checkin_chart import CheckinChart
from recovery_desk.gui.crisis_plan_tab import STAFF_NOTES_STYLE, THEIR_WORDS_STYLE
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.widgets import ERROR_STYLE
from recovery_desk.services.assessment_views import AssessmentView
from recovery_desk.services.assessments import (
    AnswerDraft,
    AssessmentChanges,
    RatingDraft,
)

GOAL_SECTION = "personal_goals"  # where "Make this a recovery goal" is offered
THEIRS_LABEL_STYLE = "font-weight: 600; color: #005eb8;"
NOTES_LABEL_STYLE = "font-weight: 600; color: #4c6272; font-size: 9pt;"
HEADING_STYLE = "color: #768692; font-size: 8pt; font-weight: normal;"
HELP_STYLE = "color: #4c6272; font-weight: normal;"
PROMPT_STYLE = "color: #4c6272; font-size: 9pt; font-weight: normal;"
LAST_TIME_STYLE = "color: #768692; font-size: 9pt; font-weight: 600;"
PREVIOUS_WORDS_STYLE = (THEIR_WORDS_STYLE.replace("#ffffff", "#f4f6f7").replace("#005eb8", "#9fb6c9")
                        .replace("11pt", "10pt"))
PREVIOUS_NOTES_STYLE = STAFF_NOTES_STYLE.replace("#f0f4f5", "#f7f8f9")
NOT_RATED = "not rated"


def plain_label(text: str, style: str = HELP_STYLE, *, plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _editor(name: str, style: str, *, height: tuple[int, int]) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setAccessibleName(name)
    editor.setStyleSheet(style)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(height[0])
    editor.setMaximumHeight(height[1])
    return editor


def _previous_text(name: str, style: str, *, height: int) -> QPlainTextEdit:
    """What was written last time: plain text, read-only, visibly quieter than today's."""
    view = _editor(f"{name} — last time", style, height=(min(48, height), height))
    view.setReadOnly(True)
    view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return view


def _source_label(section: Section) -> QLabel | None:
    if not section.source:
        return None
    label = plain_label(f"Source: {section.source}", HEADING_STYLE)
    points = action_point_texts(section.action_points)
    if points:
        label.setToolTip("<br><br>".join(f"<b>Action point {n}.</b> {escape(text)}" for n, text in points))
        label.setText(label.text() + "  (hover for the action point)")
    return label


def help_layout(box: QGroupBox, section: Section) -> QVBoxLayout:
    layout = QVBoxLayout(box)
    if section.help:
        layout.addWidget(plain_label(section.help))
    return layout


def add_source(layout: QVBoxLayout, section: Section) -> None:
    source = _source_label(section)
    if source is not None:
        layout.addWidget(source)


class SectionBox(QGroupBox):
    """One section. Subclasses lay out their fields and load and collect them."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section.title, parent)
        self.section = section
        self.not_discussed = QCheckBox("Not discussed")
        self.not_discussed.setAccessibleName(f"{section.title} — not discussed")
        self.not_discussed.setToolTip("Tick this when the section was deliberately not talked about this time.")
        self.error = plain_label("", ERROR_STYLE)
        self.error.setAccessibleName(f"{section.title} problem")
        self.error.hide()
        self.last_time = plain_label("Last time", LAST_TIME_STYLE)
        self.previous_widgets: list[QWidget] = [self.last_time]
        self.previous_not_discussed = plain_label("Not discussed last time.", HEADING_STYLE)

    def load(self, view: AssessmentView, read_only: bool) -> None:
        self.not_discussed.setChecked(view.answer(self.section.key).not_discussed)
        self.not_discussed.setEnabled(not read_only)
        self.show_problem("")

    def show_previous(self, previous: AssessmentView | None) -> None:
        for widget in self.previous_widgets:
            widget.setVisible(previous is not None)
        if previous is not None:
            self.last_time.setText(f"Last time — {uk_date(previous.dated)}")
        self.previous_not_discussed.setVisible(
            previous is not None and previous.answer(self.section.key).not_discussed)

    def collect(self, changes: AssessmentChanges) -> None:
        changes.answers[self.section.key] = AnswerDraft(not_discussed=self.not_discussed.isChecked())

    def owns(self, key: str) -> bool:
        return key.split(":")[0] == self.section.key

    def show_problem(self, message: str, key: str = "") -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.not_discussed)
        row.addStretch(1)
        return row

    def _items_layout(self, last_time_column: int, stretches: dict[int, int]) -> tuple[QVBoxLayout, QGridLayout]:
        """The box's layout (help first) and a grid for a row per item, under a "Last time" heading."""
        layout = help_layout(self, self.section)
        grid = QGridLayout()
        for column, stretch in stretches.items():
            grid.setColumnStretch(column, stretch)
        grid.addWidget(self.last_time, 0, last_time_column)
        return layout, grid

    def _finish(self, layout: QVBoxLayout, *extra: QWidget) -> None:
        """"Not discussed", the problem line, anything ``extra``, then the source."""
        layout.addLayout(self._footer())
        layout.addWidget(self.error)
        for widget in extra:
            layout.addWidget(widget)
        add_source(layout, self.section)


class WrittenBox(SectionBox):
    """A Box 3 domain or the person-centred questions: one answer in their words, and staff notes."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section, parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        now = QVBoxLayout()
        if section.traditional_heading:
            now.addWidget(plain_label(f"Traditional heading: {section.traditional_heading}", HEADING_STYLE))
        if section.help:
            now.addWidget(plain_label(section.help))
        if section.prompts:
            prompts = plain_label("\n".join(f"• {p.text}" for p in section.prompts), PROMPT_STYLE)
            prompts.setToolTip(f"Gentle prompts, not a script ({section.source}).")
            now.addWidget(prompts)
        theirs_label = plain_label("In their words", THEIRS_LABEL_STYLE)
        self.their_words = _editor(f"{section.title} — in their words", THEIR_WORDS_STYLE, height=(70, 150))
        theirs_label.setBuddy(self.their_words)
        notes_label = plain_label("Staff notes", NOTES_LABEL_STYLE)
        self.staff_notes = _editor(f"{section.title} — staff notes", STAFF_NOTES_STYLE, height=(36, 60))
        notes_label.setBuddy(self.staff_notes)
        check_language(self.staff_notes)  # staff words only: the person's own words are never checked
        for widget in (theirs_label, self.their_words, notes_label, self.staff_notes):
            now.addWidget(widget)
        footer = self._footer()
        self.goal_button: QPushButton | None = None
        if section.key == GOAL_SECTION:
            self.goal_button = QPushButton("Make this a recovery goal")
            self.goal_button.setToolTip("Makes a recovery goal of the words selected here (or all of them), "
                                        "in the person's words.")
            footer.addWidget(self.goal_button)
        now.addLayout(footer)
        now.addWidget(self.error)
        if section.kind != "domain":  # ten domains share one source; it is not repeated on each
            add_source(now, section)
        grid.addLayout(now, 0, 0)

        self.previous_words = _previous_text(f"{section.title} — in their words", PREVIOUS_WORDS_STYLE, height=150)
        self.previous_notes = _previous_text(f"{section.title} — staff notes", PREVIOUS_NOTES_STYLE, height=60)
        before = QVBoxLayout()
        for widget in (self.last_time, self.previous_words, self.previous_notes, self.previous_not_discussed):
            before.addWidget(widget)
        before.addStretch(1)
        self.previous_widgets += [self.previous_words, self.previous_notes]
        grid.addLayout(before, 0, 1)

    def load(self, view: AssessmentView, read_only: bool) -> None:
        super().load(view, read_only)
        answer = view.answer(self.section.key)
        self.their_words.setPlainText(answer.their_words)
        self.staff_notes.setPlainText(answer.staff_notes)
        for editor in (self.their_words, self.staff_notes):
            editor.setReadOnly(read_only)

    def show_previous(self, previous: AssessmentView | None) -> None:
        super().show_previous(previous)
        answer = previous.answer(self.section.key) if previous else None
        self.previous_words.setPlainText(answer.their_words if answer else "")
        self.previous_notes.setPlainText(answer.staff_notes if answer else "")
        self.previous_notes.setVisible(bool(answer and answer.staff_notes))

    def collect(self, changes: AssessmentChanges) -> None:
        changes.answers[self.section.key] = AnswerDraft(self.their_words.toPlainText(),
                                                        self.staff_notes.toPlainText(), self.not_discussed.isChecked())

    def goal_words(self) -> str:
        """The words selected in "In their words", or all of them."""
        selected = self.their_words.textCursor().selectedText().replace("\u2029", "\n")
        return selected.strip() or self.their_words.toPlainText().strip()


class ReflectionBox(SectionBox):
    """The recovery tasks or the CHIME processes: a short answer in their words for each."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section, parent)
        layout, grid = self._items_layout(2, {1: 3, 2: 2})
        self.editors: dict[str, QPlainTextEdit] = {}
        self.previous: dict[str, QPlainTextEdit] = {}
        for row, item in enumerate(section.items, start=1):
            name = plain_label(item.name, "font-weight: 600;")
            about = plain_label(item.help, HEADING_STYLE)
            heading = QVBoxLayout()
            heading.setSpacing(0)
            heading.addWidget(name)
            heading.addWidget(about)
            heading.addStretch(1)
            for widget in (name, about):
                widget.setMinimumWidth(200)
                widget.setMaximumWidth(260)
            editor = _editor(item.name, THEIR_WORDS_STYLE, height=(44, 64))
            editor.setToolTip("In their words")
            name.setBuddy(editor)
            previous = _previous_text(item.name, PREVIOUS_WORDS_STYLE, height=64)
            self.editors[item.key], self.previous[item.key] = editor, previous
            self.previous_widgets.append(previous)
            grid.addLayout(heading, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(previous, row, 2)
        layout.addWidget(plain_label("In their words: where the person feels they are with each.", THEIRS_LABEL_STYLE))
        layout.addLayout(grid)
        self._finish(layout)

    def load(self, view: AssessmentView, read_only: bool) -> None:
        super().load(view, read_only)
        for key, editor in self.editors.items():
            editor.setPlainText(view.answer(f"{self.section.key}:{key}").their_words)
            editor.setReadOnly(read_only)

    def show_previous(self, previous: AssessmentView | None) -> None:
        super().show_previous(previous)
        for key, view in self.previous.items():
            view.setPlainText(previous.answer(f"{self.section.key}:{key}").their_words if previous else "")

    def collect(self, changes: AssessmentChanges) -> None:
        super().collect(changes)
        for key, editor in self.editors.items():
            changes.answers[f"{self.section.key}:{key}"] = AnswerDraft(editor.toPlainText())


class IndicatorsBox(SectionBox):
    """Valued roles and quality of life as structured answers, countable as outcomes."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section, parent)
        layout, grid = self._items_layout(2, {1: 2, 2: 2})
        self.combos: dict[str, QComboBox] = {}
        self.previous: dict[str, QLabel] = {}
        for row, item in enumerate(section.items, start=1):
            label = QLabel(item.name)
            label.setToolTip(item.help)
            combo = QComboBox()
            combo.setAccessibleName(item.name)
            combo.setToolTip(item.help)
            label.setBuddy(combo)
            previous = plain_label("", PROMPT_STYLE)
            self.combos[item.key], self.previous[item.key] = combo, previous
            self.previous_widgets.append(previous)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(previous, row, 2)
        layout.addLayout(grid)
        notes_label = plain_label("Staff notes", NOTES_LABEL_STYLE)
        self.staff_notes = _editor(f"{section.title} — staff notes", STAFF_NOTES_STYLE, height=(36, 60))
        notes_label.setBuddy(self.staff_notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.staff_notes)
        self._finish(layout)

    def load(self, view: AssessmentView, read_only: bool) -> None:
        super().load(view, read_only)
        for item in self.section.items:
            combo = self.combos[item.key]
            combo.clear()
            combo.addItem("Not recorded", "")
            for choice in item.choices:
                combo.addItem(choice, choice)
            value = view.indicators.get(item.key, "")
            if value and combo.findData(value) < 0:
                combo.addItem(f"{value} (no longer on the list)", value)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.setEnabled(not read_only)
        self.staff_notes.setPlainText(view.answer(self.section.key).staff_notes)
        self.staff_notes.setReadOnly(read_only)

    def show_previous(self, previous: AssessmentView | None) -> None:
        super().show_previous(previous)
        for key, label in self.previous.items():
            label.setText((previous.indicators.get(key) or "not recorded") if previous else "")

    def collect(self, changes: AssessmentChanges) -> None:
        changes.answers[self.section.key] = AnswerDraft("", self.staff_notes.toPlainText(),
                                                        self.not_discussed.isChecked())
        for key, combo in self.combos.items():
            changes.indicators[key] = combo.currentData() or ""

    def owns(self, key: str) -> bool:
        return super().owns(key) or (key.startswith("indicator:") and key.split(":", 1)[1] in self.combos)


class CheckinBox(SectionBox):
    """The life-domain check-in: a rating for each area, up to N to work on, and the chart over time."""

    def __init__(self, section: Section, parent: QWidget | None = None):
        super().__init__(section, parent)
        scale = section.scale
        layout, grid = self._items_layout(4, {3: 1})
        self.last_time.setWordWrap(False)
        layout.addWidget(plain_label(f"{scale.low} = {scale.low_label}, {scale.high} = {scale.high_label}. "
                                     f"Choose up to {section.max_priorities} areas to work on.", PROMPT_STYLE))
        self.spins: dict[str, QSpinBox] = {}
        self.priorities: dict[str, QCheckBox] = {}
        self.problems: dict[str, QLabel] = {}
        self.previous: dict[str, QLabel] = {}
        for row, item in enumerate(section.items, start=1):
            label = QLabel(item.name)
            spin = QSpinBox()
            spin.setRange(scale.low - 1, scale.high)
            spin.setSpecialValueText(NOT_RATED)
            spin.setAccessibleName(item.name)
            spin.setMinimumWidth(96)
            label.setBuddy(spin)
            pick = QCheckBox("Work on this")
            pick.setAccessibleName(f"{item.name} — work on this")
            pick.toggled.connect(lambda on, key=item.key: self._picked(key, on))
            problem = plain_label("", ERROR_STYLE)
            problem.setAccessibleName(f"{item.name} — work on this problem")
            problem.hide()
            previous = plain_label("", PROMPT_STYLE)
            previous.setWordWrap(False)
            self.spins[item.key], self.priorities[item.key] = spin, pick
            self.problems[item.key], self.previous[item.key] = problem, previous
            self.previous_widgets.append(previous)
            for column, widget in enumerate((label, spin, pick, problem, previous)):
                grid.addWidget(widget, row, column)
        layout.addLayout(grid)
        self.chart = CheckinChart()
        self._finish(layout, plain_label("Over time", THEIRS_LABEL_STYLE), self.chart)

    def _picked(self, key: str, on: bool) -> None:
        for label in self.problems.values():
            label.hide()
        if on and sum(box.isChecked() for box in self.priorities.values()) > self.section.max_priorities:
            box = self.priorities[key]
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
            self.show_problem(f"Up to {self.section.max_priorities} areas can be chosen to work on. "
                              "Untick one before choosing another.", f"rating:{key}")

    def load(self, view: AssessmentView, read_only: bool) -> None:
        super().load(view, read_only)
        for key, spin in self.spins.items():
            rating = view.ratings.get(key)
            spin.setValue(rating.rating if rating and rating.rating is not None else spin.minimum())
            spin.setReadOnly(read_only)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons if read_only
                                  else QSpinBox.ButtonSymbols.UpDownArrows)
            box = self.priorities[key]
            box.blockSignals(True)
            box.setChecked(bool(rating and rating.priority))
            box.blockSignals(False)
            box.setEnabled(not read_only)

    def show_previous(self, previous: AssessmentView | None) -> None:
        super().show_previous(previous)
        for key, label in self.previous.items():
            rating = previous.ratings.get(key) if previous else None
            text = str(rating.rating) if rating and rating.rating is not None else NOT_RATED
            label.setText((text + (" · chosen to work on" if rating and rating.priority else "")) if previous else "")

    def collect(self, changes: AssessmentChanges) -> None:
        super().collect(changes)
        for key, spin in self.spins.items():
            rating = spin.value() if spin.value() >= self.section.scale.low else None
            changes.ratings[key] = RatingDraft(rating, self.priorities[key].isChecked())

    def owns(self, key: str) -> bool:
        return super().owns(key) or key == "priorities" or (
            key.startswith("rating:") and key.split(":", 1)[1] in self.spins)

    def show_problem(self, message: str, key: str = "") -> None:
        area = key.split(":", 1)[1] if key.startswith("rating:") else ""
        if area in self.problems:
            self.problems[area].setText(message)
            self.problems[area].setVisible(bool(message))
        else:
            super().show_problem(message, key)
