"""The demo municipality: a main library with KVIK, borgerservice and a librarian, and a
branch library, staffed as in the Næstved model (MISSION.md, seeds/003)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import time

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import load_catalogue
from counter_app.domain.org import DeskKind, Resource, StaffRole
from counter_app.domain.tickets import offline_code_for
from counter_app.domain.timezone import utc_now
from counter_app.models import (
    Branch,
    Desk,
    Municipality,
    OpeningHours,
    Queue,
    ScreenRoom,
    Shift,
    Staff,
)
from counter_app.server.catalogue import install_catalogue
from counter_app.server.changes import create_branch_state
from counter_app.server.staff_access import set_staff_code

DEMO_MUNICIPALITY = "demo"
MAIN_BRANCH = "HB"
BRANCH_LIBRARY = "NORD"
BOOK_BUS = "BUS"
# The video link of each screen would be the municipality's own (a Teams or Jitsi room);
# the demo's point at a reserved name (.example), so no real meeting is ever joined.
DEMO_VIDEO = "https://video.demo-kommune.example/"
SCREENS = (
    (BRANCH_LIBRARY, "Skærm 1", "nord-skaerm-1"),
    (BRANCH_LIBRARY, "Skærm 2", "nord-skaerm-2"),
    (BOOK_BUS, "Bussens skærm", "bogbus-skaerm"),
)

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS = (MON, TUE, WED, THU, FRI)
ALL_DAYS = (*WEEKDAYS, SAT, SUN)


def _hours(
    resource: Resource, days: tuple[int, ...], opens: int, closes: int
) -> list[tuple[Resource, int, time, time]]:
    return [(resource, day, time(opens), time(closes)) for day in days]


# Main library: building open 8-22 for self-service; KVIK weekdays 10-18 and Saturday 10-14;
# borgerservice Mon/Thu 10-18, Tue/Fri 10-14, Wed 14-18; librarian weekdays 10-18;
# contact centre weekdays 10-15.
MAIN_OPENING = [
    *_hours(Resource.BUILDING, ALL_DAYS, 8, 22),
    *_hours(Resource.KVIK, WEEKDAYS, 10, 18),
    *_hours(Resource.KVIK, (SAT,), 10, 14),
    *_hours(Resource.CITIZEN_SERVICE, (MON, THU), 10, 18),
    *_hours(Resource.CITIZEN_SERVICE, (TUE, FRI), 10, 14),
    *_hours(Resource.CITIZEN_SERVICE, (WED,), 14, 18),
    *_hours(Resource.LIBRARIAN, WEEKDAYS, 10, 18),
    *_hours(Resource.CONTACT_CENTRE, WEEKDAYS, 10, 15),
]

# (resource, weekday, starts, ends, staff)
MAIN_SHIFTS = [
    *[(Resource.KVIK, d, time(10), time(14), 3) for d in WEEKDAYS],
    *[(Resource.KVIK, d, time(14), time(18), 2) for d in WEEKDAYS],
    (Resource.KVIK, SAT, time(10), time(14), 2),
    (Resource.CITIZEN_SERVICE, MON, time(10), time(14), 3),
    (Resource.CITIZEN_SERVICE, MON, time(14), time(18), 2),
    (Resource.CITIZEN_SERVICE, TUE, time(10), time(14), 2),
    (Resource.CITIZEN_SERVICE, WED, time(14), time(18), 2),
    (Resource.CITIZEN_SERVICE, THU, time(10), time(14), 2),
    (Resource.CITIZEN_SERVICE, THU, time(14), time(18), 2),
    (Resource.CITIZEN_SERVICE, FRI, time(10), time(14), 2),
    *[(Resource.LIBRARIAN, d, time(10), time(14), 1) for d in WEEKDAYS],
    *[(Resource.LIBRARIAN, d, time(14), time(18), 1) for d in WEEKDAYS],
    *[(Resource.CONTACT_CENTRE, d, time(10), time(15), 2) for d in WEEKDAYS],
]

# A branch library: open (self-service) 8-22, staffed weekday afternoons.
BRANCH_OPENING = [
    *_hours(Resource.BUILDING, ALL_DAYS, 8, 22),
    *_hours(Resource.KVIK, WEEKDAYS, 13, 17),
]
BRANCH_SHIFTS = [(Resource.KVIK, d, time(13), time(17), 1) for d in WEEKDAYS]

MAIN_DESKS = (
    ("KVIK 1", DeskKind.KVIK),
    ("KVIK 2", DeskKind.KVIK),
    ("KVIK 3", DeskKind.KVIK),
    ("Borgerservice 1", DeskKind.CASEWORKER),
    ("Borgerservice 2", DeskKind.CASEWORKER),
    ("Borgerservice 3", DeskKind.CASEWORKER),
    ("Bibliotekar", DeskKind.LIBRARIAN),
    ("Kiosk 1", DeskKind.KIOSK),
    ("Infoskærm 1", DeskKind.DISPLAY),
)

# (branch, name, prefix, whose shifts staff it, typical minutes, kiosk button texts:
# label da/en, hint da/en)
QUEUES = (
    (
        MAIN_BRANCH,
        "KVIK",
        "K",
        Resource.KVIK,
        4,
        (
            "Hurtig hjælp / KVIK",
            "Quick help / KVIK",
            "MitID, lånerkort, lægeskift, sundhedskort, betaling",
            "MitID, library card, GP change, health card, payment",
        ),
    ),
    (
        MAIN_BRANCH,
        "Borgerservice",
        "B",
        Resource.CITIZEN_SERVICE,
        15,
        (
            "Jeg har en tid",
            "I have an appointment",
            "Borgerservice: pas, kørekort, boligstøtte",
            "Citizen service: passport, driving licence, housing benefit",
        ),
    ),
    (
        MAIN_BRANCH,
        "Bibliotekar",
        "L",
        Resource.LIBRARIAN,
        10,
        (
            "Bibliotekar",
            "Librarian",
            "Informationssøgning, litteratur, opgavehjælp",
            "Information search, literature, assignment help",
        ),
    ),
    (
        BRANCH_LIBRARY,
        "Skranken",
        "N",
        Resource.KVIK,
        5,
        ("Hjælp ved skranken", "Help at the desk", "", ""),
    ),
)

DEMO_STAFF_CODE = "demokode"
STAFF = (
    ("AH", "Anne", StaffRole.KVIK),
    ("BM", "Bo", StaffRole.KVIK),
    ("CJ", "Camilla", StaffRole.CASEWORKER),
    ("DL", "Dennis", StaffRole.CASEWORKER),
    ("EK", "Emma", StaffRole.LIBRARIAN),
    ("FN", "Frederik", StaffRole.MANAGER),
)


def seed_demo(engine: Engine) -> bool:
    """Create the demo municipality unless it exists; return whether it was created."""
    with Session(engine) as session, session.begin():
        if session.scalar(select(Municipality).where(Municipality.code == DEMO_MUNICIPALITY)):
            return False
        town = Municipality(name="Demo Kommune", code=DEMO_MUNICIPALITY)
        session.add(town)
        session.flush()
        main = Branch(
            municipality_id=town.id,
            name="Hovedbiblioteket",
            code=MAIN_BRANCH,
            has_citizen_service=True,
        )
        north = Branch(municipality_id=town.id, name="Lokalbibliotek Nord", code=BRANCH_LIBRARY)
        bus = Branch(municipality_id=town.id, name="Bogbussen", code=BOOK_BUS)
        session.add_all([main, north, bus])
        session.flush()
        for branch in (main, north, bus):
            create_branch_state(session, branch)
        branches = {MAIN_BRANCH: main, BRANCH_LIBRARY: north, BOOK_BUS: bus}
        for order, (branch_code, name, prefix, resource, typical, kiosk) in enumerate(QUEUES):
            label_da, label_en, hint_da, hint_en = kiosk
            session.add(
                Queue(
                    municipality_id=town.id,
                    branch_id=branches[branch_code].id,
                    name=name,
                    prefix=prefix,
                    sort_order=order + 1,
                    resource=resource,
                    service_minutes=typical,
                    kiosk_label_da=label_da,
                    kiosk_label_en=label_en,
                    kiosk_hint_da=hint_da,
                    kiosk_hint_en=hint_en,
                    # Borgerservice is by appointment only: its citizens check in at the
                    # kiosk (booking code or phone), which puts them in this queue.
                    on_kiosk=resource is not Resource.CITIZEN_SERVICE,
                )
            )
        install_catalogue(session, town.id, load_catalogue())
        for index, (name, kind) in enumerate(MAIN_DESKS):
            session.add(
                Desk(
                    municipality_id=town.id,
                    branch_id=main.id,
                    name=name,
                    kind=kind,
                    offline_code="" if kind is DeskKind.DISPLAY else offline_code_for(index),
                )
            )
        session.add(
            Desk(
                municipality_id=town.id,
                branch_id=north.id,
                name="Filialskranke",
                kind=DeskKind.BRANCH,
                offline_code=offline_code_for(0),
            )
        )
        # The book bus: a desk that is offline for most of the day (seeds/001).
        session.add(
            Desk(
                municipality_id=town.id,
                branch_id=bus.id,
                name="Bogbus",
                kind=DeskKind.BRANCH,
                mobile=True,
                offline_code=offline_code_for(0),
            )
        )
        for order, (branch_code, name, slug) in enumerate(SCREENS):
            session.add(
                ScreenRoom(
                    municipality_id=town.id,
                    branch_id=branches[branch_code].id,
                    name=name,
                    video_url=DEMO_VIDEO + slug,
                    sort_order=order,
                )
            )
        for initials, name, role in STAFF:
            # Demo staff work at every branch, and all sign in with the same code.
            staff = Staff(
                municipality_id=town.id,
                home_branch_id=None,
                initials=initials,
                display_name=name,
                role=role,
            )
            session.add(staff)
            session.flush()
            set_staff_code(session, staff, DEMO_STAFF_CODE, utc_now())
        for branch, opening, shifts in (
            (main, MAIN_OPENING, MAIN_SHIFTS),
            (north, BRANCH_OPENING, BRANCH_SHIFTS),
        ):
            for resource, day, opens, closes in opening:
                session.add(
                    OpeningHours(
                        municipality_id=town.id,
                        branch_id=branch.id,
                        resource=resource,
                        weekday=day,
                        opens=opens,
                        closes=closes,
                    )
                )
            add_shifts(session, town.id, branch.id, shifts)
        return True


def add_shifts(
    session: Session,
    municipality_id: uuid.UUID,
    branch_id: uuid.UUID,
    shifts: Iterable[tuple[Resource, int, time, time, int]],
) -> None:
    """A branch's staffed shifts: (resource, weekday, starts, ends, staff count)."""
    for resource, day, starts, ends, count in shifts:
        session.add(
            Shift(
                municipality_id=municipality_id,
                branch_id=branch_id,
                resource=resource,
                weekday=day,
                starts=starts,
                ends=ends,
                staff_count=count,
            )
        )
