"""A sync listener for tests: it keeps every event the engine sends."""

from __future__ import annotations

from counter_app.protocol.messages import MutationResult
from counter_app.sync.engine import SyncStatus


class Recorder:
    """A sync listener that keeps what it was told."""

    def __init__(self) -> None:
        self.changed: list[set[str]] = []
        self.rejected: list[MutationResult] = []
        self.late: list[MutationResult] = []
        self.statuses: list[SyncStatus] = []

    def on_changed(self, tables: set[str]) -> None:
        self.changed.append(tables)

    def on_status(self, status: SyncStatus) -> None:
        self.statuses.append(status)

    def on_rejected(self, results: list[MutationResult]) -> None:
        self.rejected += results

    def on_late(self, results: list[MutationResult]) -> None:
        self.late += results
