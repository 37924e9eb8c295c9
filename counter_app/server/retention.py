"""Deleting citizens' personal data: after the municipality's retention period, or when a
citizen asks (the right to erasure).

Deleting means blanking, not removing the row: the appointment or callback still counts in
the statistics, but its name and contact read :data:`DELETED` and its free text is empty.
Every copy goes too:
- the row itself, recorded as a change, so every desk that has a copy pulls the blanked
  row (every branch whose change log held the row, e.g. a library that booked at the main
  library);
- every older version of the row in the change log (``branch_change.row``);
- the audit log says who deleted what, never what it was.

The server stores no mutation payloads (``applied_mutation`` keeps the answer, which holds
no personal data since refusals stopped quoting their input), and a desk deletes a sent
mutation once the server has applied it (see ``sync/outbox.py`` for refused ones).

Several server processes may run this at once: rows are taken ``FOR UPDATE SKIP LOCKED``
and only rows not yet blanked are taken, so each is blanked (and audited) once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, SQLColumnExpression, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from counter_app.domain.personal_data import DELETED, AuditAction
from counter_app.domain.timezone import utc_now
from counter_app.models import (
    Appointment,
    Base,
    BranchChange,
    Callback,
    Municipality,
    ScreenInquiry,
)
from counter_app.server.audit import (
    APPOINTMENT,
    CALLBACK,
    RETENTION_ACTOR,
    SCREEN_INQUIRY,
    audit,
)
from counter_app.server.changes import ChangeRecorder

log = logging.getLogger(__name__)

BATCH = 200  # rows per transaction: short locks, and a stop between batches
RETENTION_INTERVAL = 3600.0  # seconds between runs in a server process
FIRST_RUN_DELAY = 60.0  # after start: let the server settle and serve first

PokeSink = Callable[[dict[uuid.UUID, int]], None]


@dataclass(frozen=True)
class Subject:
    """A kind of row that holds personal data: which columns, blanked to what, and the
    moment the retention period counts from."""

    kind: str
    model: type[Base]
    blanks: dict[str, str]
    moment: Callable[[], SQLColumnExpression[datetime]]
    seen_by: tuple[str, ...] = ("branch_id",)

    def column(self, name: str) -> InstrumentedAttribute[Any]:
        attribute: InstrumentedAttribute[Any] = getattr(self.model, name)
        return attribute

    def not_blank(self) -> ColumnElement[bool]:
        """Rows still holding some of the data."""
        return or_(*(self.column(name) != blank for name, blank in self.blanks.items()))


APPOINTMENTS = Subject(
    APPOINTMENT,
    Appointment,
    {"citizen_name": DELETED, "citizen_contact": DELETED, "topic": ""},
    lambda: Appointment.starts_at,
)
# A callback counts from when it was done; one never done from when it was due.
CALLBACKS = Subject(
    CALLBACK,
    Callback,
    {"citizen_name": DELETED, "citizen_contact": DELETED, "question": ""},
    lambda: func.coalesce(Callback.done_at, Callback.due_at),
)
# A screen inquiry's optional first name ("" is "no name given").
SCREEN_INQUIRIES = Subject(
    SCREEN_INQUIRY,
    ScreenInquiry,
    {"first_name": ""},
    lambda: ScreenInquiry.forwarded_at,
    seen_by=("branch_id", "to_branch_id"),
)
SUBJECTS = (APPOINTMENTS, CALLBACKS, SCREEN_INQUIRIES)


def blank(
    session: Session,
    recorder: ChangeRecorder,
    subject: Subject,
    rows: Sequence[Base],
    *,
    now: datetime,
    actor: str,
    detail: str,
) -> None:
    """Blank ``rows`` (of one municipality, locked by the caller) and every logged copy of
    them, record the blanked rows for the desks, and audit each. Call ``recorder.flush``
    afterwards, last in the transaction."""
    if not rows:
        return
    by_id = {getattr(row, "id"): row for row in rows}  # noqa: B009  (every subject has id)
    logs: dict[uuid.UUID, set[uuid.UUID]] = {row_id: set() for row_id in by_id}
    for change in session.scalars(
        select(BranchChange).where(
            BranchChange.municipality_id == recorder.municipality_id,
            BranchChange.table_name == subject.model.__tablename__,
            BranchChange.row_id.in_(list(by_id)),
        )
    ):
        logs[change.row_id].add(change.branch_id)
        # A new dict, so the JSON column sees the change.
        change.row = {**change.row, **{k: v for k, v in subject.blanks.items() if k in change.row}}
    for row_id, row in by_id.items():
        for name, value in subject.blanks.items():
            setattr(row, name, value)
        seen = {getattr(row, column) for column in subject.seen_by}
        recorder.touched(row, *sorted(seen | logs[row_id]))
        audit(
            session,
            municipality_id=recorder.municipality_id,
            at=now,
            actor=actor,
            action=AuditAction.DELETE,
            subject_kind=subject.kind,
            subject_id=row_id,
            detail=detail,
        )


@dataclass(frozen=True)
class RetentionRun:
    """What one run deleted, per municipality code and subject kind."""

    deleted: dict[str, Counter[str]]

    @property
    def total(self) -> int:
        return sum(sum(counts.values()) for counts in self.deleted.values())


def run_retention(
    engine: Engine,
    *,
    now: datetime,
    origin: str = "retention",
    on_pokes: PokeSink | None = None,
    municipality_codes: Sequence[str] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> RetentionRun:
    """Blank the personal data whose retention period has passed at ``now``, in every
    municipality (or those named), by each one's own period. Idempotent."""
    with Session(engine) as session:
        query = select(Municipality.id, Municipality.code, Municipality.contact_retention_days)
        if municipality_codes is not None:
            query = query.where(Municipality.code.in_(municipality_codes))
        municipalities = list(session.execute(query.order_by(Municipality.code)))
    deleted: dict[str, Counter[str]] = {}
    for municipality_id, code, days in municipalities:
        counts = deleted.setdefault(code, Counter())
        cutoff = now - timedelta(days=days)
        for subject in SUBJECTS:
            while not should_stop():
                done = _blank_batch(
                    engine,
                    subject,
                    municipality_id=municipality_id,
                    days=days,
                    cutoff=cutoff,
                    now=now,
                    origin=origin,
                    on_pokes=on_pokes,
                )
                counts[subject.kind] += done
                if done < BATCH:
                    break
    return RetentionRun(deleted)


def _blank_batch(
    engine: Engine,
    subject: Subject,
    *,
    municipality_id: uuid.UUID,
    days: int,
    cutoff: datetime,
    now: datetime,
    origin: str,
    on_pokes: PokeSink | None,
) -> int:
    model: Any = subject.model
    with Session(engine) as session, session.begin():
        rows = session.scalars(
            select(subject.model)
            .where(
                model.municipality_id == municipality_id,
                subject.moment() < cutoff,
                subject.not_blank(),
            )
            .order_by(subject.moment())
            .limit(BATCH)
            .with_for_update(skip_locked=True)
        ).all()
        if not rows:
            return 0
        recorder = ChangeRecorder(session, municipality_id, origin)
        blank(
            session,
            recorder,
            subject,
            rows,
            now=now,
            actor=RETENTION_ACTOR,
            detail=f"retention period of {days} days over",
        )
        recorder.flush(now)
    if on_pokes is not None and recorder.pokes:
        on_pokes(dict(recorder.pokes))
    return len(rows)


async def retention_loop(
    run: Callable[[], object],
    *,
    interval: float = RETENTION_INTERVAL,
    first_delay: float = FIRST_RUN_DELAY,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Run ``run`` (in a worker thread) every ``interval`` seconds until cancelled; a
    failure is logged and tried again at the next turn."""
    await sleep(first_delay)
    while True:
        try:
            await asyncio.to_thread(run)
        except Exception:
            log.exception("deleting personal data after the retention period failed; retrying")
        await sleep(interval)


def retention_task(
    engine: Engine, *, origin: str, on_pokes: PokeSink, stopping: threading.Event
) -> Callable[[], None]:
    """What a server process runs each hour; it stops between batches once ``stopping``
    is set (before the engine is disposed)."""

    def run() -> None:
        result = run_retention(
            engine,
            now=utc_now(),
            origin=origin,
            on_pokes=on_pokes,
            should_stop=stopping.is_set,
        )
        if result.total:
            log.info("deleted personal data after the retention period: %s", result.deleted)

    return run
