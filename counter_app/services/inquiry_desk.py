"""Registering inquiries (henvendelser): append-only, so they work offline and sync later."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, Outcome, check_inquiry_times
from counter_app.domain.personal_data import check_contact, check_name, refuse_cpr
from counter_app.domain.timezone import day_bounds, require_utc
from counter_app.models import Base, Callback, Inquiry, InquiryService, ScreenInquiry
from counter_app.protocol.mutations import (
    CallbackV1,
    InquiryRegisterV3,
    MutationType,
)
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.sync.outbox import append


@dataclass(frozen=True)
class CallbackRequest:
    """What a callback needs: the group that answers, by when, and how to reach the
    citizen (a name and a Danish phone number or an e-mail; never a CPR number)."""

    group_code: str
    due_at: datetime
    citizen_name: str
    citizen_contact: str
    question: str = ""


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
        referred_to: str = "",
        limit_seconds: int | None = None,
        over_limit_reason: ContinueReason | None = None,
        callback: CallbackRequest | None = None,
        screen_inquiry_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Record one contact now; it counts on the day it happened, whenever it syncs.

        Raises :class:`~counter_app.domain.inquiries.InquiryRuleError` for impossible
        times, :class:`~counter_app.domain.personal_data.PersonalDataError` for contact
        data that cannot be used (or a CPR number), and ``ValueError`` when a referral
        names no authority or a callback is missing or not asked for.
        ``screen_inquiry_id`` names the screen inquiry a caseworker answered.
        """
        check_inquiry_times(started_at, ended_at)
        refuse_cpr(note)
        if outcome is Outcome.REFERRED and not referred_to:
            raise ValueError("say which authority the citizen was referred to")
        if (outcome is Outcome.CALLBACK) != (callback is not None):
            raise ValueError("a callback needs the outcome 'callback', and the other way round")
        callback_payload = None
        if callback is not None:
            callback_payload = CallbackV1(
                callback_id=uuid.uuid4(),
                group_code=callback.group_code,
                due_at=require_utc(callback.due_at),
                citizen_name=check_name(callback.citizen_name),
                citizen_contact=check_contact(callback.citizen_contact),
                question=refuse_cpr(callback.question.strip()),
            )
        payload = InquiryRegisterV3(
            inquiry_id=uuid.uuid4(),
            channel=channel,
            outcome=outcome,
            started_at=started_at,
            ended_at=ended_at,
            service_ids=list(dict.fromkeys(service_ids)),
            ticket_id=ticket_id,
            note=note,
            referred_to=referred_to if outcome is Outcome.REFERRED else "",
            limit_seconds=limit_seconds,
            over_limit_reason=over_limit_reason,
            callback=callback_payload,
            screen_inquiry_id=screen_inquiry_id,
        )
        with Session(self.engine) as session, session.begin():
            rows = self._store(session, payload, staff_id)
            append(
                session,
                MutationType.INQUIRY_REGISTER,
                payload,
                now=self.clock(),
                staff_id=staff_id,
                local_rows=rows,
            )
        self.sync.request_push()
        return payload.inquiry_id

    def tally(self, channel: Channel = Channel.PASSING) -> int:
        """Count a quick question with one key (no service, resolved on the spot); return
        how many this desk has counted in that channel today."""
        now = self.clock()
        self.register(channel=channel, outcome=Outcome.RESOLVED, started_at=now, ended_at=now)
        return self.count_today(channel)

    def count_today(self, channel: Channel | None = None) -> int:
        """Inquiries this desk registered today (Copenhagen's day), in one channel or all."""
        midnight, _ = day_bounds(self.clock())
        query = select(func.count(Inquiry.id)).where(
            Inquiry.desk_id == self.identity.desk_id,
            Inquiry.started_at >= midnight,
        )
        if channel is not None:
            query = query.where(Inquiry.channel == channel)
        with Session(self.engine) as session:
            return session.scalar(query) or 0

    def _store(
        self, session: Session, payload: InquiryRegisterV3, staff_id: uuid.UUID | None
    ) -> list[Base]:
        identity = self.identity
        inquiry = Inquiry(
            id=payload.inquiry_id,
            municipality_id=identity.municipality_id,
            branch_id=identity.branch_id,
            desk_id=identity.desk_id,
            staff_id=staff_id,
            ticket_id=payload.ticket_id,
            channel=payload.channel,
            outcome=payload.outcome,
            started_at=payload.started_at,
            ended_at=payload.ended_at,
            note=payload.note,
            referred_to=payload.referred_to,
            limit_seconds=payload.limit_seconds,
            over_limit_reason=payload.over_limit_reason or "",
        )
        if payload.screen_inquiry_id is not None:
            screen = session.get(ScreenInquiry, payload.screen_inquiry_id)
            inquiry.screen_inquiry_id = payload.screen_inquiry_id
            inquiry.source_branch_id = screen.branch_id if screen is not None else None
        session.add(inquiry)
        session.flush()
        rows: list[Base] = [inquiry]
        rows += [InquiryService.link(inquiry, service_id) for service_id in payload.service_ids]
        if payload.callback is not None:
            rows.append(Callback.opened_by(inquiry, **payload.callback.model_dump()))
        session.add_all(rows[1:])
        session.flush()
        return rows  # parents first: a rejection undoes them in reverse
