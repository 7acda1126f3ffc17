"""The check-in chart and the life timeline map data to places, checked as numbers (not pixels)."""
from datetime import date

import pytest
from PySide6.QtCore import QPointF

from recovery_desk.gui.checkin_chart import (
    LEGEND_HEIGHT,
    ROW_HEIGHT,
    CheckinChart,
    chart_rows,
    plot_area,
    rating_y,
    time_positions,
)
from recovery_desk.gui.timeline_widget import (
    KIND_STYLES,
    TimelineView,
    kind_style,
    lanes_needed,
    place_events,
    placed_on,
    time_range,
    x_for,
    year_step,
)
from recovery_desk.services.assessment_views import CheckinPoint, CheckinSeries, TimelineEventView

AREAS = (("home", "Where I live"), ("money", "Money"), ("safety", "Feeling safe"))


def series(*points) -> CheckinSeries:
    return CheckinSeries(AREAS, 1, 7, "very dissatisfied", "very satisfied", tuple(points))


FIRST = CheckinPoint(1, date(2026, 1, 1), False, {"home": 2, "money": 4}, frozenset({"home"}))
SECOND = CheckinPoint(2, date(2026, 1, 31), False, {"home": 5, "money": 4})
THIRD = CheckinPoint(3, date(2026, 4, 1), True, {"home": 6})


def test_check_ins_sit_in_proportion_to_the_time_between_them():
    assert time_positions([date(2026, 1, 1), date(2026, 1, 31), date(2026, 4, 1)], 100, 190) == [100, 130, 190]
    assert time_positions([date(2026, 1, 1)], 100, 200) == [150]
    assert time_positions([], 0, 10) == []


def test_ratings_go_up_the_row():
    assert rating_y(1, 1, 7, 10, 70) == 70
    assert rating_y(7, 1, 7, 10, 70) == 10
    assert rating_y(4, 1, 7, 10, 70) == 40


def test_each_area_is_a_row_with_a_point_per_rating():
    rows = chart_rows(series(FIRST, SECOND, THIRD), 1000)
    assert [r.area_key for r in rows] == ["home", "money", "safety"]
    assert [r.top for r in rows] == [LEGEND_HEIGHT + i * ROW_HEIGHT for i in range(3)]
    home, money, safety = rows
    left, right = plot_area(1000)
    assert [p.rating for p in home.points] == [2, 5, 6]
    assert home.points[0].x == left and home.points[-1].x == right
    assert home.points[0].y > home.points[1].y > home.points[2].y, "higher ratings are drawn higher"
    assert [p.priority for p in home.points] == [True, False, False]
    assert [p.is_draft for p in home.points] == [False, False, True]
    assert (home.latest, home.change) == (6, 1)
    assert [p.rating for p in money.points] == [4, 4] and money.change == 0
    assert safety.points == () and safety.latest is None, "an area never rated has an empty row"
    for row in rows:
        for point in row.points:
            assert row.top < point.y < row.top + ROW_HEIGHT


def test_the_chart_describes_itself_in_words(qtbot):
    chart = CheckinChart()
    qtbot.addWidget(chart)
    chart.set_series(series())
    assert chart.accessibleDescription() == "No check-ins yet."
    chart.set_series(series(FIRST, SECOND, THIRD))
    text = chart.accessibleDescription()
    assert "01/01/2026, 31/01/2026, 01/04/2026" in text
    assert "Where I live: 6 (+1 since the check-in before)" in text and "Money: 4" in text
    assert chart.minimumHeight() >= LEGEND_HEIGHT + 3 * ROW_HEIGHT
    chart.resize(900, chart.minimumHeight())
    assert not chart.grab().isNull()


def event(i, when, title="An event", kind="achievement", precision="day"):
    return TimelineEventView(i, 1, when, precision, kind, title, "", 1)


def test_every_kind_has_its_own_shape_and_colour():
    styles = [kind_style(k) for k in KIND_STYLES]
    assert len({shape for shape, _ in styles}) == len(styles)
    assert len({colour for _, colour in styles}) == len(styles)
    kinds = (*KIND_STYLES, "celebration", "move")
    extra = [kind_style(k, kinds) for k in ("celebration", "move")]
    assert extra[0] != extra[1] and all(s not in styles for s in extra)


def test_the_line_runs_from_birth_to_this_year():
    events = [event(1, date(1998, 1, 1), precision="year"), event(2, date(2004, 3, 1), precision="month")]
    assert placed_on(events[0]) == date(1998, 7, 2), "a year-only event sits mid-year"
    assert placed_on(events[1]) == date(2004, 3, 15)
    assert time_range(events, date(2026, 11, 21), date(1986, 5, 14)) == (date(1986, 1, 1), date(2026, 12, 31))
    assert time_range(events, date(2026, 11, 21), None) == (date(1998, 1, 1), date(2026, 12, 31))
    assert x_for(date(2000, 1, 1), date(2000, 1, 1), date(2010, 1, 1), 0, 100) == 0
    assert (year_step(1986, 2026, 3000), year_step(1986, 2026, 1000), year_step(1986, 2026, 400)) == (1, 5, 10)


def test_labels_that_would_overlap_go_to_other_lanes():
    measure = lambda text: 8 * len(text)  # noqa: E731
    start, end = date(2000, 1, 1), date(2020, 12, 31)
    close = [event(1, date(2010, 1, 1), "Moved to Cardiff"), event(2, date(2010, 2, 1), "Started college"),
             event(3, date(2010, 3, 1), "Met Sam"), event(4, date(2019, 1, 1), "Got an allotment")]
    placed = place_events(close, start, end, 0, 1000, measure)
    lanes = {p.event.id: p.lane for p in placed}
    assert lanes[1] == 1 and lanes[2] == -1 and lanes[3] == 2, "nearest the line first, above then below"
    assert lanes[4] == 1, "a quiet stretch of life goes back to the first lane"
    by_lane = {}
    for p in placed:
        by_lane.setdefault(p.lane, []).append((p.label_left, p.label_left + p.label_width))
    for spans in by_lane.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "no two labels in a lane overlap"
    assert lanes_needed(placed) == (2, 2)
    assert [round(p.x) for p in placed][:1] == [round(x_for(date(2010, 1, 1), start, end, 0, 1000))]


def test_long_titles_are_shortened_on_the_line(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 300)
    long_title = "Started volunteering at the food bank on Tuesdays and Thursdays with my neighbour"
    view.set_events([event(1, date(2013, 1, 1), long_title, precision="year")], tuple(KIND_STYLES),
                    date(2026, 11, 21), date(1986, 5, 14))
    (placed,) = view._placed
    assert placed.title != long_title and placed.title.endswith("…")
    assert "Started volunteering" in view.accessibleDescription() and long_title in view.accessibleDescription()


def test_a_crowded_timeline_grows_taller_and_clicks_find_events(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 200)
    quiet = [event(1, date(2000, 6, 1), "One"), event(2, date(2015, 6, 1), "Two")]
    view.set_events(quiet, tuple(KIND_STYLES), date(2026, 11, 21))
    quiet_height = view.minimumHeight()
    crowded = [event(i, date(2010, 1, i), f"Event number {i}") for i in range(1, 9)]
    view.set_events(crowded, tuple(KIND_STYLES), date(2026, 11, 21))
    assert view.minimumHeight() > quiet_height
    clicked = []
    view.event_clicked.connect(clicked.append)
    target = view._placed[3]
    hit = view.event_at(QPointF(target.x, view._axis_y()))
    assert hit is not None
    rect = view._label_rect(target)
    assert view.event_at(rect.center()).id == target.event.id
    assert view.event_at(QPointF(5, 5)) is None
    view.resize(900, view.minimumHeight())
    assert not view.grab().isNull()


@pytest.mark.parametrize("kind", list(KIND_STYLES))
def test_markers_draw_for_every_kind(qtbot, kind):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.set_events([event(1, date(2010, 1, 1), kind=kind)], tuple(KIND_STYLES), date(2026, 11, 21))
    assert not view.grab().isNull()
