"""Enrolling a desk by the server's enrollment key (the embedded default's path).

One-time codes from an administrator replace this for real servers (the security issue).
"""

from __future__ import annotations

import hmac
import uuid
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.tickets import offline_code_for
from counter_app.models import Branch, Desk, DeskSyncState, Municipality
from counter_app.protocol.messages import EnrollRequest, EnrollResponse
from counter_app.server.auth import issue_token
from counter_app.server.changes import ChangeRecorder


class EnrollmentError(Exception):
    """Enrollment refused; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def enroll(
    engine: Engine,
    request: EnrollRequest,
    *,
    enrollment_key: str | None,
    origin: str,
    now: datetime,
) -> tuple[EnrollResponse, dict[uuid.UUID, int]]:
    """Find or create the named desk in the branch and give it a new token."""
    if enrollment_key is None:
        raise EnrollmentError(403, "this server does not enroll desks by key")
    if not hmac.compare_digest(request.enrollment_key.encode(), enrollment_key.encode()):
        raise EnrollmentError(403, "wrong enrollment key")
    try:
        kind = DeskKind(request.desk_kind)
    except ValueError:
        kinds = ", ".join(k.value for k in DeskKind)
        raise EnrollmentError(
            422, f"unknown desk kind {request.desk_kind!r}; use one of {kinds}"
        ) from None
    with Session(engine) as session, session.begin():
        branch = session.scalar(
            select(Branch)
            .join(Municipality, Municipality.id == Branch.municipality_id)
            .where(
                Municipality.code == request.municipality_code, Branch.code == request.branch_code
            )
        )
        if branch is None:
            raise EnrollmentError(
                404,
                f"no branch with code {request.branch_code!r} in municipality "
                f"{request.municipality_code!r}",
            )
        recorder = ChangeRecorder(session, branch.municipality_id, origin)
        desk = session.scalar(
            select(Desk).where(Desk.branch_id == branch.id, Desk.name == request.desk_name)
        )
        if desk is None:
            desk = Desk(
                municipality_id=branch.municipality_id,
                branch_id=branch.id,
                name=request.desk_name,
                kind=kind,
            )
            session.add(desk)
            session.flush()
            if kind is not DeskKind.DISPLAY:
                desk.offline_code = _free_offline_code(session, desk)
            recorder.touched(desk)
        elif not desk.offline_code and desk.kind is not DeskKind.DISPLAY:
            desk.offline_code = _free_offline_code(session, desk)  # enrolled before letters
            recorder.touched(desk)
        state = session.get(DeskSyncState, desk.id)
        if state is None:
            state = DeskSyncState(
                desk_id=desk.id, municipality_id=desk.municipality_id, last_number=0
            )
            session.add(state)
        token = issue_token(session, desk, now)
        recorder.flush(now)
        response = EnrollResponse(
            token=token,
            desk_id=desk.id,
            desk_name=desk.name,
            branch_id=branch.id,
            municipality_id=branch.municipality_id,
            last_applied_number=state.last_number,
        )
    return response, dict(recorder.pokes)


def _free_offline_code(session: Session, desk: Desk) -> str:
    """The first offline letter no other desk of the branch has (A, B, C, ...)."""
    taken = set(
        session.scalars(
            select(Desk.offline_code).where(Desk.branch_id == desk.branch_id, Desk.id != desk.id)
        )
    )
    index = 0
    while offline_code_for(index) in taken:
        index += 1
    return offline_code_for(index)
