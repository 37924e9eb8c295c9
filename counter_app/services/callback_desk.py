"""Callbacks: questions someone must get back to the citizen about, listed until done."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import CallbackState, Channel, Outcome, check_inquiry_times
from counter_app.domain.personal_data import refuse_cpr
from counter_app.models import (
    Base,
    Callback,
    CatalogueChoice,
    ChoiceKind,
    Inquiry,
    InquiryService,
)
from counter_app.models import Service as ServiceRow
from counter_app.protocol.mutations import CallbackFinishV1, MutationType
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.views import CallbackView
from counter_app.sync.outbox import append


class CallbackDesk(DeskUseCases):
    """Callback use cases over the desk's local database and its sync engine."""

    def open_callbacks(self, language: str) -> list[CallbackView]:
        """The branch's open callbacks, the most urgent first; overdue ones say so."""
        now = self.clock()
        with Session(self.engine) as session:
            groups = {
                row.code: (row.name_en if language == "en" else row.name_da)
                for row in session.scalars(
                    select(CatalogueChoice).where(
                        CatalogueChoice.municipality_id == self.identity.municipality_id,
                        CatalogueChoice.kind == ChoiceKind.CALLBACK_GROUP,
                    )
                )
            }
            rows = session.scalars(
                select(Callback)
                .where(
                    Callback.branch_id == self.identity.branch_id,
                    Callback.state == CallbackState.OPEN,
                )
                .order_by(Callback.due_at, Callback.created_at)
            ).all()
            services: dict[uuid.UUID, list[str]] = {}
            for inquiry_id, name_da, name_en in session.execute(
                select(InquiryService.inquiry_id, ServiceRow.name_da, ServiceRow.name_en)
                .join(ServiceRow, ServiceRow.id == InquiryService.service_id)
                .where(InquiryService.inquiry_id.in_([row.inquiry_id for row in rows]))
            ):
                services.setdefault(inquiry_id, []).append(name_en if language == "en" else name_da)
            return [
                CallbackView(
                    id=row.id,
                    group_code=row.group_code,
                    group_name=groups.get(row.group_code, row.group_code),
                    due_at=row.due_at,
                    overdue=row.due_at < now,
                    citizen_name=row.citizen_name,
                    citizen_contact=row.citizen_contact,
                    question=row.question,
                    service_names=tuple(services.get(row.inquiry_id, ())),
                    created_at=row.created_at,
                )
                for row in rows
            ]

    def finish(
        self,
        callback_id: uuid.UUID,
        *,
        started_at: datetime,
        ended_at: datetime,
        channel: Channel = Channel.PHONE,
        outcome: Outcome = Outcome.RESOLVED,
        note: str = "",
        staff_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """The citizen has been answered: close the callback and register that contact.

        Raises ``LookupError`` for an unknown callback and ``ValueError`` for outcome
        "callback" (promise a new one by registering an inquiry) or impossible times.
        """
        check_inquiry_times(started_at, ended_at)
        refuse_cpr(note)
        if outcome is Outcome.CALLBACK:
            raise ValueError("register a new inquiry to promise another callback")
        payload = CallbackFinishV1(
            callback_id=callback_id,
            inquiry_id=uuid.uuid4(),
            channel=channel,
            outcome=outcome,
            started_at=started_at,
            ended_at=ended_at,
            note=note,
        )
        with Session(self.engine) as session, session.begin():
            callback = session.get(Callback, callback_id)
            if callback is None or callback.branch_id != self.identity.branch_id:
                raise LookupError("the callback does not exist")
            inquiry = Inquiry(
                id=payload.inquiry_id,
                municipality_id=self.identity.municipality_id,
                branch_id=self.identity.branch_id,
                desk_id=self.identity.desk_id,
                staff_id=staff_id,
                channel=channel,
                outcome=outcome,
                started_at=started_at,
                ended_at=ended_at,
                note=note,
            )
            session.add(inquiry)
            changed: list[Base] = []
            if callback.state is CallbackState.OPEN:
                callback.state = CallbackState.DONE
                callback.done_at = ended_at
                callback.done_by_desk_id = self.identity.desk_id
                changed.append(callback)
            session.flush()
            append(
                session,
                MutationType.CALLBACK_FINISH,
                payload,
                now=self.clock(),
                staff_id=staff_id,
                local_rows=[inquiry],
                changed_rows=changed,
            )
        self.sync.request_push()
        return payload.inquiry_id
