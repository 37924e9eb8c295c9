"""What every use case of a desk works with: its database, sync engine, identity, clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.models import Desk
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

    def desk_kind(self) -> DeskKind:
        """What this desk is (KVIK, caseworker, branch, kiosk, ...)."""
        with Session(self.engine) as session:
            kind = session.scalar(select(Desk.kind).where(Desk.id == self.identity.desk_id))
        return DeskKind(kind) if kind is not None else DeskKind.KVIK
