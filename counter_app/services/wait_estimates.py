"""Expected waiting time per queue, from what the desk's copy of its branch knows.

For each queue (see :mod:`counter_app.domain.waiting` for the formula):

- *waiting ahead*: today's tickets waiting in the queue;
- *busy*: today's tickets of the queue called or being served at a desk;
- *servers*: the desks open now that serve the queue, a desk serving k queues counting
  1/k to each (a desk repeats that it is open every few minutes; one not heard of for
  :data:`PRESENCE_FRESH` has crashed or lost its network and is not counted); when no
  desk has said it is open, the staff the branch's timetable has on
  shift now for the queue's resource (KVIK, borgerservice, librarian); outside every
  shift and with no desk open, nobody serves it and there is no estimate;
- *mean service time*: the queue's last 20 finished services today, blended with the
  queue's configured typical time so that one long case does not swing the estimate.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day, to_local
from counter_app.domain.waiting import (
    PRESENCE_FRESH,
    QueueLoad,
    expected_wait,
    mean_service_time,
)
from counter_app.models import DeskPresence, Queue, Shift, Ticket

RECENT_SERVICES = 20


def queue_loads(
    session: Session,
    branch_id: uuid.UUID,
    now: datetime,
    queues: Sequence[Queue] | None = None,
) -> dict[uuid.UUID, QueueLoad]:
    """The load of every queue of the branch at ``now`` (of ``queues``, the branch's
    queues when the caller has read them already)."""
    day = local_day(now)
    if queues is None:
        queues = session.scalars(select(Queue).where(Queue.branch_id == branch_id)).all()
    counts = _ticket_counts(session, branch_id, day)
    servers = _open_desks(session, branch_id, now)
    staffed = _staff_on_shift(session, branch_id, now)
    recent = _recent_services(session, branch_id, day)
    loads: dict[uuid.UUID, QueueLoad] = {}
    for queue in queues:
        waiting, busy = counts.get(queue.id, (0, 0))
        serving = servers.get(queue.id, 0.0) if servers else float(staffed.get(queue.resource, 0))
        loads[queue.id] = QueueLoad(
            waiting_ahead=waiting,
            busy=busy,
            servers=serving,
            mean_service=mean_service_time(
                recent.get(queue.id, []), timedelta(minutes=queue.service_minutes)
            ),
        )
    return loads


def expected_waits(
    session: Session, branch_id: uuid.UUID, now: datetime
) -> dict[uuid.UUID, timedelta | None]:
    """How long a ticket drawn now in each queue can expect to wait (None: no estimate)."""
    return {
        queue_id: expected_wait(load)
        for queue_id, load in queue_loads(session, branch_id, now).items()
    }


def _ticket_counts(
    session: Session, branch_id: uuid.UUID, day: object
) -> dict[uuid.UUID, tuple[int, int]]:
    rows = session.execute(
        select(Ticket.queue_id, Ticket.state, func.count())
        .where(
            Ticket.branch_id == branch_id,
            Ticket.service_day == day,
            Ticket.state.in_([TicketState.WAITING, TicketState.CALLED, TicketState.SERVING]),
        )
        .group_by(Ticket.queue_id, Ticket.state)
    ).all()
    counts: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])
    for queue_id, state, n in rows:
        counts[queue_id][0 if state is TicketState.WAITING else 1] += int(n)
    return {queue_id: (w, b) for queue_id, (w, b) in counts.items()}


def _open_desks(session: Session, branch_id: uuid.UUID, now: datetime) -> dict[uuid.UUID, float]:
    shares: dict[uuid.UUID, float] = defaultdict(float)
    for queue_ids in session.scalars(
        select(DeskPresence.queue_ids).where(
            DeskPresence.branch_id == branch_id,
            DeskPresence.open.is_(True),
            DeskPresence.updated_at >= now - PRESENCE_FRESH,
        )
    ):
        for queue_id in queue_ids:
            shares[uuid.UUID(queue_id)] += 1.0 / len(queue_ids)
    return dict(shares)


def _staff_on_shift(session: Session, branch_id: uuid.UUID, now: datetime) -> dict[str, int]:
    local = to_local(now)
    rows = session.execute(
        select(Shift.resource, func.sum(Shift.staff_count))
        .where(
            Shift.branch_id == branch_id,
            Shift.weekday == local.weekday(),
            Shift.starts <= local.time(),
            Shift.ends > local.time(),
        )
        .group_by(Shift.resource)
    ).all()
    return {str(resource): int(count) for resource, count in rows}


def _recent_services(
    session: Session, branch_id: uuid.UUID, day: object
) -> dict[uuid.UUID, list[timedelta]]:
    """Each queue's last RECENT_SERVICES finished services of ``day``, newest first: one
    statement for all queues (read at every change a desk pulls)."""
    ranked = (
        select(
            Ticket.queue_id,
            Ticket.serving_started_at,
            Ticket.finished_at,
            func.row_number()
            .over(partition_by=Ticket.queue_id, order_by=Ticket.finished_at.desc())
            .label("rank"),
        )
        .where(
            Ticket.branch_id == branch_id,
            Ticket.service_day == day,
            Ticket.state == TicketState.DONE,
            Ticket.serving_started_at.is_not(None),
            Ticket.finished_at.is_not(None),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.queue_id, ranked.c.serving_started_at, ranked.c.finished_at)
        .where(ranked.c.rank <= RECENT_SERVICES)
        .order_by(ranked.c.queue_id, ranked.c.rank)
    )
    recent: dict[uuid.UUID, list[timedelta]] = defaultdict(list)
    for queue_id, started, finished in rows:
        if started and finished:
            recent[queue_id].append(finished - started)
    return recent
