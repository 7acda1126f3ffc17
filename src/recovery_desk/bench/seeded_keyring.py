"""The cold-start child's keyring: in memory, holding the demo folder's key, and loaded the
way a real credential store is, by keyring itself, when the app first asks for a key.

The child sets ``PYTHON_KEYRING_BACKEND`` to ``recovery_desk.bench.seeded_keyring.SeededKeyring``
and puts the key in :data:`SEED` (this module imports nothing). Importing keyring up front
to call ``keyring.set_keyring`` would put keyring's import (about 40 ms) on the path to the
first window, where the app itself never has it: the app reads its key on the worker thread
that opens the records.
"""
from __future__ import annotations

SEED: dict[tuple[str, str], str] = {}


def __getattr__(name: str):
    # The class is made only when keyring asks for it, so no other process ever has it: a
    # backend with a priority would otherwise be a candidate for keyring's own choice.
    if name != "SeededKeyring":
        raise AttributeError(name)
    from recovery_desk.store.keys import MemoryKeyring

    class SeededKeyring(MemoryKeyring):
        priority = 1  # keyring checks an explicitly named backend is viable

        def __init__(self) -> None:
            super().__init__()
            self.store.update(SEED)

    globals()[name] = SeededKeyring
    return SeededKeyring
