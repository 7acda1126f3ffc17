"""A person's crisis plan status, as the caseload and the meeting agenda show it."""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select

from recovery_desk.services.crisis_plan_views import AGREED, DRAFT
from recovery_desk.store.models import CrisisPlan


def plan_status(agreed_review_by: date | None, has_agreed: bool, has_draft: bool, today: date) -> str:
    """none / draft / agreed / review overdue. An agreed plan stays in force while a new draft is written."""
    if has_agreed:
        return "review overdue" if agreed_review_by is not None and agreed_review_by < today else "agreed"
    return "draft" if has_draft else "none"


def status_query():
    """One row per person who has a plan: (person_id, agreed plan's review date, has agreed, has draft)."""
    return (
        select(
            CrisisPlan.person_id,
            func.max(case((CrisisPlan.status == AGREED, CrisisPlan.review_by))),
            func.max(case((CrisisPlan.status == AGREED, 1), else_=0)),
            func.max(case((CrisisPlan.status == DRAFT, 1), else_=0)),
        ).group_by(CrisisPlan.person_id)
    )
