"""The inputs of the waiting estimate, read from a branch's rows: tickets waiting and at
desks, open desks or else the timetable's staff, and recent service times."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.models import DeskPresence, Queue, Ticket
from counter_app.services.wait_estimates import RECENT_SERVICES, expected_waits, queue_loads
from tests.support.rig import Rig

MONDAY_10_30 = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # 10:30 in Copenhagen
SUNDAY_NOON = datetime(2026, 11, 22, 11, 0, tzinfo=UTC)


def _ticket(queue: Queue, state: TicketState, **fields: object) -> Ticket:
    return Ticket(
        id=uuid.uuid4(),
        municipality_id=queue.municipality_id,
        branch_id=queue.branch_id,
        queue_id=queue.id,
        prefix=queue.prefix,
        number=None,
        service_day=date(2026, 11, 23),
        state=state,
        issued_at=MONDAY_10_30 - timedelta(minutes=30),
        **fields,
    )


def test_without_open_desks_the_timetable_says_who_serves(rig: Rig) -> None:
    with Session(rig.engine) as session:
        loads = queue_loads(session, rig.desk.branch_id, MONDAY_10_30)
        sunday = expected_waits(session, rig.desk.branch_id, SUNDAY_NOON)
    servers = {rig.queue(p).id: p for p in "KBL"}
    assert {servers[q]: load.servers for q, load in loads.items()} == {"K": 3, "B": 3, "L": 1}
    assert set(sunday.values()) == {None}  # nobody on shift on a Sunday: no estimate


def test_open_desks_count_shared_between_their_queues(rig: Rig) -> None:
    k, librarian = rig.queue("K"), rig.queue("L")
    open_desks = [(rig.as_desk("KVIK 1"), [k, librarian]), (rig.as_desk("KVIK 2"), [k])]
    with Session(rig.engine) as session, session.begin():
        for desk, queues in open_desks:
            session.add(
                DeskPresence(
                    id=desk.desk_id,
                    municipality_id=desk.municipality_id,
                    branch_id=desk.branch_id,
                    open=True,
                    queue_ids=[str(q.id) for q in queues],
                    updated_at=MONDAY_10_30,
                )
            )
    with Session(rig.engine) as session:
        loads = queue_loads(session, rig.desk.branch_id, MONDAY_10_30)
    assert loads[k.id].servers == 1.5
    assert loads[librarian.id].servers == 0.5
    assert loads[rig.queue("B").id].servers == 0  # open desks decide once any desk is open

    # Desks not heard of for an hour crashed or lost the network: back to the timetable.
    with Session(rig.engine) as session:
        later = queue_loads(session, rig.desk.branch_id, MONDAY_10_30 + timedelta(hours=1))
    assert later[k.id].servers == 3


def test_waiting_busy_and_recent_service_times_are_todays_of_the_queue(rig: Rig) -> None:
    k, librarian = rig.queue("K"), rig.queue("L")
    with Session(rig.engine) as session, session.begin():
        session.add_all([_ticket(k, TicketState.WAITING) for _ in range(4)])
        session.add(_ticket(k, TicketState.SERVING))
        session.add(_ticket(librarian, TicketState.WAITING))
        yesterday = _ticket(k, TicketState.WAITING)
        yesterday.service_day = date(2026, 11, 22)
        session.add(yesterday)
        for minutes in (6, 6):
            started = MONDAY_10_30 - timedelta(minutes=20)
            session.add(
                _ticket(
                    k,
                    TicketState.DONE,
                    serving_started_at=started,
                    finished_at=started + timedelta(minutes=minutes),
                )
            )
    with Session(rig.engine) as session:
        load = queue_loads(session, rig.desk.branch_id, MONDAY_10_30)[k.id]
    assert (load.waiting_ahead, load.busy, load.servers) == (4, 1, 3)
    # Two services of 6 min blended with the queue's 4 min counted three times: 4.8 min.
    assert load.mean_service == timedelta(minutes=4.8)


def test_each_queue_counts_only_its_own_last_twenty_services(rig: Rig) -> None:
    k, librarian = rig.queue("K"), rig.queue("L")

    def done(queue: Queue, minutes: int, finished_ago: int) -> Ticket:
        finished = MONDAY_10_30 - timedelta(minutes=finished_ago)
        return _ticket(
            queue,
            TicketState.DONE,
            serving_started_at=finished - timedelta(minutes=minutes),
            finished_at=finished,
        )

    with Session(rig.engine) as session, session.begin():
        session.add_all(done(k, 60, 200 + n) for n in range(5))  # earlier: long cases
        session.add_all(done(k, 6, 100 - n) for n in range(RECENT_SERVICES))
        session.add(done(librarian, 10, 50))
    with Session(rig.engine) as session:
        loads = queue_loads(session, rig.desk.branch_id, MONDAY_10_30)
    for queue, recent in ((k, [6] * RECENT_SERVICES), (librarian, [10])):
        typical = timedelta(minutes=queue.service_minutes)
        expected = (timedelta(minutes=sum(recent)) + 3 * typical) / (len(recent) + 3)
        assert loads[queue.id].mean_service == expected
