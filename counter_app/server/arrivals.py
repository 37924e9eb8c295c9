"""Finding a citizen's appointment by the phone number or e-mail typed at a kiosk.

Kiosks receive appointments without names or contacts (``feed``), so they ask here. The
answer names appointments only by id: the kiosk has the rest (time, place, queue).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import check_contact
from counter_app.domain.timezone import day_bounds
from counter_app.models import Appointment, AppointmentState
from counter_app.server.context import DeskContext


def find_arrivals(
    engine: Engine, desk: DeskContext, contact: str, now: datetime
) -> list[uuid.UUID]:
    """Today's booked appointments at the desk's branch with ``contact``, by time.
    Raises :class:`~counter_app.domain.personal_data.PersonalDataError` for text that is
    neither a phone number nor an e-mail address."""
    normalised = check_contact(contact)
    first, after = day_bounds(now)
    with Session(engine) as session:
        return list(
            session.scalars(
                select(Appointment.id)
                .where(
                    Appointment.branch_id == desk.branch_id,
                    Appointment.state == AppointmentState.BOOKED,
                    Appointment.starts_at >= first,
                    Appointment.starts_at < after,
                    Appointment.citizen_contact == normalised,
                )
                .order_by(Appointment.starts_at)
            )
        )
