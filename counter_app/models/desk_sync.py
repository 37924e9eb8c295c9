"""Desk-only tables: who this desk is, its outbox of mutations, its pull cursor, and the
server's versions of rows held back behind unsent changes."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Side, UTCDateTime, enum_column

_DESK = {"info": {"side": Side.DESK.value}}


class OutboxStatus(StrEnum):
    """pending → applied (then deleted) | rejected (kept until shown)."""

    PENDING = "pending"
    REJECTED = "rejected"


class DeskIdentity(Base):
    """The one row saying which desk this database belongs to, and its numbering."""

    __tablename__ = "desk_identity"
    __table_args__ = _DESK

    desk_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    desk_name: Mapped[str] = mapped_column(String(80))
    branch_id: Mapped[uuid.UUID]
    municipality_id: Mapped[uuid.UUID]
    server_url: Mapped[str] = mapped_column(String(300))
    last_number: Mapped[int] = mapped_column(default=0)
    # The staff member signed in here now: the desk's mutations carry their id. Cleared at
    # every start, since the session's token lives only in memory.
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    staff_name: Mapped[str] = mapped_column(String(80), default="", server_default="")
    staff_role: Mapped[str] = mapped_column(String(20), default="", server_default="")


class OutboxEntry(Base):
    """A mutation made here and not yet answered by the server.

    Written in the same transaction as its local effect, so a crash keeps both or neither.
    ``local_rows`` lists the rows the local effect created, undone if the server rejects it,
    and (marked "changed") the rows it updated, re-read from the server in that case.
    """

    __tablename__ = "outbox"
    __table_args__ = _DESK

    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    type: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    client_time: Mapped[datetime] = mapped_column(UTCDateTime())
    staff_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    local_rows: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    withdrawn: Mapped[bool] = mapped_column(default=False)
    status: Mapped[OutboxStatus] = mapped_column(
        enum_column(OutboxStatus), default=OutboxStatus.PENDING
    )
    reason: Mapped[str | None] = mapped_column(String(64), default=None)
    detail: Mapped[str | None] = mapped_column(String(500), default=None)


class SyncCursor(Base):
    """How far this desk has pulled its branch's change log, and from which server epoch."""

    __tablename__ = "sync_cursor"
    __table_args__ = _DESK

    branch_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    epoch: Mapped[uuid.UUID]
    seq: Mapped[int]
    pulled_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HeldBackRow(Base):
    """The server's version of a row that an unsent change of this desk has touched: it is
    applied once the change is settled (the pulled version is older than the change).
    Kept in the database, not in memory: the pull cursor has moved past it, so a desk
    killed before the change settled would otherwise keep its own version for good."""

    __tablename__ = "held_back_row"
    __table_args__ = _DESK

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    row: Mapped[dict[str, Any]] = mapped_column(JSON)
