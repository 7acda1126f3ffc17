"""Evidence tests: the long versions are marked ``slow`` and stay out of the normal run.

``python -m pytest -m slow`` runs them (and only them); any ``-m`` expression that names
``slow`` is taken as asking for them. Without one, they are deselected (reported as such),
as the benchmarks are.
"""
from __future__ import annotations


def pytest_collection_modifyitems(config, items):
    if "slow" in (config.getoption("markexpr", "") or ""):
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]
