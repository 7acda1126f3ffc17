"""The printed goals overview, read back from the PDF.

Overviews are built by hand (no database). Each goal's statement carries a distinct marker
(``Qg1working``...), so an assertion finds exactly the goal it is looking for, and the order
of markers against the part headings in the extracted text says which part a goal is in.
"""
from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf

from recovery_desk.domain.goals import GoalKind, GoalStatus, StepOwner
from recovery_desk.printing.goals_pdf import (
    ACHIEVED,
    GOAL_DATE_PASSED,
    LET_GO,
    SERVICE,
    SOURCE_LINE,
    STEP_DATE_PASSED,
    TITLE,
    WORKING_ON,
    RenderResult,
    render_goals_overview,
)
from recovery_desk.services.goal_views import GoalsOverview, GoalView, NoteView, RiskPlanView, StepView

PRINTED_ON = date(2026, 11, 21)
PERSON_PARTS = (WORKING_ON, ACHIEVED, LET_GO)


# ---- building overviews by hand ---------------------------------------------------------------
_ids = iter(range(1, 1_000_000))


def step(description: str, who: StepOwner = StepOwner.PERSON, who_name: str = "Siân (the person)", *,
         due: date | None = None, done: date | None = None) -> StepView:
    return StepView(id=next(_ids), description=description, who_kind=who, who_name=who_name,
                    who_staff_id=3 if who is StepOwner.STAFF else None,
                    who_supporter_id=5 if who is StepOwner.SUPPORTER else None,
                    due_on=due, done_on=done, version=1)


def note(written_on: date, text: str, author: str = "Zoë Brontë-Okafor") -> NoteView:
    return NoteView(written_on=written_on, text=text, author=author)


def risk_plan(**kwargs) -> RiskPlanView:
    values = dict(
        id=next(_ids), activity="Go swimming on my own at the leisure centre on Saturday mornings.",
        why_it_matters="Swimming is the one time my head goes quiet, and I want to do it without someone watching me.",
        what_could_go_wrong="I might feel overwhelmed in the changing room and leave in a panic.",
        what_makes_it_safer="I'll go at 8am when it is quiet, text Ffion when I arrive and when I leave, "
                            "and the lifeguards know I'm a returning swimmer.",
        who_agreed="Siân, Ffion (sister) and Zoë Brontë-Okafor (care coordinator)",
        review_on=date(2027, 1, 15), review_outcome="", reviewed_on=None, version=1)
    values.update(kwargs)
    return RiskPlanView(**values)


def goal(statement: str, status: GoalStatus = GoalStatus.WORKING, kind: GoalKind = GoalKind.RECOVERY,
         **kwargs) -> GoalView:
    values = dict(
        id=next(_ids), person_id=42, kind=kind, statement=statement, why_it_matters="", life_area="",
        chime="", target_date=None, status=status, readiness=None, readiness_why="",
        achieved_on=None, celebration="", source="", steps=(), notes=(), risk_plans=(), version=1)
    values.update(kwargs)
    return GoalView(**values)


def overview(recovery: tuple[GoalView, ...] = (), treatment: tuple[GoalView, ...] = (), *,
             called: str = "Siân") -> GoalsOverview:
    return GoalsOverview(person_id=42, person_name=f"{called} Llywelyn-Jones", called=called,
                         recovery=recovery, treatment=treatment)


def marked_overview(**kwargs) -> GoalsOverview:
    """Two goals in each part, each statement with a marker saying where it belongs."""
    recovery = (
        goal("I want to Qg1working get back to swimming.", target_date=date(2027, 3, 31)),
        goal("Qg2achieved Cook a meal for my sister.", GoalStatus.ACHIEVED, achieved_on=date(2026, 9, 12),
             celebration="Qc2celebration We had cake at the team base."),
        goal("Qg3letgo Run the half marathon.", GoalStatus.LET_GO),
        goal("Qg4paused Learn to drive.", GoalStatus.PAUSED),
        goal("Qg5achieved Volunteer at the garden.", GoalStatus.ACHIEVED, achieved_on=date(2026, 6, 2),
             celebration="Qc5celebration A card from everyone at the garden."),
        goal("Qg6letgo Move to Cardiff.", GoalStatus.LET_GO),
    )
    treatment = (
        goal("Qt1service Review medication side effects every three months.", kind=GoalKind.TREATMENT),
        goal("Qt2service Support with a housing application.", GoalStatus.ACHIEVED, kind=GoalKind.TREATMENT,
             achieved_on=date(2026, 8, 1)),
    )
    return overview(recovery, treatment, **kwargs)


def realistic_overview(called: str = "Siân") -> GoalsOverview:
    """A fictional, realistically full overview (also used for looking at the pages)."""
    swimming = goal(
        "I want to get back to swimming twice a week, like I did before I got ill. I used to swim for the "
        "county when I was sixteen.",
        why_it_matters="When I swim my head goes quiet. It's the one place I feel like me, and I'd like to feel "
                       "strong again.",
        life_area="Health and fitness", chime="Identity", target_date=date(2027, 3, 31), readiness=7,
        readiness_why="I've already found my old costume and I know the pool times. Ffion says she'll come "
                      "the first time.",
        steps=(
            step("Find out the pool's quiet times", done=date(2026, 10, 2)),
            step("Ask about the GP exercise referral scheme", StepOwner.STAFF, "Zoë Brontë-Okafor",
                 due=date(2026, 11, 6)),
            step("Come with me to the first session", StepOwner.SUPPORTER, "Ffion Llywelyn (sister)",
                 due=date(2026, 12, 5)),
            step("Swim ten lengths without stopping", due=date(2027, 2, 1)),
        ),
        notes=(
            note(date(2026, 9, 20), "Siân found the old swimming certificates and brought them in. She was "
                                    "really proud of them."),
            note(date(2026, 10, 2), "Pool times found. Saturday at 8am is the quietest."),
            note(date(2026, 11, 14), "Went to the pool to look around with Ffion. Felt nervous but stayed "
                                     "for half an hour and watched.", "Łukasz Wiśniewski"),
        ),
        risk_plans=(risk_plan(),),
    )
    work = goal(
        "Get a part-time job in a bike shop, maybe three days a week.",
        why_it_matters="I love fixing bikes and I want my own money and somewhere to be in the mornings.",
        life_area="Work and volunteering", target_date=date(2026, 9, 30), readiness=5,
        readiness_why="I know I'm good with my hands.",
        steps=(
            step("Update my CV with the volunteering", done=date(2026, 8, 14)),
            step("Meet the employment specialist", StepOwner.STAFF, "Łukasz Wiśniewski", due=date(2026, 10, 1)),
            step("Visit two bike shops and ask about work", due=date(2026, 11, 1)),
        ),
        notes=(note(date(2026, 10, 20), "Siân said the job felt further away this month because of sleep. We "
                                        "agreed to keep it as a goal and look again in December."),),
    )
    driving = goal("Learn to drive so I can visit my nan in Brecon.", GoalStatus.PAUSED,
                   life_area="Family and friends", target_date=date(2026, 7, 1),
                   why_it_matters="My nan is 91 and the bus takes three hours.",
                   steps=(step("Apply for a provisional licence", due=date(2026, 6, 1)),),
                   notes=(note(date(2026, 8, 3), "Paused until money is sorted — Siân's choice."),))
    cooking = goal("Cook a proper Sunday dinner for Ffion and the kids.", GoalStatus.ACHIEVED,
                   achieved_on=date(2026, 10, 18), life_area="Family and friends",
                   why_it_matters="They have looked after me so much. I wanted to look after them for once.",
                   celebration="Ffion took a photo of everyone round the table and I've put it on my fridge. "
                               "The team sent a card.",
                   notes=(note(date(2026, 10, 19), "Roast chicken for six! Siân said it was the best day she's "
                                                   "had in a long time."),))
    garden = goal("Volunteer at the community garden every week.", GoalStatus.ACHIEVED,
                  achieved_on=date(2026, 5, 30), life_area="Work and volunteering",
                  celebration="I was given my own key to the tool shed.")
    marathon = goal("Run the Cardiff half marathon.", GoalStatus.LET_GO, life_area="Health and fitness")
    college = goal("Go back to college to finish my A levels.", GoalStatus.LET_GO, life_area="Learning")
    meds = goal("Review how the olanzapine is suiting Siân every three months, including weight and sleep.",
                kind=GoalKind.TREATMENT, target_date=date(2027, 2, 1),
                why_it_matters="Siân has put on weight before with olanzapine and wants to talk about it early.",
                steps=(step("Medication review with Dr Okafor", StepOwner.STAFF, "Dr Chidi Okafor",
                            due=date(2026, 11, 1), done=date(2026, 10, 28)),
                       step("Blood tests at the GP surgery", due=date(2027, 1, 20))))
    housing = goal("Support Siân's application for a ground-floor flat nearer her sister.", kind=GoalKind.TREATMENT,
                   target_date=date(2026, 10, 31), life_area="Home",
                   steps=(step("Letter of support to the housing team", StepOwner.STAFF, "Zoë Brontë-Okafor",
                               due=date(2026, 10, 15)),))
    return overview((work, swimming, driving, cooking, marathon, garden, college), (meds, housing), called=called)


# ---- reading the PDF back -----------------------------------------------------------------------
def squash(text: str) -> str:
    return " ".join(text.split())


def render(view: GoalsOverview, tmp_path: Path, name: str = "goals.pdf",
           **kwargs) -> tuple[RenderResult, list[str], pypdf.PdfReader]:
    out = tmp_path / name
    result = render_goals_overview(view, out, printed_on=PRINTED_ON, **kwargs)
    reader = pypdf.PdfReader(out)
    pages = [squash(page.extract_text()) for page in reader.pages]
    return result, pages, reader


def part_of(text: str, marker: str) -> str:
    """The heading of the part the marker is printed in (the last heading before it)."""
    at = text.index(marker)
    found = [(text.rfind(h, 0, at), h) for h in (*PERSON_PARTS, SERVICE)]
    return max(found)[1]


# ---- the tests ----------------------------------------------------------------------------------
def test_every_goal_is_under_the_right_heading_and_the_parts_come_in_order(tmp_path):
    result, pages, reader = render(marked_overview(), tmp_path)
    text = " ".join(pages)
    assert result.pages == len(reader.pages)
    assert result.unprintable == []
    heads = [text.index(h) for h in (WORKING_ON, ACHIEVED, LET_GO, SERVICE)]
    assert heads == sorted(heads)
    for heading in (WORKING_ON, ACHIEVED, LET_GO, SERVICE):
        assert text.count(heading) == 1, heading
    expected = {"Qg1working": WORKING_ON, "Qg4paused": WORKING_ON, "Qg2achieved": ACHIEVED,
                "Qg5achieved": ACHIEVED, "Qg3letgo": LET_GO, "Qg6letgo": LET_GO,
                "Qt1service": SERVICE, "Qt2service": SERVICE}
    for marker, heading in expected.items():
        assert text.count(marker) == 1, marker
        assert part_of(text, marker) == heading, marker
    # working before paused; the most recent achievement first
    assert text.index("Qg1working") < text.index("Qg4paused")
    assert text.index("Qg2achieved") < text.index("Qg5achieved")
    assert "Paused for now" in text


def test_treatment_goals_come_only_after_their_own_heading(tmp_path):
    _r, pages, _ = render(realistic_overview(), tmp_path)
    text = " ".join(pages)
    service_at = text.index(SERVICE)
    for statement in ("Review how the olanzapine is suiting Siân", "Support Siân's application for a ground-floor"):
        assert text.index(statement) > service_at
        assert text.count(statement) == 1
    # nothing of the service's is among the person's goals, and no goal of the person's after it
    persons = text[:service_at]
    assert "olanzapine" not in persons and "Agreed by the service" not in persons
    service_part = text[service_at:]
    for statement in ("get back to swimming", "part-time job in a bike shop", "Sunday dinner", "half marathon"):
        assert statement not in service_part
    # a recovery goal overview without treatment goals has no service part
    _r, pages, _ = render(overview((goal("Just one goal Qz1."),)), tmp_path, "none.pdf")
    assert SERVICE not in " ".join(pages)


def test_first_page_opens_with_the_called_name_and_my_goals(tmp_path):
    _r, pages, reader = render(realistic_overview(), tmp_path)
    assert pages[0].startswith(f"Siân {TITLE} I'm working on 2 goals, 1 goal is paused for now and "
                               "I've achieved 2 goals.")
    sizes = text_sizes(reader.pages[0])
    assert sizes["Siân"] >= 29.5
    assert max(size for text, size in sizes.items() if text != "Siân") < sizes["Siân"]


def test_a_working_goal_shows_its_details_steps_and_latest_notes(tmp_path):
    _r, pages, _ = render(realistic_overview(), tmp_path)
    text = " ".join(pages)
    swim = text[text.index("get back to swimming"):text.index("Learn to drive")]
    for expected in ("Why it matters to me When I swim my head goes quiet.", "Life area: Health and fitness",
                     "Target date: 31/03/2027", "How ready I feel: 7 out of 10",
                     "What helps me feel ready I've already found my old costume"):
        assert expected in swim, expected
    # the steps, with who and when; a tick and the date for one that is done
    assert "✓ Find out the pool's quiet times Me Done 02/10/2026" in swim
    assert "☐ Ask about the GP exercise referral scheme Zoë Brontë-Okafor By 06/11/2026" in swim
    assert "Ffion Llywelyn (sister) By 05/12/2026" in swim
    assert "Swim ten lengths without stopping Me By 01/02/2027" in swim
    # only the latest two notes, newest first, dated and signed
    assert "Latest notes 14/11/2026 · Łukasz Wiśniewski Went to the pool" in swim
    assert "02/10/2026 · Zoë Brontë-Okafor Pool times found." in swim
    assert "old swimming certificates" not in text
    assert swim.index("14/11/2026 · Łukasz") < swim.index("02/10/2026 · Zoë")


def test_passed_dates_are_marked_kindly_only_where_work_is_still_going_on(tmp_path):
    _r, pages, _ = render(realistic_overview(), tmp_path)
    text = " ".join(pages)
    job = text[text.index("part-time job in a bike shop"):text.index("get back to swimming")]
    assert f"Target date: 30/09/2026 — {GOAL_DATE_PASSED}" in job
    assert f"Łukasz Wiśniewski By 01/10/2026 {STEP_DATE_PASSED.capitalize()}" in job
    assert f"By 01/11/2026 {STEP_DATE_PASSED.capitalize()}" in job
    assert "Done 14/08/2026" in job and STEP_DATE_PASSED.capitalize() not in job[job.index("Update my CV"):
                                                                                   job.index("Meet the")]
    swim = text[text.index("get back to swimming"):text.index("Learn to drive")]
    assert swim.count(STEP_DATE_PASSED.capitalize()) == 1  # only the referral, not the future steps
    assert GOAL_DATE_PASSED not in swim
    # a paused goal's dates have passed too, but it is on hold: nothing is flagged
    paused = text[text.index("Learn to drive"):text.index(ACHIEVED)]
    assert "Target date: 01/07/2026" in paused and "worth talking about" not in paused
    # the service's passed date is flagged as well
    housing = text[text.index("ground-floor flat"):]
    assert f"Target date: 31/10/2026 — {GOAL_DATE_PASSED}" in housing
    assert "failed" not in text.lower() and "overdue" not in text.lower()


def test_achievements_keep_their_date_and_celebration(tmp_path):
    _r, pages, _ = render(marked_overview(), tmp_path)
    text = " ".join(pages)
    achieved = text[text.index(ACHIEVED):text.index(LET_GO)]
    assert "Achieved on 12/09/2026 Qg2achieved Cook a meal for my sister." in achieved
    assert "How I celebrated Qc2celebration We had cake at the team base." in achieved
    assert "Achieved on 02/06/2026 Qg5achieved" in achieved
    assert "Qc5celebration A card from everyone at the garden." in achieved
    # set large, like the goal itself
    _r, pages, reader = render(realistic_overview(), tmp_path, "real.pdf")
    page = next(p for p, t in zip(reader.pages, pages) if "Ffion took a photo" in t)
    assert size_of(text_sizes(page), "Ffion took a photo") == 12.5


def test_let_go_goals_are_short_and_neutral(tmp_path):
    _r, pages, _ = render(realistic_overview(), tmp_path)
    text = " ".join(pages)
    let_go = text[text.index(LET_GO):text.index(SERVICE)]
    assert "Letting a goal go is a choice." in let_go
    assert "Run the Cardiff half marathon. (Health and fitness)" in let_go
    assert "Go back to college to finish my A levels. (Learning)" in let_go
    for word in ("fail", "gave up", "unsuccessful", "didn't manage"):
        assert word not in let_go.lower()
    # nothing let go, no part for it
    _r, pages, _ = render(overview((goal("Only one Qz2."),)), tmp_path, "none.pdf")
    assert LET_GO not in " ".join(pages)


def test_a_positive_risk_taking_plan_is_printed_under_its_goal(tmp_path):
    _r, pages, _ = render(realistic_overview(), tmp_path)
    text = " ".join(pages)
    swim_at, plan_at = text.index("get back to swimming"), text.index("Positive risk-taking plan")
    assert swim_at < plan_at < text.index("Learn to drive")
    plan = text[plan_at:]
    for expected in ("What I want to do Go swimming on my own", "Why it matters Swimming is the one time",
                     "What could go wrong I might feel overwhelmed", "What will make it safer I'll go at 8am",
                     "Who agreed it Siân, Ffion (sister) and Zoë Brontë-Okafor", "Review date: 15/01/2027"):
        assert expected in plan, expected
    # a review that has come round is said so; an outcome is printed with its date
    due = overview((goal("Qz3 swim", risk_plans=(risk_plan(review_on=date(2026, 11, 20), reviewed_on=date(2026, 8, 1),
                                                           review_outcome="Qz3outcome going well"),)),))
    _r, pages, _ = render(due, tmp_path, "due.pdf")
    text = " ".join(pages)
    assert "Review date: 20/11/2026 — time to look at how it is going" in text
    assert "Last looked at on 01/08/2026 Qz3outcome going well" in text


def test_footer_on_every_page_and_the_source_line_at_the_end(tmp_path):
    long_goal = goal(long_text(60), steps=(step("A step Qz4", due=date(2027, 1, 1)),))
    result, pages, _ = render(replace(realistic_overview(), recovery=(long_goal, *realistic_overview().recovery)),
                              tmp_path)
    total = len(pages)
    assert total >= 3 and result.pages == total
    assert "Page 1 of" in pages[0]
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in page
        assert f"{TITLE} — Siân" in page
        assert "Printed on 21/11/2026" in page
    text = " ".join(pages)
    assert text.count(SOURCE_LINE) == 1
    assert SOURCE_LINE in pages[-1]
    assert text.index(SOURCE_LINE) > text.index("ground-floor flat")
    for other in ("action point", "Section 5", "100 Ways,"):
        assert other not in text


def test_a_very_long_goal_flows_over_pages_with_its_last_words(tmp_path):
    statement = long_text(105)
    assert len(statement) >= 8_000
    long_step = "Qz5step " + "A long step that keeps going. " * 120 + "Qz5end of the step."
    view = overview((goal(statement, why_it_matters="Qz5why", steps=(step(long_step, due=date(2027, 1, 1)),)),
                     goal("Qz5next goal")))
    for large in (False, True):
        _r, pages, _ = render(view, tmp_path, f"long-{large}.pdf", large_print=large)
        text = " ".join(pages)
        assert [n for n in range(105) if text.count(f"s{n:03d}x") != 1] == []
        assert "The very last words are kestrel lighthouse." in text
        first = next(i for i, p in enumerate(pages) if "s000x" in p)
        last = next(i for i, p in enumerate(pages) if "kestrel lighthouse" in p)
        assert last > first
        assert text.index("kestrel lighthouse") < text.index("Qz5why") < text.index("Qz5step")
        assert "Qz5end of the step." in text and text.index("Qz5end") < text.index("Qz5next goal")


def test_large_print_is_bigger_and_longer(tmp_path):
    view = realistic_overview()
    standard, _std_pages, std_reader = render(view, tmp_path, "standard.pdf")
    large, large_pages, large_reader = render(view, tmp_path, "large.pdf", large_print=True)
    assert large.pages > standard.pages
    text = " ".join(large_pages)
    for expected in ("Me · Done 02/10/2026", "Zoë Brontë-Okafor · By 06/11/2026 — date passed — worth talking about",
                     "How I celebrated", "Agreed by the service"):
        assert expected in text, expected
    sizes = [size for page in large_reader.pages for text, size in text_sizes(page).items()
             if not text.startswith((f"{TITLE} —", "Page ", "Printed on"))]
    assert min(sizes) >= 16  # everything but the page footer
    assert text_sizes(large_reader.pages[0])["Siân"] >= 40
    std_body = min(size for page in std_reader.pages for size in text_sizes(page).values())
    assert std_body < 12


def test_accented_names_print_intact_and_the_font_is_embedded(tmp_path):
    for called in ("Siân", "Zoë", "Łukasz"):
        _r, pages, reader = render(realistic_overview(called), tmp_path, f"{called}.pdf")
        assert pages[0].startswith(f"{called} {TITLE}")
        assert all(f"{TITLE} — {called}" in page for page in pages)
        text = " ".join(pages)
        for name in ("Zoë Brontë-Okafor", "Łukasz Wiśniewski", "Siân, Ffion (sister)"):
            assert name in text
        for page in reader.pages:
            for font_ref in page["/Resources"]["/Font"].values():
                font = font_ref.get_object()
                assert "DejaVuSans" in font["/BaseFont"]
                descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                              if "/DescendantFonts" in font else font["/FontDescriptor"])
                assert "/FontFile2" in descriptor.get_object()
        assert reader.metadata.title == f"{TITLE} — {called}"
        assert "Llywelyn" not in " ".join(str(v) for v in reader.metadata.values())


def test_empty_parts_say_so_gently(tmp_path):
    _r, pages, _ = render(overview(), tmp_path)
    text = " ".join(pages)
    assert pages[0].startswith("Siân My goals My goals, in my own words, and how they are going.")
    assert f"{WORKING_ON} Nothing at the moment." in text
    assert f"{ACHIEVED} Nothing here yet." in text
    assert LET_GO not in text and SERVICE not in text


def test_characters_the_font_lacks_are_reported_and_everything_else_prints(tmp_path):
    view = overview((goal("Paint rainbows 🌈 with Zoë and Łukasz 𓀀 ok."),))
    result, pages, _ = render(view, tmp_path)
    assert result.unprintable == ["🌈", "𓀀"]
    assert "Paint rainbows" in " ".join(pages) and "with Zoë and Łukasz" in " ".join(pages)


def test_any_destination_and_awkward_text(tmp_path):
    view = overview((goal("Tags <b>not bold</b> & ampersands; \"quotes\"\r\nline two\x00\x0cend",
                          steps=(step("Step with <i>angle</i> & co"),)),))
    buffer = io.BytesIO()
    result = render_goals_overview(view, buffer, printed_on=PRINTED_ON)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == result.pages
    text = squash(" ".join(p.extract_text() for p in reader.pages))
    assert 'Tags <b>not bold</b> & ampersands; "quotes" line two' in text
    assert "Step with <i>angle</i> & co" in text
    render_goals_overview(view, str(tmp_path / "as-string.pdf"), printed_on=PRINTED_ON, large_print=True)
    assert (tmp_path / "as-string.pdf").read_bytes().startswith(b"%PDF")


# ---- helpers ----------------------------------------------------------------------------------------
def long_text(sentences: int, tag: str = "s") -> str:
    """Numbered sentences (``s000x``, ``s001x``...) ending in "kestrel lighthouse"."""
    body = " ".join(f"Sentence {tag}{n:03d}x is part of what I want my life to look like in a year or so."
                    for n in range(sentences))
    return body + " The very last words are kestrel lighthouse."


def text_sizes(page) -> dict[str, float]:
    """Each run of text on the page with its printed size in points (largest if repeated)."""
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, _font, font_size):
        text = text.strip()
        if not text:
            return
        scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
        sizes[text] = max(sizes.get(text, 0), round(font_size * scale, 1))

    page.extract_text(visitor_text=visit)
    return sizes


def size_of(sizes: dict[str, float], fragment: str) -> float:
    return next(size for text, size in sizes.items() if text.startswith(fragment))


