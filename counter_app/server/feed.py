"""Reading the change log: pull after a cursor, or a snapshot for a new desk."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.access import UNSTAFFED_DESKS
from counter_app.models import BranchChange, BranchState
from counter_app.models.replicated import (
    ALSO_SEEN_BY,
    BRANCH_SCOPED,
    MUNICIPALITY_WIDE,
    row_to_json,
    without_personal_data,
)
from counter_app.protocol.messages import Change, PullResponse, Snapshot
from counter_app.server.context import DeskContext


class BranchMissingError(LookupError):
    """The desk's branch has no change counter (a damaged or foreign database)."""


def _shown_to(desk: DeskContext, table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row as this desk receives it: a kiosk or a display board, in the public hall and
    used by no one who signs in, gets no citizen's name, contact or notes."""
    return without_personal_data(table_name, row) if desk.kind in UNSTAFFED_DESKS else row


def _state(session: Session, branch_id: uuid.UUID) -> BranchState:
    state = session.get(BranchState, branch_id)
    if state is None:
        raise BranchMissingError(str(branch_id))
    return state


def pull(
    engine: Engine, desk: DeskContext, *, after: int, epoch: uuid.UUID | None, limit: int
) -> PullResponse:
    """Changes of the desk's branch after ``after``, oldest first, at most ``limit``."""
    with Session(engine) as session, session.begin():
        state = _state(session, desk.branch_id)
        oldest = session.scalar(
            select(func.min(BranchChange.seq)).where(BranchChange.branch_id == desk.branch_id)
        )
        log_starts_after = (oldest - 1) if oldest is not None else state.last_seq
        if epoch != state.epoch or after > state.last_seq or after < log_starts_after:
            return PullResponse(
                epoch=state.epoch,
                changes=[],
                last_seq=state.last_seq,
                has_more=False,
                snapshot_required=True,
            )
        rows = session.scalars(
            select(BranchChange)
            .where(BranchChange.branch_id == desk.branch_id, BranchChange.seq > after)
            .order_by(BranchChange.seq)
            .limit(limit)
        ).all()
        changes = [
            Change(seq=r.seq, table=r.table_name, row=_shown_to(desk, r.table_name, r.row))
            for r in rows
        ]
        # Under READ COMMITTED a change may commit between the two reads; never report less
        # than what was returned.
        last_seq = max(state.last_seq, changes[-1].seq if changes else 0)
        return PullResponse(
            epoch=state.epoch,
            changes=changes,
            last_seq=last_seq,
            has_more=bool(changes) and changes[-1].seq < last_seq,
        )


def snapshot(engine: Engine, desk: DeskContext) -> Snapshot:
    """Every replicated row the desk's branch sees, consistent as of one change number."""
    if engine.dialect.name == "postgresql":
        # One snapshot of the database for every table read below.
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with Session(engine) as session, session.begin():
        state = _state(session, desk.branch_id)
        tables: dict[str, list[dict[str, object]]] = {}
        for model in MUNICIPALITY_WIDE:
            columns = model.__table__.c
            column = (
                columns.id if model.__tablename__ == "municipality" else (columns.municipality_id)
            )
            tables[model.__tablename__] = [
                row_to_json(obj)
                for obj in session.scalars(select(model).where(column == desk.municipality_id))
            ]
        for model in BRANCH_SCOPED:
            columns = model.__table__.c
            seen = columns.branch_id == desk.branch_id
            if model in ALSO_SEEN_BY:
                seen = or_(seen, columns[ALSO_SEEN_BY[model]] == desk.branch_id)
            tables[model.__tablename__] = [
                _shown_to(desk, model.__tablename__, row_to_json(obj))
                for obj in session.scalars(select(model).where(seen))
            ]
        return Snapshot(epoch=state.epoch, seq=state.last_seq, tables=tables)
