"""The Outcomes view's charts, made from a report's figures (the same charts on screen, in PNGs and
in the PDF report)."""
from __future__ import annotations

from recovery_desk.domain.dates import uk_date
from recovery_desk.domain.outcomes import MONTH_NAMES, month_label
from recovery_desk.printing.charts import (
    BARS,
    BLUE,
    GREEN,
    HBARS,
    LINE,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    Chart,
    Series,
    month_categories,
)
from recovery_desk.services.outcomes import OutcomeReport

FigureTable = tuple[tuple[str, ...], list[tuple[str, ...]], tuple[float, ...]]  # header, rows, column shares
GOALS, PLANS, ROLES, MEETINGS, HAT = "recovery-goals", "crisis-plans", "roles-and-everyday-life", "team-meetings", \
    "recovery-hat"


def _months(report: OutcomeReport, months) -> tuple[str, ...]:
    return month_categories([(MONTH_NAMES[m.month - 1], m.year) for m in months])


def goals_chart(report: OutcomeReport) -> Chart:
    goals = report.goals
    return Chart(
        GOALS, "Recovery goals, month by month",
        f"Goals set, achieved, paused and let go · {report.scope_label} · {report.period}",
        _months(report, [g.month for g in goals]),
        (Series("Set", tuple(g.set for g in goals), BLUE),
         Series("Achieved", tuple(g.achieved for g in goals), GREEN),
         Series("Paused", tuple(g.paused for g in goals), ORANGE),
         Series("Let go", tuple(g.let_go for g in goals), PURPLE)),
        BARS, "Recovery goals", "Month",
        empty_note="No recovery goals were set, achieved, paused or let go in this period.")


def plans_chart(report: OutcomeReport) -> Chart:
    plans = report.plans
    return Chart(
        PLANS, "People with a current agreed crisis plan",
        f"At each month's end, of the people open to the team: an agreed plan whose review date had not passed · "
        f"{report.scope_label}",
        _months(report, [p.month for p in plans]),
        (Series("With a current agreed plan", tuple(p.share for p in plans), BLUE,
                tuple(f"{p.share:.0f}%" if p.share is not None else "" for p in plans)),),
        LINE, "People open to the team", "Month (figure at the month's end)", percent=True, top=100,
        empty_note="Nobody in this group was open to the team in this period.")


def roles_chart(report: OutcomeReport) -> Chart:
    items = report.indicators
    note = ("No one in this group has two completed assessments yet, so there is nothing to compare."
            if report.people_compared == 0 else
            "No one gained or lost any of these between their first assessment and their latest.")
    people = "person" if report.people_compared == 1 else "people"
    return Chart(
        ROLES, "Valued roles and everyday life since the first assessment",
        f"People who gained or lost each, first assessment to latest by {uk_date(report.end)} · "
        f"{report.people_compared} {people} with two or more assessments · {report.scope_label}",
        tuple(("Role: " if i.indicator.group == "role" else "") + i.indicator.label for i in items),
        (Series("Gained", tuple(i.change.gained for i in items), GREEN),
         Series("Lost", tuple(i.change.lost for i in items), VERMILLION)),
        HBARS, "People", empty_note=note)


def meetings_chart(report: OutcomeReport) -> Chart:
    months = report.meetings.months
    return Chart(
        MEETINGS, "Team meeting reviews and actions",
        f"Reviews held, and actions due each month with how many were done by their date · {report.scope_label}",
        _months(report, [m.month for m in months]),
        (Series("Reviews held", tuple(m.reviews_held for m in months), BLUE),
         Series("Actions due", tuple(m.actions_due for m in months), SKY),
         Series("Done on time", tuple(m.done_on_time for m in months), GREEN)),
        BARS, "Reviews or actions", "Month",
        empty_note=report.meetings.note or "No reviews were held and no actions were due in this period.")


def hat_chart(report: OutcomeReport) -> Chart:
    turns = report.meetings.hat
    return Chart(
        HAT, "Who wore the recovery hat",
        f"Turns at wearing the hat in this period, whole team · {report.period}",
        tuple(t.staff_name for t in turns),
        (Series("Turns", tuple(t.times for t in turns), PURPLE,
                tuple(f"{t.times} (last {uk_date(t.last_worn)})" for t in turns)),),
        HBARS, "Turns",
        empty_note=report.meetings.note or "No one wore the recovery hat in this period.")


def outcome_charts(report: OutcomeReport) -> tuple[Chart, ...]:
    return goals_chart(report), plans_chart(report), roles_chart(report), meetings_chart(report), hat_chart(report)


HOW_COUNTED = {
    GOALS: ("Recovery goals only, never treatment goals. Set: the month the goal was first saved. Achieved: the "
            "date it was achieved, as recorded on the goal. Paused and let go: the month its status was changed "
            "to that (a goal paused twice in a month counts once; one picked up again still counts)."),
    PLANS: ("At the end of each month (or the last day of the range), of the people open to the team that day: "
            "those whose newest agreed joint crisis plan had been agreed by then and whose review date had not "
            "passed. A plan due for review on the day itself still counts."),
    ROLES: ("For each person with two or more completed assessments by the end of the range, their first "
            "assessment's 'Roles and everyday life' answers are compared with their latest. Which answers count as "
            "having each is listed in resources/content/outcome_indicators.json; 'prefer not to say' and blanks are "
            "left out."),
    MEETINGS: ("Reviews held: people reviewed (not skipped) at team meetings in each month. Actions: actions due in "
               "each month, and how many were done on or before their date."),
    HAT: "Each time a member of staff wore the recovery hat at a team meeting in the range, for the whole team.",
}


def figure_tables(report: OutcomeReport) -> dict[str, FigureTable]:
    """The figures behind each chart, by chart key, as the window's tables and the PDF show them."""
    return {
        GOALS: (("Month", "Set", "Achieved", "Paused", "Let go"),
                [(month_label(g.month), str(g.set), str(g.achieved), str(g.paused), str(g.let_go))
                 for g in report.goals], (0.28, 0.18, 0.18, 0.18, 0.18)),
        PLANS: (("Month", "Counted on", "Open", "With a current plan", "Share"),
                [(month_label(p.month), uk_date(p.on), str(p.open_people), str(p.with_current_plan),
                  "nobody open" if p.share is None else f"{p.share:.0f}%") for p in report.plans],
                (0.18, 0.2, 0.14, 0.28, 0.2)),
        ROLES: (("Role or area of life", "Compared", "Gained", "Lost", "Kept", "Still without"),
                [(i.indicator.label, str(i.change.compared), str(i.change.gained), str(i.change.lost),
                  str(i.change.kept), str(i.change.still_without)) for i in report.indicators],
                (0.36, 0.13, 0.12, 0.11, 0.12, 0.16)),
        MEETINGS: (("Month", "Reviews held", "Actions due", "Done on time", "Done late", "Not done"),
                   [(month_label(m.month), str(m.reviews_held), str(m.actions_due), str(m.done_on_time),
                     str(m.done_late), str(m.not_done)) for m in report.meetings.months],
                   (0.2, 0.16, 0.16, 0.16, 0.16, 0.16)),
        HAT: (("Member of staff", "Turns", "Last wore it"),
              [(t.staff_name, str(t.times), uk_date(t.last_worn)) for t in report.meetings.hat], (0.5, 0.2, 0.3)),
    }
