"""Measures a team brings, on both backends: loading a definition, recording completions, audit."""
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from recovery_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from recovery_desk.domain.people import PersonDraft
from recovery_desk.domain.staff import Role
from recovery_desk.locations import resource_path
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.store.models import AuditEvent

EXAMPLE = ("example_wellbeing_check", "1.0")
TEAM_FILE = (Path(__file__).parents[1] / "fixtures" / "team_mood_scale.json").read_text(encoding="utf-8")


def audit_rows(services, entity):
    with services.ctx.db.session() as s:
        return s.execute(select(AuditEvent.action, AuditEvent.person_id, AuditEvent.summary)
                         .where(AuditEvent.entity == entity).order_by(AuditEvent.seq)).all()


def test_record_and_list_completions_with_stored_scores(services, clock):
    person = services.caseload.save(PersonDraft(given_name="Siân", family_name="Quillfeather"))
    measures = services.measures
    assert [(i.key, i.version, i.shipped) for i in measures.definitions()] == [(*EXAMPLE, True)]
    first = measures.record(person.id, *EXAMPLE, date(2026, 9, 1),
                            {"e1": 1, "e2": 1, "e3": 0, "e4": 3, "e5": 2, "e6": 2, "s1": None})
    second = measures.record(person.id, *EXAMPLE, date(2026, 11, 20),
                             {"e1": 4, "e2": 3, "e3": 2, "e4": 1, "e5": 4, "e6": 2, "s1": None, "s2": 2, "s3": 4})
    # hand counts: e4 reversed (0–4).  First: 1+1+0+1+2+2 = 7; second: 4+3+2+3+4+2 = 18.
    assert (first.total, second.total) == (7, 18)
    assert first.subscales == {"getting_on": 3, "connection": 2, "support": None}
    assert second.subscales == {"getting_on": 12, "connection": 3, "support": 75}
    listed = measures.completions(person.id, "example_wellbeing_check")
    assert [(c.completed_on, c.total) for c in listed] == [(date(2026, 9, 1), 7), (date(2026, 11, 20), 18)]
    assert listed[1].answers["s1"] is None and "s1" not in {k for k, v in listed[0].answers.items() if v}
    assert listed[0].recorded_by == "Ada Admin"
    assert [a for a, _p, _s in audit_rows(services, "measure_completion")] == ["create", "create"]
    views = audit_rows(services, "measure_completions")
    assert views == [("view", person.id, "2 completions of example_wellbeing_check")]
    assert all("Siân" not in summary for _a, _p, summary in audit_rows(services, "measure_completion"))


def test_bad_answers_and_dates_are_refused_and_nothing_is_saved(services):
    person = services.caseload.save(PersonDraft(given_name="Kofi", family_name="Larkhollow"))
    with pytest.raises(ValidationFailed) as caught:
        services.measures.record(person.id, *EXAMPLE, date(2026, 12, 1), {"e1": 9})
    assert caught.value.problems == {"item:e1": "Please choose one of the answers listed.",
                                     "completed_on": "The date completed cannot be in the future."}
    with pytest.raises(ValidationFailed, match="at least one answer"):
        services.measures.record(person.id, *EXAMPLE, date(2026, 11, 1), {})
    with pytest.raises(NotFound):
        services.measures.record(person.id, "no_such_measure", "1", date(2026, 11, 1), {"a": 1})
    assert services.measures.completions(person.id) == []


def test_an_administrator_loads_a_licensed_measure_for_the_whole_team(services):
    info = services.measures.load_definition(TEAM_FILE, "team_mood.json")
    assert (info.key, info.version, info.shipped) == ("team_mood_scale", "2", False)
    assert [i.key for i in services.measures.definitions()] == ["example_wellbeing_check", "team_mood_scale"]
    assert audit_rows(services, "measure_definition") == [
        ("create", None, "measure team_mood_scale version 2 loaded")]
    person = services.caseload.save(PersonDraft(given_name="Mei", family_name="Puddleby"))
    done = services.measures.record(person.id, "team_mood_scale", "2", date(2026, 11, 2), {"a": 1, "b": 1})
    assert done.total == 2

    with pytest.raises(ValidationFailed, match="already loaded"):
        services.measures.load_definition(TEAM_FILE, "again.json")
    with pytest.raises(ValidationFailed) as caught:
        services.measures.load_definition(TEAM_FILE.replace('"scale": "yn"}]', '"scale": "yesno"}]'), "bad.json")
    assert caught.value.problems["file"].startswith('bad.json, line 7: item "b" uses the scale "yesno"')
    shipped_copy = resource_path("content", "measures", "example_wellbeing_check.json").read_text(encoding="utf-8")
    with pytest.raises(ValidationFailed, match="already loaded"):
        services.measures.load_definition(shipped_copy, "example.json")


def test_only_an_administrator_loads_and_only_editors_record(services):
    person = services.caseload.save(PersonDraft(given_name="Owen", family_name="Dewhollow"))
    clinician = services.staff.save(StaffDraft(username="cc", display_name="Cal Clinician", role=Role.CLINICIAN,
                                               secret="correct horse battery"))
    reader = services.staff.save(StaffDraft(username="rr", display_name="Rae Reader", role=Role.READ_ONLY,
                                            secret="correct horse battery"))
    services.become(actor_for(clinician))
    with pytest.raises(PermissionDenied):
        services.measures.load_definition(TEAM_FILE, "team_mood.json")
    services.measures.record(person.id, *EXAMPLE, date(2026, 11, 1), {"e1": 2})
    services.become(actor_for(reader))
    with pytest.raises(PermissionDenied):
        services.measures.record(person.id, *EXAMPLE, date(2026, 11, 1), {"e1": 2})
    assert len(services.measures.completions(person.id)) == 1  # reading is fine
