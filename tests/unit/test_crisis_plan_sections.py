"""The crisis plan's sections come from a content file a team may edit: a bad id is refused plainly."""
import copy

import pytest

from recovery_desk.content import crisis_plan
from recovery_desk.content.loader import ContentError, load_json


@pytest.mark.parametrize("odd", ["what helps", "what_helps,staff", "What_Helps", "", "x" * 65, 7])
def test_a_section_id_that_could_not_be_stored_or_compared_is_refused(monkeypatch, odd):
    data = copy.deepcopy(load_json("crisis_plan_sections.json"))
    data["sections"][2]["id"] = odd
    monkeypatch.setattr(crisis_plan, "load_json", lambda _name: data)
    with pytest.raises(ContentError, match="section id"):
        crisis_plan.crisis_plan_sections()


def test_the_installed_sections_are_accepted():
    assert len(crisis_plan.crisis_plan_sections()) == 18
