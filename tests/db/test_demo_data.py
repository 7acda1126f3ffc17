"""Demo data: obviously fictional, deterministic, and with realistic histories for a few people."""
from recovery_desk.services.bundle import Services
from recovery_desk.services.context import ServiceContext
from recovery_desk.services.demo import FAMILY_NAMES, generate


def test_demo_is_fictional_deterministic_and_has_histories(database, clock):
    ctx = ServiceContext(database, clock)
    summary = generate(ctx, people=25, seed=3, histories=4)
    services = Services.create(ctx)
    rows = services.caseload.list_rows()
    assert summary.people == len(rows) == 25
    assert all(r.family_name in FAMILY_NAMES for r in rows)
    assert all(r.nhs_number.startswith("999") for r in rows), "never a number the NHS issues"
    with_goals = [r for r in rows if r.goals_in_progress or services.goals.overview(r.id).recovery]
    with_plans = [r for r in rows if r.crisis_plan_status != "none"]
    assert 1 <= len(with_goals) <= 4 and len(with_plans) <= 4
    assert "demo" in services.team.get().name.lower()
