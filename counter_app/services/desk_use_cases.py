"""What every use case of a desk works with: its database, sync engine, identity, clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from counter_app.sync.engine import SyncEngine
from counter_app.sync.identity import Identity


@dataclass(frozen=True)
class DeskUseCases:
    """Base of the use-case classes; each writes its local effect and outbox row together
    and then asks the sync engine to send it."""

    engine: Engine
    sync: SyncEngine
    identity: Identity
    clock: Callable[[], datetime]
