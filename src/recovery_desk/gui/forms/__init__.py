"""Python modules generated from ``ui/*.ui`` by ``pyside6-uic``. Do not edit by hand:
change the ``.ui`` in Designer and run ``python -m recovery_desk.gui.forms.compile``."""
