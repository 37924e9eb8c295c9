"""Writing the audit log: one row per thing done with one citizen's personal data, in the
same transaction as the deed (a rejected mutation's savepoint takes its row with it)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.personal_data import AuditAction
from counter_app.models import AuditEntry
from counter_app.server.context import MutationContext

DESK_ACTOR = "desk"
RETENTION_ACTOR = "server retention"

APPOINTMENT = "appointment"
CALLBACK = "callback"
SCREEN_INQUIRY = "screen_inquiry"
CITIZEN = "citizen"  # a search by contact that found nothing


def audit(
    session: Session,
    *,
    municipality_id: uuid.UUID,
    at: datetime,
    actor: str,
    action: AuditAction,
    subject_kind: str,
    subject_id: uuid.UUID | None,
    detail: str = "",
    desk_id: uuid.UUID | None = None,
    staff_id: uuid.UUID | None = None,
) -> AuditEntry:
    """Add one audit row to the session (written with the caller's transaction)."""
    entry = AuditEntry(
        id=uuid.uuid4(),
        municipality_id=municipality_id,
        at=at,
        desk_id=desk_id,
        staff_id=staff_id,
        actor=actor[:80],
        action=action,
        subject_kind=subject_kind,
        subject_id=subject_id,
        detail=detail[:200],
    )
    session.add(entry)
    return entry


def audit_mutation(
    session: Session,
    ctx: MutationContext,
    action: AuditAction,
    subject_kind: str,
    subject_id: uuid.UUID,
    *,
    detail: str,
) -> None:
    """A desk's mutation made or changed an appointment or callback: the desk and the
    staff member signed in there did it, when the server applied it."""
    audit(
        session,
        municipality_id=ctx.desk.municipality_id,
        at=ctx.now,
        actor=DESK_ACTOR,
        action=action,
        subject_kind=subject_kind,
        subject_id=subject_id,
        detail=detail,
        desk_id=ctx.desk.desk_id,
        staff_id=ctx.staff_id,
    )
