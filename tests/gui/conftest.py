import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


@pytest.fixture
def open_window(qtbot, home, clock):
    """Open the real main window on ``home`` the way the app does; closes it afterwards."""
    from recovery_desk.app import open_main_window

    windows = []

    def _open(**kw):
        kw.setdefault("clock", clock)
        window = open_main_window(home, **kw)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


@pytest.fixture
def run_dialog(qtbot, monkeypatch):
    """Run ``QDialog.exec`` non-modally: the test fills the dialog in ``interact``.

    Usage: ``run_dialog(PersonDialog, interact=fill)`` before triggering the action.
    """
    handlers = {}

    def fake_exec(self):
        handler = handlers.get(type(self))
        assert handler is not None, f"unexpected dialog {type(self).__name__}"
        self.show()
        handler(self)
        return self.result()

    monkeypatch.setattr(QDialog, "exec", fake_exec)

    def register(cls, interact):
        handlers[cls] = interact

    return register


@pytest.fixture
def answer_questions(monkeypatch):
    """Answer every QMessageBox.question with ``answer`` (Yes by default)."""
    def _answer(answer=QMessageBox.StandardButton.Yes):
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    return _answer


@pytest.fixture(autouse=True)
def _close_stray_windows():
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
