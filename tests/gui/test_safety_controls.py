"""Controls named in the hazard log (docs/clinical-safety) that no other test proved end to end."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from pypdf import PdfReader

from recovery_desk.domain.people import PersonDraft
from recovery_desk.printing.crisis_plan_pdf import DRAFT_MARK, SUPERSEDED_MARK
from recovery_desk.services.demo import DEMO_PASSWORD
from tests.db.test_crisis_plans import REQUIRED, agree_details
from tests.gui.helpers import button, field
from tests.gui.test_crisis_plan_window import open_plan_tab


def pages_of(path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def test_a_superseded_version_printed_from_the_history_is_marked_on_every_page(open_window, monkeypatch, tmp_path):
    """H01: an old version printed by mistake can never pass for the current plan."""
    window = open_window(demo=True, people=3)
    services = window.services
    person = services.caseload.save(PersonDraft(given_name="Ffion", family_name="Supersedewell"))
    plans = services.crisis_plans
    first = plans.save_draft(plans.start_draft(person.id).id, 1, {**REQUIRED, "triggers": ("Long text " * 900, "")})
    first = plans.agree(first.id, first.version, agree_details(services))
    second = plans.start_draft(person.id)
    plans.agree(second.id, second.version, agree_details(services))

    tab = open_plan_tab(window, "Supersedewell")
    assert tab.plan.version_no == 2 and tab.plan.status == "agreed"
    old = next(tab.versions.item(r) for r in range(tab.versions.count())
               if tab.versions.item(r).text().startswith("Version 1"))
    tab.versions.itemClicked.emit(old)
    assert tab.plan.id == first.id and "superseded" in tab.status.text()
    assert field(tab, "Treatments I do not want — in their words").isReadOnly()

    printed = {}
    for name in ("old", "current"):
        printed[name] = tmp_path / f"{name}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, _p=printed[name], **k: (str(_p), "PDF (*.pdf)"))
        button(tab, "Save as PDF…").click()
        if name == "old":
            current = next(tab.versions.item(r) for r in range(tab.versions.count())
                           if tab.versions.item(r).text().startswith("Version 2"))
            tab.versions.itemClicked.emit(current)
    old_pages, current_pages = pages_of(printed["old"]), pages_of(printed["current"])
    assert len(old_pages) >= 2 and all(SUPERSEDED_MARK in page and "Version 1" in page for page in old_pages)
    assert not any(SUPERSEDED_MARK in page or DRAFT_MARK in page for page in current_pages)
    assert all("Version 2" in page for page in current_pages)


def test_an_unsaved_crisis_plan_edit_survives_the_lock_and_is_saved_on_closing(open_window, clock):
    """H07: words typed into the plan with the person are never lost to the lock or to closing."""
    window = open_window(demo=True, people=3)
    tab = open_plan_tab(window, "")
    button(tab, "Start a crisis plan").click()
    person_id = tab.person.id
    words = "I go very quiet and stop eating — typed with me, not yet saved"
    field(tab, "My early warning signs — in their words").setPlainText(words)

    clock.advance(minutes=6)
    window.lock_guard.check()
    assert window.lock_guard.locked
    [curtain] = [c for c in window.lock_guard.curtains if c.parentWidget() is window]
    curtain.secret.setText(DEMO_PASSWORD)
    curtain.button.click()
    assert not window.lock_guard.locked
    assert field(tab, "My early warning signs — in their words").toPlainText() == words
    assert tab.has_unsaved_changes()

    window.close()
    saved = window.services.crisis_plans.current(person_id)
    assert saved.section("early_warning_signs").their_words == words
