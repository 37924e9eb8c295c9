"""Extra municipalities written straight into a server database, for isolation and for
tests that need their own queues (fresh numbering, a change log of their own)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy.orm import Session

from counter_app.domain.catalogue import load_catalogue
from counter_app.domain.org import Resource, StaffRole
from counter_app.models import (
    Branch,
    Municipality,
    Queue,
    ScreenRoom,
    Service,
    Shift,
    Staff,
    StaffCredential,
)
from counter_app.models.database import make_engine
from counter_app.server.catalogue import install_catalogue
from counter_app.server.changes import create_branch_state
from counter_app.server.staff_access import hash_staff_code
from tests.support.server_db import write_appointment

# Every tenant's staff sign in with this personal code (hashed once: scrypt is slow on
# purpose).
STAFF_CODE = "tenant-code"
_CODE_HASH = hash_staff_code(STAFF_CODE)

# branch code -> queue prefixes; prefixes are unique across the tenant to key queues by them
LAYOUT: dict[str, tuple[str, ...]] = {"HB": ("K", "B"), "NORD": ("N",)}


@dataclass(frozen=True)
class Tenant:
    """Ids of a municipality made by :func:`seed_tenant`."""

    code: str
    municipality_id: uuid.UUID
    branch_ids: dict[str, uuid.UUID]
    queue_ids: dict[str, uuid.UUID]
    service_id: uuid.UUID
    staff_id: uuid.UUID
    manager_id: uuid.UUID


def seed_tenant(database_url: str, code: str | None = None) -> Tenant:
    """A municipality with branches HB (queues K, and B for borgerservice appointments;
    it takes screen inquiries) and NORD (queue N), the shipped
    catalogue (``service_id`` is its MitID), a KVIK staff
    member, a manager and the branches' change counters, as the server's own seeding makes them."""
    code = code or f"t{secrets.token_hex(4)}"
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, session.begin():
            town = Municipality(id=uuid.uuid4(), name=f"Kommune {code}", code=code)
            session.add(town)
            session.flush()
            branch_ids: dict[str, uuid.UUID] = {}
            queue_ids: dict[str, uuid.UUID] = {}
            for branch_code, prefixes in LAYOUT.items():
                branch = Branch(
                    id=uuid.uuid4(),
                    municipality_id=town.id,
                    name=branch_code,
                    code=branch_code,
                    has_citizen_service=branch_code == "HB",
                )
                session.add(branch)
                session.flush()
                create_branch_state(session, branch)
                branch_ids[branch_code] = branch.id
                for prefix in prefixes:
                    queue = Queue(
                        id=uuid.uuid4(),
                        municipality_id=town.id,
                        branch_id=branch.id,
                        name=f"Kø {prefix}",
                        prefix=prefix,
                        # B is borgerservice by appointment: check-ins wait there.
                        resource=Resource.CITIZEN_SERVICE if prefix == "B" else Resource.KVIK,
                    )
                    session.add(queue)
                    queue_ids[prefix] = queue.id
            # The shipped catalogue, as a new municipality starts from it.
            rows = install_catalogue(session, town.id, load_catalogue())
            service = next(row for row in rows if isinstance(row, Service) and row.code == "mitid")
            staff = Staff(
                id=uuid.uuid4(),
                municipality_id=town.id,
                home_branch_id=branch_ids["HB"],
                initials="AB",
                display_name="Anna",
                role=StaffRole.KVIK,
            )
            manager = Staff(
                id=uuid.uuid4(),
                municipality_id=town.id,
                home_branch_id=branch_ids["HB"],
                initials="LE",
                display_name="Lene",
                role=StaffRole.MANAGER,
            )
            session.add_all([staff, manager])
            session.flush()
            for member in (staff, manager):
                session.add(
                    StaffCredential(
                        staff_id=member.id,
                        municipality_id=town.id,
                        code_hash=_CODE_HASH,
                        changed_at=datetime.now(UTC),
                    )
                )
            tenant = Tenant(
                code=code,
                municipality_id=town.id,
                branch_ids=branch_ids,
                queue_ids=queue_ids,
                service_id=service.id,
                staff_id=staff.id,
                manager_id=manager.id,
            )
        return tenant
    finally:
        engine.dispose()


def add_timetable(database_url: str, tenant: Tenant, branch: str = "HB") -> None:
    """Give the tenant's main branch (or ``branch``) a librarian (one, every weekday
    8-20) and two caseworkers (weekdays 8-20), so slots can be booked whenever a test
    runs."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, session.begin():
            for weekday in range(5):
                for resource, staff in ((Resource.LIBRARIAN, 1), (Resource.CITIZEN_SERVICE, 2)):
                    session.add(
                        Shift(
                            municipality_id=tenant.municipality_id,
                            branch_id=tenant.branch_ids[branch],
                            resource=resource,
                            weekday=weekday,
                            starts=time(8),
                            ends=time(20),
                            staff_count=staff,
                        )
                    )
    finally:
        engine.dispose()


def add_screen_room(
    database_url: str, tenant: Tenant, *, name: str = "Skærm 1", branch: str = "NORD"
) -> uuid.UUID:
    """A video screen at one of the tenant's libraries (NORD: forwarding to HB)."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, session.begin():
            room = ScreenRoom(
                id=uuid.uuid4(),
                municipality_id=tenant.municipality_id,
                branch_id=tenant.branch_ids[branch],
                name=name,
                video_url=f"https://video.{tenant.code}.example/{branch.lower()}-1",
            )
            session.add(room)
            return room.id
    finally:
        engine.dispose()


def add_appointment(
    database_url: str,
    tenant: Tenant,
    *,
    starts_at: datetime,
    booking_code: str,
    contact: str = "+45 12 34 56 78",
    resource: Resource = Resource.CITIZEN_SERVICE,
    branch: str = "HB",
) -> uuid.UUID:
    """An appointment at the tenant's main branch (or ``branch``), booked straight into
    the server."""
    return write_appointment(
        database_url,
        municipality_id=tenant.municipality_id,
        branch_id=tenant.branch_ids[branch],
        starts_at=starts_at,
        booking_code=booking_code,
        contact=contact,
        resource=resource,
    )
