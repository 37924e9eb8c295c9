"""The desk's outbox: mutations written with their local effect, pushed in order.

A mutation and its local effect share one SQLite transaction (the caller's session), so a
crash keeps both or neither. Numbers are 1, 2, 3, ... per desk and never reused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, exists, func, select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import RETENTION_DAYS_DEFAULT
from counter_app.models import Base, DeskIdentity, Municipality, OutboxEntry, OutboxStatus
from counter_app.models.replicated import model_for
from counter_app.protocol.messages import MutationResult, Status
from counter_app.protocol.mutations import PAYLOADS, Mutation, MutationType, Payload


class NotEnrolledError(RuntimeError):
    """The desk has no identity yet; it must enroll before it can make changes."""


def append(
    session: Session,
    kind: MutationType,
    payload: Payload,
    *,
    now: datetime,
    staff_id: uuid.UUID | None = None,
    local_rows: list[Base] | None = None,
    changed_rows: list[Base] | None = None,
) -> OutboxEntry:
    """Add a mutation to the outbox inside the caller's transaction and return it.

    The mutation is the signed-in staff member's (``staff_id``, by default whoever is signed
    in at the desk now). ``local_rows`` are rows the caller added as the local effect; they
    are removed again if the server rejects the mutation. ``changed_rows`` are existing
    rows the caller changed: if the server rejects the mutation, the desk re-reads its
    branch, since only the server knows what those rows should be now.
    """
    identity = session.scalar(select(DeskIdentity))
    if identity is None:
        raise NotEnrolledError("this desk is not enrolled with a server yet")
    identity.last_number += 1
    entry = OutboxEntry(
        number=identity.last_number,
        id=uuid.uuid4(),
        type=kind.value,
        version=version_of(kind, payload),
        client_time=now,
        staff_id=staff_id or identity.staff_id,
        payload=payload.model_dump(mode="json"),
        local_rows=[
            *([row.__tablename__, str(getattr(row, "id"))] for row in local_rows or []),  # noqa: B009
            *([row.__tablename__, str(getattr(row, "id")), CHANGED] for row in changed_rows or []),  # noqa: B009
        ],
        status=OutboxStatus.PENDING,
    )
    session.add(entry)
    return entry


CHANGED = "changed"  # third element of a local_rows entry: an update, not an insert


def version_of(kind: MutationType, payload: Payload) -> int:
    """The protocol version whose payload class this is (newest first)."""
    for (known, version), model in sorted(PAYLOADS.items(), key=lambda item: -item[0][1]):
        if known is kind and type(payload) is model:
            return version
    raise ValueError(f"{type(payload).__name__} is no payload of {kind.value}")


@dataclass
class Recorded:
    """What recording a push's results changed locally."""

    applied: list[MutationResult] = field(default_factory=list)
    rejected: list[MutationResult] = field(default_factory=list)
    late: list[MutationResult] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)
    reread: bool = False  # a rejected change had changed rows locally: re-read the branch


@dataclass(frozen=True)
class Outbox:
    """Reads and settles the outbox of one desk database."""

    engine: Engine
    clock: Callable[[], datetime]

    def pending(self, limit: int) -> list[Mutation]:
        """The oldest unanswered mutations, in number order."""
        # Read as columns, not as entries: a backlog is read 200 at a time, and only sent.
        query = (
            select(
                OutboxEntry.number,
                OutboxEntry.id,
                OutboxEntry.type,
                OutboxEntry.version,
                OutboxEntry.client_time,
                OutboxEntry.staff_id,
                OutboxEntry.withdrawn,
                OutboxEntry.payload,
            )
            .where(OutboxEntry.status == OutboxStatus.PENDING)
            .order_by(OutboxEntry.number)
            .limit(limit)
        )
        with Session(self.engine) as session, session.begin():
            return [Mutation(**row._asdict()) for row in session.execute(query)]

    def pending_count(self, *, include_withdrawn: bool = False) -> int:
        """How many of the desk's changes wait to be sent. Withdrawn ones are still sent
        but are no change of the user's, so they are not counted unless asked for."""
        query = (
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.status == OutboxStatus.PENDING)
        )
        if not include_withdrawn:
            query = query.where(OutboxEntry.withdrawn.is_(False))
        with Session(self.engine) as session, session.begin():
            return session.scalar(query) or 0

    def has_pending(self) -> bool:
        """Whether anything waits to be sent, withdrawn changes included (one row read)."""
        query = select(
            exists().where(OutboxEntry.status == OutboxStatus.PENDING).select_from(OutboxEntry)
        )
        with Session(self.engine) as session, session.begin():
            return bool(session.scalar(query))

    def record(self, results: list[MutationResult]) -> Recorded:
        """Settle answered mutations: applied ones leave, rejected ones undo their effect
        and stay until shown. A withdrawn mutation the server had applied after all is a
        *late* result the desk must tell its user about."""
        recorded = Recorded()
        with Session(self.engine) as session, session.begin():
            # One read for the whole answer (not one per mutation), of what settling needs;
            # the applied leave with one statement. A backlog is answered 200 at a time.
            pending = {
                row.number: row
                for row in session.execute(
                    select(
                        OutboxEntry.number, OutboxEntry.id, OutboxEntry.type, OutboxEntry.withdrawn
                    )
                    .where(OutboxEntry.number.in_([r.number for r in results]))
                    .where(OutboxEntry.status == OutboxStatus.PENDING)
                )
            }
            settled: list[int] = []
            refused: list[MutationResult] = []
            for result in results:
                entry = pending.pop(result.number, None)
                if entry is None or entry.id != result.id:
                    continue  # settled before: a repeat answer
                if result.status is not Status.APPLIED:
                    refused.append(result)
                    continue
                if not entry.withdrawn:
                    recorded.applied.append(result)
                elif entry.type != MutationType.TICKET_ISSUE:
                    # A withdrawn issue is always followed by the same ticket with an
                    # offline number, which the server then keeps: nothing to tell.
                    recorded.late.append(result)
                settled.append(result.number)
            if settled:
                session.execute(delete(OutboxEntry).where(OutboxEntry.number.in_(settled)))
            for result in refused:
                self._refused(session, result, recorded)
        return recorded

    @staticmethod
    def _refused(session: Session, result: MutationResult, recorded: Recorded) -> None:
        """Undo a refused mutation's local effect; keep it to be shown unless withdrawn."""
        entry = session.get(OutboxEntry, result.number)
        if entry is None:
            return
        recorded.tables |= _undo_local_rows(session, entry.local_rows)
        recorded.reread |= any(len(item) > 2 for item in entry.local_rows)
        if entry.withdrawn:
            session.delete(entry)  # the user was told already, when it was withdrawn
            return
        entry.status = OutboxStatus.REJECTED
        entry.reason = result.reason
        entry.detail = result.detail
        recorded.rejected.append(result)

    def withdraw(self, number: int) -> bool:
        """Give up on a contended mutation that could not reach the server in time.

        It keeps its number and is still sent, as "withdrawn": if the server never got it,
        nothing happens there; if it had applied it, its stored answer comes back (late).
        """
        with Session(self.engine) as session, session.begin():
            entry = session.get(OutboxEntry, number)
            if entry is None or entry.status is not OutboxStatus.PENDING:
                return False
            entry.withdrawn = True
            return True

    def renumber(self, first_number: int) -> None:
        """Give pending mutations new numbers from ``first_number`` on (the server says the
        old ones were used: this database was restored or recreated)."""
        with Session(self.engine) as session, session.begin():
            entries = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.status == OutboxStatus.PENDING)
                .order_by(OutboxEntry.number)
            ).all()
            copies = [_copy(entry) for entry in entries]
            session.execute(delete(OutboxEntry).where(OutboxEntry.status == OutboxStatus.PENDING))
            session.flush()
            number = first_number - 1
            for number, copy in enumerate(copies, start=first_number):
                copy.number = number
                copy.id = uuid.uuid4()
                session.add(copy)
            identity = session.scalar(select(DeskIdentity))
            if identity is not None:
                top = session.scalar(select(func.max(OutboxEntry.number))) or 0
                identity.last_number = max(number, top, first_number - 1)

    def rejections(self) -> list[OutboxEntry]:
        """Rejected mutations not yet dismissed, oldest first."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            return list(
                session.scalars(
                    select(OutboxEntry)
                    .where(OutboxEntry.status == OutboxStatus.REJECTED)
                    .order_by(OutboxEntry.number)
                )
            )

    def forget_old_rejections(self, now: datetime) -> int:
        """Forget refused changes nobody dismissed once the municipality's retention
        period has passed since they were made: their payload may hold a citizen's name
        and contact (a refused booking or callback). Applied ones are deleted at once."""
        with Session(self.engine) as session, session.begin():
            days = session.scalar(
                select(Municipality.contact_retention_days).join(
                    DeskIdentity, DeskIdentity.municipality_id == Municipality.id
                )
            )
            cutoff = now - timedelta(days=days or RETENTION_DAYS_DEFAULT)
            result = session.execute(
                delete(OutboxEntry).where(
                    OutboxEntry.status == OutboxStatus.REJECTED, OutboxEntry.client_time < cutoff
                )
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def dismiss(self, number: int) -> None:
        """The user has seen a rejection; forget it."""
        with Session(self.engine) as session, session.begin():
            session.execute(
                delete(OutboxEntry).where(
                    OutboxEntry.number == number, OutboxEntry.status == OutboxStatus.REJECTED
                )
            )


def _copy(entry: OutboxEntry) -> OutboxEntry:
    values: dict[str, Any] = {
        column.key: getattr(entry, column.key) for column in OutboxEntry.__table__.columns
    }
    return OutboxEntry(**values)


def _undo_local_rows(session: Session, local_rows: list[list[str]]) -> set[str]:
    tables: set[str] = set()
    for table_name, row_id, *changed in reversed(local_rows):
        if changed:
            continue  # an update: the branch is re-read instead
        model = model_for(table_name)
        row = session.get(model, uuid.UUID(row_id))
        if row is not None:
            session.delete(row)
            session.flush()
            tables.add(table_name)
    return tables
