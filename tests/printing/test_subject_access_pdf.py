"""The subject access PDF, built by hand (no database) and read back."""
from __future__ import annotations

import time
from datetime import date, datetime, timezone

import pypdf

from recovery_desk.printing.subject_access_pdf import ABOUT_REDACTION, TITLE, render_subject_access
from recovery_desk.services.subject_access_views import SarField, SarRecord, SarSection, SubjectAccessPack

WHEN = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)


def field(key, label, text, **kw):
    return SarField(key, key.rsplit(".", 1)[-1], label, text, text, **kw)


def pack(sections, called="Siân"):
    return SubjectAccessPack(42, f"{called} Llywelyn-Jones", called, WHEN, "Ada Admin", "Cal Clinician",
                             tuple(sections), frozenset({"supporter.1.name"}), 2)


def trail(rows: int) -> SarSection:
    records = tuple(SarRecord("audit_event", n, f"Entry {n}", (
        field(f"audit_event.{n}.at", "When", "21/11/2026 10:00"), field(f"audit_event.{n}.staff", "Who", "Ada Admin"),
        field(f"audit_event.{n}.action", "What they did", "Looked at"),
        field(f"audit_event.{n}.record", "Which record", "Person 42"),
        field(f"audit_event.{n}.summary", "Details", f"entry-{n:05d}x"))) for n in range(1, rows + 1))
    return SarSection("audit", "Who has looked at or changed your record", "", records, table_like=True)


def read(path) -> tuple[list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(str(path))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages], reader


def test_page_one_says_what_this_is_who_made_it_and_what_was_taken_out(tmp_path):
    details = SarSection("person", "Your details", "", (SarRecord("person", 42, "Your record", (
        field("person.42.given_name", "Given name", "Siân", redactable=False),
        field("person.42.address", "Address", "1 Imaginary Lane\nMadeupton"))),))
    result = render_subject_access(pack([details]), tmp_path / "sar.pdf", printed_on=date(2026, 11, 21))
    pages, reader = read(tmp_path / "sar.pdf")
    first = pages[0]
    assert first.startswith(f"Siân {TITLE}")
    assert " ".join(ABOUT_REDACTION.split()) in first
    for expected in ("Siân Llywelyn-Jones", "Record number 42", "Ada Admin", "Cal Clinician", "21/11/2026",
                     "1 Imaginary Lane Madeupton"):
        assert expected in first, expected
    assert "taken out 3" in first  # one chosen, two more where the same text appeared
    assert all(f"Page {n} of {len(pages)}" in page and "Information held about Siân · Record 42" in page
               for n, page in enumerate(pages, start=1))
    assert result.pages == len(pages) and result.unprintable == []
    # Dates are left out: a creation time such as 14:22:41 would contain "42" by chance.
    meta = " ".join(str(v) for k, v in reader.metadata.items() if k not in ("/CreationDate", "/ModDate"))
    assert "Llywelyn" not in meta and "42" not in meta


def test_long_text_flows_over_pages_and_a_long_audit_trail_is_one_table(tmp_path):
    long = " ".join(f"Sentence s{n:03d}x of a very long note in my own words." for n in range(400))
    notes = SarSection("goals", "Your goals", "", (SarRecord("goal_note", 1, "Recovery goal 1, progress note 1", (
        field("goal_note.1.text", "Note", long + " The last words are kestrel lighthouse."),)),))
    started = time.perf_counter()
    render_subject_access(pack([notes, trail(1500)]), tmp_path / "long.pdf", printed_on=date(2026, 11, 21))
    seconds = time.perf_counter() - started
    pages, _reader = read(tmp_path / "long.pdf")
    text = " ".join(pages)
    assert [n for n in range(400) if text.count(f"s{n:03d}x") != 1] == []
    assert "kestrel lighthouse" in text
    assert [n for n in range(1, 1501) if text.count(f"entry-{n:05d}x") != 1] == []
    assert text.count("What they did") == sum("What they did" in p for p in pages) > 10  # header on each page
    assert seconds < 30, f"{seconds:.1f} s to render"


def test_characters_the_font_lacks_are_reported(tmp_path):
    odd = SarSection("person", "Your details", "", (SarRecord("person", 42, "Your record", (
        field("person.42.culture", "Culture", "Proud 🌈 and Welsh"),)),))
    result = render_subject_access(pack([odd]), tmp_path / "odd.pdf", printed_on=date(2026, 11, 21))
    assert result.unprintable == ["🌈"]
    assert "Proud" in read(tmp_path / "odd.pdf")[0][0]
