"""The crisis plan PDF beside bare reportlab doing the same text in the same font.

The baseline is a bare ``SimpleDocTemplate``: every piece of text the printed plan
carries, one ``Paragraph`` each, in the same embedded font; no details box, notes boxes,
tables, footer, page count or marking. The ratio says what the plan's layout costs on top
of simply typesetting its words.
"""
from __future__ import annotations

from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.nhs import format_nhs_number
from recovery_desk.printing.fonts import BOLD, REGULAR, register_fonts
from recovery_desk.services.crisis_plan_views import CrisisPlanView


def plan_texts(plan: CrisisPlanView) -> list[tuple[str, bool]]:
    """Every piece of text the printed plan carries, as (text, is_heading)."""
    texts: list[tuple[str, bool]] = [
        (plan.called, True), ("My joint crisis plan", True),
        (plan.person_name, False), (uk_date(plan.date_of_birth), False),
        (format_nhs_number(plan.nhs_number), False), (plan.care_coordinator, False),
        (f"Version {plan.version_no}", False), (uk_date(plan.review_by), False),
    ]
    for section in plan.sections:
        texts.append((section.title, True))
        texts.append((section.their_words or "Nothing written yet.", False))
        if section.staff_notes:
            texts.append(("Notes from the team", True))
            texts.append((section.staff_notes, False))
    texts += [("Things we could not agree on", True), (plan.not_agreed, False),
              ("Who took part in making this plan", True), (plan.facilitator, False),
              (plan.supporters_involved, False),
              ("Signed (me) Date Signed (care coordinator) Date", False)]
    texts += [(f"{c.holder} Version {c.plan_version_no} {uk_date(c.given_on)}", False) for c in plan.copies]
    return [(t, h) for t, h in texts if t]


def bare_reportlab(plan: CrisisPlanView, out: BinaryIO) -> None:
    """Bare reportlab: the same text, the same embedded font, nothing else."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=14, leading=18, spaceBefore=8)
    story = [Paragraph(escape(text).replace("\n", "<br/>"), heading if is_heading else body)
             for text, is_heading in plan_texts(plan)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
