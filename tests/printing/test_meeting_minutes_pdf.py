"""The printed minutes of a team meeting, read back from the PDF.

Minutes are built by hand (no database): step titles come from the real content file, notes
are distinct markers, so each assertion finds exactly what it is looking for.
"""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pypdf

from recovery_desk.content.meeting import review_steps
from recovery_desk.domain.dates import uk_date
from recovery_desk.printing.meeting_minutes_pdf import CONFIDENTIAL, NOT_REVIEWED, render_minutes
from recovery_desk.services.meeting_views import (
    MeetingMinutes,
    MinutesAction,
    MinutesNotReviewed,
    MinutesReview,
    MinutesStep,
)

HELD_ON = date(2026, 11, 21)
PRINTED_ON = date(2026, 11, 23)
STEPS = review_steps()
NAMES = ("Siân Llywelyn-Jones", "Zoë Brontë-Okafor (Zo)", "Łukasz Wiśniewski")


def marker(person: int, step: int) -> str:
    return f"P{person}S{step}notes"


def review(n: int, *, notes: dict[int, str] | None = None, hat: str = "Rowan Quillon") -> MinutesReview:
    texts = notes if notes is not None else {i: f"We talked: {marker(n, i)} here." for i in range(len(STEPS))}
    actions = (
        MinutesAction(f"Act{n}a", f"Owner{n}a", HELD_ON + timedelta(days=7 + n), f"Goal{n}a"),
        MinutesAction(f"Act{n}b", f"Owner{n}b", HELD_ON + timedelta(days=14 + n), ""),
    )
    return MinutesReview(100 + n, NAMES[n], ("review due", "no agreed crisis plan"), hat,
                         tuple(MinutesStep(s.key, s.title, texts.get(i, "")) for i, s in enumerate(STEPS)),
                         actions, HELD_ON + timedelta(days=42 + n))


def make_minutes(**changes) -> MeetingMinutes:
    minutes = MeetingMinutes(
        meeting_id=9, team="Riverside Recovery Team", held_on=HELD_ON, finished=True, chair="Alex Readwell",
        present=("Alex Readwell", "Rowan Quillon", "Kit Fennimore"), hat_wearer="Rowan Quillon",
        hat_per_person=False, reviews=(review(0), review(1), review(2)),
        not_reviewed=(MinutesNotReviewed(200, "Niamh Drizzlewick", ("asked for by a clinician",), True),
                      MinutesNotReviewed(201, "Tomasz Fizz", (), False)))
    return replace(minutes, **changes)


def squash(text: str) -> str:
    return " ".join(text.split())


def render(minutes: MeetingMinutes, tmp_path: Path) -> tuple[int, list[str], pypdf.PdfReader]:
    out = tmp_path / "minutes.pdf"
    result = render_minutes(minutes, out, printed_on=PRINTED_ON)
    reader = pypdf.PdfReader(out)
    return result.pages, [squash(page.extract_text()) for page in reader.pages], reader


def sections(text: str, minutes: MeetingMinutes) -> list[str]:
    """The text of each person's section: from their name to the next name (or the end)."""
    starts = [text.index(r.name) for r in minutes.reviews] + [text.index(NOT_REVIEWED)]
    assert starts == sorted(starts), "people are printed in agenda order"
    return [text[a:b] for a, b in zip(starts, starts[1:])]


def test_every_persons_notes_are_under_the_right_step_titles(tmp_path):
    minutes = make_minutes()
    _pages, pages, _reader = render(minutes, tmp_path)
    for n, section in enumerate(sections(" ".join(pages), minutes)):
        at = 0
        for i, step in enumerate(STEPS):
            title_at = section.index(step.title, at)
            notes_at = section.index(marker(n, i))
            assert title_at < notes_at, (n, step.title)
            at = notes_at
        assert all(marker(m, 0) not in section for m in range(3) if m != n), "no one else's notes"


def test_actions_are_under_actions_with_owner_date_and_goal_and_the_next_review_follows(tmp_path):
    minutes = make_minutes()
    _pages, pages, _reader = render(minutes, tmp_path)
    for n, section in enumerate(sections(" ".join(pages), minutes)):
        actions_at = section.index("Actions")
        next_at = section.index("Next review", actions_at)
        for row in (f"Act{n}a Owner{n}a {uk_date(HELD_ON + timedelta(days=7 + n))} Goal{n}a",
                    f"Act{n}b Owner{n}b {uk_date(HELD_ON + timedelta(days=14 + n))} —"):
            assert actions_at < section.index(row) < next_at, row
        assert section.index(uk_date(HELD_ON + timedelta(days=42 + n)), next_at) > next_at


def test_page_one_opens_with_the_date_and_who_was_there(tmp_path):
    _pages, pages, _reader = render(make_minutes(), tmp_path)
    first = pages[0]
    assert first.startswith("Team meeting — 21/11/2026 Minutes · Riverside Recovery Team")
    assert "Chair Alex Readwell" in first
    assert "Present Alex Readwell, Rowan Quillon, Kit Fennimore" in first
    assert "Recovery hat Rowan Quillon" in first and "passed on" not in first
    assert "Reviewed 3 people of 5 on the agenda" in first
    assert "Recovery hat: Rowan Quillon" not in first, "the hat is named per person only when it was passed"


def test_a_passed_hat_is_named_in_each_review(tmp_path):
    minutes = make_minutes(reviews=(review(0), review(1, hat="Kit Fennimore")))
    _pages, pages, _reader = render(minutes, tmp_path)
    first, second = sections(" ".join(pages), minutes)
    assert "passed on for some reviews" in pages[0]
    assert "Recovery hat: Rowan Quillon" in first and "Recovery hat: Kit Fennimore" in second


def test_people_not_reviewed_are_listed_apart(tmp_path):
    minutes = make_minutes()
    _pages, pages, _reader = render(minutes, tmp_path)
    text = " ".join(pages)
    after = text[text.index(NOT_REVIEWED):]
    assert "Niamh Drizzlewick asked for by a clinician Skipped" in after
    assert "Tomasz Fizz Added to the agenda Not reached" in after
    assert text.count("Niamh Drizzlewick") == 1 and text.count("Tomasz Fizz") == 1


def test_footer_on_every_page_is_confidential_with_page_x_of_y(tmp_path):
    long_notes = " ".join(f"Sentence {n:03d} about how the week went." for n in range(400)) + " kestrel lighthouse"
    minutes = make_minutes(reviews=(review(0, notes={1: long_notes}), review(1), review(2)))
    total, pages, reader = render(minutes, tmp_path)
    assert total == len(reader.pages) >= 3
    assert "Page 1 of" in pages[0]
    for n, page in enumerate(pages, start=1):
        assert f"Team meeting minutes — 21/11/2026 · {CONFIDENTIAL}" in page
        assert f"Page {n} of {total}" in page and "Printed on 23/11/2026" in page
    text = " ".join(pages)
    assert "Sentence 399 about how the week went. kestrel lighthouse" in text, "nothing cut off"


def test_a_review_with_no_notes_says_so_and_shows_only_what_there_is(tmp_path):
    minutes = make_minutes(reviews=(review(0, notes={}),), not_reviewed=())
    _pages, pages, _reader = render(minutes, tmp_path)
    text = " ".join(pages)
    assert "No notes were written at this review." in text
    assert STEPS[0].title not in text and "Actions" in text and "Next review" in text
    assert NOT_REVIEWED not in text


def test_names_print_intact_in_the_embedded_font_and_the_metadata_names_no_one(tmp_path):
    _pages, pages, reader = render(make_minutes(), tmp_path)
    text = " ".join(pages)
    assert all(name in text for name in NAMES)
    for page in reader.pages:
        for font_ref in page["/Resources"]["/Font"].values():
            font = font_ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"]
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font["/FontDescriptor"])
            assert "/FontFile2" in descriptor.get_object()
    everything = " ".join(str(v) for v in reader.metadata.values())
    assert reader.metadata.title == "Team meeting — 21/11/2026"
    assert not [n for n in ("Siân", "Zoë", "Łukasz", "Niamh") if n in everything]


def test_characters_the_font_lacks_are_reported_and_awkward_text_prints(tmp_path):
    notes = {0: "Drew 🌈 for the group <b>not bold</b> & \"quotes\"\r\nline two\x00end"}
    minutes = make_minutes(reviews=(review(0, notes=notes),))
    buffer = io.BytesIO()
    result = render_minutes(minutes, buffer, printed_on=PRINTED_ON)
    assert result.unprintable == ["🌈"]
    text = squash(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages))
    assert 'for the group <b>not bold</b> & "quotes" line two' in text


def test_unfinished_meeting_says_its_minutes_may_change(tmp_path):
    _pages, pages, _reader = render(make_minutes(finished=False), tmp_path)
    assert "not been finished yet" in pages[0]
    _pages, pages, _reader = render(make_minutes(), tmp_path)
    assert "not been finished" not in pages[0]
