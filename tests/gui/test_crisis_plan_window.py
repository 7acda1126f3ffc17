"""Writing, agreeing, versioning and printing a joint crisis plan through the window."""
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pypdf import PdfReader

from recovery_desk.domain.people import PersonDraft
from recovery_desk.gui.crisis_plan_dialogs import AgreePlanDialog
from tests.gui.helpers import button, field


def pdf_pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def open_plan_tab(window, family_name):
    window.caseload_tab.reload()
    window.caseload_tab.search.setText(family_name)
    window.caseload_tab.table.selectRow(0)
    window.ui.tabs.setCurrentWidget(window.crisis_plan_tab)
    return window.crisis_plan_tab


def test_write_agree_version_and_print_a_plan(open_window, run_dialog, monkeypatch, tmp_path):
    window = open_window(demo=True, people=4)
    window.services.caseload.save(PersonDraft(given_name="Łukasz", family_name="Zoë-Siânworth",
                                              preferred_name="Łukasz"))
    tab = open_plan_tab(window, "Siânworth")
    assert "No crisis plan yet for Łukasz" in tab.no_plan.title.text()
    button(tab, "Start a crisis plan").click()

    words = {}
    for template in window.services.crisis_plans.templates():
        text = f"{template.key.replace('_', ' ')} in Siân's words ({template.key})"
        field(tab, f"{template.title} — in their words").setPlainText(text)
        words[template.key] = text
    field(tab, "What helps me — staff notes").setPlainText("Zoë from the team suggests a morning call")
    button(tab, "Save draft").click()
    assert "draft" in tab.status.text()

    def agree(dialog):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "taken part and signed" in dialog.ui.formError.text()
        field(dialog, "The person took part and signed it").setChecked(True)
        field(dialog, "Anything the team could not agree to, and why").setPlainText(
            "Daily home visits: the team cannot offer them at weekends")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    run_dialog(AgreePlanDialog, agree)
    button(tab, "Agree…").click()
    assert tab.plan.status == "agreed" and tab.plan.version_no == 1
    agreed_id = tab.plan.id
    refusals = field(tab, "Treatments I do not want — in their words")
    assert refusals.isReadOnly(), "an agreed plan is shown read-only"

    button(tab, "Make a new version").click()
    assert tab.plan.version_no == 2 and tab.plan.is_draft
    field(tab, "Treatments I do not want — in their words").setPlainText("No depot injections, and no ECT")
    window.ui.actionSave.trigger()  # Ctrl+S
    assert window.services.crisis_plans.get(agreed_id).section("treatment_refusals").their_words == \
        words["treatment_refusals"], "the agreed version never changes"
    assert window.caseload_tab.model.row_at(0).crisis_plan_status == "agreed"

    draft_pdf = tmp_path / "draft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(draft_pdf), "PDF (*.pdf)"))
    button(tab, "Save as PDF…").click()
    pages = pdf_pages(draft_pdf)
    text = " ".join(pages)
    assert all("DRAFT" in page for page in pages)
    assert "No depot injections, and no ECT" in text
    assert "Łukasz" in text and "Zoë-Siânworth" in text

    # The agreed version, printed from the history: every section, the version, the signature lines.
    for row in range(tab.versions.count()):
        if "Version 1" in tab.versions.item(row).text():
            tab.versions.itemClicked.emit(tab.versions.item(row))
    assert tab.plan.id == agreed_id
    agreed_pdf = tmp_path / "agreed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(agreed_pdf), "PDF (*.pdf)"))
    button(tab, "Save as PDF…").click()
    pages = pdf_pages(agreed_pdf)
    text = " ".join(pages)
    assert not any("DRAFT" in page for page in pages)
    for key, value in words.items():
        assert value in text, key
    assert "Zoë from the team suggests a morning call" in text
    assert "Daily home visits" in text
    assert re.search(r"Version 1", text)
    assert "Signed (me)" in text and "Signed (care coordinator)" in text
    assert f"Page 1 of {len(pages)}" in text

    from recovery_desk.services import audit

    window.services.become(window.services.actor)
    exports = [r for r in audit.list_events(_admin(window), action="export") if r.entity == "crisis_plan"]
    assert len(exports) == 2


def _admin(window):
    from dataclasses import replace

    from recovery_desk.domain.staff import Role

    ctx = replace(window.services.ctx)
    ctx.actor = replace(window.services.actor, role=Role.ADMINISTRATOR)
    return ctx


def test_leaving_a_person_saves_their_draft(open_window):
    window = open_window(demo=True, people=4)
    tab = open_plan_tab(window, "")
    button(tab, "Start a crisis plan").click()
    field(tab, "My early warning signs — in their words").setPlainText("Staying in bed all day")
    person_id = tab.person.id
    window.caseload_tab.table.selectRow(1)
    assert tab.person.id != person_id
    plan = window.services.crisis_plans.current(person_id)
    assert plan.section("early_warning_signs").their_words == "Staying in bed all day"


def test_read_only_staff_cannot_start_a_plan(open_window):
    window = open_window(demo=True, user="a.reader", people=4)
    tab = open_plan_tab(window, "")
    assert not tab.no_plan.button.isEnabled()


def test_plans_due_for_review_are_saved_in_the_background(open_window, monkeypatch, tmp_path, qtbot, clock):
    from datetime import timedelta

    from PySide6.QtCore import QThreadPool

    from tests.db.test_crisis_plans import REQUIRED, agree_details

    window = open_window(demo=True, people=6)
    services = window.services
    rows = services.caseload.list_rows()[:3]
    for i, row in enumerate(rows):
        draft = services.crisis_plans.start_draft(row.id)
        draft = services.crisis_plans.save_draft(draft.id, draft.version, REQUIRED)
        services.crisis_plans.agree(draft.id, draft.version, agree_details(
            services, review_by=services.ctx.today() + timedelta(days=10 * (i + 1))))
    clock.advance(days=15)  # the first plan is now overdue for review; the others are not
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.ui.actionPrintDuePlans.trigger()
    assert QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.waitUntil(lambda: "Saved 1 crisis plan due" in window.statusBar().currentMessage(), timeout=5000)
    [pdf] = tmp_path.glob("*.pdf")
    assert rows[0].family_name in pdf.name


def test_printing_paints_every_page_and_a_missing_printer_is_explained(open_window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from recovery_desk.gui import pdf_output
    from recovery_desk.gui.pdf_output import paint_pdf

    window = open_window(demo=True, people=4)
    tab = open_plan_tab(window, "")
    button(tab, "Start a crisis plan").click()
    field(tab, "My early warning signs — in their words").setPlainText("Not sleeping " * 900)
    button(tab, "Save draft").click()

    shown = []
    monkeypatch.setattr(pdf_output, "show_error", lambda _parent, title, message: shown.append((title, message)))
    button(tab, "Print…").click()  # the offscreen test machine has no printers
    assert shown and "No printer is set up" in shown[0][1] and "Save as PDF" in shown[0][1]

    pdf = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF (*.pdf)"))
    button(tab, "Save as PDF…").click()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_pdf(pdf, printer)
    assert pages == len(PdfReader(str(pdf)).pages) > 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages


def test_undo_never_brings_back_words_typed_for_someone_else(open_window):
    """A box whose words are the same for the next person is left as it is only if nothing was typed in it."""
    window = open_window(demo=True, people=4)
    plans = window.services.crisis_plans
    first, second = [r for r in window.services.caseload.list_rows()
                     if r.discharged_on is None and plans.current(r.id) is None][:2]
    for person in (first, second):
        draft = plans.start_draft(person.id)
        plans.save_draft(draft.id, draft.version, {"early_warning_signs": ("Not sleeping", "")})
    window.caseload_tab.reload()
    assert window.caseload_tab.select_person(first.id)
    window.ui.tabs.setCurrentWidget(window.crisis_plan_tab)
    tab = window.crisis_plan_tab
    box = field(tab, "My early warning signs — in their words")
    box.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(box, "!")
    QTest.keyClick(box, Qt.Key.Key_Backspace)  # typed, then typed back to the same words
    assert box.toPlainText() == "Not sleeping" and box.document().isUndoAvailable()
    window.ui.tabs.setCurrentWidget(window.caseload_tab)
    assert window.caseload_tab.select_person(second.id)
    window.ui.tabs.setCurrentWidget(tab)
    assert tab.person.id == second.id and box.toPlainText() == "Not sleeping"
    assert not box.document().isUndoAvailable() and not box.document().isRedoAvailable()


def test_the_next_persons_words_are_shown_from_their_first_line(open_window):
    """A long box read to its end for one person starts at the top for the next, with nothing to undo."""
    window = open_window(demo=True, people=4)
    plans = window.services.crisis_plans
    first, second = [r for r in window.services.caseload.list_rows()
                     if r.discharged_on is None and plans.current(r.id) is None][:2]
    for person, sign in ((first, "Not sleeping"), (second, "Stopping calls to my sister")):
        draft = plans.start_draft(person.id)
        words = "\n".join(f"{sign}, week {n}" for n in range(1, 31))
        plans.save_draft(draft.id, draft.version, {"early_warning_signs": (words, "")})
    window.caseload_tab.reload()
    assert window.caseload_tab.select_person(first.id)
    window.ui.tabs.setCurrentWidget(window.crisis_plan_tab)
    tab = window.crisis_plan_tab
    box = field(tab, "My early warning signs — in their words")
    tab.scroll.ensureWidgetVisible(box)
    box.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(box, " and more")
    assert box.verticalScrollBar().value() > 0 and box.firstVisibleBlock().blockNumber() > 0

    window.ui.tabs.setCurrentWidget(window.caseload_tab)
    assert window.caseload_tab.select_person(second.id)  # the first person's draft is saved on leaving
    window.ui.tabs.setCurrentWidget(tab)
    assert box.toPlainText().startswith("Stopping calls to my sister, week 1\n")
    assert box.verticalScrollBar().value() == 0 and box.firstVisibleBlock().blockNumber() == 0
    assert not box.document().isUndoAvailable()
    assert plans.current(first.id).section("early_warning_signs").their_words.endswith("week 30 and more")
