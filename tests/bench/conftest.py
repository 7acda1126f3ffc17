"""Benchmarks stay out of the normal test run.

pyproject's addopts pass ``--benchmark-skip``; pytest-benchmark would then only mark these
tests skipped (cluttering the summary). Here they are deselected instead, so the normal run
builds no demo database at all. ``--benchmark-only`` (which overrides the skip) runs them:
``QT_QPA_PLATFORM=offscreen python -m pytest tests/bench --benchmark-only``.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(config, items):
    if not config.getoption("benchmark_skip", False) or config.getoption("benchmark_only", False):
        return
    bench = [item for item in items if item.get_closest_marker("bench")]
    if bench:
        config.hook.pytest_deselected(items=bench)
        items[:] = [item for item in items if not item.get_closest_marker("bench")]
