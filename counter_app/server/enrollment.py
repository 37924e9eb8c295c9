"""Enrolling desks: by a one-time code that IT made for one desk (a central server), or by
the server's enrollment key (the embedded default, and servers for trying it out)."""

from __future__ import annotations

import hmac
import uuid
from datetime import datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from counter_app.domain.access import (
    CODE_VALID,
    AccessError,
    new_enrollment_code,
    normalise_enrollment_code,
)
from counter_app.domain.org import DeskKind
from counter_app.domain.tickets import offline_code_for
from counter_app.models import (
    Branch,
    Desk,
    DeskCredential,
    DeskSyncState,
    EnrollmentCode,
    Municipality,
)
from counter_app.protocol.messages import CodeEnrollRequest, EnrollRequest, EnrollResponse
from counter_app.server.auth import issue_token, token_digest
from counter_app.server.changes import ChangeRecorder
from counter_app.server.staff_access import end_desk_sessions


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
        desk = find_or_add_desk(session, branch, request.desk_name, kind, recorder)
        response = _answer(session, desk, now)
        recorder.flush(now)
    return response, dict(recorder.pokes)


def enroll_by_code(engine: Engine, request: CodeEnrollRequest, *, now: datetime) -> EnrollResponse:
    """Trade a one-time code for the token of the desk it was made for.

    The code is used up whether or not the desk receives the answer: if the answer is
    lost on the way, IT makes a new code (the desk's outbox and numbering are kept).
    """
    try:
        code = normalise_enrollment_code(request.code)
    except AccessError as exc:
        raise EnrollmentError(403, str(exc)) from exc
    with Session(engine) as session, session.begin():
        row = session.scalar(
            select(EnrollmentCode)
            .where(EnrollmentCode.code_sha256 == token_digest(code))
            .with_for_update()
        )
        if row is None:
            raise EnrollmentError(403, _CODE_UNKNOWN)
        if row.used_at is not None:
            raise EnrollmentError(
                403, "this enrollment code has been used already: ask IT for a new one"
            )
        if row.expires_at <= now:
            raise EnrollmentError(403, "this enrollment code has expired: ask IT for a new one")
        row.used_at = now
        desk = session.get_one(Desk, row.desk_id)
        return _answer(session, desk, now)


_CODE_UNKNOWN = "this enrollment code is not known: check what was typed, or ask IT for a new one"


def create_enrollment_code(
    session: Session, desk: Desk, *, created_by: str, now: datetime
) -> tuple[str, datetime]:
    """A new one-time code for ``desk`` and when it expires; earlier unused codes of the
    desk stop working."""
    session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.desk_id == desk.id, EnrollmentCode.used_at.is_(None))
        .values(expires_at=now)
    )
    code = new_enrollment_code()
    expires = now + CODE_VALID
    session.add(
        EnrollmentCode(
            code_sha256=token_digest(code),
            desk_id=desk.id,
            municipality_id=desk.municipality_id,
            created_at=now,
            expires_at=expires,
            created_by=created_by[:80],
        )
    )
    return code, expires


def revoke_desk(session: Session, desk: Desk, now: datetime) -> int:
    """Refuse the desk from its next request on: its tokens, unused codes and staff sessions
    stop working. Returns how many tokens were live."""
    live = session.scalars(
        select(DeskCredential).where(
            DeskCredential.desk_id == desk.id, DeskCredential.revoked_at.is_(None)
        )
    ).all()
    for credential in live:
        credential.revoked_at = now
    session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.desk_id == desk.id, EnrollmentCode.used_at.is_(None))
        .values(expires_at=now)
    )
    end_desk_sessions(session, desk.id, now)
    return len(live)


def find_or_add_desk(
    session: Session, branch: Branch, name: str, kind: DeskKind, recorder: ChangeRecorder
) -> Desk:
    """The branch's desk of this name, made (with its offline letter) if it is new."""
    desk = session.scalar(select(Desk).where(Desk.branch_id == branch.id, Desk.name == name))
    if desk is None:
        desk = Desk(
            municipality_id=branch.municipality_id, branch_id=branch.id, name=name, kind=kind
        )
        session.add(desk)
        session.flush()
        if kind is not DeskKind.DISPLAY:
            desk.offline_code = _free_offline_code(session, desk)
        recorder.touched(desk)
    elif not desk.offline_code and desk.kind is not DeskKind.DISPLAY:
        desk.offline_code = _free_offline_code(session, desk)  # enrolled before letters
        recorder.touched(desk)
    return desk


def _answer(session: Session, desk: Desk, now: datetime) -> EnrollResponse:
    state = session.get(DeskSyncState, desk.id)
    if state is None:
        state = DeskSyncState(desk_id=desk.id, municipality_id=desk.municipality_id, last_number=0)
        session.add(state)
    token = issue_token(session, desk, now)
    return EnrollResponse(
        token=token,
        desk_id=desk.id,
        desk_name=desk.name,
        desk_kind=desk.kind.value,
        branch_id=desk.branch_id,
        municipality_id=desk.municipality_id,
        last_applied_number=state.last_number,
    )


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
