"""The per-person tabs whose full content arrives in later releases.

Each already follows the chosen person and tells staff what to do meanwhile, so the
window's shape (and every test that finds these tabs by their text) is stable.
"""
from __future__ import annotations
