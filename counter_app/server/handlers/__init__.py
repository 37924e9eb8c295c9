"""Mutation handlers: the server's rules, one module per family."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from counter_app.protocol.mutations import MutationType
from counter_app.server.context import MutationContext
from counter_app.server.handlers import inquiries, tickets

Handler = Callable[[Session, MutationContext, Any], dict[str, Any]]

HANDLERS: dict[MutationType, Handler] = {
    MutationType.TICKET_ISSUE: tickets.issue,
    MutationType.TICKET_CALL_NEXT: tickets.call_next,
    MutationType.INQUIRY_REGISTER: inquiries.register,
}


def handler_for(kind: MutationType) -> Handler:
    """The handler of a mutation type (every type in the protocol has one)."""
    return HANDLERS[kind]
