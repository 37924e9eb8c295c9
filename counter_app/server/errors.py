"""Bad input gets a 4xx with a sentence a person can act on, never a 500."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import InterfaceError, OperationalError

from counter_app.protocol.messages import ErrorMessage
from counter_app.protocol.validation import summarise


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    # "detail" keeps FastAPI's documented list, without echoing the input back (it may hold
    # NaN, which JSON cannot carry, or a secret); "message" is the sentence for people.
    detail = [
        {"type": e.get("type", ""), "loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
        for e in errors
    ]
    return JSONResponse(
        status_code=422,
        content={"detail": jsonable_encoder(detail), "message": summarise(errors)},
    )


log = logging.getLogger(__name__)

DATABASE_RETRY_AFTER_S = 2


async def _database_unavailable(connection: Request, exc: Exception) -> Response:
    """The database cannot be reached (restarting, failing over, overloaded). The desk
    sends again (a change that did commit before the connection broke is recognised as a
    repeat). 503 with Retry-After says so; a 500 would read as a bug, and the log would
    fill with tracebacks of a known condition."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    log.warning(
        "database unavailable during %s %s: %s",
        connection.scope.get("method", "WebSocket"),
        connection.url.path,
        reason[0] if reason else type(exc).__name__,
    )
    # For a live channel too: Starlette sends it as the handshake's denial.
    return JSONResponse(
        status_code=503,
        headers={"Retry-After": str(DATABASE_RETRY_AFTER_S)},
        content={
            "detail": "the database cannot be reached just now. Send again in a moment: "
            "a change that reached it before is recognised, not applied twice"
        },
    )


def install_error_handlers(app: FastAPI) -> None:
    """Answer validation errors with FastAPI's list plus a readable message, and a lost
    database with 503."""
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _database_unavailable)
    app.add_exception_handler(InterfaceError, _database_unavailable)


_MEANINGS = {
    400: "the body cannot be read as JSON",
    401: "missing, unknown or revoked desk token",
    403: "not allowed",
    404: "not found",
    409: "the server's data cannot serve this request",
    429: "too many tries: wait as long as Retry-After says",
    503: "the database cannot be reached just now: send again after Retry-After",
}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the refusals a route can give."""
    return {code: {"model": ErrorMessage, "description": _MEANINGS[code]} for code in codes}
