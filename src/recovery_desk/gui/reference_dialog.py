"""The reference library window (Help ▸ Reference library…, F1): search as you type, filter by kind.

Other screens link into it with :func:`show_reference`, for example the recovery hat's prompt
opening the action point it draws on. It is a window beside the work, not a modal dialog, and one
window serves the whole main window: asking again raises it and scrolls to what was asked for.
"""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from recovery_desk.content.loader import ContentError
from recovery_desk.content.reference import (
    ACTION_POINT,
    HOPE_STRATEGY,
    QUESTION,
    ReferenceItem,
    ReferenceLibrary,
    reference_library,
)
from recovery_desk.gui.forms.ui_reference_dialog import Ui_ReferenceDialog
from recovery_desk.gui.widgets import ERROR_STYLE, raise_window
from recovery_desk.services.bundle import Services

MATCH_BACKGROUND = "#fff1a8"
CHOSEN_BACKGROUND = "#e8f1fa"
NUMBER_COLOUR = "#005eb8"
QUIET = "#4c6272"


def anchor(item: ReferenceItem) -> str:
    return re.sub(r"[^a-z0-9]+", "-", item.key.lower())


def _highlight(text: str, words: list[str]) -> str:
    """``text`` escaped for HTML, with each searched word marked (case-blind)."""
    words = [w for w in words if w]
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last:match.start()]))
        out.append(f"<span style='background:{MATCH_BACKGROUND}'>{escape(match.group(0))}</span>")
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


class ReferenceDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReferenceDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._services = services
        self.chosen: str | None = None  # the key of an item another screen asked to show
        self.shown: tuple[ReferenceItem, ...] = ()
        self.ui.buttons.rejected.connect(self.close)
        self.ui.count.setStyleSheet(f"color: {QUIET};")
        self.ui.sourceNote.setStyleSheet(f"color: {QUIET}; font-size: 8pt;")
        try:
            self.library: ReferenceLibrary | None = reference_library()
        except ContentError as exc:
            self.library = None
            self.ui.count.setStyleSheet(ERROR_STYLE)
            self.ui.count.setText(f"The reference library could not be read: {exc} Please reinstall Recovery Desk.")
            for widget in (self.ui.search, self.ui.actionPoints, self.ui.hopeStrategies, self.ui.questions):
                widget.setEnabled(False)
            return
        self.ui.sourceNote.setText(" ".join(self.library.source_notes))
        self.ui.search.textChanged.connect(lambda _text: self.refresh())
        for box in (self.ui.actionPoints, self.ui.hopeStrategies, self.ui.questions):
            box.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def kinds(self) -> tuple[str, ...]:
        boxes = ((self.ui.actionPoints, ACTION_POINT), (self.ui.hopeStrategies, HOPE_STRATEGY),
                 (self.ui.questions, QUESTION))
        return tuple(kind for box, kind in boxes if box.isChecked())

    def refresh(self) -> None:
        if self.library is None:
            return
        query = self.ui.search.text()
        self.shown = self.library.search(query, self.kinds())
        total = len(self.library.search("", self.kinds()))
        if not self.kinds():
            self.ui.count.setText("Tick at least one of Action points, Hope strategies or Questions.")
        elif not self.shown:
            self.ui.count.setText("Nothing matches. Try fewer words, or a number such as 83.")
        else:
            self.ui.count.setText(f"Showing {len(self.shown)} of {total}")
        self.ui.entries.setHtml(self._html(self.shown, query.split()))
        if self.chosen and any(i.key == self.chosen for i in self.shown):
            self.ui.entries.scrollToAnchor(anchor(next(i for i in self.shown if i.key == self.chosen)))
            bar = self.ui.entries.verticalScrollBar()
            bar.setValue(max(0, bar.value() - self.fontMetrics().height()))  # a little space above it

    def _html(self, items: tuple[ReferenceItem, ...], words: list[str]) -> str:
        parts, heading = [], None
        for item in items:
            if item.heading != heading:
                heading = item.heading
                parts.append(f"<h3 style='color:{QUIET};margin-top:14px'>{escape(heading)}</h3>")
            background = f" style='background:{CHOSEN_BACKGROUND}'" if item.key == self.chosen else ""
            big = item.kind == ACTION_POINT
            number = (f"<span style='font-size:{'16pt' if big else '9pt'};font-weight:600;color:{NUMBER_COLOUR}'>"
                      f"{_highlight(item.number, words)}</span>")
            body = [f"<span style='font-size:11pt'>{_highlight(item.text, words)}</span>"]
            if item.note:
                body.append(f"<br><span style='color:{QUIET}'>{_highlight(item.note, words)}</span>")
            if item.used_in:
                body.append(f"<br><span style='color:{QUIET};font-size:9pt'>Used in: "
                            + "; ".join(_highlight(u, words) for u in item.used_in) + "</span>")
            parts.append(f"<a name='{anchor(item)}'></a><table width='100%' cellpadding='4'{background}><tr>"
                         f"<td width='{56 if big else 110}' valign='top'>{number}</td>"
                         f"<td valign='top'>{''.join(body)}</td></tr></table>")
        return "".join(parts)

    def show_action_point(self, number: int) -> None:
        """Show action point ``number``, marked, whatever the search and filters were."""
        item = self.library.action_point(number) if self.library else None
        if item is None:
            return
        self.chosen = item.key
        self.ui.search.blockSignals(True)
        self.ui.search.clear()
        self.ui.search.blockSignals(False)
        self.ui.actionPoints.setChecked(True)
        self.refresh()


def show_reference(parent: QWidget, services: Services, *, action_point: int | None = None) -> ReferenceDialog:
    """Open (or raise) the reference library beside ``parent``'s window, at an action point if given."""
    dialog = raise_window(parent, ReferenceDialog, lambda window: ReferenceDialog(services, window))
    if action_point is not None:
        dialog.show_action_point(action_point)
    else:
        dialog.ui.search.setFocus()
    return dialog
