"""Measures (Person ▸ Measures…): record a questionnaire with the person, see totals over time.

The form is built from the measure's definition file, so a measure the team loads needs no
code: one labelled choice per question, scores worked out as it is filled in.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.measures import MeasureDefinition, format_score
from recovery_desk.gui.charts import ChartView
from recovery_desk.gui.forms.ui_measures_dialog import Ui_MeasuresDialog
from recovery_desk.gui.widgets import ERROR_STYLE, FieldErrors, read_uk_dates
from recovery_desk.printing.charts import BLUE, LINE, Chart, Series
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.measures import CompletionView, MeasureInfo

NOT_ANSWERED = "Not answered"
EXAMPLE_NOTE = ("This is a made-up example that comes with Recovery Desk to show how measures work. It is not a "
                "validated questionnaire: do not use its scores to make decisions.")
QUIET_STYLE = "color: #4c6272;"
OK_STYLE = "color: #006747; font-weight: 600;"


def totals_chart(definition: MeasureDefinition, completions: list[CompletionView], called: str) -> Chart:
    low, high = definition.total.lowest_and_highest(definition)
    better = "higher is better" if definition.higher_is_better else "lower is better"
    return Chart(
        f"{definition.key}-totals", f"{definition.short_title}: {definition.total.label.lower()} over time",
        f"{called} · scores from {format_score(low)} to {format_score(high)}, {better}",
        tuple(uk_date(c.completed_on) for c in completions),
        (Series(definition.total.label, tuple(c.total for c in completions), BLUE,
                tuple(format_score(c.total) for c in completions)),),
        LINE, definition.total.label, "Date completed", top=high, bottom=low,
        empty_note=f"No completions of this measure recorded with {called} yet.")


class MeasuresDialog(QDialog):
    def __init__(self, services: Services, person: PersonRecord, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MeasuresDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._services, self.person = services, person
        self.setWindowTitle(f"Measures — {person.called}")
        self.ui.intro.setText(f"Questionnaires completed with {escape(person.called)}, and how their totals have "
                              "changed. Your team can add any measure it is licensed to use from its definition "
                              "file.")
        self.infos: list[MeasureInfo] = []
        self.answers: dict[str, QComboBox] = {}
        self.item_errors: dict[str, QLabel] = {}
        self.chart = ChartView()
        chart_layout = QVBoxLayout(self.ui.chartArea)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart)
        self.ui.splitter.setSizes([620, 520])
        self.ui.about.setStyleSheet(QUIET_STYLE)
        self.ui.loadResult.hide()
        self.ui.history.verticalHeader().hide()
        actor = services.actor
        can_edit = bool(actor and actor.role.can_edit_records)
        self.ui.recordBox.setEnabled(can_edit)
        if not can_edit:
            self.ui.recordBox.setToolTip("Your account can view records but not change them.")
        if not (actor and actor.role.can_administer):
            self.ui.loadDefinition.setEnabled(False)
            self.ui.loadDefinition.setToolTip("Only an administrator can load a measure: it is the team's "
                                              "statement that it is licensed to use it.")
        self.ui.completedOn.setText(uk_date(services.ctx.today()))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.measure.currentIndexChanged.connect(lambda _i: self.show_measure())
        self.ui.record.clicked.connect(self.record)
        self.ui.loadDefinition.clicked.connect(self.load_definition)
        self._fill_measures()

    # ---- which measure ------------------------------------------------------------------------
    def _fill_measures(self, select: tuple[str, str] | None = None) -> None:
        self.infos = self._services.measures.definitions()
        combo = self.ui.measure
        combo.blockSignals(True)
        combo.clear()
        for info in self.infos:
            combo.addItem(info.label)
        if select is not None:
            combo.setCurrentIndex(next((i for i, info in enumerate(self.infos) if (info.key, info.version) == select),
                                       0))
        combo.blockSignals(False)
        self.show_measure()

    @property
    def info(self) -> MeasureInfo | None:
        index = self.ui.measure.currentIndex()
        return self.infos[index] if 0 <= index < len(self.infos) else None

    def show_measure(self) -> None:
        info = self.info
        if info is None:
            return
        d = info.definition
        about = [escape(d.description), f"Licence: {escape(d.licence)}"]
        if d.is_example:
            about.insert(0, f"<b style='color:#8a4b00'>{EXAMPLE_NOTE}</b>")
        self.ui.about.setText("<br>".join(a for a in about if a))
        self.ui.instructions.setText(d.instructions)
        self._build_form(d)
        self.show_history()

    def _build_form(self, d: MeasureDefinition) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setVerticalSpacing(2)
        self.answers, self.item_errors = {}, {}
        for row, item in enumerate(d.items):
            label = QLabel(item.text)
            label.setWordWrap(True)
            choice = QComboBox()
            choice.setAccessibleName(item.text)
            choice.addItem(NOT_ANSWERED, None)
            for option in item.scale.options:
                shown = option.label if option.value is None else f"{option.label} ({option.value})"
                choice.addItem(shown, ("answer", option.value))
            choice.currentIndexChanged.connect(lambda _i: self._preview())
            label.setBuddy(choice)
            error = QLabel()
            error.setAccessibleName(f"{item.text} problem")
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(choice, row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 0, 1, 2)
            self.answers[item.key], self.item_errors[item.key] = choice, error
        grid.setRowStretch(len(d.items) * 2, 1)
        old = self.ui.itemsArea.takeWidget()
        if old is not None:
            old.deleteLater()
        self.ui.itemsArea.setWidget(page)
        fields = {f"item:{k}": (self.answers[k], self.item_errors[k]) for k in self.answers}
        fields["completed_on"] = (self.ui.completedOn, self.ui.completedOnError)
        self.errors = FieldErrors(fields, banner=self.ui.formError)
        self._preview()

    def given_answers(self) -> dict[str, int | None]:
        return {key: combo.currentData()[1] for key, combo in self.answers.items() if combo.currentData() is not None}

    def _preview(self) -> None:
        info = self.info
        if info is None:
            return
        scores = self._services.measures.preview(info.key, info.version, self.given_answers())
        d = info.definition
        parts = []
        for rule, result in zip(d.rules, (scores.total, *scores.subscales)):
            low, high = rule.lowest_and_highest(d)
            shown = format_score(result.value) if result.value is not None else "not scored yet"
            parts.append(f"<b>{escape(rule.label)}</b>: {shown} <span style='color:#4c6272'>"
                         f"({format_score(low)}–{format_score(high)})</span>")
        self.ui.preview.setText(f"{scores.answered} of {len(d.items)} answered · " + " · ".join(parts))

    # ---- history ------------------------------------------------------------------------------
    def show_history(self) -> None:
        info = self.info
        if info is None:
            return
        completions = self._services.measures.completions(self.person.id, info.key)
        d = info.definition
        subscales = list(d.subscales)
        headers = ["Date", "Version", d.total.label, *(s.label for s in subscales), "Recorded by"]
        table = self.ui.history
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(completions))
        for row, c in enumerate(reversed(completions)):  # newest first
            cells = [uk_date(c.completed_on), c.measure_version, format_score(c.total),
                     *(format_score(c.subscales.get(s.key)) for s in subscales), c.recorded_by]
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.chart.set_chart(totals_chart(d, completions, self.person.called))

    # ---- recording ------------------------------------------------------------------------------
    def record(self) -> None:
        info = self.info
        if info is None:
            return
        self.ui.formError.setStyleSheet(ERROR_STYLE)  # after a success it was green
        dates, problems = read_uk_dates({"completed_on": self.ui.completedOn.text()})
        if problems:
            self.errors.show(problems)
            return
        try:
            saved = self._services.measures.record(self.person.id, info.key, info.version, dates["completed_on"],
                                                   self.given_answers())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been recorded yet: please check what is "
                                                  "highlighted.")
            return
        except (NotFound, PermissionDenied) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.errors.clear()
        for combo in self.answers.values():
            combo.setCurrentIndex(0)
        self.show_history()
        self.ui.formError.setStyleSheet(OK_STYLE)
        self.ui.formError.setText(f"Recorded: {info.definition.total.label} {format_score(saved.total)} on "
                                  f"{uk_date(saved.completed_on)}.")
        self.ui.formError.show()

    # ---- loading a definition ---------------------------------------------------------------------
    def load_definition(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, "Load a measure definition", "",
                                                      "Measure definitions (*.json)")
        if not chosen:
            return
        path = Path(chosen)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self._load_result(f"{path.name} could not be read as a text file. Check it is the measure's "
                              "definition file, saved as UTF-8.", ERROR_STYLE)
            return
        try:
            info = self._services.measures.load_definition(text, path.name)
        except ValidationFailed as exc:
            self._load_result(exc.problems.get("file", " ".join(exc.problems.values())), ERROR_STYLE)
            return
        except PermissionDenied as exc:
            self._load_result(str(exc), ERROR_STYLE)
            return
        self._fill_measures(select=(info.key, info.version))
        self._load_result(f"Loaded {info.label}. It is now available to everyone in the team.", OK_STYLE)

    def _load_result(self, text: str, style: str) -> None:
        self.ui.loadResult.setStyleSheet(style)
        self.ui.loadResult.setText(text)
        self.ui.loadResult.show()
