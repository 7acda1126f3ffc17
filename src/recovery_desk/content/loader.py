"""Reading the content files in resources/content (written in the project's own words)."""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from recovery_desk.locations import resource_path


class ContentError(Exception):
    """A content file is missing or malformed; the message names the file and the problem."""


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = resource_path("content", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"The content file {name} is missing: please reinstall Recovery Desk.") from None
    except json.JSONDecodeError as exc:
        raise ContentError(f"The content file {name} has a mistake on line {exc.lineno}: {exc.msg}.") from None
