"""The outcomes report read back, and the chart layout it shares with the screen."""
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from recovery_desk.domain.outcomes import Change, Indicator
from recovery_desk.printing.charts import (
    BARS,
    HBARS,
    LINE,
    Box,
    Chart,
    Label,
    Series,
    layout,
    month_categories,
    nice_ticks,
)
from recovery_desk.printing.outcome_charts import outcome_charts
from recovery_desk.printing.outcomes_pdf import render_outcomes_report
from recovery_desk.services.outcomes import (
    GoalMonth,
    HatTurns,
    IndicatorChange,
    MeetingFigures,
    MeetingMonth,
    OutcomeReport,
    PlanMonth,
    Scope,
)

MONTHS = [date(2026, m, 1) for m in (9, 10, 11)]


def report(*, meetings: bool = True, scope_label: str = "Riverside Recovery Team") -> OutcomeReport:
    work = Indicator("work", "In work (paid or voluntary)", "role", ("part-time paid work",))
    safe = Indicator("safety", "Feeling safe", "quality of life", ("feel safe",))
    return OutcomeReport(
        Scope(), scope_label, "Riverside Recovery Team", date(2026, 9, 1), date(2026, 11, 21), date(2026, 11, 21),
        goals=(GoalMonth(MONTHS[0], 4, 1, 0, 0), GoalMonth(MONTHS[1], 2, 3, 1, 0), GoalMonth(MONTHS[2], 5, 0, 0, 2)),
        plans=(PlanMonth(MONTHS[0], date(2026, 9, 30), 20, 9), PlanMonth(MONTHS[1], date(2026, 10, 31), 21, 12),
               PlanMonth(MONTHS[2], date(2026, 11, 21), 0, 0)),
        indicators=(IndicatorChange(work, Change(6, 2, 1, 2, 1)), IndicatorChange(safe, Change(5, 0, 0, 4, 1))),
        people_compared=6,
        meetings=MeetingFigures(True, (MeetingMonth(MONTHS[0], 12, 6, 5, 1, 0), MeetingMonth(MONTHS[1]),
                                       MeetingMonth(MONTHS[2], 8, 3, 1, 0, 2)),
                                (HatTurns("Rowan Quillon", 3, date(2026, 11, 3)),
                                 HatTurns("Łukasz Brightwater", 1, date(2026, 9, 8))))
        if meetings else MeetingFigures(False, tuple(MeetingMonth(m) for m in MONTHS), (),
                                        "Not yet recorded: no team meeting has been held in Recovery Desk yet."))


def pdf_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def test_the_report_reads_back_with_every_chart_its_figures_and_how_they_are_counted(tmp_path):
    target = tmp_path / "outcomes.pdf"
    result = render_outcomes_report(report(), target, printed_on=date(2026, 11, 21))
    pages = pdf_text(target)
    assert result.pages == len(pages) == 5 and result.unprintable == []
    first = pages[0]
    assert first.startswith("Outcomes Riverside Recovery Team · 01/09/2026 to 21/11/2026")
    assert "Recovery goals, month by month" in first and "How this is counted: Recovery goals only" in first
    assert "Oct 2026 2 3 1 0" in first  # the table row: set, achieved, paused, let go
    assert "Page 1 of 5" in first and "Made on 21/11/2026" in first
    assert "People with a current agreed crisis plan" in pages[1]
    assert "Oct 2026 31/10/2026 21 12 57%" in pages[1] and "nobody open" in pages[1]
    assert "In work (paid or voluntary) 6 2 1 2 1" in pages[2] and "6 people with two or more" in pages[2]
    assert "Team meeting reviews and actions" in pages[3] and "Sep 2026 12 6 5 1 0" in pages[3]
    assert "Łukasz Brightwater 1 08/09/2026" in pages[4]
    # the charts are drawn as text and lines, not pictures: their labels are in the page too
    assert "Achieved" in first and "Let go" in first and "57%" in pages[1]
    reader = PdfReader(str(target))
    assert reader.metadata.title == "Outcomes — Riverside Recovery Team"
    assert not any("/Image" in str(page.get("/Resources", {}).get("/XObject", {})) for page in reader.pages)


def test_before_any_meeting_the_report_says_not_yet_recorded(tmp_path):
    target = tmp_path / "outcomes.pdf"
    render_outcomes_report(report(meetings=False), target, printed_on=date(2026, 11, 21))
    pages = pdf_text(target)
    assert "Not yet recorded: no team meeting has been held in Recovery Desk yet." in pages[3]
    assert "Not yet recorded" in pages[4]


def measure(text: str, size: float, bold: bool) -> float:
    return len(text) * size * (0.62 if bold else 0.55)


@pytest.mark.parametrize("chart", outcome_charts(report()), ids=lambda c: c.key)
def test_every_chart_keeps_its_marks_and_words_inside_the_box(chart):
    for width, height in ((800, 450), (1600, 900), (480, 300)):
        shapes = layout(chart, width, height, measure)
        for shape in shapes:
            if isinstance(shape, Label) and not shape.vertical:
                start = shape.x - {"start": 0, "middle": 0.5, "end": 1}[shape.anchor] * measure(
                    shape.text, shape.size, shape.bold)
                assert -0.5 <= start and start + measure(shape.text, shape.size, shape.bold) <= width + 0.5, shape
                assert 0 <= shape.y <= height, shape
            if isinstance(shape, Box):
                assert shape.x >= -0.5 and shape.x + shape.w <= width + 0.5 and shape.y + shape.h <= height + 0.5


def test_titles_legends_and_value_labels_are_drawn():
    chart = outcome_charts(report())[0]
    texts = [s.text for s in layout(chart, 800, 450, measure) if isinstance(s, Label)]
    assert texts[0] == "Recovery goals, month by month"
    assert {"Set", "Achieved", "Paused", "Let go", "Recovery goals", "Month", "Sep", "2026", "Oct", "Nov"} <= set(texts)
    bars = [s for s in layout(chart, 800, 450, measure) if isinstance(s, Box) and s.fill != "#FFFFFF"]
    assert len([b for b in bars if b.h > 0 and b.w < 100]) >= 8  # 4+1, 2+3+1, 5+2 non-zero values, plus swatches


def test_an_empty_chart_says_why_instead_of_drawing_nothing():
    empty = Chart("x", "Title", "Sub", ("Sep", "Oct"), (Series("A", (0, 0), "#000000"),), BARS,
                  empty_note="Nothing happened in this period.")
    texts = [s.text for s in layout(empty, 800, 450, measure) if isinstance(s, Label)]
    assert "Nothing happened in this period." in texts
    line = Chart("y", "T", "", ("Sep",), (Series("A", (None,), "#000000"),), LINE, empty_note="Nobody open.")
    assert "Nobody open." in [s.text for s in layout(line, 800, 450, measure) if isinstance(s, Label)]
    zero_line = Chart("z", "T", "", ("Sep",), (Series("A", (0.0,), "#000000"),), LINE, percent=True, top=100,
                      empty_note="Nobody open.")
    assert "Nobody open." not in [s.text for s in layout(zero_line, 800, 450, measure) if isinstance(s, Label)]
    hbars = Chart("h", "T", "", (), (Series("A", (), "#000000"),), HBARS, empty_note="No one yet.")
    assert "No one yet." in [s.text for s in layout(hbars, 800, 450, measure) if isinstance(s, Label)]


def test_month_labels_and_ticks():
    assert month_categories([("Nov", 2025), ("Dec", 2025), ("Jan", 2026), ("Feb", 2026)]) == (
        "Nov\n2025", "Dec", "Jan\n2026", "Feb")
    assert nice_ticks(12, whole=True) == [0, 3, 6, 9, 12]
    assert nice_ticks(100, whole=False) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(2, whole=True) == [0, 1, 2]
    assert nice_ticks(0, whole=True) == [0, 1]
