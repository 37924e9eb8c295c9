"""Plain read-only views the windows show; no ORM objects leave the services layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from counter_app.domain.org import Area, Resource
from counter_app.domain.tickets import TicketState


@dataclass(frozen=True)
class QueueView:
    """A queue of the desk's branch, how many wait in it and how long a new ticket waits.

    ``expected_wait`` is None when nobody serves the queue now (no honest estimate).
    """

    id: uuid.UUID
    name: str
    prefix: str
    waiting: int
    expected_wait: timedelta | None = None
    kiosk_label_da: str = ""
    kiosk_label_en: str = ""
    kiosk_hint_da: str = ""
    kiosk_hint_en: str = ""
    on_kiosk: bool = True
    resource: Resource = Resource.KVIK

    def kiosk_label(self, language: str) -> str:
        """The button text for the citizen, in the window's language."""
        label = self.kiosk_label_en if language == "en" else self.kiosk_label_da
        return label or self.name

    def kiosk_hint(self, language: str) -> str:
        """The small text under the button."""
        return self.kiosk_hint_en if language == "en" else self.kiosk_hint_da


@dataclass(frozen=True)
class TicketView:
    """A ticket as staff see it. ``confirmed`` is False until the server has numbered it;
    ``offline`` when the desk numbered it itself (K-A01)."""

    id: uuid.UUID
    label: str
    queue_id: uuid.UUID
    queue_name: str
    state: TicketState
    issued_at: datetime
    called_at: datetime | None
    confirmed: bool
    offline: bool = False
    note: str = ""
    for_this_desk: bool = False
    assigned_desk_id: uuid.UUID | None = None
    serving_started_at: datetime | None = None
    summoned_by_desk_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CallView:
    """A call on the display board: which number goes to which desk, and when."""

    ticket_id: uuid.UUID
    label: str
    desk_name: str
    called_at: datetime


@dataclass(frozen=True)
class DeskView:
    """Where this desk is: shown in the top bar."""

    desk_name: str
    branch_name: str
    municipality_name: str


@dataclass(frozen=True)
class DeskChoice:
    """A serving desk of the branch a citizen can be sent to."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Summons:
    """A here-and-now request waiting for this desk's answer: take ``ticket`` now?"""

    ticket: TicketView
    asked_by: str  # the asking desk's name


@dataclass(frozen=True)
class Hall:
    """Everything a desk window shows of its branch's tickets, read at one moment."""

    queues: list[QueueView]
    waiting: list[TicketView]
    current: TicketView | None
    parked: list[TicketView]
    summons: list[Summons]


@dataclass(frozen=True)
class KioskProblem:
    """A kiosk that cannot print (or has another fault) and needs someone."""

    desk_name: str
    problem: str
    detail: str


@dataclass(frozen=True)
class ChecklistView:
    """What the citizen must bring, and the steps, in the window's language."""

    bring: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppointmentKind:
    """Which appointment a service needs when it takes longer than the counter allows:
    ``resource`` is citizen_service (a caseworker) or librarian; 15 or 30 minutes."""

    resource: Resource
    minutes: int


@dataclass(frozen=True)
class ServiceView:
    """A service as a desk sees it. ``allowed_here`` is False when this desk's role may
    not do it (an authority task at a library desk): the desk must send the citizen on."""

    id: uuid.UUID
    code: str
    name: str
    area: Area
    authority_task: bool
    allowed_here: bool
    kvik_within_five_minutes: bool
    appointment_only: bool
    appointment: AppointmentKind | None
    checklist: ChecklistView
    active: bool = True
    seasonal: bool = False


@dataclass(frozen=True)
class ChoiceView:
    """An authority to refer to, or a group that takes callbacks."""

    code: str
    name: str


@dataclass(frozen=True)
class StaffChoice:
    """A staff member, as a window names them."""

    id: uuid.UUID
    initials: str
    name: str


@dataclass(frozen=True)
class CallbackView:
    """An open callback: who gets back to whom, about what, by when."""

    id: uuid.UUID
    group_code: str
    group_name: str
    due_at: datetime
    overdue: bool
    citizen_name: str
    citizen_contact: str
    question: str
    service_names: tuple[str, ...]
    created_at: datetime
