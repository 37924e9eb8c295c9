"""Mutation handlers: the server's rules, one module per family."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from counter_app.protocol.mutations import MutationType
from counter_app.server.context import MutationContext
from counter_app.server.handlers import (
    appointment_moves,
    appointments,
    catalogue,
    inquiries,
    presence,
    screen_inquiries,
    ticket_moves,
    tickets,
)

Handler = Callable[[Session, MutationContext, Any], dict[str, Any]]

HANDLERS: dict[MutationType, Handler] = {
    MutationType.TICKET_ISSUE: tickets.issue,
    MutationType.TICKET_CALL_NEXT: tickets.call_next,
    MutationType.TICKET_CALL: tickets.call,
    MutationType.TICKET_RECALL: ticket_moves.recall,
    MutationType.TICKET_START: ticket_moves.start,
    MutationType.TICKET_FINISH: ticket_moves.finish,
    MutationType.TICKET_NO_SHOW: ticket_moves.no_show,
    MutationType.TICKET_PARK: ticket_moves.park,
    MutationType.TICKET_RESUME: ticket_moves.resume,
    MutationType.TICKET_TRANSFER: ticket_moves.transfer,
    MutationType.TICKET_DECLINE: ticket_moves.decline,
    MutationType.DESK_PRESENCE: presence.report,
    MutationType.INQUIRY_REGISTER: inquiries.register,
    MutationType.CALLBACK_FINISH: inquiries.finish_callback,
    MutationType.CATALOGUE_SERVICE_SAVE: catalogue.save_service,
    MutationType.CATALOGUE_LIMIT_SAVE: catalogue.save_limit_setting,
    MutationType.APPOINTMENT_BOOK: appointments.book,
    MutationType.APPOINTMENT_CANCEL: appointment_moves.cancel,
    MutationType.APPOINTMENT_NO_SHOW: appointment_moves.no_show,
    MutationType.SCREEN_FORWARD: screen_inquiries.forward,
    MutationType.SCREEN_ACCEPT: screen_inquiries.accept,
    MutationType.SCREEN_START: screen_inquiries.start,
    MutationType.SCREEN_FINISH: screen_inquiries.finish,
    MutationType.SCREEN_CANCEL: screen_inquiries.cancel,
}


def handler_for(kind: MutationType) -> Handler:
    """The handler of a mutation type (every type in the protocol has one)."""
    return HANDLERS[kind]
