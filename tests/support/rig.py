"""An in-process server rig: the push processor over a real database (SQLite file or
PostgreSQL), the demo municipality seeded, and a clock the test moves by hand."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.models import Desk, Queue, Side
from counter_app.models.database import make_engine
from counter_app.models.migrate import upgrade
from counter_app.protocol.messages import PushResponse, SignedIn, SignInRequest
from counter_app.protocol.mutations import Mutation
from counter_app.server.context import DeskContext
from counter_app.server.demo import DEMO_STAFF_CODE, seed_demo
from counter_app.server.push import PushProcessor
from counter_app.server.staff_access import sign_in


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Rig:
    engine: Engine
    clock: Clock
    processor: PushProcessor
    desk: DeskContext
    pokes: list[dict[uuid.UUID, int]]

    def as_desk(self, name: str) -> DeskContext:
        """The context of another demo desk of the main branch (e.g. "KVIK 2")."""
        return desk_context(self.engine, name)

    def push(self, *mutations: Mutation, desk: DeskContext | None = None) -> PushResponse:
        """Push as ``desk`` (default KVIK 1)."""
        return self.processor.push(desk or self.desk, list(mutations))

    def sign_in(
        self, initials: str, *, desk: DeskContext | None = None, next_number: int = 1
    ) -> SignedIn:
        """Sign a demo staff member in at ``desk`` (default KVIK 1): the desk's mutations
        from ``next_number`` on are theirs."""
        request = SignInRequest(initials=initials, code=DEMO_STAFF_CODE, next_number=next_number)
        return sign_in(self.engine, desk or self.desk, request, self.clock())

    def queue(self, prefix: str) -> Queue:
        with Session(self.engine) as session:
            return session.scalars(
                select(Queue).where(Queue.branch_id == self.desk.branch_id, Queue.prefix == prefix)
            ).one()


@pytest.fixture
def rig(server_db_url: str) -> Iterator[Rig]:
    engine = make_engine(server_db_url)
    try:
        upgrade(engine, Side.SERVER)
        assert seed_demo(engine)
        assert not seed_demo(engine)  # seeding twice adds nothing
        context = desk_context(engine, "KVIK 1")
        clock = Clock()
        pokes: list[dict[uuid.UUID, int]] = []
        processor = PushProcessor(engine=engine, origin="test", on_pokes=pokes.append, clock=clock)
        yield Rig(engine, clock, processor, context, pokes)
    finally:
        engine.dispose()


def desk_context(engine: Engine, name: str) -> DeskContext:
    """The authenticated context of the demo desk called ``name``."""
    with Session(engine) as session:
        desk = session.scalars(select(Desk).where(Desk.name == name)).one()
        return DeskContext(
            desk_id=desk.id,
            branch_id=desk.branch_id,
            municipality_id=desk.municipality_id,
            kind=DeskKind(desk.kind),
        )
