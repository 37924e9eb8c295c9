"""Plain read-only views the windows show; no ORM objects leave the services layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from counter_app.domain.tickets import TicketState


@dataclass(frozen=True)
class QueueView:
    """A queue of the desk's branch and how many wait in it."""

    id: uuid.UUID
    name: str
    prefix: str
    waiting: int


@dataclass(frozen=True)
class TicketView:
    """A ticket as staff see it. ``confirmed`` is False until the server has numbered it."""

    id: uuid.UUID
    label: str
    queue_id: uuid.UUID
    queue_name: str
    state: TicketState
    issued_at: datetime
    called_at: datetime | None
    confirmed: bool


@dataclass(frozen=True)
class DeskView:
    """Where this desk is: shown in the top bar."""

    desk_name: str
    branch_name: str
    municipality_name: str
