"""inquiry.register and callback.finish: append-only; an inquiry counts on the day it
happened, not the day it synced."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import (
    CallbackState,
    InquiryRuleError,
    Outcome,
    check_inquiry_times,
)
from counter_app.domain.personal_data import AuditAction
from counter_app.models import (
    Callback,
    CatalogueChoice,
    ChoiceKind,
    Inquiry,
    InquiryService,
    ScreenInquiry,
    Service,
    Ticket,
)
from counter_app.protocol.mutations import (
    CallbackFinishV1,
    CallbackV1,
    InquiryRegisterV1,
    InquiryRegisterV2,
    InquiryRegisterV3,
)
from counter_app.protocol.validation import summarise
from counter_app.server.audit import CALLBACK, audit_mutation
from counter_app.server.context import MutationContext, Rejected
from counter_app.server.statistics.inquiry_facts import record_inquiry


def register(
    session: Session,
    ctx: MutationContext,
    payload: InquiryRegisterV1 | InquiryRegisterV2 | InquiryRegisterV3,
) -> dict[str, Any]:
    """Store the inquiry, the services it covered and the callback it leaves."""
    if not isinstance(payload, InquiryRegisterV3):
        try:
            payload = InquiryRegisterV3(**payload.model_dump())
        except ValidationError as exc:  # e.g. a CPR number in a version-1 note
            raise Rejected("invalid_payload", summarise(exc.errors())) from exc
    _check_outcome(session, ctx, payload)
    if payload.ticket_id is not None:
        ticket = session.scalar(
            select(Ticket.id).where(
                Ticket.id == payload.ticket_id, Ticket.branch_id == ctx.desk.branch_id
            )
        )
        if ticket is None:
            raise Rejected("unknown_ticket", "the ticket does not exist in this branch")
    inquiry = _store(session, ctx, payload, payload.service_ids)
    if payload.screen_inquiry_id is not None:
        screen = session.get(ScreenInquiry, payload.screen_inquiry_id)
        if screen is None or screen.to_branch_id != ctx.desk.branch_id:
            raise Rejected("unknown_screen_inquiry", "no screen inquiry came to this branch")
        inquiry.screen_inquiry_id = screen.id
        inquiry.source_branch_id = screen.branch_id
    if payload.callback is not None:
        _open_callback(session, ctx, inquiry, payload.callback)
    return {"inquiry_id": str(inquiry.id)}


def finish_callback(
    session: Session, ctx: MutationContext, payload: CallbackFinishV1
) -> dict[str, Any]:
    """Close the callback and register the contact that closed it.

    Two desks that both got back to the citizen (one of them offline) are both
    registered: each was a contact. The callback keeps the first one's time.
    """
    callback = session.scalar(
        select(Callback)
        .where(Callback.id == payload.callback_id, Callback.branch_id == ctx.desk.branch_id)
        .with_for_update()
    )
    if callback is None:
        raise Rejected("unknown_callback", "the callback does not exist in this branch")
    if payload.outcome is Outcome.CALLBACK:
        raise Rejected("invalid_outcome", "register a new inquiry to promise another callback")
    service_ids = list(
        session.scalars(
            select(InquiryService.service_id).where(
                InquiryService.inquiry_id == callback.inquiry_id
            )
        )
    )
    registration = InquiryRegisterV2(
        inquiry_id=payload.inquiry_id,
        channel=payload.channel,
        outcome=payload.outcome,
        started_at=payload.started_at,
        ended_at=payload.ended_at,
        note=payload.note,
    )
    _store(session, ctx, registration, service_ids)
    already_done = callback.state is CallbackState.DONE
    if not already_done:
        callback.state = CallbackState.DONE
        callback.done_at = payload.ended_at
        callback.done_by_desk_id = ctx.desk.desk_id
        ctx.changes.touched(callback, callback.branch_id)
    detail = "called back (done before)" if already_done else "called back"
    audit_mutation(session, ctx, AuditAction.CHANGE, CALLBACK, callback.id, detail=detail)
    return {"inquiry_id": str(payload.inquiry_id), "already_done": already_done}


def _check_outcome(session: Session, ctx: MutationContext, payload: InquiryRegisterV2) -> None:
    if payload.outcome is Outcome.REFERRED and not _choice_exists(
        session, ctx, ChoiceKind.AUTHORITY, payload.referred_to
    ):
        raise Rejected("unknown_authority", "say which authority the citizen was referred to")
    if (payload.outcome is Outcome.CALLBACK) != (payload.callback is not None):
        raise Rejected(
            "callback_mismatch", "an inquiry has a callback exactly when its outcome is callback"
        )
    if payload.callback is not None and not _choice_exists(
        session, ctx, ChoiceKind.CALLBACK_GROUP, payload.callback.group_code
    ):
        raise Rejected("unknown_callback_group", "the callback group does not exist")


def _choice_exists(session: Session, ctx: MutationContext, kind: ChoiceKind, code: str) -> bool:
    # Retired choices still count: a desk that was offline may name one.
    found = session.scalar(
        select(CatalogueChoice.id).where(
            CatalogueChoice.municipality_id == ctx.desk.municipality_id,
            CatalogueChoice.kind == kind,
            CatalogueChoice.code == code,
        )
    )
    return found is not None


def _store(
    session: Session,
    ctx: MutationContext,
    payload: InquiryRegisterV2,
    service_ids: Sequence[uuid.UUID],
) -> Inquiry:
    try:
        check_inquiry_times(payload.started_at, payload.ended_at)
    except InquiryRuleError as exc:
        raise Rejected("invalid_times", str(exc)) from exc
    # The primary key catches a repeated id when the push is written: a backlog of
    # registrations then costs no read each.
    if ctx.careful and session.get(Inquiry, payload.inquiry_id) is not None:
        raise Rejected("duplicate_inquiry", "an inquiry with this id already exists")
    unique_ids = list(dict.fromkeys(service_ids))
    if unique_ids:
        known = session.scalar(
            select(func.count(Service.id)).where(
                Service.id.in_(unique_ids), Service.municipality_id == ctx.desk.municipality_id
            )
        )
        if known != len(unique_ids):
            raise Rejected("unknown_service", "a service does not exist in this municipality")
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
    if isinstance(payload, InquiryRegisterV3):
        inquiry.referred_to = payload.referred_to
        inquiry.limit_seconds = payload.limit_seconds
        inquiry.over_limit_reason = payload.over_limit_reason or ""
    session.add(inquiry)
    ctx.changes.touched(inquiry, inquiry.branch_id)
    for service_id in unique_ids:
        link = InquiryService.link(inquiry, service_id)
        session.add(link)
        ctx.changes.touched(link, link.branch_id)
    # Every stored inquiry (registered, or closing a callback) is counted.
    record_inquiry(session, inquiry, unique_ids, ctx.desk.kind.value, ctx.now)
    return inquiry


def _open_callback(
    session: Session, ctx: MutationContext, inquiry: Inquiry, spec: CallbackV1
) -> None:
    if session.get(Callback, spec.callback_id) is not None:
        raise Rejected("duplicate_callback", "a callback with this id already exists")
    callback = Callback.opened_by(inquiry, **spec.model_dump())
    session.add(callback)
    ctx.changes.touched(callback, callback.branch_id)
    audit_mutation(session, ctx, AuditAction.CREATE, CALLBACK, callback.id, detail="promised")
