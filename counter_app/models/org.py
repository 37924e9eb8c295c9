"""Municipality, branch, desk and staff: who works where."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.org import DeskKind, StaffRole
from counter_app.domain.personal_data import RETENTION_DAYS_DEFAULT
from counter_app.models.base import Base, enum_column


class Municipality(Base):
    """The tenant (kommune). Every other table carries its id, for isolation and sharding."""

    __tablename__ = "municipality"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    # Days after an appointment (or a callback's end) that the citizen's name and contact
    # are kept; then the server deletes them (server/retention.py).
    contact_retention_days: Mapped[int] = mapped_column(
        default=RETENTION_DAYS_DEFAULT, server_default=str(RETENTION_DAYS_DEFAULT)
    )


class Branch(Base):
    """A library building: the main library with KVIK and borgerservice, or a branch library."""

    __tablename__ = "branch"
    __table_args__ = (UniqueConstraint("municipality_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20))
    has_citizen_service: Mapped[bool] = mapped_column(default=False)


class Desk(Base):
    """A place where staff serve citizens, or a kiosk or display board."""

    __tablename__ = "desk"
    __table_args__ = (UniqueConstraint("branch_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[DeskKind] = mapped_column(enum_column(DeskKind))
    mobile: Mapped[bool] = mapped_column(default=False)
    # The letter in the numbers this desk gives while it cannot reach the server (K-A01).
    offline_code: Mapped[str] = mapped_column(String(2), default="", server_default="")


class Staff(Base):
    """A staff member: initials and a display name only, nothing more personal."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("municipality_id", "initials"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    home_branch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("branch.id"))
    initials: Mapped[str] = mapped_column(String(12))
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[StaffRole] = mapped_column(enum_column(StaffRole))
    active: Mapped[bool] = mapped_column(default=True)
