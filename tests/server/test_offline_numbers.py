"""Numbers a desk gave while it could not reach the server: kept as given (K-A01), never
clashing with the server's or another desk's, in the queue by when the citizen came."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from counter_app.models import Desk, Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.support.api import call_next, issue, mutation
from tests.support.rig import Rig

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)


def offline_issue(
    number: int,
    queue_id: uuid.UUID,
    offline_number: int,
    *,
    ticket_id: uuid.UUID | None = None,
    **extra: Any,
) -> Any:
    payload = {
        "ticket_id": str(ticket_id or uuid.uuid4()),
        "queue_id": str(queue_id),
        "offline_number": offline_number,
    }
    return mutation(number, MutationType.TICKET_ISSUE, payload, version=2, **extra)


def _ticket(rig: Rig, ticket_id: str) -> Ticket:
    with Session(rig.engine, expire_on_commit=False) as session:
        ticket = session.get(Ticket, uuid.UUID(ticket_id))
        assert ticket is not None
        return ticket


def test_each_desk_numbers_with_its_own_letter_beside_the_servers_numbers(rig: Rig) -> None:
    rig.clock.now = NOON
    k = rig.queue("K").id
    online = rig.push(issue(1, k)).results[0]
    mine = rig.push(offline_issue(2, k, 1, client_time=NOON)).results[0]
    theirs = rig.push(offline_issue(1, k, 1, client_time=NOON), desk=rig.as_desk("KVIK 2")).results[
        0
    ]
    assert [r.result["label"] for r in (online, mine, theirs)] == ["K001", "K-A01", "K-B01"]
    assert rig.push(issue(3, k)).results[0].result["label"] == "K002"  # the server counts on


def test_the_same_offline_number_twice_is_refused_not_doubled(rig: Rig) -> None:
    rig.clock.now = NOON
    k = rig.queue("K").id
    assert rig.push(offline_issue(1, k, 7, client_time=NOON)).results[0].status is Status.APPLIED
    again = rig.push(offline_issue(2, k, 7, client_time=NOON)).results[0]
    assert (again.status, again.reason) == (Status.REJECTED, "number_taken")


def test_an_offline_ticket_keeps_its_place_by_when_the_citizen_came(rig: Rig) -> None:
    k = rig.queue("K").id
    rig.clock.now = NOON
    later = rig.push(issue(1, k), desk=rig.as_desk("KVIK 2")).results[0]
    came_earlier = NOON - timedelta(minutes=10)
    offline = rig.push(offline_issue(1, k, 1, client_time=came_earlier)).results[0]
    assert _ticket(rig, offline.result["ticket_id"]).issued_at == came_earlier
    first = rig.push(call_next(2, k)).results[0]
    assert first.result["ticket_id"] == offline.result["ticket_id"]
    assert later.status is Status.APPLIED


def test_a_desk_clock_in_the_future_cannot_push_a_ticket_back(rig: Rig) -> None:
    rig.clock.now = NOON
    k = rig.queue("K").id
    result = rig.push(offline_issue(1, k, 1, client_time=NOON + timedelta(hours=3))).results[0]
    assert _ticket(rig, result.result["ticket_id"]).issued_at == NOON


def test_an_offline_ticket_counts_on_the_day_it_was_drawn(rig: Rig) -> None:
    rig.clock.now = datetime(2026, 3, 29, 9, 0, tzinfo=UTC)  # synced the morning after
    drawn = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # 23:30 winter time, the day before
    result = rig.push(offline_issue(1, rig.queue("K").id, 1, client_time=drawn)).results[0]
    assert _ticket(rig, result.result["ticket_id"]).service_day == date(2026, 3, 28)


def test_a_ticket_the_server_had_numbered_takes_the_slips_number(rig: Rig) -> None:
    """The desk gave up waiting, but its first try had got through: one ticket, the
    number on the citizen's slip."""
    rig.clock.now = NOON
    k = rig.queue("K").id
    ticket_id = uuid.uuid4()
    first = mutation(
        1, MutationType.TICKET_ISSUE, {"ticket_id": str(ticket_id), "queue_id": str(k)}
    )
    assert rig.push(first).results[0].result["label"] == "K001"
    second = rig.push(offline_issue(2, k, 1, ticket_id=ticket_id, client_time=NOON)).results[0]
    assert (second.status, second.result["label"]) == (Status.APPLIED, "K-A01")
    with Session(rig.engine) as session:
        assert session.query(Ticket).count() == 1


def test_another_desks_ticket_cannot_be_renumbered(rig: Rig) -> None:
    rig.clock.now = NOON
    k = rig.queue("K").id
    ticket_id = uuid.uuid4()
    rig.push(
        mutation(1, MutationType.TICKET_ISSUE, {"ticket_id": str(ticket_id), "queue_id": str(k)})
    )
    stolen = rig.push(
        offline_issue(1, k, 1, ticket_id=ticket_id), desk=rig.as_desk("KVIK 2")
    ).results[0]
    assert (stolen.status, stolen.reason) == (Status.REJECTED, "duplicate_ticket")
    assert _ticket(rig, str(ticket_id)).label == "K001"


def test_a_desk_without_a_letter_cannot_number_offline(rig: Rig) -> None:
    rig.clock.now = NOON
    # A desk enrolled before offline letters existed (a display board, which has none,
    # may not issue tickets at all).
    with Session(rig.engine) as session, session.begin():
        session.execute(update(Desk).where(Desk.name == "KVIK 2").values(offline_code=""))
    result = rig.push(offline_issue(1, rig.queue("K").id, 1), desk=rig.as_desk("KVIK 2")).results[0]
    assert (result.status, result.reason) == (Status.REJECTED, "no_offline_code")
