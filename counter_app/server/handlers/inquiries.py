"""inquiry.register: append-only; counted on the day it happened, not the day it synced."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import InquiryRuleError, check_inquiry_times
from counter_app.models import Inquiry, InquiryService, Service, Ticket
from counter_app.protocol.mutations import InquiryRegisterV1
from counter_app.server.context import MutationContext, Rejected


def register(session: Session, ctx: MutationContext, payload: InquiryRegisterV1) -> dict[str, Any]:
    """Store the inquiry and the services it covered."""
    try:
        check_inquiry_times(payload.started_at, payload.ended_at)
    except InquiryRuleError as exc:
        raise Rejected("invalid_times", str(exc)) from exc
    if session.get(Inquiry, payload.inquiry_id) is not None:
        raise Rejected("duplicate_inquiry", "an inquiry with this id already exists")
    service_ids = list(dict.fromkeys(payload.service_ids))
    if service_ids:
        known = session.scalar(
            select(func.count(Service.id)).where(
                Service.id.in_(service_ids), Service.municipality_id == ctx.desk.municipality_id
            )
        )
        if known != len(service_ids):
            raise Rejected("unknown_service", "a service does not exist in this municipality")
    if payload.ticket_id is not None:
        ticket = session.scalar(
            select(Ticket.id).where(
                Ticket.id == payload.ticket_id, Ticket.branch_id == ctx.desk.branch_id
            )
        )
        if ticket is None:
            raise Rejected("unknown_ticket", "the ticket does not exist in this branch")
    inquiry = Inquiry(
        id=payload.inquiry_id,
        municipality_id=ctx.desk.municipality_id,
        branch_id=ctx.desk.branch_id,
        desk_id=ctx.desk.desk_id,
        staff_id=ctx.staff_id,
        ticket_id=payload.ticket_id,
        channel=payload.channel,
        outcome=payload.outcome,
        started_at=payload.started_at,
        ended_at=payload.ended_at,
        note=payload.note,
    )
    session.add(inquiry)
    ctx.changes.touched(inquiry, inquiry.branch_id)
    for service_id in service_ids:
        link = InquiryService(
            # Derived from the inquiry's id, so the link is the same row on every retry.
            id=uuid.uuid5(payload.inquiry_id, str(service_id)),
            municipality_id=ctx.desk.municipality_id,
            branch_id=ctx.desk.branch_id,
            inquiry_id=inquiry.id,
            service_id=service_id,
        )
        session.add(link)
        ctx.changes.touched(link, link.branch_id)
    return {"inquiry_id": str(inquiry.id)}
