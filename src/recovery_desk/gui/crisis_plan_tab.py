"""The Crisis plan tab: the joint crisis plan, written with the person, agreed and printed."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationFailed
from recovery_desk.gui.crisis_plan_dialogs import AgreePlanDialog, PlanCopyDialog
from recovery_desk.gui.language_check import check_language
from recovery_desk.gui.one_pass import WrappedLabel, lay_out_items_now
from recovery_desk.gui.pdf_output import print_document, save_document_as_pdf
from recovery_desk.gui.person_tab import PersonTab
from recovery_desk.gui.plain_cells import Emphasis, Line, PlainLines
from recovery_desk.gui.widgets import ERROR_STYLE, EmptyState, show_error
from recovery_desk.printing.crisis_plan_pdf import render_crisis_plan
from recovery_desk.printing.house import RenderResult
from recovery_desk.services.bundle import Services
from recovery_desk.services.caseload import PersonRecord
from recovery_desk.services.crisis_plan_views import CrisisPlanView, PlanSection
from recovery_desk.services.crisis_plans import PlanVersionSummary

THEIR_WORDS_STYLE = ("QPlainTextEdit { background: #ffffff; border: 1px solid #aeb7bd; border-left: 4px solid #005eb8;"
                     " font-size: 11pt; padding: 2px; }")
STAFF_NOTES_STYLE = ("QPlainTextEdit { background: #f0f4f5; border: 1px dashed #aeb7bd; color: #33424b;"
                     " font-size: 9pt; padding: 2px; }")
OUT_OF_DATE = Emphasis(colour=QColor(Qt.GlobalColor.darkRed))  # a copy someone holds of a replaced version


class SectionEditor(QGroupBox):
    """One section: help, the person's words, and staff notes, visibly different."""

    def __init__(self, section: PlanSection, parent: QWidget | None = None):
        super().__init__(section.title + ("  *" if section.required_to_agree else ""), parent)
        self.key = section.key
        layout = QVBoxLayout(self)
        help_text = WrappedLabel(section.help)
        help_text.setStyleSheet("color: #4c6272;")
        layout.addWidget(help_text)
        if section.prompts:
            prompts = WrappedLabel("<br>".join(f"• {escape(p)}" for p in section.prompts))
            prompts.setStyleSheet("color: #4c6272; font-size: 9pt;")
            layout.addWidget(prompts)
        theirs_label = QLabel("In their words")
        theirs_label.setStyleSheet("font-weight: 600; color: #005eb8;")
        self.their_words = QPlainTextEdit()
        self.their_words.setAccessibleName(f"{section.title} — in their words")
        self.their_words.setStyleSheet(THEIR_WORDS_STYLE)
        self.their_words.setTabChangesFocus(True)
        self.their_words.setMinimumHeight(70)
        self.their_words.setMaximumHeight(150)
        theirs_label.setBuddy(self.their_words)
        notes_label = QLabel("Staff notes")
        notes_label.setStyleSheet("font-weight: 600; color: #4c6272; font-size: 9pt;")
        self.staff_notes = QPlainTextEdit()
        self.staff_notes.setAccessibleName(f"{section.title} — staff notes")
        self.staff_notes.setStyleSheet(STAFF_NOTES_STYLE)
        self.staff_notes.setTabChangesFocus(True)
        self.staff_notes.setMaximumHeight(60)
        notes_label.setBuddy(self.staff_notes)
        check_language(self.staff_notes)  # staff words only: the person's own words are never checked
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        for widget in (theirs_label, self.their_words, notes_label, self.staff_notes, self.error):
            layout.addWidget(widget)

    def load(self, section: PlanSection, read_only: bool) -> None:
        for editor, text in ((self.their_words, section.their_words), (self.staff_notes, section.staff_notes)):
            document = editor.document()
            # The same words, never edited here, are left as they are (no new layout: most staff
            # notes are empty). Anything typed is replaced, so undo cannot bring back words
            # typed for someone else: the document's setPlainText empties the undo history and
            # scrolls back to the top. It is the document's, not the editor's, which would also
            # lay the first line out at once to keep the cursor in sight (a box below the fold is
            # laid out when scrolled to): a third of filling a plan. The cursor is left after
            # the words, where anything added would go.
            if editor.toPlainText() != text or document.isUndoAvailable() or document.isRedoAvailable():
                document.setPlainText(text)
            if editor.isReadOnly() != read_only:
                editor.setReadOnly(read_only)
        self.show_error("")

    def texts(self) -> tuple[str, str]:
        return self.their_words.toPlainText(), self.staff_notes.toPlainText()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def save_due_plans(services: Services, folder: Path, progress, cancelled) -> list[Path]:
    """Background job: a PDF of every agreed plan whose review date has passed."""
    written: list[Path] = []
    plan_ids = services.crisis_plans.due_for_review()
    for done, plan_id in enumerate(plan_ids):
        if cancelled():
            break
        plan = services.crisis_plans.get(plan_id, audit_view=False)
        target = folder / f"Crisis plan - {plan.person_name} - version {plan.version_no}.pdf"
        render_crisis_plan(plan, target, printed_on=services.ctx.today())
        services.crisis_plans.record_print(plan, how="saved as PDF (plans due for review)")
        written.append(target)
        progress(done + 1, len(plan_ids))
    return written


class CrisisPlanTab(PersonTab):
    title = "Crisis plan"
    draft_noun = "crisis plan"
    status_message = Signal(str)
    plan_status_changed = Signal()  # a plan was started or agreed: the caseload's status column changes

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.plan: CrisisPlanView | None = None
        self._loaded: dict[str, tuple[str, str]] = {}

        self.no_plan = EmptyState("No crisis plan yet",
                                  "A joint crisis plan is written with the person while they are well, so that "
                                  "their wishes lead if a crisis comes (100 Ways, Section 7). Start one together.",
                                  "Start a crisis plan")
        self.no_plan.action_clicked.connect(self.start_or_new_version)
        self.set_content(self.no_plan)

        self.status = WrappedLabel()
        self.status.setObjectName("planStatus")
        self.status.setAccessibleName("Plan status")
        self.save_button = QPushButton("Save draft")
        self.agree_button = QPushButton("Agree…")
        self.new_version_button = QPushButton("Make a new version")
        self.print_button = QPushButton("Print…")
        self.pdf_button = QPushButton("Save as PDF…")
        self.large_print = QCheckBox("Large print")
        self.large_print.setAccessibleName("Large print")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for widget in (self.save_button, self.agree_button, self.new_version_button, self.large_print,
                       self.print_button, self.pdf_button):
            bar.addWidget(widget)

        self.editors: dict[str, SectionEditor] = {}
        sections_page = QWidget()
        sections_layout = QVBoxLayout(sections_page)
        for template in services.crisis_plans.templates():
            blank = PlanSection(template.key, template.title, template.help, template.prompts, "", "",
                                template.required_to_agree)
            editor = SectionEditor(blank)
            self.editors[template.key] = editor
            sections_layout.addWidget(editor)
        sections_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sections_page)
        self.scroll = scroll

        self.versions = PlainLines("Versions")
        self.copies = PlainLines("Who has a copy")
        self.add_copy_button = QPushButton("Record a copy given…")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>Versions</b>"))
        side_layout.addWidget(self.versions, 2)
        side_layout.addWidget(QLabel("<b>Who has a copy</b>"))
        side_layout.addWidget(self.copies, 1)
        side_layout.addWidget(self.add_copy_button)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        self.editor_page = QWidget()
        page_layout = QVBoxLayout(self.editor_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(bar)
        page_layout.addWidget(splitter, 1)
        self.set_content(self.editor_page)

        self.save_button.clicked.connect(self.save_draft)
        self.agree_button.clicked.connect(self.agree)
        self.new_version_button.clicked.connect(self.start_or_new_version)
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.add_copy_button.clicked.connect(self.record_copy)
        self.versions.itemActivated.connect(self._open_version)
        self.versions.itemClicked.connect(self._open_version)

    # ---- loading --------------------------------------------------------------------------
    def load(self, record: PersonRecord) -> None:
        opened = self.services.crisis_plans.open_for_person(record.id)
        if opened.plan is None:
            self.plan = None
            self.show_nothing_yet(self.no_plan, f"No crisis plan yet for {record.called}")
            return
        self.show_plan(opened.plan, opened.history)

    def show_plan(self, plan: CrisisPlanView, history: list[PlanVersionSummary] | None = None) -> None:
        """Show ``plan``; ``history`` is its person's versions when already read with it."""
        self.plan = plan
        read_only = not plan.is_draft or not self._can_edit()
        for section in plan.sections:
            self.editors[section.key].load(section, read_only)
        self._loaded = {key: editor.texts() for key, editor in self.editors.items()}
        self.status.setText(self._status_text(plan))
        self.save_button.setVisible(plan.is_draft)
        self.agree_button.setVisible(plan.is_draft)
        self.save_button.setEnabled(self._can_edit())
        self.agree_button.setEnabled(self._can_edit())
        self.new_version_button.setVisible(not plan.is_draft and plan.status == "agreed")
        self.new_version_button.setEnabled(self._can_edit())
        self.add_copy_button.setEnabled(self._can_edit() and not plan.is_draft)
        self._fill_versions(plan, self.services.crisis_plans.history(plan.person_id) if history is None else history)
        self._fill_copies(plan)
        lay_out_items_now(self.versions, self.copies)
        self.stack.setCurrentWidget(self.editor_page)

    def _status_text(self, plan: CrisisPlanView) -> str:
        today = self.services.ctx.today()
        if plan.is_draft:
            return (f"<b>Version {plan.version_no} — draft, not agreed yet.</b> Fields marked * need the person's "
                    "words before it can be agreed.")
        text = (f"<b>Version {plan.version_no} — agreed {uk_date(plan.agreed_on)}</b>"
                f" · review by {uk_date(plan.review_by)}")
        if plan.status == "superseded":
            return f"<b>Version {plan.version_no} — superseded.</b> This is an old version, kept for the record."
        if plan.review_by and plan.review_by < today:
            text += " · <span style='color:#a4262c'><b>review overdue</b></span>"
        return text + ". An agreed plan never changes: make a new version to change it."

    def _fill_versions(self, plan: CrisisPlanView, history: list[PlanVersionSummary]) -> None:
        lines = []
        for summary in history:
            label = f"Version {summary.version_no}: {summary.status}"
            if summary.agreed_on:
                label += f" {uk_date(summary.agreed_on)}"
            changed = ", ".join(summary.changed_sections) or "no section changes"
            lines.append(Line(label, Emphasis(bold=summary.id == plan.id), f"Changed: {changed}", summary.id))
        self.versions.set_lines(lines)

    def _fill_copies(self, plan: CrisisPlanView) -> None:
        lines = []
        for copy in plan.copies:
            label = f"{copy.holder} — version {copy.plan_version_no}, {uk_date(copy.given_on)}"
            if copy.out_of_date:
                lines.append(Line(label + "  (out of date: give them the new version)", OUT_OF_DATE))
            else:
                lines.append(Line(label))
        self.copies.set_lines(lines or [Line("No copies recorded yet.")])

    def _open_version(self, item: QListWidgetItem) -> None:
        plan_id = item.data(Qt.ItemDataRole.UserRole)
        if plan_id is None or (self.plan and plan_id == self.plan.id):
            return
        if self.has_unsaved_changes():
            self.save_quietly()
        self.show_plan(self.services.crisis_plans.get(plan_id))

    # ---- editing --------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self.plan is None or not self.plan.is_draft:
            return False
        return any(editor.texts() != self._loaded.get(key) for key, editor in self.editors.items())

    def _changed_texts(self) -> dict[str, tuple[str, str]]:
        return {key: editor.texts() for key, editor in self.editors.items() if editor.texts() != self._loaded.get(key)}

    def save_draft(self) -> bool:
        if self.plan is None or not self.plan.is_draft:
            return True
        for editor in self.editors.values():
            editor.show_error("")
        try:
            saved = self.services.crisis_plans.save_draft(self.plan.id, self.plan.version, self._changed_texts())
        except ValidationFailed as exc:
            for key, message in exc.problems.items():
                editor = self.editors.get(key.split(":")[0])
                if editor is not None:
                    editor.show_error(message)
                    self.scroll.ensureWidgetVisible(editor)
            self.status.setText(f"<span style='color:#a4262c'><b>Not saved:</b> "
                                f"{escape(next(iter(exc.problems.values())))}</span>")
            return False
        except (ConflictError, NotFound, PermissionDenied) as exc:
            self.status.setText(f"<span style='color:#a4262c'><b>Not saved.</b> {escape(str(exc))}</span>")
            return False
        self.show_plan(saved)
        self.status_message.emit(f"Saved the draft of {saved.called}'s crisis plan.")
        return True


    def start_or_new_version(self) -> None:
        if self.person is None:
            return
        try:
            plan = self.services.crisis_plans.start_draft(self.person.id)
        except (PermissionDenied, NotFound) as exc:
            show_error(self, "Crisis plan", str(exc))
            return
        self.show_plan(plan)
        self.plan_status_changed.emit()
        first = next(iter(self.editors.values()))
        first.their_words.setFocus()

    def agree(self) -> None:
        if self.plan is None or self.person is None or not self.save_draft():
            return
        dialog = AgreePlanDialog(self.services, self.plan, self.person, self)
        if dialog.exec() and dialog.saved:
            self.show_plan(dialog.saved)
            self.plan_status_changed.emit()
            self.status_message.emit(f"Version {dialog.saved.version_no} of the plan is agreed.")

    def record_copy(self) -> None:
        if self.plan is None or self.person is None:
            return
        dialog = PlanCopyDialog(self.services, self.plan, self.person, self)
        if dialog.exec() and dialog.saved:
            self.show_plan(dialog.saved)

    # ---- printing ---------------------------------------------------------------------------
    def _render(self, destination: Path) -> RenderResult | None:
        if self.plan is None or (self.plan.is_draft and not self.save_draft()):
            return None
        return render_crisis_plan(self.plan, destination, large_print=self.large_print.isChecked(),
                                  printed_on=self.services.ctx.today())

    def save_pdf(self) -> None:
        if self.plan is None:
            return
        saved = save_document_as_pdf(self, self._render, title="Save the crisis plan as a PDF",
                                     suggested_name=f"Crisis plan - {self.plan.person_name} - "
                                                    f"version {self.plan.version_no}.pdf")
        if saved is not None:
            self.services.crisis_plans.record_print(self.plan, how="saved as PDF")
            self.status_message.emit(f"Saved {saved.name}.")

    def print_plan(self) -> None:
        if self.plan is None:
            return
        if print_document(self, self._render, title=f"Crisis plan — {self.plan.called}"):
            self.services.crisis_plans.record_print(self.plan, how="printed")
            self.status_message.emit("The crisis plan was sent to the printer.")
