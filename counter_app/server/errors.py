"""Bad input gets a 4xx with a sentence a person can act on, never a 500."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from counter_app.protocol.messages import ErrorMessage


def _describe(error: dict[str, Any]) -> str:
    location = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{location or 'request'}: {error.get('msg', 'invalid')}"


def summarise(errors: Sequence[dict[str, Any]]) -> str:
    """One readable sentence for a list of validation errors."""
    text = "; ".join(_describe(error) for error in errors[:5])
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return f"invalid request: {text}{more}"


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [dict(error) for error in exc.errors()]
    # "detail" keeps FastAPI's documented list; "message" is the sentence for people.
    return JSONResponse(
        status_code=422,
        content={"detail": jsonable_encoder(errors), "message": summarise(errors)},
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
}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` for the refusals a route can give."""
    return {code: {"model": ErrorMessage, "description": _MEANINGS[code]} for code in codes}
