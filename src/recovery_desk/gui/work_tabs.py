"""The per-person tabs whose full content arrives in later releases.

Each already follows the chosen person and tells staff what to do meanwhile, so the
window's shape (and every test that finds these tabs by their text) is stable.
"""
from __future__ import annotations

from recovery_desk.gui.person_tab import PersonTab


class AssessmentTab(PersonTab):
    title = "Assessment"
    not_yet_text = (
        "The strengths-based assessment (100 Ways, Box 3) is not in this release of Recovery Desk yet. "
        "Until it is, record it in your usual assessment form; nothing here needs filling in."
    )
