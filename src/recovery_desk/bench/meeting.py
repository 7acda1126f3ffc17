"""The next person in meeting mode, beside plain SQL for the rows that person's review shows.

Meeting mode is measured through the chair's window: a meeting is started through the
services with everyone open on the agenda (the person with ten years of history first after
the opening person, then the rest), and ``MeetingWindow.next_person()`` is timed with the
events it posts. A release without meeting mode gets a "not available yet" row instead.
"""
from __future__ import annotations

import statistics
import time

from recovery_desk.bench.harness import Demo, median_ms, settle

# The rows a review shows (services.meetings.review_context): the person, their latest
# assessment's answers, recovery goals with each one's latest note, the agreed crisis plan's
# early warning signs, risk plans due, their last review and their open actions.
REVIEW_SQL = (
    "SELECT * FROM person WHERE id = ?",
    "SELECT assessment_answer.item_key, assessment_answer.their_words FROM assessment_answer "
    "WHERE assessment_answer.assessment_id = (SELECT id FROM assessment WHERE person_id = ? "
    "ORDER BY status = 'completed' DESC, version_no DESC LIMIT 1)",
    "SELECT goal.*, (SELECT text FROM goal_note WHERE goal_note.goal_id = goal.id "
    "ORDER BY written_on DESC, id DESC LIMIT 1) FROM goal WHERE person_id = ? AND kind = 'recovery' "
    "AND status IN ('working', 'paused', 'achieved') ORDER BY status, target_date",
    "SELECT crisis_plan.*, (SELECT their_words FROM crisis_plan_section WHERE plan_id = crisis_plan.id "
    "AND section_key = 'early_warning_signs') FROM crisis_plan WHERE person_id = ? AND status = 'agreed'",
    "SELECT risk_plan.* FROM risk_plan JOIN goal ON goal.id = risk_plan.goal_id WHERE goal.person_id = ?",
    "SELECT max(meeting.held_on) FROM meeting JOIN agenda_item ON agenda_item.meeting_id = meeting.id "
    "WHERE agenda_item.person_id = ? AND agenda_item.status = 'reviewed'",
    "SELECT action.*, staff.display_name FROM action JOIN staff ON staff.id = action.owner_id "
    "WHERE action.person_id = ? AND action.done_on IS NULL ORDER BY action.due_on, action.id",
)


def _unavailable(people: int, why: str = "not available yet"):
    from recovery_desk.bench.summary import Row

    return [Row("next person in meeting mode", people, None, None, note=why)]


def measure(demo: Demo, runs: int, history_person: int | None = None, years: int = 10) -> list:
    """Rows for the table: the median move to an ordinary person, and the move to ``history_person``."""
    from recovery_desk.bench.summary import frame_row

    try:
        from recovery_desk.gui.meeting_window import MeetingWindow
        from recovery_desk.services.meetings import AgendaEntry
    except ImportError:
        return _unavailable(demo.people)
    if not hasattr(MeetingWindow, "next_person"):
        return _unavailable(demo.people)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    services = demo.services
    me = services.actor.staff_id
    others = [s.id for s in services.staff.list_staff() if s.id != me]
    open_people = [r.id for r in services.caseload.list_rows() if r.discharged_on is None]
    if history_person is not None:
        open_people.remove(history_person)
        open_people.insert(1, history_person)
    agenda = [AgendaEntry(pid, 5, ("bench",)) for pid in open_people[: 2 + runs]]
    meeting = services.meetings.start(services.ctx.today(), [me, others[0]], me, others[0], agenda)
    window = MeetingWindow(services, meeting)
    times, sql_times = [], []
    try:
        window.show()
        app.processEvents()
        for _ in range(runs + 1):
            item = window.item
            started = time.perf_counter()
            window.next_person()
            settle(app)
            times.append((time.perf_counter() - started) * 1000)
            assert window.item is not None and window.item.id != item.id, "next_person did not move on"
            person_id = window.item.person_id
            sql_times.append(median_ms(lambda _s, pid=person_id: sql_review(demo, pid), 3))
        to_history = []
        if history_person is not None:  # back to the first person, then on to them: a median, not one move
            first = window.meeting.items[0]
            for _ in range(runs):
                window.open_item(first.id, window.steps[0].key)
                settle(app)
                started = time.perf_counter()
                window.next_person()
                settle(app)
                to_history.append((time.perf_counter() - started) * 1000)
                assert window.item.person_id == history_person, "next_person did not reach the long history"
        services.meetings.finish(meeting.id)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    rows = [frame_row("next person in meeting mode (chair's window)", demo.people,
                      statistics.median(times[1:]), statistics.median(sql_times[1:]))]
    if history_person is not None:
        rows.append(frame_row(f"next person in meeting mode: to the person with {years} years of history",
                              demo.people, statistics.median(to_history), sql_times[0]))
    return rows


def sql_review(demo: Demo, person_id: int) -> list[list]:
    conn = demo.folder.db.engine.raw_connection()
    try:
        cur = conn.cursor()
        out = [cur.execute(sql, (person_id,)).fetchall() for sql in REVIEW_SQL]
        cur.close()
        return out
    finally:
        conn.close()
