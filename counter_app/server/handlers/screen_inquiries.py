"""screen_inquiry.*: a branch library forwards a citizen at a video screen to central
borgerservice; one caseworker accepts, talks, finishes (or someone cancels).

Every change goes into the change log of both branches, so the library and the
caseworkers see the same row within a poke. Accepting takes the row's lock: of two
caseworkers accepting at once, the second is told the first was faster.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.screen_inquiries import (
    ScreenInquiryState,
    ScreenMove,
    ScreenRuleError,
    ScreenSide,
    available_from,
    check_screen_move,
)
from counter_app.domain.waiting import PRESENCE_FRESH
from counter_app.models import (
    Branch,
    Desk,
    DeskPresence,
    ScreenInquiry,
    ScreenRoom,
    Service,
    timetable_for,
)
from counter_app.protocol.mutations import ScreenForwardV1, ScreenMoveV1
from counter_app.server.context import MutationContext, Rejected

CANNOT_FORWARD = (DeskKind.KIOSK, DeskKind.DISPLAY)


def forward(session: Session, ctx: MutationContext, payload: ScreenForwardV1) -> dict[str, Any]:
    """Put the citizen in the receiving branch's screen queue, if anyone can take them."""
    if ctx.desk.kind in CANNOT_FORWARD:
        raise Rejected("wrong_desk", "a kiosk or display board cannot forward a citizen")
    if session.get(ScreenInquiry, payload.screen_inquiry_id) is not None:
        raise Rejected("duplicate_screen_inquiry", "a screen inquiry with this id already exists")
    room = session.scalar(
        select(ScreenRoom).where(
            ScreenRoom.id == payload.screen_room_id,
            ScreenRoom.branch_id == ctx.desk.branch_id,
            ScreenRoom.active.is_(True),
        )
    )
    if room is None:
        raise Rejected("unknown_screen", "this library has no such screen")
    target = session.scalar(
        select(Branch).where(
            Branch.id == payload.to_branch_id,
            Branch.municipality_id == ctx.desk.municipality_id,
            Branch.has_citizen_service.is_(True),
        )
    )
    if target is None or target.id == ctx.desk.branch_id:
        raise Rejected(
            "unknown_branch", "forward to a branch of the municipality with borgerservice"
        )
    service = session.scalar(
        select(Service.id).where(
            Service.id == payload.service_id, Service.municipality_id == ctx.desk.municipality_id
        )
    )
    if service is None:
        raise Rejected("unknown_service", "the service does not exist in this municipality")
    _check_someone_available(session, ctx, target.id)
    inquiry = ScreenInquiry(
        id=payload.screen_inquiry_id,
        municipality_id=ctx.desk.municipality_id,
        branch_id=ctx.desk.branch_id,
        to_branch_id=target.id,
        service_id=payload.service_id,
        screen_room_id=room.id,
        screen=room.name,
        first_name=payload.first_name,
        state=ScreenInquiryState.WAITING,
        forwarded_at=ctx.now,
        forwarded_by_desk_id=ctx.desk.desk_id,
    )
    session.add(inquiry)
    _touched(ctx, inquiry)
    return {"screen_inquiry_id": str(inquiry.id), "state": inquiry.state.value}


def accept(session: Session, ctx: MutationContext, payload: ScreenMoveV1) -> dict[str, Any]:
    """The caseworker takes the citizen; never two."""
    inquiry = _locked(session, ctx, payload.screen_inquiry_id)
    if ctx.desk.kind is not DeskKind.CASEWORKER or ctx.desk.branch_id != inquiry.to_branch_id:
        raise Rejected("not_caseworker", "only a caseworker desk of the receiving branch accepts")
    if inquiry.accepted_by_desk_id == ctx.desk.desk_id:
        return _answer(session, inquiry)  # this desk has it already
    if inquiry.state is not ScreenInquiryState.WAITING and inquiry.accepted_by_desk_id:
        taker = session.get(Desk, inquiry.accepted_by_desk_id)
        raise Rejected(
            "already_taken",
            f"{taker.name if taker else 'another desk'} took this screen inquiry first",
            {"desk_name": taker.name if taker else ""},
        )
    _move(inquiry, ScreenMove.ACCEPT, ScreenSide.CASEWORKER)
    inquiry.accepted_by_desk_id = ctx.desk.desk_id
    inquiry.accepted_by_staff_id = ctx.staff_id
    inquiry.accepted_at = ctx.now
    _touched(ctx, inquiry)
    return _answer(session, inquiry)


def start(session: Session, ctx: MutationContext, payload: ScreenMoveV1) -> dict[str, Any]:
    """The video call has begun."""
    inquiry = _held_by_desk(session, ctx, payload.screen_inquiry_id)
    _move(inquiry, ScreenMove.START, ScreenSide.CASEWORKER)
    inquiry.call_started_at = ctx.client_time if ctx.client_time <= ctx.now else ctx.now
    _touched(ctx, inquiry)
    return _answer(session, inquiry)


def finish(session: Session, ctx: MutationContext, payload: ScreenMoveV1) -> dict[str, Any]:
    """The call is over (the caseworker registers the inquiry separately)."""
    inquiry = _held_by_desk(session, ctx, payload.screen_inquiry_id)
    _move(inquiry, ScreenMove.FINISH, ScreenSide.CASEWORKER)
    inquiry.ended_at = min(ctx.client_time, ctx.now)
    _touched(ctx, inquiry)
    return _answer(session, inquiry)


def cancel(session: Session, ctx: MutationContext, payload: ScreenMoveV1) -> dict[str, Any]:
    """The library cancels (the citizen left), or the caseworker who has it does."""
    inquiry = _locked(session, ctx, payload.screen_inquiry_id)
    if ctx.desk.branch_id == inquiry.branch_id:
        side = ScreenSide.BRANCH
    elif ctx.desk.desk_id == inquiry.accepted_by_desk_id or (
        ctx.desk.branch_id == inquiry.to_branch_id and ctx.desk.kind is DeskKind.CASEWORKER
    ):
        side = ScreenSide.CASEWORKER
    else:
        raise Rejected("unknown_screen_inquiry", "this desk has no part in the screen inquiry")
    _move(inquiry, ScreenMove.CANCEL, side)
    inquiry.cancelled_by = side.value
    inquiry.ended_at = min(ctx.client_time, ctx.now)
    _touched(ctx, inquiry)
    return _answer(session, inquiry)


def _check_someone_available(session: Session, ctx: MutationContext, branch_id: uuid.UUID) -> None:
    """Refuse with the time someone is on shift again when no caseworker is there now."""
    fresh = ctx.now - PRESENCE_FRESH
    open_desk = session.scalar(
        select(DeskPresence.id)
        .join(Desk, Desk.id == DeskPresence.id)
        .where(
            DeskPresence.branch_id == branch_id,
            DeskPresence.open.is_(True),
            DeskPresence.updated_at >= fresh,
            Desk.kind == DeskKind.CASEWORKER,
        )
        .limit(1)
    )
    if open_desk is not None:
        return
    timetable = timetable_for(session, branch_id, Resource.CITIZEN_SERVICE)
    available = available_from(timetable, ctx.now)
    if available == ctx.now:
        return
    raise Rejected(
        "no_caseworker",
        "no caseworker is on shift now"
        + (f"; the next from {available.isoformat()}" if available else ""),
        {"available_from": available.isoformat() if available else None},
    )


def _locked(session: Session, ctx: MutationContext, inquiry_id: uuid.UUID) -> ScreenInquiry:
    inquiry = session.scalar(
        select(ScreenInquiry)
        .where(
            ScreenInquiry.id == inquiry_id,
            ScreenInquiry.municipality_id == ctx.desk.municipality_id,
        )
        .with_for_update()
    )
    if inquiry is None or ctx.desk.branch_id not in (inquiry.branch_id, inquiry.to_branch_id):
        raise Rejected("unknown_screen_inquiry", "the screen inquiry does not exist here")
    return inquiry


def _held_by_desk(session: Session, ctx: MutationContext, inquiry_id: uuid.UUID) -> ScreenInquiry:
    inquiry = _locked(session, ctx, inquiry_id)
    if inquiry.accepted_by_desk_id != ctx.desk.desk_id:
        raise Rejected("not_yours", "only the desk that accepted the screen inquiry does that")
    return inquiry


def _move(inquiry: ScreenInquiry, move: ScreenMove, side: ScreenSide) -> None:
    try:
        inquiry.state = check_screen_move(inquiry.state, move, side)
    except ScreenRuleError as exc:
        raise Rejected(exc.reason, str(exc)) from exc


def _touched(ctx: MutationContext, inquiry: ScreenInquiry) -> None:
    ctx.changes.touched(inquiry, inquiry.branch_id, inquiry.to_branch_id)


def _answer(session: Session, inquiry: ScreenInquiry) -> dict[str, Any]:
    room = session.get(ScreenRoom, inquiry.screen_room_id) if inquiry.screen_room_id else None
    return {
        "screen_inquiry_id": str(inquiry.id),
        "state": inquiry.state.value,
        "video_url": room.video_url if room else "",
    }
