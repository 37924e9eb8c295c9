"""All use cases of one desk, made once at start and handed to its window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from counter_app.services.arrivals import ArrivalDesk
from counter_app.services.board_feed import BoardFeed
from counter_app.services.booking_desk import BookingDesk
from counter_app.services.callback_desk import CallbackDesk
from counter_app.services.catalogue_desk import CatalogueDesk
from counter_app.services.inquiry_desk import InquiryDesk
from counter_app.services.queue_desk import QueueDesk
from counter_app.services.refused_changes import RefusedChanges
from counter_app.services.screen_desk import ScreenDesk
from counter_app.services.staff_desk import StaffDesk
from counter_app.services.statistics_desk import StatisticsDesk
from counter_app.services.sync_backlog import SyncBacklog
from counter_app.services.ticket_dispenser import TicketDispenser
from counter_app.services.ticket_work import TicketWork
from counter_app.sync.engine import SyncEngine
from counter_app.sync.identity import Identity


@dataclass(frozen=True)
class DeskServices:
    """The use cases a window may call, over one database and sync engine."""

    queues: QueueDesk
    work: TicketWork
    dispenser: TicketDispenser
    board: BoardFeed
    inquiries: InquiryDesk
    catalogue: CatalogueDesk
    callbacks: CallbackDesk
    bookings: BookingDesk
    arrivals: ArrivalDesk
    screens: ScreenDesk
    backlog: SyncBacklog
    statistics: StatisticsDesk
    staff: StaffDesk
    refusals: RefusedChanges

    @property
    def sync(self) -> SyncEngine:
        """The sync engine the use cases share."""
        return self.queues.sync

    @property
    def identity(self) -> Identity:
        """Which desk this is."""
        return self.queues.identity

    @property
    def clock(self) -> Callable[[], datetime]:
        """The clock the use cases share."""
        return self.queues.clock

    @classmethod
    def create(
        cls,
        engine: Engine,
        sync: SyncEngine,
        identity: Identity,
        clock: Callable[[], datetime],
    ) -> DeskServices:
        """Every use case over the same parts."""
        return cls(
            queues=QueueDesk(engine, sync, identity, clock),
            work=TicketWork(engine, sync, identity, clock),
            dispenser=TicketDispenser(engine, sync, identity, clock),
            board=BoardFeed(engine, sync, identity, clock),
            inquiries=InquiryDesk(engine, sync, identity, clock),
            catalogue=CatalogueDesk(engine, sync, identity, clock),
            callbacks=CallbackDesk(engine, sync, identity, clock),
            bookings=BookingDesk(engine, sync, identity, clock),
            arrivals=ArrivalDesk(engine, sync, identity, clock),
            screens=ScreenDesk(engine, sync, identity, clock),
            backlog=SyncBacklog(engine, sync, identity, clock),
            statistics=StatisticsDesk(engine, sync, identity, clock),
            staff=StaffDesk(engine, sync, identity, clock),
            refusals=RefusedChanges(engine, sync, identity, clock),
        )
