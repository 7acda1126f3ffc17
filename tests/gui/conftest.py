import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


@pytest.fixture
def open_window(qtbot, home, clock):
    """Open the real main window on ``home`` the way the app does; closes it afterwards."""
    from recovery_desk.app import open_main_window

    windows = []

    def _open(**kw):
        kw.setdefault("clock", clock)
        kw.setdefault("demo_histories", 0)  # fast: tests add the history they need themselves
        window = open_main_window(home, **kw)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


@pytest.fixture(autouse=True)
def run_dialog(qtbot, monkeypatch):
    """``exec()`` of any dialog runs non-modally: the test fills it in a registered handler.

    Usage: ``run_dialog(PersonDialog, interact=fill)`` before triggering the action. Dialogs
    with no handler run for real (a test then closes them itself, e.g. with a single-shot timer).
    """
    handlers = {}
    real = {QDialog: QDialog.exec, QMessageBox: QMessageBox.exec}

    def patched(base):
        def fake_exec(self):
            handler = handlers.get(type(self))
            if handler is None:
                return real[base](self)
            self.show()
            handler(self)
            return self.result()
        return fake_exec

    monkeypatch.setattr(QDialog, "exec", patched(QDialog))
    monkeypatch.setattr(QMessageBox, "exec", patched(QMessageBox))

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
def message_boxes(monkeypatch):
    """Static message boxes never block a test run: each is recorded (title, text) and answered OK.

    Tests that expect a question patch it with ``answer_questions``; tests that expect a warning
    can assert on this list.
    """
    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append((title, text))))
    return shown


@pytest.fixture(autouse=True)
def _close_stray_windows():
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
