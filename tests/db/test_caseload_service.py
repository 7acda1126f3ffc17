"""The caseload service on both backends: saving, validation, conflicts and the audit trail."""
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from recovery_desk.domain.errors import ConflictError, PermissionDenied, ValidationFailed
from recovery_desk.domain.people import PersonDraft, SupporterDraft, SupporterKind
from recovery_desk.domain.staff import Role
from recovery_desk.services import audit
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store.models import AuditEvent, Person, Supporter


def add(services, **kw):
    base = dict(given_name="Siân", family_name="Quillfeather", preferred_name="Si",
                date_of_birth=date(1990, 5, 17), nhs_number="943 476 5919")
    base.update(kw)
    return services.caseload.save(PersonDraft(**base))


def test_add_and_read_back_with_accents(services):
    saved = add(services, given_name="Łukasz", family_name="Zoë-Mossbottom", preferred_name="")
    got = services.caseload.get(saved.id)
    assert (got.given_name, got.family_name, got.nhs_number) == ("Łukasz", "Zoë-Mossbottom", "9434765919")
    assert got.opened_on == services.ctx.today()
    assert [r.name for r in services.caseload.list_rows()] == ["Łukasz Zoë-Mossbottom"]


def test_duplicate_nhs_number_is_refused_beside_the_field(services):
    add(services)
    with pytest.raises(ValidationFailed) as caught:
        add(services, given_name="Other")
    assert "already has this NHS number" in caught.value.problems["nhs_number"]
    assert len(services.caseload.list_rows()) == 1


def test_invalid_input_saves_nothing(services):
    with pytest.raises(ValidationFailed):
        add(services, family_name="x" * 10_000)
    with services.ctx.db.session() as s:
        assert s.scalar(select(Person.id)) is None
        assert s.scalars(select(AuditEvent.action)).all() == ["create", "create"]  # admin + team only


def test_second_editor_gets_a_conflict_and_nothing_is_overwritten(services):
    first = add(services)
    mine, theirs = first.as_draft(), first.as_draft()
    services.caseload.save(replace(theirs, phone="01632 960001"))
    with pytest.raises(ConflictError):
        services.caseload.save(replace(mine, phone="01632 960002"))
    assert services.caseload.get(first.id).phone == "01632 960001"


def test_discharge_and_reopen(services):
    person = add(services)
    discharged = services.caseload.discharge(person.id, person.version, services.ctx.today(), "Moved away")
    assert discharged.discharged_on == services.ctx.today()
    with pytest.raises(ValidationFailed, match="already been discharged"):
        services.caseload.discharge(person.id, discharged.version, services.ctx.today(), "Again")
    reopened = services.caseload.reopen(person.id, discharged.version)
    assert reopened.discharged_on is None and reopened.discharge_reason == ""


def test_discharge_needs_a_reason(services):
    person = add(services)
    with pytest.raises(ValidationFailed) as caught:
        services.caseload.discharge(person.id, person.version, services.ctx.today(), "  ")
    assert set(caught.value.problems) == {"discharge_reason"}


def test_supporters_one_decision_maker(services):
    person = add(services)
    a = services.caseload.save_supporter(person.id, SupporterDraft(name="Ngozi Puddleby", relationship="Sister",
                                                                   kind=SupporterKind.FAMILY, is_decision_maker=True))
    b = services.caseload.save_supporter(person.id, SupporterDraft(name="Kit Larkhollow", kind=SupporterKind.ADVOCATE,
                                                                   is_decision_maker=True))
    record = services.caseload.get(person.id)
    assert {s.name: s.is_decision_maker for s in record.supporters} == {a.name: False, b.name: True}
    services.caseload.remove_supporter(person.id, a.id, services.caseload.get(person.id).supporters[0].version)
    assert [s.name for s in services.caseload.get(person.id).supporters] == ["Kit Larkhollow"]


def test_read_only_staff_cannot_change_records(services):
    reader = services.staff.save(StaffDraft(username="reader", display_name="Rae Reader", role=Role.READ_ONLY,
                                            secret="reading is fine"))
    services.become(actor_for(reader))
    with pytest.raises(PermissionDenied):
        add(services)


def test_every_change_is_audited_with_its_author(services):
    clinician = services.staff.save(StaffDraft(username="cc", display_name="Cal Clinician", role=Role.CLINICIAN,
                                               secret="clinician secret"))
    services.become(actor_for(clinician))
    person = add(services)
    services.caseload.save(replace(person.as_draft(), phone="01632 960003"))
    services.caseload.save_supporter(person.id, SupporterDraft(name="Mo Fiddlestone"))
    services.caseload.get(person.id)
    with services.ctx.db.session() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.entity, AuditEvent.staff_id, AuditEvent.summary)
                         .where(AuditEvent.person_id == person.id).order_by(AuditEvent.seq)).all()
    assert [(a, e) for a, e, _, _ in rows] == [("create", "person"), ("change", "person"),
                                               ("create", "supporter"), ("view", "person")]
    assert {who for _, _, who, _ in rows} == {clinician.id}
    assert rows[1].summary == "phone"
    # no personal data in the trail
    assert not any("01632" in r.summary or "Siân" in r.summary for r in rows)
    assert audit.verify(services.ctx).ok


def test_staff_accounts_never_deleted_and_usernames_unique(services):
    services.staff.save(StaffDraft(username="sam", display_name="Sam One", secret="a secret phrase"))
    with pytest.raises(ValidationFailed, match="already has this username"):
        services.staff.save(StaffDraft(username="SAM", display_name="Sam Two", secret="a secret phrase"))


def test_supporter_rows_go_with_their_person_only_through_the_database(services, database):
    person = add(services)
    services.caseload.save_supporter(person.id, SupporterDraft(name="Ayşe Hazelnook"))
    with database.session() as s:
        assert s.scalar(select(Supporter.person_id)) == person.id
