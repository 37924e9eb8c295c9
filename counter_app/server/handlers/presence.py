"""desk.presence: which desks are open and serve which queues; a kiosk's printer trouble."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.models import DeskPresence, Queue
from counter_app.protocol.mutations import DeskPresenceV1
from counter_app.server.context import MutationContext, Rejected


def report(session: Session, ctx: MutationContext, payload: DeskPresenceV1) -> dict[str, Any]:
    """Store the desk's newest state (last writer wins: only the desk itself writes it)."""
    queue_ids = list(dict.fromkeys(payload.queue_ids))
    if queue_ids:
        known = session.scalar(
            select(func.count(Queue.id)).where(
                Queue.id.in_(queue_ids), Queue.branch_id == ctx.desk.branch_id
            )
        )
        if known != len(queue_ids):
            raise Rejected("unknown_queue", "a queue does not exist in this desk's branch")
    presence = session.get(DeskPresence, ctx.desk.desk_id)
    if presence is None:
        presence = DeskPresence(
            id=ctx.desk.desk_id,
            municipality_id=ctx.desk.municipality_id,
            branch_id=ctx.desk.branch_id,
        )
        session.add(presence)
    presence.open = payload.open
    presence.queue_ids = [str(queue_id) for queue_id in queue_ids]
    presence.problem = payload.problem
    presence.problem_detail = payload.problem_detail
    presence.updated_at = ctx.now
    session.flush()
    ctx.changes.touched(presence, ctx.desk.branch_id)
    return {"open": presence.open}
