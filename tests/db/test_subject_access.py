"""Subject access: everything held about one person, in a PDF and a JSON file, after review.

The fixture types a marker into every place a person's record holds text (``Qa-…`` for
the person exported, ``Qb-…`` for someone else), so the tests can look for every item
the person owns in both files, and for anything of the other person's.
"""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select, text

from recovery_desk.domain.errors import PermissionDenied, ValidationFailed
from recovery_desk.domain.staff import Role
from recovery_desk.printing.subject_access_pdf import export_subject_access
from recovery_desk.services import audit
from recovery_desk.services.person_records import owned_tables
from recovery_desk.services.staff import StaffDraft, actor_for
from recovery_desk.services.subject_access import RECORD_TYPES, SubjectAccessService
from recovery_desk.services.subject_access_views import REDACTED
from recovery_desk.store.models import AuditEvent, Base
from tests.fixtures.everything import fill_person

# Every table the fixture types a marker into: the test fails if one is left out of the search.
MARKED_TABLES = {
    "person", "supporter", "crisis_plan", "crisis_plan_section", "crisis_plan_copy", "goal", "goal_step",
    "goal_note", "risk_plan", "assessment_answer", "assessment_indicator", "timeline_event", "agenda_item",
    "review_note", "action", "review_request", "measure_completion",
}


def squash(value: str) -> str:
    return " ".join(value.split())


def stored_texts(db, tag: str) -> dict[tuple[str, str], set[str]]:
    """Every stored text that holds ``tag``, by (table, column), read straight from the database."""
    meta = MetaData()
    meta.reflect(db.engine)
    found: dict[tuple[str, str], set[str]] = {}
    with db.engine.connect() as conn:
        for table in meta.sorted_tables:
            for column in table.columns:
                if not isinstance(column.type, (String,)) and column.type.python_type is not str:
                    continue
                for (value,) in conn.execute(select(column).where(column.contains(tag))):
                    found.setdefault((table.name, column.name), set()).add(value)
    return found


def pdf_text(path) -> str:
    return squash(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages))


def json_texts(data) -> list[str]:
    out = []
    for section in data["sections"]:
        for record in section["records"]:
            out.extend(str(f["value"]) for f in record["fields"])
    return out


@pytest.fixture
def two_people(services):
    return fill_person(services, "Qa"), fill_person(services, "Qb")


def export(services, tmp_path, person_id, redact=(), reviewer=None):
    sar = SubjectAccessService(services.ctx)
    pack = sar.gather(person_id)
    keys = [k(pack) if callable(k) else k for k in redact]
    ready = sar.prepare(pack, keys, reviewer or services.actor.staff_id)
    folder = tmp_path / "export"
    folder.mkdir(exist_ok=True)
    files = export_subject_access(sar, ready, folder)
    return pack, ready, files, json.loads(files.json.read_text(encoding="utf-8")), pdf_text(files.pdf)


def test_every_item_the_person_owns_is_in_the_json_and_the_pdf_and_nothing_of_another_person(
        services, two_people, tmp_path):
    a, b = two_people
    mine = stored_texts(services.ctx.db, "Qa-")
    assert {table for table, _column in mine} == MARKED_TABLES, "the fixture must reach every kind of record"
    before_export = len(audit.list_events(services.ctx, person_id=a.person.id))

    _pack, _ready, files, data, pdf = export(services, tmp_path, a.person.id)

    values = json_texts(data)
    joined_json = "\n".join(values)
    for (table, column), texts in mine.items():
        for stored in texts:
            assert stored in values, f"{table}.{column} missing from the JSON"
            assert squash(stored) in pdf, f"{table}.{column} missing from the PDF"
    for extra in (a.supporter_phone, "29/02/1984", "943 476 5919", "Qa@example.org"):
        assert extra in pdf
    assert "1984-02-29" in values and "9434765919" in values and a.supporter_phone in values
    # nothing of the other person, anywhere
    assert stored_texts(services.ctx.db, "Qb-")
    for where in (joined_json, files.json.read_text(encoding="utf-8"), pdf):
        assert "Qb" not in where and "9434765870" not in where and b.supporter_phone not in where
    # the audit trail about the person, with staff names
    [trail] = [s for s in data["sections"] if s["key"] == "audit"]
    assert len(trail["records"]) == before_export  # every entry written before it was gathered
    assert {f["value"] for r in trail["records"] for f in r["fields"] if f["name"] == "staff"} == {"Ada Admin"}
    assert "Who has looked at or changed your record" in pdf
    # machine-readable: a stable shape, ISO dates, the record number; file names hold no name
    assert data["format"] == "Recovery Desk subject access export" and data["format_version"] == 1
    assert data["record_id"] == a.person.id
    assert all({"name", "label", "value"} <= set(f) for s in data["sections"] for r in s["records"]
               for f in r["fields"])
    assert "Qa" not in files.pdf.name and "Qa" not in files.json.name
    assert str(a.person.id) in files.pdf.name


def test_redacted_text_is_absent_from_both_files_wherever_it_appeared(services, two_people, tmp_path):
    a, _b = two_people

    def key(table, column, contains):
        def find(pack):
            return next(f.key for _s, _r, f in pack.fields()
                        if f.key.startswith(f"{table}.") and f.key.endswith(f".{column}") and contains in f.text)
        return find

    redact = [key("supporter", "name", "Qa-supportername"), key("supporter", "phone", a.supporter_phone),
              key("supporter", "notes", "Qa-supporternotes"),
              key("crisis_plan_section", "staff_notes", "Qa-staffnote"),  # version 1 only: version 2 repeats it
              key("goal_note", "text", "Qa-goalnote")]
    pack, ready, files, data, pdf = export(services, tmp_path, a.person.id, redact)
    raw_json = files.json.read_text(encoding="utf-8")
    gone = ("Qa-supportername", "Puddleby", a.supporter_phone, "Qa-supporternotes", "Qa-staffnote",
            "her sister rang", "Qa-goalnote")
    for secret in gone:
        assert secret in " ".join(f.text for _s, _r, f in pack.fields()), "the test must redact real text"
        assert secret not in raw_json, secret
        assert secret not in pdf, secret
    assert REDACTED in pdf and raw_json.count(REDACTED) >= len(redact) + 3  # step owner, copy, version 2
    # everything else is still there
    for kept in ("Qa-warning", "Qa-relationship", "Qa-goal", "Qa-step", "Qa-copyholder", "Qa-refusals"):
        assert kept in pdf and kept in raw_json
    assert len(ready.chosen) == len(redact) and ready.also_removed >= 3
    # the export is audited: counts and staff numbers, never what was exported
    [row] = [r for r in audit.list_events(services.ctx, person_id=a.person.id, action="export")
             if r.entity == "subject_access"]
    assert f"{len(redact)} redacted" in row.summary and "Qa" not in row.summary and "Puddleby" not in row.summary
    assert audit.verify(services.ctx).ok


def test_redacting_a_yes_no_or_a_date_removes_that_item_only(services, two_people):
    a, _b = two_people
    sar = SubjectAccessService(services.ctx)
    pack = sar.gather(a.person.id)
    flags = [f for _s, _r, f in pack.fields() if f.key.startswith("supporter.") and f.name == "may_contact_in_crisis"]
    dates = [f for _s, _r, f in pack.fields() if f.key.startswith("crisis_plan_copy.") and f.name == "given_on"]
    ready = sar.prepare(pack, [flags[0].key, dates[0].key], services.actor.staff_id)
    changed = [f.key for _s, _r, f in ready.fields() if f.redacted]
    assert sorted(changed) == sorted([flags[0].key, dates[0].key]) and ready.also_removed == 0
    assert sum(f.text == "Yes" for _s, _r, f in ready.fields()) == sum(f.text == "Yes" for _s, _r, f in pack.fields()) - 1


def test_only_an_administrator_may_export_and_a_clinician_must_review(services, two_people, tmp_path):
    a, _b = two_people
    sar = SubjectAccessService(services.ctx)
    pack = sar.gather(a.person.id)
    with pytest.raises(ValidationFailed) as caught:
        sar.prepare(pack, [], None)
    assert "clinician who reviewed" in caught.value.problems["reviewed_by"]
    reader = services.staff.save(StaffDraft(username="reader", display_name="Rae Reader", role=Role.READ_ONLY,
                                            secret="reading is fine"))
    with pytest.raises(ValidationFailed):
        sar.prepare(pack, [], reader.id)  # a read-only account cannot be the reviewer
    clinician = services.staff.save(StaffDraft(username="cc", display_name="Cal Clinician", role=Role.CLINICIAN,
                                               secret="clinician secret"))
    assert sar.prepare(pack, [], clinician.id).reviewed_by == "Cal Clinician"
    services.become(actor_for(clinician))
    for attempt in (lambda: sar.gather(a.person.id), lambda: sar.prepare(pack, [], clinician.id),
                    lambda: sar.record_export(pack)):
        with pytest.raises(PermissionDenied):
            attempt()


def test_the_persons_own_name_birth_date_and_nhs_number_cannot_be_redacted(services, two_people):
    a, _b = two_people
    sar = SubjectAccessService(services.ctx)
    pack = sar.gather(a.person.id)
    fixed = [f.key for _s, _r, f in pack.fields() if not f.redactable]
    assert {k.rsplit(".", 1)[1] for k in fixed} == {"given_name", "family_name", "preferred_name", "date_of_birth",
                                                    "nhs_number"}
    with pytest.raises(ValidationFailed, match="cannot be redacted"):
        sar.prepare(pack, fixed[:1], services.actor.staff_id)
    with pytest.raises(ValidationFailed, match="no longer in the record"):
        sar.prepare(pack, ["supporter.999.name"], services.actor.staff_id)


def test_third_party_information_is_suggested_for_review(services, two_people):
    a, _b = two_people
    pack = SubjectAccessService(services.ctx).gather(a.person.id)
    suggested = {f.text for _s, _r, f in pack.fields() if f.third_party}
    for expected in (a.supporter_name, a.supporter_phone, "Qa-supporternotes said things", a.staff_note,
                     "Qa-goalnote", "Qa-whoagreed", "Qa-reviewnote", "Qa-assessnote", "Qa-copyholder"):
        assert expected in suggested, expected
    for own_words in ("Qa-goal", "Qa-warning", "Qa-strengths", "Qa-address\n1 Imaginary Lane"):
        assert own_words not in suggested


def test_an_export_that_cannot_be_audited_leaves_no_file(services, two_people, tmp_path, monkeypatch):
    a, _b = two_people
    sar = SubjectAccessService(services.ctx)
    ready = sar.prepare(sar.gather(a.person.id), [], services.actor.staff_id)

    def fail(_pack):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(sar, "record_export", fail)
    folder = tmp_path / "export"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        export_subject_access(sar, ready, folder)
    assert list(folder.iterdir()) == []


def test_every_table_that_belongs_to_a_person_is_gathered_even_one_added_later(services, two_people, tmp_path):
    a, b = two_people
    claimed = {t for kind in RECORD_TYPES for t in kind.tables}
    assert {t.name for t in owned_tables()} | {"person", "audit_event"} >= claimed
    # A later release adds a table of its own that belongs to the person: it is exported anyway.
    later = Table("later_feature_note", Base.metadata, Column("id", Integer, primary_key=True),
                  Column("person_id", ForeignKey("person.id", ondelete="RESTRICT"), nullable=False),
                  Column("remark", String(200)))
    try:
        later.create(services.ctx.db.engine)
        with services.ctx.db.engine.begin() as conn:
            conn.execute(later.insert(), [{"person_id": a.person.id, "remark": "Qa-laterfeature"},
                                          {"person_id": b.person.id, "remark": "Qb-laterfeature"}])
        _pack, _ready, _files, data, pdf = export(services, tmp_path, a.person.id)
        assert "Qa-laterfeature" in json_texts(data) and "Qa-laterfeature" in pdf
        assert "Qb-laterfeature" not in pdf
        [other] = [s for s in data["sections"] if s["key"] == "other"]
        assert [r["type"] for r in other["records"]] == ["later_feature_note"]
    finally:
        with services.ctx.db.engine.begin() as conn:
            conn.execute(text("DROP TABLE later_feature_note"))
        Base.metadata.remove(later)


def test_gathering_is_audited_without_personal_data(services, two_people):
    a, _b = two_people
    SubjectAccessService(services.ctx).gather(a.person.id)
    with services.ctx.db.session() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "subject_access")).one()
    assert (row.action, row.person_id) == ("view", a.person.id) and "Qa" not in row.summary
