"""The audit trail is append-only and any edit, deletion or reordering is found by verify."""
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from recovery_desk.domain.people import PersonDraft
from recovery_desk.services import audit


@pytest.fixture
def trail(services):
    for i in range(4):
        services.caseload.save(PersonDraft(given_name=f"Person{i}", family_name="Kettlewhim",
                                           date_of_birth=date(1985, 1, i + 1)))
    assert audit.verify(services.ctx).ok
    return services


def _tamper(db, *statements):
    """Bypass the append-only triggers, as someone editing the file directly would."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change")
        for statement in statements:
            conn.execute(text(statement))


def test_database_refuses_updates_and_deletes(trail):
    for statement in ("UPDATE audit_event SET summary = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"):
            with trail.ctx.db.engine.begin() as conn:
                conn.execute(text(statement))


def test_edit_is_detected(trail):
    _tamper(trail.ctx.db, "UPDATE audit_event SET action = 'view' WHERE seq = 3")
    result = audit.verify(trail.ctx)
    assert not result.ok and any("changed after it was written" in p for p in result.problems)


def test_deletion_is_detected(trail):
    _tamper(trail.ctx.db, "DELETE FROM audit_event WHERE seq = 3")
    result = audit.verify(trail.ctx)
    assert not result.ok and any("removed or moved" in p for p in result.problems)


def test_deleting_the_newest_entry_is_detected(trail):
    _tamper(trail.ctx.db, "DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    result = audit.verify(trail.ctx)
    assert not result.ok and any("missing from the end" in p for p in result.problems)


def test_reordering_is_detected(trail):
    _tamper(trail.ctx.db,
            "UPDATE audit_event SET seq = -1 WHERE seq = 2",
            "UPDATE audit_event SET seq = 2 WHERE seq = 3",
            "UPDATE audit_event SET seq = 3 WHERE seq = -1")
    assert not audit.verify(trail.ctx).ok


def test_admin_can_list_filter_and_export(trail):
    rows = audit.list_events(trail.ctx, action="create")
    assert {r.entity for r in rows} >= {"person", "staff", "team"}
    person_id = next(r.person_id for r in rows if r.entity == "person")
    assert all(r.person_id == person_id for r in audit.list_events(trail.ctx, person_id=person_id))
    csv_text = audit.export_csv(trail.ctx, rows)
    assert csv_text.splitlines()[0].startswith("entry,when (UTC),staff,action")
    assert audit.list_events(trail.ctx, action="export")[0].summary.endswith("audit entries exported")
    assert audit.verify(trail.ctx).ok


def test_export_never_lets_a_spreadsheet_run_typed_text(trail):
    from recovery_desk.domain.staff import Role
    from recovery_desk.services.staff import StaffDraft, actor_for

    admin = trail.actor
    odd = trail.staff.save(StaffDraft(username="eq", display_name="=HYPERLINK(\"x\")", role=Role.CLINICIAN,
                                      secret="a long enough secret"))
    trail.become(actor_for(odd))
    trail.caseload.save(PersonDraft(given_name="A", family_name="B"))
    trail.become(admin)
    text = audit.export_csv(trail.ctx, audit.list_events(trail.ctx))
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
