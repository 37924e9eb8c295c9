"""Bad input gets a 4xx with a sentence a person can act on, never a 500."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

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


def install_error_handlers(app: FastAPI) -> None:
    """Answer validation errors with FastAPI's list plus a readable message."""
    app.add_exception_handler(RequestValidationError, _validation_error)


_MEANINGS = {
    400: "the body cannot be read as JSON",
    401: "missing, unknown or revoked desk token",
    403: "not allowed",
    404: "not found",
    409: "the server's data cannot serve this request",
    429: "too many tries: wait as long as Retry-After says",
}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the refusals a route can give."""
    return {code: {"model": ErrorMessage, "description": _MEANINGS[code]} for code in codes}
