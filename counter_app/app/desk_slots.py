"""Which desk this program is on a machine: the first free slot, held by a lock file.

Two desk programs on one machine are two desks, each with its own local database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import filelock

MAX_SLOTS = 50


class NoFreeSlotError(RuntimeError):
    """Every desk slot on this machine is in use."""


@dataclass
class DeskSlot:
    """A claimed slot: its number, its database file, and the lock that holds it."""

    index: int
    database: Path
    _lock: filelock.BaseFileLock

    def release(self) -> None:
        """Free the slot for the next desk program."""
        self._lock.release()


def claim_slot(folder: Path) -> DeskSlot:
    """Claim the lowest free slot (1, 2, ...) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(1, MAX_SLOTS + 1):
        lock = filelock.FileLock(str(folder / f"desk-{index}.lock"))
        try:
            lock.acquire(timeout=0)
        except filelock.Timeout:
            continue
        return DeskSlot(index, folder / f"desk-{index}.sqlite", lock)
    raise NoFreeSlotError(f"{MAX_SLOTS} desk programs already run on this machine")
