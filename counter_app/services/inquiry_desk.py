"""Registering inquiries (henvendelser): append-only, so they work offline and sync later."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.domain.inquiries import Channel, Outcome, check_inquiry_times
from counter_app.models import Inquiry
from counter_app.protocol.mutations import InquiryRegisterV1, MutationType
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.sync.outbox import append


class InquiryDesk(DeskUseCases):
    """Inquiry use cases over the desk's local database and its sync engine."""

    def register(
        self,
        *,
        channel: Channel,
        outcome: Outcome,
        started_at: datetime,
        ended_at: datetime,
        service_ids: Sequence[uuid.UUID] = (),
        ticket_id: uuid.UUID | None = None,
        note: str = "",
        staff_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Record one contact now; it counts on the day it happened, whenever it syncs.

        Raises :class:`~counter_app.domain.inquiries.InquiryRuleError` for impossible times.
        """
        check_inquiry_times(started_at, ended_at)
        payload = InquiryRegisterV1(
            inquiry_id=uuid.uuid4(),
            channel=channel,
            outcome=outcome,
            started_at=started_at,
            ended_at=ended_at,
            service_ids=list(service_ids),
            ticket_id=ticket_id,
            note=note,
        )
        with Session(self.engine) as session, session.begin():
            inquiry = Inquiry(
                id=payload.inquiry_id,
                municipality_id=self.identity.municipality_id,
                branch_id=self.identity.branch_id,
                desk_id=self.identity.desk_id,
                staff_id=staff_id,
                ticket_id=ticket_id,
                channel=channel,
                outcome=outcome,
                started_at=started_at,
                ended_at=ended_at,
                note=note,
            )
            session.add(inquiry)
            append(
                session,
                MutationType.INQUIRY_REGISTER,
                payload,
                now=self.clock(),
                staff_id=staff_id,
                local_rows=[inquiry],
            )
        self.sync.request_push()
        return payload.inquiry_id
