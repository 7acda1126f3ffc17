"""Hostile and odd input through the caseload service: saved cleanly or refused with a message."""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.people import PersonDraft, SupporterDraft
from recovery_desk.store.models import AuditEvent, Person, Supporter
from tests.bad_input import HOSTILE


def counts(db):
    with db.session() as s:
        return (s.scalar(select(func.count(Person.id))), s.scalar(select(func.count(Supporter.id))),
                s.scalar(select(func.count(AuditEvent.id))))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_names_are_saved_faithfully_or_refused(services, text):
    before = counts(services.ctx.db)
    try:
        saved = services.caseload.save(PersonDraft(given_name=text, family_name=text, preferred_name=text,
                                                   address=text, culture=text))
    except ValidationFailed as exc:
        assert exc.problems and all(isinstance(m, str) and m for m in exc.problems.values())
        assert counts(services.ctx.db) == before
        return
    got = services.caseload.get(saved.id)
    assert got.given_name == saved.given_name and got.given_name.strip() == got.given_name
    assert "\x00" not in got.given_name and "\n" not in got.given_name
    assert [r.id for r in services.caseload.list_rows()] == [saved.id]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_name=st.text(max_size=300), family=st.text(max_size=300), nhs=st.text(max_size=14),
       born=st.one_of(st.none(), st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 1, 1))),
       supporter=st.text(max_size=300))
def test_anything_typed_is_saved_or_refused_whole(services, given_name, family, nhs, born, supporter):
    before = counts(services.ctx.db)
    try:
        saved = services.caseload.save(PersonDraft(given_name=given_name, family_name=family, nhs_number=nhs,
                                                   date_of_birth=born))
    except ValidationFailed as exc:
        assert exc.problems
        assert counts(services.ctx.db) == before
        return
    try:
        services.caseload.save_supporter(saved.id, SupporterDraft(name=supporter))
    except ValidationFailed:
        assert counts(services.ctx.db)[1] == before[1]
    record = services.caseload.get(saved.id)
    assert record.nhs_number == "" or (len(record.nhs_number) == 10 and record.nhs_number.isdigit())
