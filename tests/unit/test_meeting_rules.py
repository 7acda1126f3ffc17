from datetime import date, timedelta

from recovery_desk.domain import meetings as rules

DAY = date(2026, 11, 24)


def test_hat_goes_to_whoever_wore_it_least_recently_never_first():
    history = {1: rules.HatRecord(1, date(2026, 11, 17), 3), 2: rules.HatRecord(2, date(2026, 10, 6), 5)}
    assert rules.suggest_hat_wearer([1, 2], history, DAY) == 2
    assert rules.suggest_hat_wearer([1, 2, 3], history, DAY) == 3  # never worn it


def test_ties_are_broken_by_times_worn_then_a_fair_shuffle():
    history = {1: rules.HatRecord(1, date(2026, 1, 5), 4), 2: rules.HatRecord(2, date(2026, 1, 5), 1)}
    assert rules.suggest_hat_wearer([1, 2], history, DAY) == 2
    # Among people who never wore it, the first choice changes from week to week (not always the lowest id).
    firsts = {rules.suggest_hat_wearer([10, 11, 12, 13], {}, date(2026, 1, 1) + timedelta(weeks=week))
              for week in range(20)}
    assert len(firsts) >= 3


def test_rotation_over_weeks_gives_everyone_a_turn():
    history: dict[int, rules.HatRecord] = {}
    team = [1, 2, 3, 4, 5]
    worn = []
    for week in range(10):
        day = date(2026, 1, 5) + timedelta(weeks=week)
        wearer = rules.suggest_hat_wearer(team, history, day)
        worn.append(wearer)
        old = history.get(wearer)
        history[wearer] = rules.HatRecord(wearer, day, (old.times_worn if old else 0) + 1)
    assert sorted(worn[:5]) == team and sorted(worn[5:]) == team


def test_agenda_reasons():
    facts = rules.PersonFacts(1, date(2026, 11, 20), True, "review overdue", True, False)
    assert rules.agenda_reasons(facts, DAY) == [rules.RECENT_CRISIS, rules.REVIEW_DUE, rules.PLAN_OVERDUE,
                                                rules.GOAL_DATE_PASSED]
    quiet = rules.PersonFacts(2, date(2027, 1, 1), False, "none", False, False)
    assert rules.agenda_reasons(quiet, DAY) == [rules.PLAN_MISSING]
    assert not rules.should_suggest(rules.agenda_reasons(quiet, DAY))


def test_length_and_initials():
    assert rules.describe_length(rules.meeting_length([3] * 25)) == "about 1 h 15 min"
    assert rules.initials("Siân", "Quillfeather") == "SQ"
