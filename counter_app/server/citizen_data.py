"""A citizen's own data on request: everything stored with their phone number or e-mail
(the right of access), and deleting it (the right to erasure). Both are audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import AuditAction, check_contact
from counter_app.domain.timezone import to_local
from counter_app.models import (
    Appointment,
    AppointmentState,
    Branch,
    Callback,
    CatalogueChoice,
    ChoiceKind,
    Service,
)
from counter_app.server.audit import CITIZEN, audit
from counter_app.server.changes import ChangeRecorder
from counter_app.server.retention import APPOINTMENTS, CALLBACKS, blank

ERASED_DETAIL = "deleted at the citizen's request"


@dataclass
class CitizenRows:
    """The appointments and callbacks stored with one contact, oldest first."""

    appointments: list[Appointment] = field(default_factory=list)
    callbacks: list[Callback] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.appointments) + len(self.callbacks)


def rows_with_contact(
    session: Session, municipality_id: uuid.UUID, contact: str, *, lock: bool = False
) -> CitizenRows:
    """Rows of the municipality whose contact is ``contact`` (normalised as the desks
    store it: ``+45 12 34 56 78``; an e-mail in any case). Raises
    :class:`~counter_app.domain.personal_data.PersonalDataError` for a contact that is
    neither a Danish phone number nor an e-mail address."""
    wanted = check_contact(contact).lower()
    appointments = select(Appointment).where(
        Appointment.municipality_id == municipality_id,
        func.lower(Appointment.citizen_contact) == wanted,
    )
    callbacks = select(Callback).where(
        Callback.municipality_id == municipality_id,
        func.lower(Callback.citizen_contact) == wanted,
    )
    if lock:
        appointments, callbacks = appointments.with_for_update(), callbacks.with_for_update()
    return CitizenRows(
        appointments=list(
            session.scalars(appointments.order_by(Appointment.starts_at, Appointment.id))
        ),
        callbacks=list(session.scalars(callbacks.order_by(Callback.created_at, Callback.id))),
    )


def export_citizen(
    session: Session,
    municipality_id: uuid.UUID,
    contact: str,
    *,
    now: datetime,
    actor: str,
) -> dict[str, Any]:
    """What is stored about the citizen reached at ``contact``, as JSON-ready data, with
    an audit row for each appointment and callback shown (one for a search that found
    nothing). Times are Copenhagen time."""
    found = rows_with_contact(session, municipality_id, contact)
    branches = dict(
        session.execute(
            select(Branch.id, Branch.name).where(Branch.municipality_id == municipality_id)
        ).all()
    )
    services = dict(
        session.execute(
            select(Service.id, Service.name_da).where(Service.municipality_id == municipality_id)
        ).all()
    )
    groups = dict(
        session.execute(
            select(CatalogueChoice.code, CatalogueChoice.name_da).where(
                CatalogueChoice.municipality_id == municipality_id,
                CatalogueChoice.kind == ChoiceKind.CALLBACK_GROUP,
            )
        ).all()
    )
    appointments = [
        {
            "id": str(row.id),
            "what": "appointment",
            "where": branches.get(row.branch_id, ""),
            "with": row.resource.value,
            "service": services.get(row.service_id) if row.service_id else None,
            "starts_at": _local(row.starts_at),
            "minutes": row.minutes,
            "state": row.state.value,
            "name": row.citizen_name,
            "contact": row.citizen_contact,
            "topic": row.topic,
            "booking_code": row.booking_code,
            "booked_at": _local(row.booked_at),
            "checked_in_at": _local(row.checked_in_at),
        }
        for row in found.appointments
    ]
    callbacks = [
        {
            "id": str(row.id),
            "what": "callback",
            "where": branches.get(row.branch_id, ""),
            "group": groups.get(row.group_code, row.group_code),
            "promised_at": _local(row.created_at),
            "due_at": _local(row.due_at),
            "done_at": _local(row.done_at),
            "state": row.state.value,
            "name": row.citizen_name,
            "contact": row.citizen_contact,
            "question": row.question,
        }
        for row in found.callbacks
    ]
    for kind, rows in ((APPOINTMENTS.kind, found.appointments), (CALLBACKS.kind, found.callbacks)):
        for row in rows:
            audit(
                session,
                municipality_id=municipality_id,
                at=now,
                actor=actor,
                action=AuditAction.EXPORT,
                subject_kind=kind,
                subject_id=row.id,
                detail="exported at the citizen's request",
            )
    if not found.count:
        audit(
            session,
            municipality_id=municipality_id,
            at=now,
            actor=actor,
            action=AuditAction.EXPORT,
            subject_kind=CITIZEN,
            subject_id=None,
            detail="searched by contact: nothing stored",
        )
    return {
        "contact": check_contact(contact),
        "exported_at": _local(now),
        "appointments": appointments,
        "callbacks": callbacks,
    }


@dataclass(frozen=True)
class Erased:
    """What erasing a citizen's data blanked; ``upcoming`` are appointments still booked
    (they stay booked: the booking code still checks the citizen in)."""

    appointments: int
    callbacks: int
    upcoming: list[datetime]


def erase_citizen(
    session: Session,
    municipality_id: uuid.UUID,
    contact: str,
    *,
    now: datetime,
    actor: str,
    origin: str,
) -> tuple[Erased, dict[uuid.UUID, int]]:
    """Blank every appointment and callback stored with ``contact`` and every logged copy,
    as retention does, audited; returns what was erased and the branches' newest change
    numbers (to poke their desks). Commit the session afterwards."""
    found = rows_with_contact(session, municipality_id, contact, lock=True)
    upcoming = [
        row.starts_at
        for row in found.appointments
        if row.state in (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)
        and row.starts_at > now
    ]
    recorder = ChangeRecorder(session, municipality_id, origin)
    for subject, rows in ((APPOINTMENTS, found.appointments), (CALLBACKS, found.callbacks)):
        blank(session, recorder, subject, rows, now=now, actor=actor, detail=ERASED_DETAIL)
    pokes = recorder.flush(now)
    return Erased(len(found.appointments), len(found.callbacks), upcoming), pokes


def _local(moment: datetime | None) -> str | None:
    return None if moment is None else to_local(moment).isoformat()
