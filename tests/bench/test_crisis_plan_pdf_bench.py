"""How long printing a joint crisis plan takes, beside bare reportlab doing the same text.

Run on its own (a few seconds)::

    python -m pytest tests/bench/test_crisis_plan_pdf_bench.py --benchmark-only

One group, ``crisis plan PDF, realistic plan``: ``reportlab`` is the baseline (a bare
SimpleDocTemplate: the same text in the same embedded font, one Paragraph per piece of text,
no details box, notes boxes, tables, footer, page count or marking; see
``recovery_desk.bench.pdf``); ``app`` is
:func:`render_crisis_plan` on the same draft plan, and ``app-large-print`` the same at 16 pt.
Each app run records ``median_ms``, ``baseline_median_ms`` and ``ratio_to_baseline`` in
extra_info (shown with ``--benchmark-json``). Like the caseload benchmarks, these are marked
``bench``; the normal run passes ``--benchmark-skip`` and tests/bench/conftest.py deselects them.
"""
from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from recovery_desk.bench.pdf import bare_reportlab as baseline
from recovery_desk.printing.crisis_plan_pdf import render_crisis_plan
from recovery_desk.printing.fonts import register_fonts
from recovery_desk.services.crisis_plan_views import DRAFT, CrisisPlanView
from tests.printing.test_crisis_plan_pdf import realistic_plan

pytestmark = pytest.mark.bench

GROUP = "crisis plan PDF, realistic plan"
PRINTED_ON = date(2026, 11, 21)
ROUNDS = 30
_medians: dict[str, float] = {}


@pytest.fixture(scope="module")
def plan() -> CrisisPlanView:
    register_fonts()  # once, outside the timings (the app registers once per process too)
    return realistic_plan(DRAFT)


@pytest.mark.parametrize("side", ["reportlab", "app", "app-large-print"])
def test_render_crisis_plan(benchmark, plan, side):
    benchmark.group = GROUP
    outputs: list[io.BytesIO] = []

    def setup():
        outputs.append(io.BytesIO())
        return (outputs[-1],), {}

    if side == "reportlab":
        benchmark.pedantic(lambda out: baseline(plan, out), setup=setup, rounds=ROUNDS, warmup_rounds=2)
    else:
        large = side == "app-large-print"
        benchmark.pedantic(
            lambda out: render_crisis_plan(plan, out, large_print=large, printed_on=PRINTED_ON),
            setup=setup, rounds=ROUNDS, warmup_rounds=2)
    reader = pypdf.PdfReader(io.BytesIO(outputs[-1].getvalue()))
    assert len(reader.pages) >= 2
    assert "haloperidol" in " ".join(p.extract_text() for p in reader.pages)

    median_ms = benchmark.stats.stats.median * 1000
    _medians[side] = median_ms
    benchmark.extra_info["median_ms"] = round(median_ms, 2)
    if side != "reportlab" and "reportlab" in _medians:
        ratio = median_ms / _medians["reportlab"]
        benchmark.extra_info["baseline_median_ms"] = round(_medians["reportlab"], 2)
        benchmark.extra_info["ratio_to_baseline"] = round(ratio, 2)
        print(f"\n{side}: {median_ms:.1f} ms vs bare reportlab {_medians['reportlab']:.1f} ms "
              f"(median of {ROUNDS}): {ratio:.2f}x")
