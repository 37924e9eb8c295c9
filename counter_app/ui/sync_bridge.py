"""Re-emits the sync engine's events as Qt signals (qasync runs both on the UI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from counter_app.protocol.messages import MutationResult
from counter_app.sync.engine import SyncEngine, SyncStatus


class SyncBridge(QObject):
    """A thin listener; registers with the engine on :meth:`attach` (once the window has
    connected its signals: the engine then tells it what came before it listened) and
    unregisters on :meth:`detach`.

    Signals:
        changed(list): names of tables whose local rows changed.
        status_changed(object): a new :class:`SyncStatus`.
        rejected(list): :class:`MutationResult` s the server refused.
        late(list): withdrawn mutations the server had applied after all.
    """

    changed = Signal(list)
    status_changed = Signal(object)
    rejected = Signal(list)
    late = Signal(list)

    def __init__(self, engine: SyncEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine

    def attach(self) -> None:
        """Start listening to the engine."""
        self._engine.add_listener(self)

    def detach(self) -> None:
        """Stop listening to the engine."""
        self._engine.remove_listener(self)

    def on_changed(self, tables: set[str]) -> None:
        """SyncListener: rows changed."""
        self.changed.emit(sorted(tables))

    def on_status(self, status: SyncStatus) -> None:
        """SyncListener: connection or outbox changed."""
        self.status_changed.emit(status)

    def on_rejected(self, results: list[MutationResult]) -> None:
        """SyncListener: the server refused mutations."""
        self.rejected.emit(results)

    def on_late(self, results: list[MutationResult]) -> None:
        """SyncListener: withdrawn mutations were applied after all."""
        self.late.emit(results)
