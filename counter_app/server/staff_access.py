"""Staff at a desk: personal codes (scrypt), sign-in with a limit on wrong codes, sessions,
and which staff member a desk's mutation may name."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, or_, select, update
from sqlalchemy.orm import Session

from counter_app.domain.access import (
    SIGN_IN_WINDOW,
    STAFF_SESSION,
    UNSTAFFED_DESKS,
    check_staff_code,
    sign_in_blocked_until,
)
from counter_app.domain.org import MANAGING_ROLES, StaffRole
from counter_app.models import (
    DeskSyncState,
    SignInFailure,
    Staff,
    StaffCredential,
    StaffSession,
)
from counter_app.protocol.messages import SignedIn, SignInRequest
from counter_app.server.auth import token_digest
from counter_app.server.context import DeskContext

# scrypt's cost: about 50 ms and 16 MiB per check on the development machine.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_staff_code(code: str) -> str:
    """``scrypt$<salt>$<hash>``, both base64."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(code.encode(), salt=salt, dklen=32, **_SCRYPT)
    return "scrypt$" + "$".join(base64.b64encode(b).decode() for b in (salt, digest))


def staff_code_matches(code: str, stored: str) -> bool:
    """Whether ``code`` is the one ``stored`` was made from."""
    try:
        scheme, salt_text, digest_text = stored.split("$")
        salt, digest = base64.b64decode(salt_text), base64.b64decode(digest_text)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    tried = hashlib.scrypt(code.encode(), salt=salt, dklen=len(digest), **_SCRYPT)
    return hmac.compare_digest(tried, digest)


# A hash to check wrong initials against, so an unknown staff member takes as long.
_DUMMY_HASH = hash_staff_code("not-a-staff-code")


def set_staff_code(session: Session, staff: Staff, code: str, now: datetime) -> None:
    """Give ``staff`` a new personal code (raises AccessError if it is too weak)."""
    stored = hash_staff_code(check_staff_code(code))
    row = session.get(StaffCredential, staff.id)
    if row is None:
        session.add(
            StaffCredential(
                staff_id=staff.id,
                municipality_id=staff.municipality_id,
                code_hash=stored,
                changed_at=now,
            )
        )
    else:
        row.code_hash = stored
        row.changed_at = now


class SignInRefused(Exception):
    """Sign-in refused: ``status`` 401 (wrong), 403 (not here), 429 (too many tries)."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


def sign_in(engine: Engine, desk: DeskContext, request: SignInRequest, now: datetime) -> SignedIn:
    """Check initials and code; open a session at the desk, ending the one before it."""
    if desk.kind in UNSTAFFED_DESKS:
        raise SignInRefused(403, f"nobody signs in at a {desk.kind.value}")
    initials = request.initials.strip().upper()
    with Session(engine) as session, session.begin():
        # Failures older than the window count for nothing; keep the table small.
        session.execute(delete(SignInFailure).where(SignInFailure.at < now - SIGN_IN_WINDOW))
        failures = session.scalars(
            select(SignInFailure.at).where(
                SignInFailure.municipality_id == desk.municipality_id,
                or_(SignInFailure.initials == initials, SignInFailure.desk_id == desk.desk_id),
            )
        ).all()
        blocked = sign_in_blocked_until(failures, now)
        if blocked is not None:
            wait = max(1, int((blocked - now).total_seconds()) + 1)
            raise SignInRefused(
                429,
                f"too many wrong codes: wait {(wait + 59) // 60} minutes before trying again",
                retry_after=wait,
            )
        found = session.execute(
            select(Staff, StaffCredential.code_hash)
            .join(StaffCredential, StaffCredential.staff_id == Staff.id)
            .where(
                Staff.municipality_id == desk.municipality_id,
                Staff.initials == initials,
                Staff.active.is_(True),
            )
        ).first()
        stored = found[1] if found is not None else _DUMMY_HASH
        if not staff_code_matches(request.code, stored) or found is None:
            session.add(
                SignInFailure(
                    municipality_id=desk.municipality_id,
                    desk_id=desk.desk_id,
                    initials=initials,
                    at=now,
                )
            )
            wrong = True
        else:
            wrong = False
            signed_in = _open_session(session, desk, found[0], request.next_number, now)
    if wrong:  # raised only now, so that the failure above is committed and counts
        raise SignInRefused(401, "wrong initials or personal code")
    return signed_in


def _open_session(
    session: Session, desk: DeskContext, staff: Staff, next_number: int, now: datetime
) -> SignedIn:
    if (
        staff.home_branch_id is not None
        and staff.home_branch_id != desk.branch_id
        and staff.role not in MANAGING_ROLES
    ):
        raise SignInRefused(403, "this staff member works at another branch")
    applied = session.get(DeskSyncState, desk.desk_id)
    first = max(next_number, (applied.last_number + 1) if applied else 1)
    _end_open_sessions(session, desk.desk_id, now, last_number=first - 1)
    token = secrets.token_urlsafe(32)
    expires = now + STAFF_SESSION
    session.add(
        StaffSession(
            id=uuid.uuid4(),
            token_sha256=token_digest(token),
            municipality_id=desk.municipality_id,
            staff_id=staff.id,
            desk_id=desk.desk_id,
            started_at=now,
            expires_at=expires,
            first_number=first,
        )
    )
    return SignedIn(
        session_token=token,
        staff_id=staff.id,
        initials=staff.initials,
        display_name=staff.display_name,
        role=staff.role.value,
        expires_at=expires,
    )


def sign_out(engine: Engine, desk: DeskContext, last_number: int, now: datetime) -> None:
    """End the desk's open session; its mutations end at ``last_number``."""
    with Session(engine) as session, session.begin():
        _end_open_sessions(session, desk.desk_id, now, last_number=last_number)


def end_desk_sessions(session: Session, desk_id: uuid.UUID, now: datetime) -> None:
    """A revoked desk: no session of it answers any more (mutations already made stay)."""
    session.execute(
        update(StaffSession)
        .where(StaffSession.desk_id == desk_id, StaffSession.expires_at > now)
        .values(expires_at=now)
    )


def _end_open_sessions(
    session: Session, desk_id: uuid.UUID, now: datetime, *, last_number: int
) -> None:
    """Close the numbering of the desk's open session, and stop every live one."""
    session.execute(
        update(StaffSession)
        .where(StaffSession.desk_id == desk_id, StaffSession.last_number.is_(None))
        .values(last_number=last_number, ended_at=now)
    )
    end_desk_sessions(session, desk_id, now)


@dataclass(frozen=True)
class SignedInStaff:
    """The staff member behind a live session token at this desk."""

    staff_id: uuid.UUID
    role: StaffRole


def staff_for_session(
    engine: Engine, desk: DeskContext, token: str, now: datetime
) -> SignedInStaff | None:
    """The signed-in staff member, or None for an unknown, other desk's or ended session."""
    with Session(engine) as session, session.begin():
        row = session.execute(
            select(Staff.id, Staff.role)
            .join(StaffSession, StaffSession.staff_id == Staff.id)
            .where(
                StaffSession.token_sha256 == token_digest(token),
                StaffSession.desk_id == desk.desk_id,
                StaffSession.expires_at > now,
                Staff.active.is_(True),
            )
        ).first()
    return SignedInStaff(row[0], StaffRole(row[1])) if row is not None else None


def mutation_staff(
    session: Session, desk: DeskContext, staff_id: uuid.UUID, number: int
) -> StaffRole | None:
    """The role of the staff member a desk's mutation names, if they were signed in at
    this desk when the desk numbered it; None otherwise."""
    row = session.execute(
        select(Staff.role)
        .join(StaffSession, StaffSession.staff_id == Staff.id)
        .where(
            Staff.id == staff_id,
            Staff.municipality_id == desk.municipality_id,
            StaffSession.desk_id == desk.desk_id,
            StaffSession.first_number <= number,
            or_(StaffSession.last_number.is_(None), StaffSession.last_number >= number),
        )
        .limit(1)
    ).first()
    return StaffRole(row[0]) if row is not None else None
