"""Records retention: review dates counted from the last contact, and deletion by two staff."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select, update

from recovery_desk.domain.errors import PermissionDenied, ValidationFailed
from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.services import audit, retention as retention_module
from recovery_desk.services.retention import RetentionService, review_due_on
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store.models import AuditEvent, Base
from tests.db.test_subject_access import stored_texts
from tests.fixtures.everything import fill_person

T0 = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)  # the FixedClock's starting moment


def pin_moments(db, moment: datetime) -> None:
    """Set every created/changed moment to ``moment``.

    Rows stamp ``created_at``/``updated_at`` from the computer's own clock, not the test's;
    pinning them keeps the last contact exactly where each test puts it.
    """
    with db.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_event":
                continue
            values = {name: moment for name in ("created_at", "updated_at") if name in table.c}
            if values:
                conn.execute(update(table).values(**values))


def move_to(clock, day: date) -> None:
    clock.advance(days=(day - clock.now().date()).days)


def discharged_person(services, clock, on: date | None = None, family="Retainwell"):
    person = services.caseload.save(PersonDraft(given_name="Rhiannon", family_name=family))
    on = on or services.ctx.today()
    person = services.caseload.discharge(person.id, person.version, on, "Moved away (fictional)")
    pin_moments(services.ctx.db, clock.now())
    return person


def row_for(service, person_id):
    return next(r for r in service.list_discharged() if r.person_id == person_id)


def test_due_on_the_day_twenty_years_after_the_last_contact_not_the_day_before(services, clock):
    person = discharged_person(services, clock)
    service = RetentionService(services.ctx)
    row = row_for(service, person.id)
    assert (row.discharged_on, row.last_contact, row.review_due_on) == (date(2026, 11, 21), date(2026, 11, 21),
                                                                        date(2046, 11, 21))
    move_to(clock, date(2046, 11, 20))
    assert not row_for(service, person.id).due and service.list_discharged(due_only=True) == []
    move_to(clock, date(2046, 11, 21))
    assert row_for(service, person.id).due
    assert [r.person_id for r in service.list_discharged(due_only=True)] == [person.id]
    move_to(clock, date(2046, 11, 22))
    assert row_for(service, person.id).due


def test_a_later_note_or_change_moves_the_review_date_but_looking_and_printing_do_not(services, clock):
    filled = fill_person(services, "Qa")
    person = services.caseload.discharge(filled.person.id, filled.person.version, services.ctx.today(), "Moved")
    pin_moments(services.ctx.db, clock.now())
    service = RetentionService(services.ctx)
    assert row_for(service, person.id).last_contact == date(2026, 11, 21)

    move_to(clock, date(2027, 3, 2))  # a progress note written after discharge is a contact
    goal = services.goals.overview(person.id).recovery[0]
    services.goals.add_note(goal.id, "Rang to say the new job is going well")
    pin_moments(services.ctx.db, T0)  # only the note's own date is later now
    assert row_for(service, person.id).last_contact == date(2027, 3, 2)
    assert row_for(service, person.id).review_due_on == date(2047, 3, 2)

    move_to(clock, date(2028, 6, 1))  # a supporter removed: only the audit trail remembers the change
    supporter = services.caseload.get(person.id).supporters[0]
    services.caseload.remove_supporter(person.id, supporter.id, supporter.version)
    pin_moments(services.ctx.db, T0)
    assert row_for(service, person.id).last_contact == date(2028, 6, 1)

    move_to(clock, date(2030, 1, 1))  # looking, printing and exporting are not contacts
    services.caseload.get(person.id)
    services.staff.record_print("crisis plan", person.id)
    plan = services.crisis_plans.current(person.id)
    services.crisis_plans.record_print(plan, how="saved as PDF")
    pin_moments(services.ctx.db, T0)
    assert row_for(service, person.id).last_contact == date(2028, 6, 1)


def test_the_team_setting_sets_the_period_and_a_29_february_falls_due_on_28_february(services, clock):
    move_to(clock, date(2028, 2, 29))
    person = discharged_person(services, clock)
    team = services.team.get()
    assert team.retention_years == 20
    with pytest.raises(ValidationFailed, match="between 8 and 100 years"):
        services.team.update_settings(lock_after_minutes=5, crisis_plan_review_months=6, backups_to_keep=14,
                                      version=team.version, retention_years=3)
    services.team.update_settings(lock_after_minutes=5, crisis_plan_review_months=6, backups_to_keep=14,
                                  version=team.version, retention_years=21)
    service = RetentionService(services.ctx)
    assert row_for(service, person.id).review_due_on == date(2049, 2, 28) == review_due_on(date(2028, 2, 29), 21)
    move_to(clock, date(2049, 2, 27))
    assert not row_for(service, person.id).due
    move_to(clock, date(2049, 2, 28))
    assert row_for(service, person.id).due


def test_open_records_are_never_listed_and_nothing_is_deleted_by_time_passing(services, clock):
    services.caseload.save(PersonDraft(given_name="Still", family_name="Open"))
    person = discharged_person(services, clock)
    service = RetentionService(services.ctx)
    assert [r.person_id for r in service.list_discharged()] == [person.id]
    move_to(clock, date(2080, 1, 1))
    assert [r.person_id for r in service.list_discharged()] == [person.id]
    assert len(services.caseload.list_rows()) == 2, "nothing is ever deleted automatically"
    reopened = services.caseload.reopen(person.id, services.caseload.get(person.id).version)
    assert reopened.discharged_on is None and service.list_discharged() == []
    listed = audit.list_events(services.ctx, action="view")
    assert any(r.entity == "retention_list" and r.person_id is None for r in listed)


@pytest.fixture
def due_record(services, clock):
    """Two people with everything; the first discharged and now due for review; other staff."""
    a, b = fill_person(services, "Qa"), fill_person(services, "Qb")
    services.caseload.discharge(a.person.id, a.person.version, services.ctx.today(), "Moved away")
    pin_moments(services.ctx.db, clock.now())
    staff = {role: services.staff.save(StaffDraft(username=role.value.replace(" ", "-"), display_name=f"{role.label} "
                                                  "Person", role=role, secret="their own secret"))
             for role in (Role.CLINICIAN, Role.PEER_SUPPORT, Role.READ_ONLY, Role.ADMINISTRATOR)}
    gone = services.staff.save(StaffDraft(username="left", display_name="Left Person", role=Role.ADMINISTRATOR,
                                          secret="their own secret", active=False))
    move_to(clock, date(2046, 11, 21))
    return a, b, staff, gone


def test_deleting_needs_a_second_different_active_administrator_or_clinician(services, due_record, clock):
    a, _b, staff, _gone = due_record
    service = RetentionService(services.ctx)
    version = service.row(a.person.id).version
    before = stored_texts(services.ctx.db, "Qa-")

    def refused(field, match, **who):
        with pytest.raises(ValidationFailed) as caught:
            service.delete_record(a.person.id, version, **who)
        assert match in caught.value.problems[field], caught.value.problems
        assert stored_texts(services.ctx.db, "Qa-") == before, "nothing may be deleted"

    refused("second_username", "second member of staff", second_username="", second_secret="")
    refused("second_username", "someone other than you", second_username="admin", second_secret="correct horse battery")
    refused("second_secret", "do not match", second_username="clinician", second_secret="a wrong guess")
    refused("second_secret", "deactivated", second_username="left", second_secret="their own secret")
    for role in (Role.PEER_SUPPORT, Role.READ_ONLY):
        refused("second_username", "administrator or a clinician", second_username=staff[role].username,
                second_secret="their own secret")
    with pytest.raises(ValidationFailed, match="changed after the list"):
        service.delete_record(a.person.id, version + 1, second_username="clinician", second_secret="their own secret")
    move_to(clock, date(2046, 11, 20))
    with pytest.raises(ValidationFailed, match="not due for a retention review until 21/11/2046"):
        service.delete_record(a.person.id, version, second_username="clinician", second_secret="their own secret")
    clinician = services.staff.find("clinician")
    services.become(actor_for(clinician))
    with pytest.raises(PermissionDenied):
        service.delete_record(a.person.id, version, second_username="admin", second_secret="correct horse battery")
    assert stored_texts(services.ctx.db, "Qa-") == before


def test_deletion_removes_everything_the_person_owns_and_leaves_an_entry_without_personal_data(
        services, due_record):
    a, b, staff, _gone = due_record
    service = RetentionService(services.ctx)
    theirs_before = stored_texts(services.ctx.db, "Qb-")
    trail_before = audit.list_events(services.ctx, person_id=a.person.id)
    preview = service.preview(a.person.id)
    assert preview.counts["person"] == 1 and preview.counts["crisis_plan"] == 2 and preview.counts["goal_note"] >= 1

    done = service.delete_record(a.person.id, service.row(a.person.id).version,
                                 second_username="administrator", second_secret="their own secret")

    assert done.counts == preview.counts
    assert stored_texts(services.ctx.db, "Qa-") == {}, "every row the person owned is gone"
    assert stored_texts(services.ctx.db, "Qb-") == theirs_before, "nobody else's record is touched"
    assert [r.id for r in services.caseload.list_rows()] == [b.person.id]
    # the deletion entry: record number, who confirmed, counts; nothing personal
    entry = audit.list_events(services.ctx, person_id=a.person.id)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("delete", "person", a.person.id)
    assert f"confirmed by staff {staff[Role.ADMINISTRATOR].id}" in entry.summary
    assert "crisis_plan 2" in entry.summary and "person 1" in entry.summary
    # the earlier entries about the person remain, and none holds personal data
    trail_after = audit.list_events(services.ctx, person_id=a.person.id)
    assert {r.seq for r in trail_before} < {r.seq for r in trail_after}
    assert audit.verify(services.ctx).ok


def test_the_audit_trail_about_a_person_holds_no_personal_data(services, due_record):
    a, _b, _staff, _gone = due_record
    with services.ctx.db.session() as s:
        summaries = s.scalars(select(AuditEvent.summary)).all()
    assert len(summaries) > 30
    personal = ("Qa", "Qb", a.supporter_phone, "Puddleby", "9434765919", "943 476 5919", "1984", "Imaginary",
                "example.org", "sister")
    assert [(s, p) for s in summaries for p in personal if p.lower() in s.lower()] == []


def test_a_deletion_that_fails_part_way_deletes_nothing(services, due_record, monkeypatch):
    a, _b, _staff, _gone = due_record
    service = RetentionService(services.ctx)
    before = stored_texts(services.ctx.db, "Qa-")
    real_record = audit.record

    def failing(session, ctx, action, *args, **kwargs):
        if action == "delete":
            raise RuntimeError("power cut")
        return real_record(session, ctx, action, *args, **kwargs)

    monkeypatch.setattr(retention_module.audit, "record", failing)
    with pytest.raises(RuntimeError):
        service.delete_record(a.person.id, service.row(a.person.id).version,
                              second_username="clinician", second_secret="their own secret")
    assert stored_texts(services.ctx.db, "Qa-") == before
    assert services.caseload.get(a.person.id, audit_view=False).given_name == "Qa-given"


def test_only_administrators_see_the_list(services, clock):
    discharged_person(services, clock)
    clinician = services.staff.save(StaffDraft(username="cc", display_name="Cal Clinician", role=Role.CLINICIAN,
                                               secret="clinician secret"))
    services.become(actor_for(clinician))
    with pytest.raises(PermissionDenied):
        RetentionService(services.ctx).list_discharged()
