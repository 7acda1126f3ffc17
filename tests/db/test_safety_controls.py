"""Controls named in the hazard log (docs/clinical-safety) that no other test proved."""
from __future__ import annotations

from datetime import timedelta

import pytest

from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services.staff import SignInFailed, StaffDraft, actor_for
from tests.db.test_crisis_plans import REQUIRED, agree_details


def test_a_deactivated_account_cannot_unlock_a_locked_window(services):
    """H15: deactivating someone stops them at the lock screen too, not only at sign-in."""
    clinician = services.staff.save(StaffDraft(username="leaving", display_name="Lee Leaving", role=Role.CLINICIAN,
                                               secret="a long enough secret"))
    assert services.staff.unlock_check(clinician.id, "a long enough secret")
    admin = services.actor
    current = services.staff.get(clinician.id)
    services.staff.save(StaffDraft(username="leaving", display_name="Lee Leaving", role=Role.CLINICIAN,
                                   active=False, id=current.id, version=current.version))
    services.become(actor_for(clinician))  # still signed in on a laptop when the account was closed
    with pytest.raises(SignInFailed, match="deactivated"):
        services.staff.unlock_check(clinician.id, "a long enough secret")
    services.become(admin)


def test_a_crisis_plan_review_date_must_fall_after_the_day_it_was_agreed(services):
    """H09: an agreed plan always has a review date still to come."""
    person = services.caseload.save(PersonDraft(given_name="Rhys", family_name="Reviewby"))
    plans = services.crisis_plans
    draft = plans.save_draft(plans.start_draft(person.id).id, 1, REQUIRED)
    for bad in (services.ctx.today(), services.ctx.today() - timedelta(days=1)):
        with pytest.raises(ValidationFailed) as caught:
            plans.agree(draft.id, draft.version, agree_details(services, review_by=bad))
        assert "after the date the plan was agreed" in caught.value.problems["review_by"]
    assert plans.get(draft.id).status == "draft"
    agreed = plans.agree(draft.id, draft.version, agree_details(services))
    assert agreed.review_by > agreed.agreed_on
