"""The Outcomes window (Team ▸ Outcomes…): the team's figures as charts, filtered by care
coordinator or person and by dates, each chart savable as a PNG for a slide, the figures as CSV
and the whole view as a PDF report.

The figures are worked out in the background, so a large caseload never freezes the window;
changing a filter while they are being worked out simply shows the newer answer.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from recovery_desk.gui.audit_dialog import person_labels
from recovery_desk.gui.background import Job
from recovery_desk.gui.charts import ChartView, save_chart_png
from recovery_desk.gui.forms.ui_outcomes_window import Ui_OutcomesWindow
from recovery_desk.gui.widgets import (
    ERROR_STYLE,
    FieldErrors,
    raise_window,
    read_uk_dates,
)
from recovery_desk.printing.charts import Chart
from recovery_desk.printing.outcome_charts import (
    HOW_COUNTED,
    figure_tables,
    outcome_charts,
)
from recovery_desk.printing.outcomes_pdf import render_outcomes_report
from recovery_desk.services.bundle import Services
from recovery_desk.services.outcomes import OutcomeReport, Scope

SCOPES = (("The whole team", "team"), ("One care coordinator's caseload", "coordinator"), ("One person", "person"))
TAB_NAMES = {"recovery-goals": "Recovery goals", "crisis-plans": "Crisis plans",
             "roles-and-everyday-life": "Roles and everyday life", "team-meetings": "Team meetings",
             "recovery-hat": "Recovery hat"}
OK_STYLE = "color: #006747; font-weight: 600;"
QUIET_STYLE = "color: #4c6272;"


class ChartPage(QWidget):
    """One tab: the chart, what it counts, and the figures behind it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = ChartView()
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setStyleSheet(QUIET_STYLE)
        self.how.setAccessibleName("How this is counted")
        self.table = QTableWidget()
        self.table.setAccessibleName("Figures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.how)
        lower_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    def show_chart(self, chart: Chart, table) -> None:
        header, rows, _fractions = table
        self.view.set_chart(chart)
        self.how.setText("How this is counted: " + HOW_COUNTED[chart.key])
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels(list(header))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = QTableWidgetItem(text)
                if c:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)


class OutcomesWindow(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OutcomesWindow()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._services = services
        self.report: OutcomeReport | None = None
        self.charts: tuple[Chart, ...] = ()
        self._asked = 0  # each request's number: only the newest answer is shown
        self._job: Job | None = None
        self.errors = FieldErrors({"who": (self.ui.who, self.ui.whoError),
                                   "start": (self.ui.fromDate, self.ui.fromDateError),
                                   "end": (self.ui.toDate, self.ui.toDateError)})
        self.ui.saveResult.hide()
        self.pages: dict[str, ChartPage] = {}
        for key, name in TAB_NAMES.items():
            self.pages[key] = ChartPage()
            self.ui.charts.addTab(self.pages[key], name)
        for label, kind in SCOPES:
            self.ui.scopeKind.addItem(label, kind)
        completer = QCompleter(self.ui.who.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.who.setCompleter(completer)
        start, end = services.outcomes.default_range()
        self.ui.fromDate.setText(uk_date(start))
        self.ui.toDate.setText(uk_date(end))
        self._fill_who()
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.ui.buttons.rejected.connect(self.close)
        self.ui.scopeKind.currentIndexChanged.connect(lambda _i: (self._fill_who(), self.refresh()))
        self.ui.who.activated.connect(lambda _i: self.refresh())
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.editingFinished.connect(self.refresh)
        self.ui.savePng.clicked.connect(self.save_png)
        self.ui.saveCsv.clicked.connect(self.save_csv)
        self.ui.savePdf.clicked.connect(self.save_pdf)
        self._enable_saving(False)
        self.refresh()

    # ---- filters --------------------------------------------------------------------------------
    def _fill_who(self) -> None:
        kind = self.ui.scopeKind.currentData()
        who = self.ui.who
        who.blockSignals(True)
        who.clear()
        if kind == "coordinator":
            for member in self._services.staff.list_staff():
                who.addItem(member.display_name, member.id)
        elif kind == "person":
            for label, person_id in person_labels(self._services.caseload.list_rows()):
                who.addItem(label, person_id)
        who.setEnabled(kind != "team")
        who.lineEdit().setPlaceholderText("Everyone open to the team" if kind == "team" else "Type part of a name")
        who.blockSignals(False)

    def choose(self, kind: str, who_id: int | None = None) -> None:
        """Show one scope (used when opened for a person, and by tests)."""
        self.ui.scopeKind.setCurrentIndex(self.ui.scopeKind.findData(kind))
        if who_id is not None:
            self.ui.who.setCurrentIndex(self.ui.who.findData(who_id))
            self.refresh()

    def _scope(self) -> tuple[Scope | None, dict[str, str]]:
        kind = self.ui.scopeKind.currentData()
        if kind == "team":
            return Scope(), {}
        who = self.ui.who
        index = who.findText(who.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None, {"who": "Please choose someone from the list." if who.count() else
                          "There is nobody to choose yet."}
        who.setCurrentIndex(index)
        return Scope(kind, who.itemData(index)), {}

    # ---- working out ------------------------------------------------------------------------------
    def refresh(self) -> None:
        scope, problems = self._scope()
        dates, date_problems = read_uk_dates({"start": self.ui.fromDate.text(), "end": self.ui.toDate.text()})
        problems.update(date_problems)
        for name, message in (("start", "Please give the first day, for example 01/12/2025."),
                              ("end", "Please give the last day, for example 30/11/2026.")):
            if name not in problems and dates.get(name) is None:
                problems[name] = message
        self.errors.show(problems)
        if problems:
            self._say("The charts show the last figures worked out until the highlighted field is corrected.",
                      ERROR_STYLE)
            return
        for edit, day in ((self.ui.fromDate, dates["start"]), (self.ui.toDate, dates["end"])):
            edit.setText(uk_date(day))
        self._asked += 1
        asked, outcomes = self._asked, self._services.outcomes
        self._say("Working out the figures…", QUIET_STYLE)
        self._job = Job(lambda _progress, _cancelled: outcomes.report(scope, dates["start"], dates["end"]))
        self._job.signals.finished.connect(lambda report: self._show(asked, report))
        self._job.signals.failed.connect(lambda exc: self._failed(asked, exc))
        QThreadPool.globalInstance().start(self._job)

    def _show(self, asked: int, report: OutcomeReport) -> None:
        if asked != self._asked:
            return  # a newer request is on its way
        self.report = report
        self.charts = outcome_charts(report)
        tables = figure_tables(report)
        for chart in self.charts:
            self.pages[chart.key].show_chart(chart, tables[chart.key])
        self._say(f"{report.scope_label} · {report.period}"
                  + ("" if report.meetings.recorded else " · team meetings: not yet recorded"), "font-weight: 600;")
        self._enable_saving(True)

    def _failed(self, asked: int, exc: Exception) -> None:
        if asked != self._asked:
            return
        if isinstance(exc, ValidationFailed):
            self.errors.show(exc.problems)
            self._say("Please check the highlighted field.", ERROR_STYLE)
        elif isinstance(exc, (NotFound, PermissionDenied)):
            self._say(str(exc), ERROR_STYLE)
        else:
            self._say("The figures could not be worked out. Try again; if it keeps happening, ask your "
                      "administrator to check the database.", ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.ui.status.setStyleSheet(style)
        self.ui.status.setText(text)

    def _enable_saving(self, on: bool) -> None:
        for button in (self.ui.savePng, self.ui.saveCsv, self.ui.savePdf):
            button.setEnabled(on)

    # ---- saving -----------------------------------------------------------------------------------
    def current_chart(self) -> Chart | None:
        page = self.ui.charts.currentWidget()
        return page.view.chart if isinstance(page, ChartPage) else None

    def _ask_path(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), f"{kind} (*{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def _stem(self) -> str:
        report = self.report
        return f"outcomes-{report.scope.kind}-{report.start.isoformat()}-to-{report.end.isoformat()}"

    def save_png(self) -> None:
        chart = self.current_chart()
        if chart is None or self.report is None:
            return
        path = self._ask_path("Save the chart as a picture", f"{chart.key}-{self.report.end.isoformat()}.png",
                              "PNG images", ".png")
        if path is not None:
            self._save(path, lambda: save_chart_png(chart, path), f"chart as PNG ({chart.key})")

    def save_csv(self) -> None:
        if self.report is None:
            return
        path = self._ask_path("Save the figures as a spreadsheet", f"{self._stem()}.csv", "CSV files", ".csv")
        if path is None:
            return
        report, outcomes = self.report, self._services.outcomes

        def write() -> None:
            with path.open("w", encoding="utf-8-sig", newline="") as handle:  # opened first: no false audit entry
                handle.write(outcomes.export_csv(report))
        self._save(path, write, None)

    def save_pdf(self) -> None:
        if self.report is None:
            return
        path = self._ask_path("Save the outcomes report as a PDF", f"{self._stem()}.pdf", "PDF", ".pdf")
        if path is not None:
            report = self.report
            self._save(path, lambda: render_outcomes_report(report, path, printed_on=self._services.ctx.today()),
                       "report as PDF")

    def _save(self, path: Path, write, audited_as: str | None) -> None:
        try:
            write()
            if audited_as:
                self._services.outcomes.record_export(self.report, audited_as)
        except OSError as exc:
            reason = exc.strerror or "the file could not be written"
            self._result(f"Nothing was saved to {path}: {reason}. Please choose another folder.", ERROR_STYLE)
            return
        except PermissionDenied as exc:
            self._result(str(exc), ERROR_STYLE)
            return
        self._result(f"Saved {path}", OK_STYLE)

    def _result(self, text: str, style: str) -> None:
        self.ui.saveResult.setStyleSheet(style)
        self.ui.saveResult.setText(text)
        self.ui.saveResult.show()


def show_outcomes(parent: QWidget, services: Services, *, person_id: int | None = None) -> OutcomesWindow:
    """Open (or raise) the Outcomes window; for one person when ``person_id`` is given."""
    dialog = raise_window(parent, OutcomesWindow, lambda window: OutcomesWindow(services, window))
    if person_id is not None:
        dialog.choose("person", person_id)
    return dialog



__all__ = ["OutcomesWindow", "show_outcomes"]
