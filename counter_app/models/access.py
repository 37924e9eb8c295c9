"""Server-only tables of access: one-time enrollment codes, staff codes, staff sessions and
failed sign-ins. Nothing here is replicated to desks."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Side, UTCDateTime

_SERVER = {"info": {"side": Side.SERVER.value}}


class EnrollmentCode(Base):
    """A one-time code for enrolling one desk, stored only as its SHA-256."""

    __tablename__ = "enrollment_code"
    __table_args__ = _SERVER

    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), index=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_by: Mapped[str] = mapped_column(String(80))


class StaffCredential(Base):
    """A staff member's personal code, as a salted scrypt hash (never on a desk)."""

    __tablename__ = "staff_credential"
    __table_args__ = _SERVER

    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class StaffSession(Base):
    """A staff member signed in at one desk.

    The token (kept only as its SHA-256) lets the desk ask for what the role may see until
    ``expires_at``. The desk's mutations numbered from ``first_number`` up to
    ``last_number`` (open while signed in) are that staff member's: that holds for changes
    made offline and sent later, without trusting the desk's clock.
    """

    __tablename__ = "staff_session"
    __table_args__ = _SERVER

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"), index=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    first_number: Mapped[int] = mapped_column(BigInteger)
    last_number: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SignInFailure(Base):
    """A wrong personal code: counted per staff member and per desk to slow guessing."""

    __tablename__ = "sign_in_failure"
    __table_args__ = _SERVER

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), index=True)
    initials: Mapped[str] = mapped_column(String(12), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
