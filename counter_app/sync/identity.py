"""Which desk this database belongs to: saved at enrollment, read at every start."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from counter_app.models import DeskIdentity, OutboxEntry, SyncCursor
from counter_app.protocol.messages import EnrollResponse


@dataclass(frozen=True)
class Identity:
    """The desk as the server knows it."""

    desk_id: uuid.UUID
    desk_name: str
    branch_id: uuid.UUID
    municipality_id: uuid.UUID
    server_url: str


def load_identity(engine: Engine) -> Identity | None:
    """The saved identity, or None for a desk never enrolled."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(DeskIdentity))
        if row is None:
            return None
        return Identity(
            row.desk_id, row.desk_name, row.branch_id, row.municipality_id, row.server_url
        )


def save_identity(engine: Engine, response: EnrollResponse, server_url: str) -> Identity:
    """Remember who we are after enrolling; keep the outbox and its numbering.

    The desk's next mutation number must lie past both what this database used and what
    the server applied (a desk database restored from an old copy must not reuse numbers).
    """
    with Session(engine) as session, session.begin():
        row = session.scalar(select(DeskIdentity))
        used = session.scalar(select(func.max(OutboxEntry.number))) or 0
        if row is not None and row.branch_id != response.branch_id:
            # The replica holds another branch's rows: start over from a snapshot (the
            # outbox stays; what does not fit the new branch is rejected and shown).
            session.execute(delete(SyncCursor))
        if row is None or row.desk_id != response.desk_id:
            last = max(used, response.last_applied_number)
            if row is not None:
                session.delete(row)
                session.flush()
            row = DeskIdentity(desk_id=response.desk_id, last_number=last)
            session.add(row)
        row.desk_name = response.desk_name
        row.branch_id = response.branch_id
        row.municipality_id = response.municipality_id
        row.server_url = server_url
        row.last_number = max(row.last_number, used, response.last_applied_number)
        return Identity(row.desk_id, row.desk_name, row.branch_id, row.municipality_id, server_url)


def forget_signed_in(engine: Engine) -> None:
    """At start nobody is signed in: the staff session's token lived in the last run's
    memory. Changes already in the outbox keep whose they were."""
    with Session(engine) as session, session.begin():
        row = session.scalar(select(DeskIdentity))
        if row is not None:
            row.staff_id, row.staff_name, row.staff_role = None, "", ""
