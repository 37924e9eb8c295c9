"""Server-only tables: desk credentials, applied mutations, and the per-branch change log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Side, UTCDateTime

_SERVER = {"info": {"side": Side.SERVER.value}}


class DeskCredential(Base):
    """A desk's token, stored only as its SHA-256; revoked tokens are refused."""

    __tablename__ = "desk_credential"
    __table_args__ = _SERVER

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), index=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class DeskSyncState(Base):
    """The last mutation number applied for a desk; its row lock serialises a desk's pushes."""

    __tablename__ = "desk_sync_state"
    __table_args__ = _SERVER

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    last_number: Mapped[int] = mapped_column(BigInteger, default=0)


class AppliedMutation(Base):
    """The stored answer to mutation ``number`` of a desk, returned again on a repeat."""

    __tablename__ = "applied_mutation"
    __table_args__ = _SERVER

    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    # Not unique: the idempotency key is (desk, number); the id tells a reused number apart.
    mutation_id: Mapped[uuid.UUID]
    type: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(64), default=None)
    detail: Mapped[str | None] = mapped_column(String(500), default=None)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    branch_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    client_time: Mapped[datetime] = mapped_column(UTCDateTime())
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BranchState(Base):
    """The branch's change counter. ``UPDATE ... SET last_seq = last_seq + 1 RETURNING`` in
    the mutation's transaction makes the numbering gap-free and equal to commit order."""

    __tablename__ = "branch_state"
    __table_args__ = _SERVER

    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    epoch: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class BranchChange(Base):
    """Row ``row_id`` of ``table_name`` as it was after change ``seq`` of the branch."""

    __tablename__ = "branch_change"
    __table_args__ = _SERVER

    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    table_name: Mapped[str] = mapped_column(String(40))
    # Indexed so deleting a citizen's data finds every logged copy of the row.
    row_id: Mapped[uuid.UUID] = mapped_column(index=True)
    row: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TicketEvent(Base):
    """Every move of every ticket, with who and when: the statistics read service and
    waiting times from here (a transferred ticket is one visit with several legs)."""

    __tablename__ = "ticket_event"
    __table_args__ = _SERVER

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    queue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue.id"))
    desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")
