"""The gentle language check on staff-written free text: a wavy underline, never a block.

:func:`check_language` attaches a :class:`LanguageHighlighter` to each editor given. As staff
type, phrases that label or diminish (from resources/content/language_check.json) are
underlined; hovering shows the kinder alternative and the one-line reason, and the right-click
menu (or the keyboard's menu key) shows the same with "Ignore here" to dismiss it in this box.
The text itself is never changed: the underline is formatting on screen only, and a dismissal
is remembered by the box, not written into the record.

Only staff fields get the check. The person's own words ("In their words") are theirs, and
words in quotation marks inside staff notes are left alone too (see domain.language).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QToolTip, QWidgetAction

from recovery_desk.content.language import ContentError, language_rules
from recovery_desk.domain.language import Flag, LanguageRule, find_flags

log = logging.getLogger(__name__)

UNDERLINE_COLOUR = "#b35c00"  # a warm amber: noticeable, not the red of an error
IGNORE_HERE = "Ignore here"
_REMEMBERED_PARAGRAPHS = 200


@lru_cache(maxsize=1)
def _installed_rules() -> tuple[LanguageRule, ...]:
    try:
        return language_rules()
    except ContentError as exc:  # a broken word list must never stop anyone writing
        log.warning("Language check is off: %s", exc)
        return ()


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points (they differ after an emoji)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


_TOOLTIP, _CONTEXT_MENU = QEvent.Type.ToolTip, QEvent.Type.ContextMenu


class LanguageHighlighter(QSyntaxHighlighter):
    """Underlines flagged phrases in one editor and explains them on hover and right-click."""

    def __init__(self, editor: QPlainTextEdit, rules: tuple[LanguageRule, ...]):
        super().__init__(editor.document())
        self.editor = editor
        self.rules = rules
        self._ignored: set[tuple[str, str]] = set()
        self._found: dict[str, list[Flag]] = {}  # paragraph text -> its flags (forgotten when ignoring changes)
        self._length = editor.document().characterCount()
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.underline.setUnderlineColor(QColor(UNDERLINE_COLOUR))
        self._listening = False
        editor.document().contentsChange.connect(self._contents_changed)
        self.rehighlight()
        self._listen(bool(self.flags()))

    # ---- finding ---------------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for flag in self._flags_in(text):
            start = _utf16(text, flag.start)
            self.setFormat(start, _utf16(text, flag.end) - start, self.underline)

    def _flags_in(self, text: str) -> list[Flag]:
        """The flags in one paragraph, remembered: each change asks twice (to underline, then to
        describe for screen readers), and a record's notes come back whenever it is reopened."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _REMEMBERED_PARAGRAPHS:
                self._found.clear()
            found = self._found[text] = find_flags(text, self.rules, ignored=tuple(self._ignored))
        return found

    def flags(self) -> list[tuple[int, int, Flag]]:
        """``(start, end, flag)`` for every phrase underlined now, in document positions."""
        out = []
        block = self.document().begin()
        while block.isValid():
            text = block.text()
            for flag in self._flags_in(text):
                out.append((block.position() + _utf16(text, flag.start), block.position() + _utf16(text, flag.end),
                            flag))
            block = block.next()
        return out

    def flag_at(self, position: int) -> Flag | None:
        return next((flag for start, end, flag in self.flags() if start <= position <= end), None)

    def ignore(self, flag: Flag) -> None:
        """Dismiss this phrase in this box (until its text is replaced by another record's)."""
        self._ignored.add(flag.key)
        self._found.clear()
        self.rehighlight()
        self._describe_for_screen_readers()

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if position == 0 and added == 0 and removed >= self._length - 1:
            if self._ignored:
                self._ignored.clear()  # the whole text was replaced (another record loaded)
                self._found.clear()
        self._length = self.document().characterCount()
        self._describe_for_screen_readers()

    def _describe_for_screen_readers(self) -> None:
        phrases = [flag.phrase for _s, _e, flag in self.flags()]
        self.editor.setAccessibleDescription(
            "Language check: " + "; ".join(f"“{p}” could be put more kindly" for p in phrases) if phrases else "")
        self._listen(bool(phrases))

    def _listen(self, flagged: bool) -> None:
        """Watch the box's events only while something in it is underlined: with nothing to
        explain, hover and right-click are the editor's own, and a filter would be called from
        C++ for every event of every box (a plan's tab shown: over two hundred)."""
        if flagged == self._listening:
            return
        for watched in (self.editor, self.editor.viewport()):
            if flagged:
                watched.installEventFilter(self)
            else:
                watched.removeEventFilter(self)
        self._listening = flagged

    # ---- explaining --------------------------------------------------------------------------
    @staticmethod
    def explanation(flag: Flag) -> str:
        """The tooltip: the phrase, a kinder way to say it, and why (rich text)."""
        return (f"<p style='margin:0'><b>“{escape(flag.phrase)}”</b> — a kinder way to say it:</p>"
                f"<p style='margin:4px 0'><i>{escape(flag.rule.alternative)}</i></p>"
                f"<p style='margin:0;color:#4c6272'>{escape(flag.rule.why)}</p>")

    def context_menu(self, position: int, at: QPoint | None = None) -> QMenu:
        """The editor's usual menu, with the flag at ``position`` (if any) explained at the top."""
        menu = self.editor.createStandardContextMenu(at) if at is not None else self.editor.createStandardContextMenu()
        flag = self.flag_at(position)
        if flag is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        note = QLabel(self.explanation(flag))
        note.setWordWrap(True)
        note.setMaximumWidth(360)
        note.setContentsMargins(10, 6, 10, 6)
        note.setAccessibleName("Kinder wording")
        explained = QWidgetAction(menu)
        explained.setDefaultWidget(note)
        explained.setText(f"Kinder: {flag.rule.alternative}")
        ignore = menu.addAction(IGNORE_HERE)
        ignore.setToolTip("Stop underlining this phrase in this box. The text is not changed.")
        ignore.triggered.connect(lambda: self.ignore(flag))
        menu.removeAction(ignore)
        menu.insertAction(first, explained)
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Only boxes with something underlined are watched (see _listen), but every event of
        # those passes here: the type is asked for once and compared with values looked up once.
        kind = event.type()
        if kind == _TOOLTIP and watched is self.editor.viewport():
            return self._tooltip(event)
        if kind == _CONTEXT_MENU and watched in (self.editor, self.editor.viewport()):
            return self._context_menu(event, watched is self.editor)
        return False

    def _tooltip(self, event: QHelpEvent) -> bool:
        cursor = self.editor.cursorForPosition(event.pos())
        flag = self.flag_at(cursor.position())
        if flag is None or not self._over_text(event.pos(), cursor):
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), self.explanation(flag), self.editor.viewport())
        return True

    def _over_text(self, point: QPoint, cursor: QTextCursor) -> bool:
        """Hovering past the end of a line puts the cursor at the line's end: only count the text itself."""
        rect = self.editor.cursorRect(cursor)
        return abs(rect.center().x() - point.x()) <= self.editor.fontMetrics().averageCharWidth() * 2 and \
            rect.top() - 2 <= point.y() <= rect.bottom() + 2

    def _context_menu(self, event: QContextMenuEvent, on_frame: bool) -> bool:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.editor.textCursor().position()
            at = self.editor.cursorRect().center()
        else:
            at = self.editor.viewport().mapFrom(self.editor, event.pos()) if on_frame else event.pos()
            position = self.editor.cursorForPosition(at).position()
        if self.flag_at(position) is None:
            return False  # the editor's own menu, untouched
        menu = self.context_menu(position, at)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(at))
        return True


def check_language(*editors: QPlainTextEdit) -> list[LanguageHighlighter]:
    """Attach the check to staff-written boxes. Never to the person's own words."""
    rules = _installed_rules()
    if not rules:
        return []
    return [LanguageHighlighter(editor, rules) for editor in editors]


def highlighter_for(editor: QPlainTextEdit) -> LanguageHighlighter | None:
    return editor.document().findChild(LanguageHighlighter)
