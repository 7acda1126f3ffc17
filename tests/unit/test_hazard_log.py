"""The hazard log (docs/clinical-safety/hazard-log.json) stays true to the code and its tests.

Every test named as evidence must exist as a collectable test (found by reading the test files
with ``ast``, so a broken test file elsewhere cannot hide a missing one), must not be skipped or
left to the slow or benchmark runs, and every control must name code that exists. Evidence
marked ``pending`` (a feature still being built) passes while its test file does not exist yet,
and fails as soon as the file exists without the named test.
"""
from __future__ import annotations

import ast
import importlib.util
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFETY = ROOT / "docs" / "clinical-safety"
# Marks that keep a test out of the normal run. ``skipif`` is allowed: it names its condition
# (the evidence suite's process tests are skipped on Windows only).
NOT_EVIDENCE_MARKS = ("skip", "xfail", "slow", "bench")


def _render_module():
    spec = importlib.util.spec_from_file_location("render_hazard_log", SAFETY / "render_hazard_log.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RENDER = _render_module()
LOG = RENDER.load()
HAZARDS = LOG["hazards"]


@cache
def _parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _marks(decorators: list[ast.expr]) -> list[str]:
    names = {node.attr for d in decorators for node in ast.walk(d) if isinstance(node, ast.Attribute)}
    return [m for m in NOT_EVIDENCE_MARKS if m in names]


def find_test(node_id: str) -> str | None:
    """``None`` when ``node_id`` names a test that runs in the normal suite, else what is wrong."""
    path_text, *names = node_id.split("[", 1)[0].split("::")
    path = ROOT / path_text
    if not path_text.startswith("tests/") or path_text.startswith("tests/bench/") or not names:
        return "is not a test in the normal suite (tests/, not tests/bench/, with a test name)"
    if not path.is_file():
        return "names a test file that does not exist"
    module = _parsed(path)
    for statement in module.body:
        if isinstance(statement, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in statement.targets):
            if _marks([statement.value]):
                return "is in a file marked " + ", ".join(_marks([statement.value]))
    scope: list[ast.stmt] = module.body
    for depth, name in enumerate(names):
        last = depth == len(names) - 1
        kinds = (ast.FunctionDef, ast.AsyncFunctionDef) if last else (ast.ClassDef,)
        found = next((s for s in scope if isinstance(s, kinds) and s.name == name), None)
        if found is None or not name.startswith("test" if last else "Test"):
            return "names a test that does not exist"
        if _marks(found.decorator_list):
            return "is marked " + ", ".join(_marks(found.decorator_list)) + ", so it does not prove anything in the normal run"
        scope = found.body
    return None


def find_code(reference: str) -> str | None:
    """``None`` when ``path.py::Name`` (or ``Class.method``, or just a file) exists, else what is wrong."""
    path_text, _, qualified = reference.partition("::")
    path = ROOT / path_text
    if not path.is_file():
        return "names a file that does not exist"
    scope: list[ast.stmt] = _parsed(path).body
    for name in qualified.split(".") if qualified else []:
        match = None
        for statement in scope:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and statement.name == name:
                match = statement
            elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
                targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                if any(getattr(t, "id", None) == name for t in targets):
                    match = statement
        if match is None:
            return f"names {qualified}, which is not in that file"
        scope = getattr(match, "body", [])
    return None


def _items(key: str, field: str):
    for h in HAZARDS:
        for control in h["controls"]:
            for item in control[key]:
                yield h["id"], item if isinstance(item, str) else item[field], None if isinstance(item, str) else item


def _check(items, finder, file_of):
    problems, pending = [], []
    for hazard, reference, marked in items:
        problem = finder(reference)
        if problem is None:
            continue
        if marked is not None and not (ROOT / file_of(reference)).exists():
            pending.append(f"{hazard}: {reference} (pending: {marked['pending']})")
            continue
        problems.append(f"{hazard}: {reference} {problem}")
    return problems, pending


def test_every_test_named_as_evidence_exists_and_runs_in_the_normal_suite():
    problems, pending = _check(_items("evidence", "test"), find_test, lambda ref: ref.split("::")[0])
    assert problems == [], "\n".join(problems)
    if pending:
        print("\nEvidence still pending (its test file does not exist yet):\n  " + "\n  ".join(pending))


def test_every_control_names_code_that_exists():
    problems, pending = _check(_items("where", "code"), find_code, lambda ref: ref.split("::")[0])
    assert problems == [], "\n".join(problems)
    if pending:
        print("\nCode still pending:\n  " + "\n  ".join(pending))


def test_the_checker_finds_what_is_missing(tmp_path):
    """The checks above can fail: a made-up name, a slow test and a skipped file are all caught."""
    assert find_test("tests/db/test_crisis_plans.py::test_draft_then_agree_then_new_version_leaves_the_agreed_one_untouched") is None
    assert find_test("tests/unit/test_domain.py::TestNhsNumber::test_rejects_wrong_check_digit") is None
    assert find_test("tests/db/test_crisis_plans.py::test_draft_then_agree[sqlite]") == "names a test that does not exist"
    assert find_test("tests/db/test_no_such_file.py::test_x") == "names a test file that does not exist"
    assert "slow" in find_test("tests/evidence/test_durability.py::test_hundreds_of_kills") \
        if (ROOT / "tests/evidence/test_durability.py").exists() else True
    assert find_test("tests/bench/test_caseload_bench.py::test_anything").startswith("is not a test in the normal suite")
    assert find_code("src/recovery_desk/services/crisis_plans.py::CrisisPlanService.agree") is None
    assert find_code("src/recovery_desk/services/crisis_plans.py::CrisisPlanService.no_such") is not None
    assert find_code("src/recovery_desk/gui/about.py::STORED_RECORDS") is None
    pending = [("H99", "tests/gui/test_not_yet_written.py::test_x", {"pending": "later"})]
    assert _check(pending, find_test, lambda ref: ref.split("::")[0]) == ([], [
        "H99: tests/gui/test_not_yet_written.py::test_x (pending: later)"])
    present_but_missing = [("H99", "tests/unit/test_domain.py::test_not_there", {"pending": "later"})]
    assert _check(present_but_missing, find_test, lambda ref: ref.split("::")[0])[0] == [
        "H99: tests/unit/test_domain.py::test_not_there names a test that does not exist"]


@pytest.mark.parametrize("hazard", HAZARDS, ids=[h["id"] for h in HAZARDS])
def test_each_hazard_is_complete_and_rated_by_the_matrix(hazard):
    for field in ("id", "title", "causes", "effect", "harm", "initial", "controls", "residual", "status"):
        assert hazard.get(field), f"{hazard['id']} has no {field}"
    for stage in ("initial", "residual"):
        risk = hazard[stage]
        assert risk["severity"] in RENDER.SEVERITIES and risk["likelihood"] in RENDER.LIKELIHOODS
        assert risk["rating"] == RENDER.rating(risk["severity"], risk["likelihood"]), f"{stage} rating"
    assert hazard["residual"]["rating"] <= hazard["initial"]["rating"]
    assert hazard["residual"]["rating"] <= RENDER.ACCEPTABLE_RESIDUAL or hazard.get("acceptance"), (
        "a residual rating above 2 needs the Clinical Safety Officer's recorded acceptance")
    assert hazard["status"] in ("open", "closed", "transferred")
    for control in hazard["controls"]:
        assert control["control"] and control["where"] and control["evidence"], control


def test_hazard_ids_are_unique_and_in_order():
    ids = [h["id"] for h in HAZARDS]
    assert ids == [f"H{n:02d}" for n in range(1, len(ids) + 1)]


def test_the_examples_the_issue_asked_for_are_all_in_the_log():
    titles = " ".join(h["title"].lower() for h in HAZARDS)
    for example in ("superseded", "shared screen", "key is lost", "auto-lock", "overwrite", "treatment refusal",
                    "review date", "audit trail is tampered", "another team", "deactivated", "lost or stolen laptop",
                    "upgrade loses", "nhs number"):
        assert example in titles, example


def test_the_rendered_documents_are_up_to_date():
    stale = [path.name for path, text in RENDER.expected_files(LOG).items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    assert stale == [], f"{stale} out of date: run python docs/clinical-safety/render_hazard_log.py"
