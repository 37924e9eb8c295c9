"""A desk without its window: the real local database, outbox, replica and sync engine,
and the same use cases (``counter_app.services``) the window calls."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.timezone import utc_now
from counter_app.models import DeskIdentity, OutboxEntry, Queue, Ticket
from counter_app.protocol.messages import EnrollRequest, EnrollResponse
from counter_app.protocol.mutations import (
    MutationType,
    TicketCallNextV1,
)
from counter_app.services.desk_services import DeskServices
from counter_app.services.inquiry_desk import InquiryDesk
from counter_app.services.ticket_dispenser import TicketDispenser
from counter_app.sync import outbox
from counter_app.sync.client import SyncClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.identity import Identity, load_identity, save_identity
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.outbox import Outbox
from counter_app.sync.replica import Replica
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


@dataclass
class SimDesk:
    """One desk's database and sync machinery, enrolled with a server."""

    db: Engine
    client: SyncClient
    enrolled: EnrollResponse
    sync: SyncEngine

    @property
    def outbox(self) -> Outbox:
        """The desk's outbox."""
        return self.sync.outbox

    def queue_id(self, prefix: str) -> uuid.UUID:
        """The id of this desk's branch queue with ``prefix`` (from the replica)."""
        with Session(self.db) as session:
            return session.scalars(
                select(Queue.id).where(
                    Queue.branch_id == self.enrolled.branch_id, Queue.prefix == prefix
                )
            ).one()

    @property
    def services(self) -> DeskServices:
        """The use cases the desk window calls, over this desk's database and engine."""
        return DeskServices.create(self.db, self.sync, self._identity(), utc_now)

    def _identity(self) -> Identity:
        identity = load_identity(self.db)
        assert identity is not None
        return identity

    def _last_number(self) -> int:
        with Session(self.db) as session:
            return session.scalars(select(DeskIdentity.last_number)).one()

    def issue_ticket(
        self, prefix: str = "K", *, staff_id: uuid.UUID | None = None
    ) -> tuple[int, uuid.UUID]:
        """Draw a ticket as the desk program does (pending, no number); (number, id)."""
        desk = TicketDispenser(
            engine=self.db, sync=self.sync, identity=self._identity(), clock=utc_now
        )
        ticket_id = desk.issue_later(self.queue_id(prefix), staff_id=staff_id)
        return self._last_number(), ticket_id

    def call_next(self, *prefixes: str) -> int:
        """Ask for the next ticket of these queues (no local effect); the outbox number."""
        queue_ids = [self.queue_id(p) for p in prefixes or ("K",)]
        with Session(self.db) as session, session.begin():
            entry = outbox.append(
                session,
                MutationType.TICKET_CALL_NEXT,
                TicketCallNextV1(queue_ids=queue_ids),
                now=utc_now(),
            )
            return entry.number

    def register_inquiry(self, started_at: datetime, ended_at: datetime) -> uuid.UUID:
        """Record an inquiry as the desk program does; its id."""
        desk = InquiryDesk(engine=self.db, sync=self.sync, identity=self._identity(), clock=utc_now)
        return desk.register(
            channel=Channel.COUNTER,
            outcome=Outcome.RESOLVED,
            started_at=started_at,
            ended_at=ended_at,
        )

    def local_ticket(self, ticket_id: uuid.UUID) -> Ticket | None:
        """The desk's copy of a ticket."""
        with Session(self.db, expire_on_commit=False) as session:
            return session.get(Ticket, ticket_id)

    def restarted_engine(self) -> SyncEngine:
        """A new sync engine over the same database and client: the desk program closed
        and started again (what was in memory is gone, the database is kept)."""
        return SyncEngine(
            client=self.client,
            outbox=Outbox(self.db, clock=utc_now),
            replica=Replica(self.db, clock=utc_now),
            branch_id=self.enrolled.branch_id,
        )

    def outbox_entries(self) -> list[OutboxEntry]:
        """Every outbox row, pending or rejected, in number order."""
        with Session(self.db, expire_on_commit=False) as session:
            return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.number)))


@contextlib.asynccontextmanager
async def enrolled_desk(
    server: ServerProcess,
    tenant: Tenant,
    folder: Path,
    *,
    via: str | None = None,
    name: str | None = None,
    branch: str = "HB",
    timeout: float = 10.0,
    poll_interval: float = 5.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    last_number: int | None = None,
    kind: str = "kvik",
    ssl_context: ssl.SSLContext | None = None,
) -> AsyncIterator[SimDesk]:
    """Open a fresh desk database, enroll, save the identity, take the first snapshot.

    The desk belongs to ``tenant``'s municipality and talks to ``server`` (or to the
    address ``via``, e.g. a proxy in front of it). ``last_number`` overrides the numbering
    the server reports, as a database restored from an old backup (or a server restored
    from one) would have it. ``ssl_context`` verifies an https server.
    """
    base_url = via or server.base_url
    name = name or f"desk-{uuid.uuid4().hex[:8]}"
    db = open_desk_database(folder / f"{name}.sqlite")
    client = SyncClient(base_url, timeout=timeout, ssl_context=ssl_context)
    try:
        enrolled = await client.enroll(
            EnrollRequest(
                enrollment_key=server.enrollment_key,
                municipality_code=tenant.code,
                branch_code=branch,
                desk_name=name,
                desk_kind=kind,
            )
        )
        numbering = enrolled.last_applied_number if last_number is None else last_number
        save_identity(db, enrolled.model_copy(update={"last_applied_number": numbering}), base_url)
        sync = SyncEngine(
            client=client,
            outbox=Outbox(db, clock=utc_now),
            replica=Replica(db, clock=utc_now),
            branch_id=enrolled.branch_id,
            poll_interval=poll_interval,
            sleep=sleep,
        )
        await sync.pull_all()
        try:
            yield SimDesk(db=db, client=client, enrolled=enrolled, sync=sync)
        finally:
            await sync.stop()
    finally:
        await client.aclose()
        db.dispose()
