"""JSON that remembers where each object and value started, so a problem can name its line.

The standard library reports the line of a *syntax* error, but once a file has been read the
positions are gone, and a message such as "item 7 has no scale" leaves a team hunting through
a long file. :func:`loads` returns the same data as :func:`json.loads`, except that every
object is a :class:`LocatedDict` and every array a :class:`LocatedList`, each knowing the line
it started on and the line of each of its values. Duplicate keys, which ``json`` silently
collapses, are reported as mistakes.

It works by running the standard library's own pure-Python scanner with its object and array
parsers wrapped, so the grammar (and every syntax message) is exactly ``json``'s.
"""
from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from json import decoder, scanner
from pathlib import Path
from typing import Any

from recovery_desk.content.loader import ContentError
from recovery_desk.locations import resource_path


class LocatedJSONError(ValueError):
    """A mistake in a JSON file, with the line it is on (1-based)."""

    def __init__(self, line: int, problem: str):
        self.line = line
        self.problem = problem
        super().__init__(f"line {line}: {problem}")


class LocatedDict(dict):
    """A JSON object: ``line`` is where its ``{`` is; ``line_of(key)`` where the key's value starts."""

    line: int = 0

    def __init__(self, pairs: list[tuple[str, Any]], line: int, value_lines: dict[str, int]):
        super().__init__(pairs)
        self.line = line
        self._value_lines = value_lines

    def line_of(self, key: str) -> int:
        return self._value_lines.get(key, self.line)


class LocatedList(list):
    """A JSON array: ``line`` is where its ``[`` is; ``line_of(i)`` where item ``i`` starts."""

    line: int = 0

    def __init__(self, items: list[Any], line: int, item_lines: list[int]):
        super().__init__(items)
        self.line = line
        self._item_lines = item_lines

    def line_of(self, index: int) -> int:
        return self._item_lines[index] if 0 <= index < len(self._item_lines) else self.line


def line_of(container: Any, key: Any) -> int:
    """The line of ``container[key]`` when the container knows it, otherwise 0."""
    if isinstance(container, (LocatedDict, LocatedList)):
        return container.line_of(key)
    return 0


def loads(text: str) -> Any:
    """Parse ``text``; raise :class:`LocatedJSONError` naming the line of any mistake."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line_at(position: int) -> int:
        return bisect.bisect_right(starts, position)

    def recording(scan_once: Callable, positions: list[int]) -> Callable:
        def scan(string: str, index: int):
            positions.append(index)
            return scan_once(string, index)
        return scan

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None, *args):
        _text, start = s_and_end
        positions: list[int] = []
        pairs, end = decoder.JSONObject(s_and_end, strict, recording(scan_once, positions), None, list, memo, *args)
        value_lines: dict[str, int] = {}
        for (key, _value), position in zip(pairs, positions):
            if key in value_lines:
                raise LocatedJSONError(line_at(position), f"the name \"{key}\" appears twice in the same object")
            value_lines[key] = line_at(position)
        return LocatedDict(pairs, line_at(start - 1), value_lines), end

    def parse_array(s_and_end, scan_once, *args):
        _text, start = s_and_end
        positions: list[int] = []
        items, end = decoder.JSONArray(s_and_end, recording(scan_once, positions), *args)
        return LocatedList(items, line_at(start - 1), [line_at(p) for p in positions]), end

    parser = json.JSONDecoder()
    parser.parse_object = parse_object
    parser.parse_array = parse_array
    parser.memo = {}
    parser.scan_once = scanner.py_make_scanner(parser)
    try:
        return parser.decode(text)
    except json.JSONDecodeError as exc:
        raise LocatedJSONError(exc.lineno, _plain_syntax(exc.msg)) from None


_SYNTAX = {
    "Expecting ',' delimiter": "a comma is missing (or there is one bracket too many) just before here",
    "Expecting ':' delimiter": "a colon is missing after a name",
    "Expecting property name enclosed in double quotes": (
        "a name should be in double quotes here; a comma before a closing } is not allowed"),
    "Expecting value": "a value is missing here (a comma before a closing ] or }, or a word not in quotes?)",
    "Extra data": "there is more after the end of the data",
    "Unterminated string starting at": "a piece of text is missing its closing double quote",
    "Invalid control character at": "a line break or tab is inside quotes; write it as \\n or \\t",
}


def _plain_syntax(message: str) -> str:
    return _SYNTAX.get(message, message[:1].lower() + message[1:])


def load_file(path: Path, name: str | None = None) -> Any:
    """Read and parse a JSON file; every problem is a :class:`ContentError` naming the file and line."""
    shown = name or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"The file {shown} is missing.") from None
    except UnicodeDecodeError:
        raise ContentError(f"{shown} is not a text file saved as UTF-8. Save it as UTF-8 and try again.") from None
    except OSError as exc:
        raise ContentError(f"{shown} could not be read: {exc.strerror or 'the file could not be opened'}.") from None
    try:
        return loads(text)
    except LocatedJSONError as exc:
        raise ContentError(f"{shown}, line {exc.line}: {exc.problem}.") from None


def load_content(name: str) -> Any:
    """A file from resources/content, parsed with its lines remembered (``name`` may include a folder)."""
    return load_file(resource_path("content", *name.split("/")), name)


def problem(name: str, line: int, message: str) -> ContentError:
    """``ContentError("language_check.json, line 12: …")``; ``line`` 0 leaves the line out."""
    return ContentError(f"{name}, line {line}: {message}" if line else f"{name}: {message}")
