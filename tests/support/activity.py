"""Activity at the demo municipality's desks, pushed through the real mutation path with
the rig's clock set to Copenhagen wall-clock times: a statistics test writes down a month
as a story and checks the figures it must give."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.timezone import COPENHAGEN
from counter_app.models import Branch, ScreenRoom, Service, Staff
from counter_app.protocol.messages import MutationResult, Status
from counter_app.protocol.mutations import Mutation, MutationType
from tests.support.rig import Rig


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Copenhagen wall-clock time (the desk's clock, as staff read it)."""
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


class Activity:
    """Desks of the demo municipality doing things at given times."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self._numbers: Counter[str] = Counter()

    # -- plumbing ---------------------------------------------------------------------

    def push(
        self,
        desk: str,
        kind: MutationType,
        payload: dict[str, Any],
        *,
        at: datetime,
        version: int = 1,
        staff_id: uuid.UUID | None = None,
        received: datetime | None = None,
    ) -> dict[str, Any]:
        """Push one mutation made on ``desk`` at ``at``; the server gets it at ``received``
        (default: at once). Fails the test unless it is applied."""
        self._numbers[desk] += 1
        self.rig.clock.now = received or at
        mutation = Mutation(
            number=self._numbers[desk],
            id=uuid.uuid4(),
            type=str(kind),
            version=version,
            client_time=at,
            staff_id=staff_id,
            payload=_json(payload),
        )
        result: MutationResult = self.rig.push(mutation, desk=self.rig.as_desk(desk)).results[0]
        assert result.status is Status.APPLIED, (kind, result.reason, result.detail)
        return result.result

    def service(self, code: str) -> uuid.UUID:
        with Session(self.rig.engine) as session:
            return session.scalars(select(Service.id).where(Service.code == code)).one()

    def staff(self, initials: str) -> uuid.UUID:
        with Session(self.rig.engine) as session:
            return session.scalars(select(Staff.id).where(Staff.initials == initials)).one()

    def branch(self, code: str) -> uuid.UUID:
        with Session(self.rig.engine) as session:
            return session.scalars(select(Branch.id).where(Branch.code == code)).one()

    def screen(self, name: str) -> uuid.UUID:
        with Session(self.rig.engine) as session:
            return session.scalars(select(ScreenRoom.id).where(ScreenRoom.name == name)).one()

    # -- tickets ----------------------------------------------------------------------

    def issue(self, desk: str, prefix: str, at: datetime, **extra: Any) -> str:
        ticket_id = str(uuid.uuid4())
        payload = {"ticket_id": ticket_id, "queue_id": self.rig.queue(prefix).id, **extra}
        version = 3 if "appointment_id" in extra else 1
        self.push(desk, MutationType.TICKET_ISSUE, payload, at=at, version=version)
        return ticket_id

    def call_next(self, desk: str, prefix: str, at: datetime) -> str:
        payload = {"queue_ids": [self.rig.queue(prefix).id]}
        return str(self.push(desk, MutationType.TICKET_CALL_NEXT, payload, at=at)["ticket_id"])

    def move(self, desk: str, kind: MutationType, ticket_id: str, at: datetime) -> None:
        self.push(desk, kind, {"ticket_id": ticket_id}, at=at)

    def transfer(self, desk: str, ticket_id: str, prefix: str, at: datetime) -> None:
        payload = {"ticket_id": ticket_id, "queue_id": self.rig.queue(prefix).id}
        self.push(desk, MutationType.TICKET_TRANSFER, payload, at=at)

    # -- inquiries --------------------------------------------------------------------

    def register(
        self,
        desk: str,
        start: datetime,
        end: datetime,
        *services: str,
        channel: str = "counter",
        outcome: str = "resolved",
        received: datetime | None = None,
        **extra: Any,
    ) -> str:
        inquiry_id = str(uuid.uuid4())
        payload = {
            "inquiry_id": inquiry_id,
            "channel": channel,
            "outcome": outcome,
            "started_at": start,
            "ended_at": end,
            "service_ids": [self.service(code) for code in services],
            **extra,
        }
        self.push(
            desk, MutationType.INQUIRY_REGISTER, payload, at=end, version=3, received=received
        )
        return inquiry_id

    def callback(self, desk: str, start: datetime, end: datetime, group: str, due: datetime) -> str:
        callback_id = str(uuid.uuid4())
        callback = {
            "callback_id": callback_id,
            "group_code": group,
            "due_at": due,
            "citizen_name": "Ida Jensen",
            "citizen_contact": "+45 20 30 40 50",
        }
        self.register(desk, start, end, channel="phone", outcome="callback", callback=callback)
        return callback_id

    def finish_callback(self, desk: str, callback_id: str, start: datetime, end: datetime) -> None:
        payload = {
            "callback_id": callback_id,
            "inquiry_id": str(uuid.uuid4()),
            "started_at": start,
            "ended_at": end,
        }
        self.push(desk, MutationType.CALLBACK_FINISH, payload, at=end)

    # -- appointments -----------------------------------------------------------------

    def book(self, desk: str, at: datetime, starts: datetime, minutes: int, **extra: Any) -> str:
        appointment_id = str(uuid.uuid4())
        payload = {
            "appointment_id": appointment_id,
            "resource": "citizen_service",
            "starts_at": starts,
            "minutes": minutes,
            "citizen_name": "Ole Hansen",
            "citizen_contact": "ole@example.dk",
            "booking_code": uuid.uuid4().hex[:6].upper(),
            **extra,
        }
        self.push(desk, MutationType.APPOINTMENT_BOOK, payload, at=at)
        return appointment_id

    def appointment(self, desk: str, kind: MutationType, appointment_id: str, at: datetime) -> None:
        self.push(desk, kind, {"appointment_id": appointment_id}, at=at)

    # -- screen inquiries -------------------------------------------------------------

    def forward(self, desk: str, screen: str, at: datetime) -> str:
        screen_inquiry_id = str(uuid.uuid4())
        payload = {
            "screen_inquiry_id": screen_inquiry_id,
            "to_branch_id": self.branch("HB"),
            "screen_room_id": self.screen(screen),
            "service_id": self.service("passport"),
        }
        self.push(desk, MutationType.SCREEN_FORWARD, payload, at=at)
        return screen_inquiry_id

    def screen_move(
        self, desk: str, kind: MutationType, screen_inquiry_id: str, at: datetime
    ) -> None:
        self.push(desk, kind, {"screen_inquiry_id": screen_inquiry_id}, at=at)


def _json(payload: dict[str, Any]) -> dict[str, Any]:
    """Payload values as JSON would carry them (ids and times as strings)."""

    def plain(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, list):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        return value

    plain_payload: dict[str, Any] = plain(payload)
    return plain_payload
