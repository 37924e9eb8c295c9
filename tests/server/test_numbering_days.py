"""Ticket numbers restart every Copenhagen day, also across daylight saving (in-process,
with the push processor's clock set by the test)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from counter_app.models import Ticket
from counter_app.protocol.messages import Status
from tests.support.api import call_next, issue
from tests.support.rig import Rig

# (instant in UTC, Copenhagen day, expected label)
TIMELINE = [
    (datetime(2026, 3, 28, 9, 0), date(2026, 3, 28), "K001"),
    (datetime(2026, 3, 28, 22, 59), date(2026, 3, 28), "K002"),  # 23:59 winter time
    (datetime(2026, 3, 28, 23, 30), date(2026, 3, 29), "K001"),  # 00:30, the day clocks jump
    (datetime(2026, 3, 29, 21, 59), date(2026, 3, 29), "K002"),  # 23:59 summer time
    (datetime(2026, 3, 29, 22, 0), date(2026, 3, 30), "K001"),  # midnight summer time
    (datetime(2026, 10, 24, 21, 30), date(2026, 10, 24), "K001"),
    (datetime(2026, 10, 24, 22, 30), date(2026, 10, 25), "K001"),  # 00:30 summer time
    (datetime(2026, 10, 25, 0, 30), date(2026, 10, 25), "K002"),  # 02:30 summer time
    (datetime(2026, 10, 25, 1, 30), date(2026, 10, 25), "K003"),  # 02:30 again, winter time
    (datetime(2026, 10, 25, 22, 59), date(2026, 10, 25), "K004"),  # 23:59 winter time
    (datetime(2026, 10, 25, 23, 30), date(2026, 10, 26), "K001"),
]


def test_numbers_restart_at_copenhagen_midnight(rig: Rig) -> None:
    queue = rig.queue("K")
    for number, (instant, day, label) in enumerate(TIMELINE, start=1):
        rig.clock.now = instant.replace(tzinfo=UTC)
        response = rig.processor.push(rig.desk, [issue(number, queue.id)])
        result = response.results[0]
        assert result.status is Status.APPLIED, result.detail
        assert result.result["label"] == label, instant
        with Session(rig.engine) as session:
            ticket = session.get(Ticket, uuid.UUID(result.result["ticket_id"]))
            assert ticket is not None
            assert ticket.service_day == day
            assert ticket.issued_at == rig.clock.now


def test_each_queue_counts_on_its_own_day(rig: Rig) -> None:
    k, b = rig.queue("K"), rig.queue("B")
    rig.clock.now = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    labels = [
        r.result["label"]
        for r in rig.processor.push(
            rig.desk, [issue(1, k.id), issue(2, b.id), issue(3, k.id)]
        ).results
    ]
    rig.clock.now = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
    labels += [r.result["label"] for r in rig.processor.push(rig.desk, [issue(4, b.id)]).results]
    assert labels == ["K001", "B001", "K002", "B001"]


def test_pokes_follow_commits_of_applied_mutations_only(rig: Rig) -> None:
    k = rig.queue("K")
    response = rig.processor.push(rig.desk, [issue(1, k.id), call_next(2, rig.queue("L").id)])
    assert [r.status for r in response.results] == [Status.APPLIED, Status.REJECTED]
    assert rig.pokes == [{rig.desk.branch_id: response.results[0].branch_seq}]


def test_the_server_clock_not_the_desks_decides_the_day(rig: Rig) -> None:
    k = rig.queue("K")
    rig.clock.now = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    yesterday = datetime(2026, 5, 31, 8, 0, tzinfo=UTC)
    result = rig.processor.push(rig.desk, [issue(1, k.id, client_time=yesterday)]).results[0]
    with Session(rig.engine) as session:
        ticket = session.get(Ticket, uuid.UUID(result.result["ticket_id"]))
        assert ticket is not None and ticket.service_day == date(2026, 6, 1)
