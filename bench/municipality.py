"""A large municipality for the benchmarks: 20 branches, three of them with borgerservice,
KVIK and a librarian, seventeen branch libraries with a desk and a video screen."""

from __future__ import annotations

import uuid
from datetime import time

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import load_catalogue
from counter_app.domain.org import DeskKind, Resource, StaffRole
from counter_app.models import Branch, Desk, Municipality, Queue, ScreenRoom, Staff
from counter_app.server.catalogue import install_catalogue
from counter_app.server.changes import create_branch_state
from counter_app.server.demo import MAIN_SHIFTS, add_shifts

CODE = "storby"
HUBS = 3
BRANCHES = 20
HUB_QUEUES = (
    ("KVIK", "K", Resource.KVIK),
    ("Borgerservice", "B", Resource.CITIZEN_SERVICE),
    ("Bibliotekar", "L", Resource.LIBRARIAN),
)
HUB_DESKS = (
    *((f"KVIK {n}", DeskKind.KVIK) for n in range(1, 4)),
    *((f"Borgerservice {n}", DeskKind.CASEWORKER) for n in range(1, 4)),
    ("Bibliotekar", DeskKind.LIBRARIAN),
)


def seed_large_municipality(engine: Engine) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Create it unless it exists; return (municipality, a KVIK desk, the manager)."""
    with Session(engine) as session, session.begin():
        town = session.scalar(select(Municipality).where(Municipality.code == CODE))
        if town is None:
            town = _create(session)
        desk = session.scalars(
            select(Desk).where(Desk.municipality_id == town.id, Desk.kind == DeskKind.KVIK)
        ).first()
        manager = session.scalars(
            select(Staff).where(Staff.municipality_id == town.id, Staff.role == StaffRole.MANAGER)
        ).one()
        assert desk is not None
        return town.id, desk.id, manager.id


def _create(session: Session) -> Municipality:
    town = Municipality(name="Storby Kommune", code=CODE)
    session.add(town)
    session.flush()
    install_catalogue(session, town.id, load_catalogue())
    for index in range(BRANCHES):
        hub = index < HUBS
        branch = Branch(
            municipality_id=town.id,
            name=f"Hovedbibliotek {index + 1}" if hub else f"Lokalbibliotek {index + 1:02d}",
            code=f"B{index + 1:02d}",
            has_citizen_service=hub,
        )
        session.add(branch)
        session.flush()
        create_branch_state(session, branch)
        queues = HUB_QUEUES if hub else (("Skranken", "N", Resource.KVIK),)
        for order, (name, prefix, resource) in enumerate(queues):
            session.add(
                Queue(
                    municipality_id=town.id,
                    branch_id=branch.id,
                    name=name,
                    prefix=prefix,
                    sort_order=order,
                    resource=resource,
                )
            )
        desks = HUB_DESKS if hub else (("Filialskranke", DeskKind.BRANCH),)
        for name, kind in desks:
            session.add(Desk(municipality_id=town.id, branch_id=branch.id, name=name, kind=kind))
        if hub:
            add_shifts(session, town.id, branch.id, MAIN_SHIFTS)
        else:
            session.add(
                ScreenRoom(
                    municipality_id=town.id, branch_id=branch.id, name="Skærm 1", video_url=""
                )
            )
            add_shifts(session, town.id, branch.id, [(Resource.KVIK, 0, time(13), time(17), 1)])
    session.add(
        Staff(
            municipality_id=town.id,
            home_branch_id=None,
            initials="LE",
            display_name="Leder",
            role=StaffRole.MANAGER,
        )
    )
    session.flush()
    return town
