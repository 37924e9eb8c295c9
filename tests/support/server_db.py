"""Looking straight into a server's database, to check what an API call really stored, or
to put in what a test needs whatever the timetable says."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.org import Resource
from counter_app.domain.timezone import utc_now
from counter_app.models import Appointment
from counter_app.models.database import make_engine, sqlite_url
from counter_app.server.changes import ChangeRecorder


@contextlib.contextmanager
def server_session(database_url: str) -> Iterator[Session]:
    """A read session on the server's database (its own engine, disposed afterwards)."""
    engine = make_engine(database_url, pool_size=1)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def embedded_server_url(data_dir: Path) -> str:
    """The database of the demo server a desk program in ``data_dir`` hosts."""
    return sqlite_url(data_dir / "embedded" / "server.sqlite").render_as_string()


def write_appointment(
    database_url: str,
    *,
    municipality_id: uuid.UUID,
    branch_id: uuid.UUID,
    starts_at: datetime,
    booking_code: str,
    contact: str = "+45 12 34 56 78",
    name: str = "Karen Hansen",
    resource: Resource = Resource.CITIZEN_SERVICE,
) -> uuid.UUID:
    """A booked appointment written straight into a server (whatever the timetable says,
    so a test can have one "today" at any hour), logged so the branch's desks pull it."""
    now = utc_now()
    with server_session(database_url) as session, session.begin():
        appointment = Appointment(
            id=uuid.uuid4(),
            municipality_id=municipality_id,
            branch_id=branch_id,
            resource=resource,
            starts_at=starts_at,
            minutes=15,
            citizen_name=name,
            citizen_contact=contact,
            state=AppointmentState.BOOKED,
            booked_at=now - timedelta(days=1),
            booking_code=booking_code,
        )
        session.add(appointment)
        recorder = ChangeRecorder(session, municipality_id, "test")
        recorder.touched(appointment, branch_id)
        recorder.flush(now)
        return appointment.id
