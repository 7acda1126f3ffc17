"""Tabs built the first time someone looks at them.

Building the assessment and crisis plan tabs costs a few hundred milliseconds (hundreds of
widgets, each polished by the style sheet), and many sessions never open them. The tab bar
shows every tab from the start; each page is an empty stand-in until that tab is first
shown or asked for, when the real page is built and put in its place, with the same label.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    """Owns the stand-ins of ``tabs`` and swaps each for its real page when needed."""

    shown = Signal(QWidget)  # a (real) page became the current tab
    built = Signal(QWidget)  # a page was built (before it is shown)

    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self._tabs = tabs
        self._factories: dict[QWidget, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._names: dict[QWidget, str] = {}
        tabs.currentChanged.connect(self._on_current_changed)

    def add(self, name: str, label: str, factory: Callable[[], QWidget]) -> None:
        """A tab called ``name`` whose page ``factory`` builds when it is first needed."""
        stand_in = QWidget()
        stand_in.setObjectName(f"{name}StandIn")
        self._factories[stand_in] = factory
        self._names[stand_in] = name
        self._tabs.addTab(stand_in, label)

    def page(self, name: str) -> QWidget:
        """The real page of tab ``name``, built now if it has not been."""
        if name not in self._built:
            stand_in = next(w for w, n in self._names.items() if n == name and w in self._factories)
            self._build(stand_in)
        return self._built[name]

    def built_page(self, name: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._built.get(name)

    def built_pages(self) -> list[QWidget]:
        return list(self._built.values())

    def _build(self, stand_in: QWidget) -> QWidget:
        factory = self._factories.pop(stand_in)
        name = self._names.pop(stand_in)
        page = factory()
        tabs = self._tabs
        index, current = tabs.indexOf(stand_in), tabs.currentIndex()
        label, tip = tabs.tabText(index), tabs.tabToolTip(index)
        blocker = QSignalBlocker(tabs)  # the swap is not a change of tab for anyone listening
        tabs.removeTab(index)
        tabs.insertTab(index, page, label)
        tabs.setTabToolTip(index, tip)
        tabs.setCurrentIndex(current)
        blocker.unblock()
        stand_in.deleteLater()
        self._built[name] = page
        self._names[page] = name
        self.built.emit(page)
        return page

    def _on_current_changed(self, index: int) -> None:
        page = self._tabs.widget(index)
        if page in self._factories:
            page = self._build(page)
        if page is not None:
            self.shown.emit(page)
