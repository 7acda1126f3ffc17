"""Joint crisis plans: drafted, agreed, never changed once agreed, versioned, distributed."""
from datetime import date, timedelta

import pytest

from recovery_desk.domain.errors import ConflictError, ValidationFailed
from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.services.crisis_plans import AgreeDetails, CrisisPlanService

REQUIRED = {
    "early_warning_signs": ("I stop answering the phone and sleep in the day", ""),
    "what_helps": ("A walk with my sister; quiet music", "Offer a visit rather than a call"),
    "staff_do": ("Talk to me calmly and explain what is happening", ""),
    "treatment_preferences": ("Olanzapine has helped before", ""),
    "who_to_contact": ("My sister Ngozi", ""),
    "contact_numbers": ("Crisis line 0300 000 0000 (fictional)", ""),
}


@pytest.fixture
def plans(services):
    person = services.caseload.save(PersonDraft(given_name="Siân", family_name="Quillfeather"))
    return CrisisPlanService(services.ctx), person, services


def agree_details(services, **kw):
    base = dict(agreed_on=services.ctx.today(), person_took_part=True,
                care_coordinator_id=services.actor.staff_id, facilitator="Pat Outsider (advocacy service)")
    base.update(kw)
    return AgreeDetails(**base)


def test_draft_then_agree_then_new_version_leaves_the_agreed_one_untouched(plans):
    service, person, services = plans
    draft = service.start_draft(person.id)
    assert draft.version_no == 1 and draft.is_draft and all(s.is_empty for s in draft.sections)
    draft = service.save_draft(draft.id, draft.version, {**REQUIRED, "treatment_refusals": ("No depot injections", "")})
    agreed = service.agree(draft.id, draft.version, agree_details(services, not_agreed="Home visits at night: "
                                                                  "the team cannot staff them"))
    assert agreed.status == "agreed"
    assert agreed.review_by == date(2027, 5, 21)  # six months, the team's default
    with pytest.raises(ValidationFailed, match="never changes"):
        service.save_draft(agreed.id, agreed.version, {"triggers": ("Anything", "")})

    second = service.start_draft(person.id)
    assert second.version_no == 2 and second.section("treatment_refusals").their_words == "No depot injections"
    assert service.start_draft(person.id).id == second.id, "only one draft at a time"
    second = service.save_draft(second.id, second.version, {"treatment_refusals": ("No depot injections; no ECT", "")})
    first_again = service.get(agreed.id)
    assert first_again.section("treatment_refusals").their_words == "No depot injections"
    assert first_again.status == "agreed"

    service.agree(second.id, second.version, agree_details(services))
    assert service.get(agreed.id).status == "superseded"
    history = service.history(person.id)
    assert [(h.version_no, h.status) for h in history] == [(2, "agreed"), (1, "superseded")]
    assert history[0].changed_sections == ("Treatments I do not want",)


def test_each_version_lists_the_sections_it_changed_in_the_plans_order(plans):
    service, person, services = plans

    def version(texts):
        draft = service.start_draft(person.id)
        draft = service.save_draft(draft.id, draft.version, texts)
        return service.agree(draft.id, draft.version, agree_details(services))

    version({**REQUIRED, "triggers": ("Loud places", ""), "when_well": ("", "Talks about the allotment")})
    version({})  # agreed again with nothing changed
    version({"contact_numbers": ("Crisis line 0300 000 0001 (fictional)", ""),  # later in the plan than triggers
             "triggers": ("", ""),  # emptied
             "what_helps": ("A walk with my sister; quiet music", "Offer a visit, or a text first")})  # notes only
    third, second, first = service.history(person.id)
    assert first.changed_sections == ("What I am like when I am well", "My early warning signs", "Things that can trigger a crisis for me",
                                      "What helps me", "What I would like staff to do", "My treatment preferences",
                                      "Who to contact", "24-hour contact numbers")
    assert second.changed_sections == ()
    assert third.changed_sections == ("Things that can trigger a crisis for me", "What helps me",
                                      "24-hour contact numbers")


def test_a_section_a_later_version_no_longer_has_counts_as_changed_if_it_had_words(plans):
    from sqlalchemy import delete

    from recovery_desk.store.models import CrisisPlanSection

    service, person, services = plans
    first = service.start_draft(person.id)
    first = service.agree(*_ids(service.save_draft(first.id, first.version, REQUIRED)), agree_details(services))
    second = service.start_draft(person.id)
    with services.ctx.db.session() as s:  # as if the team's plan template had dropped two sections
        s.execute(delete(CrisisPlanSection).where(CrisisPlanSection.plan_id == second.id,
                                                  CrisisPlanSection.section_key.in_(("what_helps", "when_well"))))
    assert service.history(person.id)[0].changed_sections == ("What helps me",)  # "when well" was empty anyway


def _ids(plan):
    return plan.id, plan.version


def test_agreeing_lists_every_missing_required_section_and_changes_nothing(plans):
    service, person, services = plans
    draft = service.start_draft(person.id)
    draft = service.save_draft(draft.id, draft.version, {"early_warning_signs": ("Not sleeping", "")})
    with pytest.raises(ValidationFailed) as caught:
        service.agree(draft.id, draft.version, agree_details(services, person_took_part=False))
    message = caught.value.problems["sections"]
    for title in ("What helps me", "What I would like staff to do", "Who to contact", "24-hour contact numbers"):
        assert title in message
    assert "My early warning signs" not in message
    assert "person_took_part" in caught.value.problems
    assert service.get(draft.id).status == "draft"


def test_staff_notes_alone_do_not_count_as_the_persons_words(plans):
    service, person, services = plans
    draft = service.start_draft(person.id)
    texts = {**REQUIRED, "who_to_contact": ("", "Sister, per referral letter")}
    draft = service.save_draft(draft.id, draft.version, texts)
    with pytest.raises(ValidationFailed, match="Who to contact"):
        service.agree(draft.id, draft.version, agree_details(services))


def test_two_people_saving_one_draft_conflict(plans):
    service, person, _services = plans
    draft = service.start_draft(person.id)
    service.save_draft(draft.id, draft.version, {"triggers": ("Anniversaries", "")})
    with pytest.raises(ConflictError):
        service.save_draft(draft.id, draft.version, {"triggers": ("Crowds", "")})
    assert service.get(draft.id).section("triggers").their_words == "Anniversaries"


def test_copies_of_older_versions_are_flagged_out_of_date(plans):
    service, person, services = plans
    draft = service.save_draft(service.start_draft(person.id).id, 1, REQUIRED)
    first = service.agree(draft.id, draft.version, agree_details(services))
    service.record_copy(first.id, "Me", services.ctx.today())
    view = service.record_copy(first.id, "GP surgery", services.ctx.today())
    assert [(c.holder, c.out_of_date) for c in view.copies] == [("Me", False), ("GP surgery", False)]
    second = service.start_draft(person.id)
    second = service.agree(second.id, second.version, agree_details(services))
    assert all(c.out_of_date for c in second.copies)
    with pytest.raises(ValidationFailed, match="cannot be in the future"):
        service.record_copy(second.id, "Crisis team", services.ctx.today() + timedelta(days=1))


def test_who_has_a_copy_lists_each_holders_newest_copy(plans, clock):
    service, person, services = plans
    sister = services.caseload.save_supporter(person.id, SupporterDraft(name="Ngozi", relationship="sister"))
    draft = service.save_draft(service.start_draft(person.id).id, 1, REQUIRED)
    first = service.agree(draft.id, draft.version, agree_details(services))
    service.record_copy(first.id, "Me", services.ctx.today())
    service.record_copy(first.id, "GP surgery", services.ctx.today())
    service.record_copy(first.id, "Ngozi (sister)", services.ctx.today(), supporter_id=sister.id)
    clock.advance(days=30)
    second = service.start_draft(person.id)
    second = service.agree(second.id, second.version, agree_details(services))
    service.record_copy(second.id, "  me ", services.ctx.today())  # the same holder, typed differently
    view = service.record_copy(second.id, "Ngozi", services.ctx.today(), supporter_id=sister.id)
    lines = [(c.holder, c.plan_version_no, c.out_of_date) for c in view.copies]
    assert lines == [("me", 2, False), ("Ngozi", 2, False), ("GP surgery", 1, True)]


def test_caseload_shows_the_plan_status(plans, clock):
    service, person, services = plans
    status = lambda: next(r.crisis_plan_status for r in services.caseload.list_rows() if r.id == person.id)  # noqa: E731
    assert status() == "none"
    draft = service.save_draft(service.start_draft(person.id).id, 1, REQUIRED)
    assert status() == "draft"
    service.agree(draft.id, draft.version, agree_details(services, review_by=services.ctx.today() + timedelta(days=3)))
    assert status() == "agreed"
    service.start_draft(person.id)
    assert status() == "agreed", "an agreed plan stays in force while the next version is drafted"
    clock.advance(days=4)
    assert status() == "review overdue"
    assert len(service.due_for_review()) == 1


def test_every_plan_change_and_print_is_audited(plans):
    from recovery_desk.services import audit

    service, person, services = plans
    draft = service.save_draft(service.start_draft(person.id).id, 1, REQUIRED)
    view = service.agree(draft.id, draft.version, agree_details(services))
    service.record_print(view, how="printed")
    service.record_print(view, how="saved as PDF")
    actions = [(r.action, r.entity) for r in audit.list_events(services.ctx, person_id=person.id)][::-1]
    assert actions[-4:] == [("change", "crisis_plan"), ("agree", "crisis_plan"), ("print", "crisis_plan"),
                            ("export", "crisis_plan")]


def test_opening_a_persons_plans_reads_the_plan_and_its_versions_and_audits_one_view(plans):
    from recovery_desk.services import audit

    service, person, services = plans
    assert service.open_for_person(person.id).plan is None
    draft = service.save_draft(service.start_draft(person.id).id, 1, REQUIRED)
    agreed = service.agree(draft.id, draft.version, agree_details(services))
    draft = service.save_draft(service.start_draft(person.id).id, 1, {"what_helps": ("A walk by the canal", "")})
    views_before = sum(1 for r in audit.list_events(services.ctx, person_id=person.id) if r.action == "view")

    opened = service.open_for_person(person.id)

    assert opened.plan == service.get(draft.id, audit_view=False)  # the draft being worked on, as current() says
    assert [(v.version_no, v.status) for v in opened.history] == [(2, "draft"), (1, "agreed")]
    assert opened.history == service.history(person.id)
    assert opened.history[0].changed_sections == ("What helps me",)
    assert agreed.id == opened.history[1].id
    views = [r for r in audit.list_events(services.ctx, person_id=person.id) if r.action == "view"]
    assert len(views) == views_before + 1 and views[0].entity == "crisis_plan"


def test_very_long_sections_are_kept_whole_and_limits_are_explained(plans):
    service, person, _services = plans
    draft = service.start_draft(person.id)
    long_text = ("A long paragraph in my own words. " * 500).strip()
    draft = service.save_draft(draft.id, draft.version, {"when_well": (long_text, "")})
    assert service.get(draft.id).section("when_well").their_words == long_text
    with pytest.raises(ValidationFailed, match="20,000"):
        service.save_draft(draft.id, draft.version, {"when_well": ("x" * 20_001, "")})
