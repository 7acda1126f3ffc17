"""No cyclic garbage collection while work runs off the GUI thread.

A collection can start in whichever thread happens to allocate. Started on a worker, it may free
the Python wrappers of Qt objects there, and PySide6 6.12 then crashed in shiboken's
``runDeletionInMainThread`` (reproduced: the start-up worker with collection on, run after other
window tests, segfaulted). So background work holds collection off, and it resumes when the last
piece of background work ends; memory held in reference cycles meanwhile is freed then.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holds = 0
_was_enabled = True


def hold() -> None:
    """Stop cyclic collection until the matching :func:`release` (holds may overlap)."""
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def release() -> None:
    global _holds
    with _lock:
        if _holds == 0:
            return
        _holds -= 1
        if _holds == 0 and _was_enabled:
            gc.enable()


@contextmanager
def held() -> Iterator[None]:
    hold()
    try:
        yield
    finally:
        release()
