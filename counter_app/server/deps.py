"""FastAPI dependencies: the database, the poke hub, the desk behind the token, and the
staff member signed in at it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status
from sqlalchemy import Engine

from counter_app.server.auth import RecentTokens, desk_for_token
from counter_app.server.context import DeskContext
from counter_app.server.pokes import PokeHub
from counter_app.server.push import PushProcessor
from counter_app.server.settings import ServerSettings
from counter_app.server.staff_access import SignedInStaff, staff_for_session


@dataclass(frozen=True)
class ServerParts:
    """What one server process holds, kept on ``app.state.parts``."""

    settings: ServerSettings
    engine: Engine
    hub: PokeHub
    processor: PushProcessor
    recent_tokens: RecentTokens


def get_parts(request: Request) -> ServerParts:
    """The process's parts."""
    parts: ServerParts = request.app.state.parts
    return parts


Parts = Annotated[ServerParts, Depends(get_parts)]


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def unknown_token() -> HTTPException:
    """The 401 for a request without a live desk token."""
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        "missing, unknown or revoked desk token: enroll the desk again",
        headers={"WWW-Authenticate": "Bearer"},
    )


def get_desk_token(parts: Parts, authorization: Annotated[str | None, Header()] = None) -> str:
    """The bearer token of a push, live a moment ago; 401 without one. The push checks it
    again in its own transaction."""
    token = bearer_token(authorization)
    if token is None or not parts.recent_tokens.probably_live(token):
        raise unknown_token()
    return token


DeskToken = Annotated[str, Depends(get_desk_token)]


def get_current_desk(
    parts: Parts, authorization: Annotated[str | None, Header()] = None
) -> DeskContext:
    """The enrolled desk making the request; 401 without a valid token."""
    token = bearer_token(authorization)
    desk = desk_for_token(parts.engine, token) if token else None
    if desk is None:
        raise unknown_token()
    return desk


CurrentDesk = Annotated[DeskContext, Depends(get_current_desk)]


def get_signed_in_staff(
    parts: Parts,
    desk: CurrentDesk,
    x_staff_session: Annotated[str | None, Header(max_length=200)] = None,
) -> SignedInStaff | None:
    """The staff member signed in at the desk (``X-Staff-Session``), or None if no one is;
    401 for a session that has ended."""
    if not x_staff_session:
        return None
    staff = staff_for_session(parts.engine, desk, x_staff_session, parts.processor.clock())
    if staff is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "the staff member's sign-in has ended: sign in again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return staff


SignedInStaffOrNone = Annotated[SignedInStaff | None, Depends(get_signed_in_staff)]
