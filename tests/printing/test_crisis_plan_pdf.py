"""The printed joint crisis plan, read back from the PDF.

Plans are built by hand (no database): the section titles come from the real content file,
the texts are distinct markers, so each assertion finds exactly what it is looking for.
"""
from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pypdf

from recovery_desk.content.crisis_plan import crisis_plan_sections
from recovery_desk.printing.crisis_plan_pdf import (
    DRAFT_MARK,
    NOTES_LABEL,
    SUPERSEDED_MARK,
    RenderResult,
    render_crisis_plan,
)
from recovery_desk.printing.fonts import unprintable_characters
from recovery_desk.services.crisis_plan_views import (
    AGREED,
    DRAFT,
    SUPERSEDED,
    CrisisPlanView,
    PlanCopy,
    PlanSection,
)

PRINTED_ON = date(2026, 11, 21)
TEMPLATES = crisis_plan_sections()
KEYS = [t.key for t in TEMPLATES]
REQUIRED = {t.key for t in TEMPLATES if t.required_to_agree}


# ---- building plans by hand -------------------------------------------------------------------
def words_marker(i: int) -> str:
    return f"W{i:02d}words"


def notes_marker(i: int) -> str:
    return f"N{i:02d}notes"


def make_plan(texts: dict[str, tuple[str, str]] | None = None, *, status: str = DRAFT,
              called: str = "Siân", version_no: int = 3, copies: tuple[PlanCopy, ...] = (),
              not_agreed: str = "", person_took_part: bool = True) -> CrisisPlanView:
    """A plan whose sections hold ``texts[key] = (their_words, staff_notes)`` (others empty)."""
    texts = texts or {}
    sections = tuple(
        PlanSection(t.key, t.title, t.help, t.prompts, *texts.get(t.key, ("", "")), t.required_to_agree)
        for t in TEMPLATES)
    agreed = status != DRAFT
    return CrisisPlanView(
        id=7, person_id=42, person_name=f"{called} Llywelyn-Jones", called=called,
        date_of_birth=date(1985, 3, 7), nhs_number="9434765919", version_no=version_no, status=status,
        review_by=date(2027, 5, 21), agreed_on=date(2026, 11, 14) if agreed else None,
        person_took_part=person_took_part, care_coordinator="Zoë Brontë-Okafor",
        facilitator="Łukasz Wiśniewski", supporters_involved="My sister Ffion",
        not_agreed=not_agreed, sections=sections, copies=copies, version=5,
        updated_at=datetime(2026, 11, 14, 15, 30, tzinfo=timezone.utc))


def marked_plan(**kwargs) -> CrisisPlanView:
    """Every section filled with distinct marker text, and team notes on the even ones."""
    texts = {
        key: (f"In my words {words_marker(i)} for this part of my plan.",
              f"The team adds {notes_marker(i)} here." if i % 2 == 0 else "")
        for i, key in enumerate(KEYS)
    }
    return make_plan(texts, **kwargs)


def realistic_plan(status: str = DRAFT) -> CrisisPlanView:
    """A fictional, realistically full plan (also used by the benchmark and for looking at)."""
    texts = {
        "when_well": (
            "I'm chatty and I like a laugh. I get up early, walk Bryn (my dog) along the canal and "
            "volunteer at the community garden on Tuesdays and Thursdays.\n"
            "My friends would say I'm the one who remembers birthdays and organises the quiz team.",
            ""),
        "early_warning_signs": (
            "I stop answering my phone and let the post pile up.\n"
            "I sleep less than five hours and feel I have to clean the flat at night.\n"
            "My sister notices that I talk very fast and jump between topics.\n\n"
            "If I start hearing the voice that tells me people are watching me, I need help straight away.",
            "Siân has said that missing two garden sessions in a row is usually the first sign others see."),
        "triggers": (
            "The anniversary of my mum's death in February. Letters about benefits. Being on my own for "
            "days at a time, and noisy neighbours at night.", ""),
        "what_helps": (
            "Someone I know calling round rather than phoning.\n"
            "Walking Bryn, even for ten minutes. Music in my headphones. Being told plainly what is "
            "happening and what will happen next.\n"
            "Help with opening letters so they don't frighten me.", ""),
        "what_doesnt_help": (
            "Lots of different people asking me the same questions. Being told to calm down. "
            "Bright lights and crowded waiting rooms.", ""),
        "staff_do": (
            "Talk to me quietly, one person at a time. Call my sister Ffion early on. Offer me a cup of "
            "tea and give me time to answer.", ""),
        "staff_not_do": (
            "Please don't come to my door in uniform or with a police officer unless there is no other way. "
            "Don't talk about me in front of me as if I'm not there.",
            "We explained that if there is an immediate risk to Siân's safety the police may need to attend; "
            "we will always try the crisis team first."),
        "treatment_preferences": (
            "Olanzapine has helped before at a low dose, but I put on weight with it, so I'd like to talk "
            "about that early. I'd prefer a short course of something to help me sleep.", ""),
        "treatment_refusals": (
            "I do not want haloperidol. When I had it in 2019 I had severe muscle spasms in my neck "
            "and I was frightened for days afterwards.",
            "Noted on the medication record. The team agrees to avoid haloperidol and will tell any "
            "admitting ward."),
        "stay_at_home": (
            "Daily visits from the home treatment team, and my sister staying over for a few nights.", ""),
        "preferred_admission": (
            "If I have to go in, I'd prefer Willow Ward at St Anselm's because it is near my sister "
            "and I know some of the staff.", ""),
        "who_to_contact": (
            "My sister Ffion Llywelyn — 07700 900123 — she can be told everything.\n"
            "My friend Łukasz — 07700 900456 — please just tell him I'm not well and ask him to look "
            "after Bryn.", ""),
        "who_not_to_contact": (
            "Please don't contact my ex-partner, or give him any information about me.", ""),
        "decision_maker": (
            "Ffion. We have talked about it and she has agreed. There is no formal arrangement yet.", ""),
        "practical_arrangements": (
            "Pets: Łukasz will look after Bryn; he has a spare key.\n"
            "Bills: rent and council tax are paid by direct debit. Ffion can ring the gas company.\n"
            "Post: Ffion will collect it every few days.\n"
            "Volunteering: please ask Ffion to let the garden coordinator know I won't be in.", ""),
        "life_skills": (
            "I'd like to keep cooking for myself if I'm on the ward, and to go outside every day, "
            "even for a short walk. Music helps me feel like myself.", ""),
        "contact_numbers": (
            "Riverside community mental health team (weekdays 9 to 5): 01632 960 100\n"
            "Crisis line (24 hours): 0800 000 0000\n"
            "NHS 111, option 2, at any time", ""),
        "reflections": ("", ""),
    }
    copies = (
        PlanCopy(1, "Me", date(2026, 11, 14), 3, False, 1),
        PlanCopy(2, "Ffion Llywelyn (sister)", date(2026, 11, 15), 3, False, 1),
        PlanCopy(3, "GP — Canal Street Surgery", date(2025, 6, 2), 2, True, 1),
    ) if status != DRAFT else ()
    return make_plan(texts, status=status, copies=copies,
                     not_agreed="Siân asked that the police are never involved. We could not agree to "
                                "\"never\": if there is an immediate risk to her safety, the police may need "
                                "to help. We will always try the crisis team first.")


# ---- reading the PDF back -------------------------------------------------------------------------
def squash(text: str) -> str:
    return " ".join(text.split())


def render(plan: CrisisPlanView, tmp_path: Path, name: str = "plan.pdf", **kwargs) -> tuple[RenderResult, list[str], pypdf.PdfReader]:
    out = tmp_path / name
    result = render_crisis_plan(plan, out, printed_on=PRINTED_ON, **kwargs)
    reader = pypdf.PdfReader(out)
    pages = [squash(page.extract_text()) for page in reader.pages]
    return result, pages, reader


def long_text(sentences: int = 200, tag: str = "s") -> str:
    """Numbered sentences (``s000x``, ``s001x``...) ending in "kestrel lighthouse"."""
    body = " ".join(
        f"Sentence {tag}{n:03d}x is one of the things I want people to understand about me when I am unwell."
        for n in range(sentences))
    return body + " The very last words are kestrel lighthouse."


# ---- the tests --------------------------------------------------------------------------------------
def test_every_section_title_and_its_words_and_notes_are_printed(tmp_path):
    result, pages, reader = render(marked_plan(), tmp_path)
    text = " ".join(pages)
    for i, template in enumerate(TEMPLATES):
        assert template.title in text, template.title
        assert words_marker(i) in text
        if i % 2 == 0:
            assert notes_marker(i) in text
    # section order on paper matches the screen
    positions = [text.index(words_marker(i)) for i in range(len(TEMPLATES))]
    assert positions == sorted(positions)
    assert result.pages == len(reader.pages) >= 2
    assert result.unprintable == []


def test_team_notes_are_labelled_and_set_apart_from_the_persons_words(tmp_path):
    _result, pages, _reader = render(marked_plan(), tmp_path)
    text = " ".join(pages)
    noted = [i for i in range(len(TEMPLATES)) if i % 2 == 0]
    assert text.count(NOTES_LABEL) == len(noted)
    for i in noted:  # the label comes between the person's words and the team's notes
        words_at, notes_at = text.index(words_marker(i)), text.index(notes_marker(i))
        assert NOTES_LABEL in text[words_at:notes_at]
    # a section without team notes has no label
    one = make_plan({"when_well": ("Only my words here.", "")})
    _r, pages, _ = render(one, tmp_path, "one.pdf")
    assert NOTES_LABEL not in " ".join(pages)


def test_first_page_opens_with_the_name_and_the_details(tmp_path):
    _result, pages, reader = render(marked_plan(), tmp_path)
    first = pages[0]
    assert first.startswith("Siân My joint crisis plan")
    for expected in ("Siân Llywelyn-Jones", "07/03/1985", "943 476 5919", "Zoë Brontë-Okafor",
                     "Not yet agreed — draft", "21/05/2027"):
        assert expected in first, expected
    # the called name is set large on page one (30 pt), larger than anything else
    sizes = text_sizes(reader.pages[0])
    assert sizes["Siân"] >= 29.5
    assert max(size for text, size in sizes.items() if text not in ("Siân", DRAFT_MARK)) < sizes["Siân"]


def test_footer_on_every_page_says_who_which_version_and_page_x_of_y(tmp_path):
    plan = marked_plan(status=AGREED, version_no=4)
    plan = replace(plan, sections=tuple(
        replace(s, their_words=long_text(40)) if s.key == "what_helps" else s for s in plan.sections))
    result, pages, _reader = render(plan, tmp_path)
    total = len(pages)
    assert total >= 3 and result.pages == total
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {total}" in page
        assert "Joint crisis plan for Siân · Version 4 · Agreed 14/11/2026" in page
        assert "Printed on 21/11/2026" in page
    assert "Page 1 of" in pages[0]


def test_signature_block_and_who_took_part(tmp_path):
    _result, pages, _reader = render(marked_plan(not_agreed="We could not agree on Zq9notagreed."), tmp_path)
    text = " ".join(pages)
    last = pages[-1]
    assert "Signed (me)" in last and "Signed (care coordinator)" in last
    assert last.count("Date") >= 2
    assert "Care coordinator: Zoë Brontë-Okafor" in last
    assert text.rindex("Signed (care coordinator)") > text.rindex("Who took part in making this plan")
    assert "Things we could not agree on We could not agree on Zq9notagreed." in text
    for expected in ("Yes, I took part", "Łukasz Wiśniewski", "My sister Ffion"):
        assert expected in text
    _r, pages, _ = render(marked_plan(person_took_part=False), tmp_path, "no.pdf")
    text = " ".join(pages)
    assert "No, I did not take part" in text
    assert "Things we could not agree on" not in text  # nothing to say, no heading


def test_who_has_a_copy(tmp_path):
    copies = (PlanCopy(1, "Me", date(2026, 11, 14), 3, False, 1),
              PlanCopy(2, "Łukasz (friend)", None, 3, False, 1),
              PlanCopy(3, "GP surgery", date(2025, 6, 2), 2, True, 1))
    _r, pages, _ = render(marked_plan(status=AGREED, copies=copies), tmp_path)
    text = " ".join(pages)
    assert "Who has a copy" in text
    assert "Me Version 3 14/11/2026" in text
    assert "Łukasz (friend) Version 3 Not yet given" in text
    assert "GP surgery Version 2 (out of date) 02/06/2025" in text
    _r, pages, _ = render(marked_plan(status=AGREED), tmp_path, "none.pdf")
    assert "Who has a copy" not in " ".join(pages)


def test_accented_names_print_intact_and_the_font_is_embedded(tmp_path):
    plan = replace(marked_plan(called="Zoë"), copies=(PlanCopy(1, "Łukasz", date(2026, 11, 14), 3, False, 1),))
    _r, pages, reader = render(plan, tmp_path)
    text = " ".join(pages)
    for name in ("Zoë", "Zoë Brontë-Okafor", "Łukasz Wiśniewski", "Łukasz"):
        assert name in text
    assert all("Joint crisis plan for Zoë" in page for page in pages)
    for page in reader.pages:
        for font_ref in page["/Resources"]["/Font"].values():
            font = font_ref.get_object()
            assert "DejaVuSans" in font["/BaseFont"]  # no unembedded Helvetica anywhere
            descriptor = (font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                          if "/DescendantFonts" in font else font["/FontDescriptor"])
            assert "/FontFile2" in descriptor.get_object()


def test_metadata_has_the_title_and_nothing_else_identifying(tmp_path):
    _r, _pages, reader = render(marked_plan(), tmp_path)
    meta = reader.metadata
    assert meta.title == "Joint crisis plan — Siân"
    assert meta.author == "Recovery Desk"
    # The dates are when it was made (their digits can look like anything: "…194353" holds "943").
    everything = " ".join(str(v) for k, v in meta.items() if not k.endswith("Date"))
    assert {k for k in meta if k.endswith("Date")} <= {"/CreationDate", "/ModDate"}
    for identifying in ("Llywelyn", "943", "9434765919", "1985", "Zoë", "Łukasz"):
        assert identifying not in everything


def test_a_draft_is_marked_on_every_page_and_an_agreed_plan_on_none(tmp_path):
    base = marked_plan()
    long = tuple(replace(s, their_words=long_text(60)) if s.key == "triggers" else s for s in base.sections)
    _r, draft_pages, _ = render(replace(base, sections=long), tmp_path, "draft.pdf")
    assert len(draft_pages) >= 3
    assert all(DRAFT_MARK in page for page in draft_pages)
    assert all("Joint crisis plan for Siân · Version 3 · DRAFT" in page for page in draft_pages)

    agreed = replace(base, sections=long, status=AGREED, agreed_on=date(2026, 11, 14))
    _r, agreed_pages, _ = render(agreed, tmp_path, "agreed.pdf")
    assert len(agreed_pages) >= 3
    assert not any("DRAFT" in page for page in agreed_pages)
    assert not any(SUPERSEDED_MARK in page for page in agreed_pages)

    old = replace(agreed, status=SUPERSEDED)
    _r, old_pages, _ = render(old, tmp_path, "old.pdf")
    assert all(SUPERSEDED_MARK in page for page in old_pages)
    assert not any(DRAFT_MARK in page for page in old_pages)


def test_empty_sections_show_in_a_draft_and_only_required_ones_in_an_agreed_plan(tmp_path):
    texts = {"when_well": ("Only this one is written.", "")}
    _r, pages, _ = render(make_plan(texts), tmp_path, "draft.pdf")
    text = " ".join(pages)
    assert text.count("Nothing written yet.") == len(TEMPLATES) - 1
    assert all(t.title in text for t in TEMPLATES)

    _r, pages, _ = render(make_plan(texts, status=AGREED), tmp_path, "agreed.pdf")
    text = " ".join(pages)
    assert "Nothing written yet." not in text
    for t in TEMPLATES:
        if t.key in REQUIRED or t.key == "when_well":
            assert t.title in text, t.title
        else:
            assert t.title not in text, t.title
    assert text.count("Nothing written.") == len(REQUIRED)


def test_a_very_long_section_flows_over_several_pages_with_nothing_cut_off(tmp_path):
    long = long_text(170)
    assert len(long) >= 15_000
    plan = marked_plan()
    plan = replace(plan, sections=tuple(
        replace(s, their_words=long, staff_notes=long_text(60, tag="t")) if s.key == "what_helps" else s
        for s in plan.sections))
    _r, pages, _ = render(plan, tmp_path)
    text = " ".join(pages)
    # every sentence of the person's words and of the team's (long) notes is there, once
    assert [n for n in range(170) if text.count(f"s{n:03d}x") != 1] == []
    assert [n for n in range(60) if text.count(f"t{n:03d}x") != 1] == []
    assert text.count("The very last words are kestrel lighthouse.") == 2
    first_page = next(i for i, p in enumerate(pages) if "s000x" in p)
    last_page = next(i for i, p in enumerate(pages) if "s169x" in p)
    assert last_page - first_page >= 2  # the words run over at least three pages
    # the notes follow the words, under their label, and the next section follows them
    after_words = text.index("s169x")
    assert text.index(NOTES_LABEL, after_words) < text.index("t000x") < text.index("t059x")
    assert text.index(words_marker(KEYS.index("what_doesnt_help"))) > text.index("t059x")


def test_treatment_refusals_are_always_printed_in_full(tmp_path):
    refusal = ("I do not want Zq7refusal electroconvulsive therapy. " * 60) + "Zq7end of my refusals."
    plan = make_plan({"treatment_refusals": (refusal, "")}, status=AGREED)
    _r, pages, _ = render(plan, tmp_path)
    text = " ".join(pages)
    assert "Treatments I do not want" in text
    assert text.count("Zq7refusal") == 60
    assert "Zq7end of my refusals." in text


def test_large_print_is_bigger_and_longer_with_the_same_content(tmp_path):
    plan = realistic_plan(AGREED)
    standard, std_pages, std_reader = render(plan, tmp_path, "standard.pdf")
    large, large_pages, large_reader = render(plan, tmp_path, "large.pdf", large_print=True)
    assert large.pages > standard.pages
    # same words, only laid out differently (page footers aside)
    footer = re.compile(r"Joint crisis plan for Siân · Version 3 · Agreed 14/11/2026|Page \d+ of \d+|"
                        r"Printed on 21/11/2026")

    def words(pages):
        return sorted(" ".join(footer.sub(" ", p) for p in pages).split())

    assert words(large_pages) == words(std_pages)
    std_body = min(size for page in std_reader.pages for size in text_sizes(page).values())
    assert std_body < 12
    sizes = [size for page in large_reader.pages for text, size in text_sizes(page).items()
             if not text.startswith(("Joint crisis plan for", "Page ", "Printed on", "· "))]
    assert min(sizes) >= 16  # everything but the page footer
    first = text_sizes(large_reader.pages[0])
    assert size_of(first, "I'm chatty and I like a laugh.") >= 16  # the person's words
    assert size_of(first, "What I am like when I am well") > 16  # a heading
    assert first["Siân"] >= 40
    assert size_of(text_sizes(std_reader.pages[0]), "I'm chatty and I like a laugh.") == 11


def test_characters_the_font_lacks_are_reported_and_everything_else_prints(tmp_path):
    plan = make_plan({"what_helps": ("Drawing 𓀀 hieroglyphs helps, and rainbows 🌈 too. Siân Zoë Łukasz ❤ ok.",
                                     "Team note with 🌈 again.")})
    result, pages, _ = render(plan, tmp_path)
    assert result.unprintable == ["𓀀", "🌈"]
    text = " ".join(pages)
    assert "hieroglyphs helps, and rainbows" in text
    assert "too. Siân Zoë Łukasz ❤ ok." in text
    assert "Team note with" in text and "again." in text


def test_unprintable_characters_ignores_whitespace_and_joiners():
    assert unprintable_characters("Siân\tZoë\nŁukasz ❤️ \u200d\x07") == []
    assert unprintable_characters("a🌈b🌈c𓀀") == ["🌈", "𓀀"]


def test_any_destination_and_awkward_text(tmp_path):
    plan = make_plan({"when_well": ("Tags <b>not bold</b> & ampersands; \"quotes\"\r\nline two\x00\x0cend", "")})
    buffer = io.BytesIO()
    result = render_crisis_plan(plan, buffer, printed_on=PRINTED_ON)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    assert len(reader.pages) == result.pages
    text = squash(" ".join(p.extract_text() for p in reader.pages))
    assert 'Tags <b>not bold</b> & ampersands; "quotes" line two' in text
    render_crisis_plan(plan, str(tmp_path / "as-string.pdf"), printed_on=PRINTED_ON)
    assert (tmp_path / "as-string.pdf").read_bytes().startswith(b"%PDF")


def test_realistic_plans_render(tmp_path):
    for status in (DRAFT, AGREED, SUPERSEDED):
        for large in (False, True):
            result, pages, _ = render(realistic_plan(status), tmp_path, f"{status}-{large}.pdf", large_print=large)
            assert result.unprintable == []
            assert "Treatments I do not want I do not want haloperidol." in " ".join(pages)


# ---- helpers that look at the type sizes ------------------------------------------------------------
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
    """The size of the run of text that starts with ``fragment``."""
    return next(size for text, size in sizes.items() if text.startswith(fragment))
