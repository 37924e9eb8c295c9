"""Bad input gets a 4xx with a sentence a person can act on, never a 500."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


def _describe(error: dict[str, object]) -> str:
    location = ".".join(str(part) for part in error.get("loc", ()) if part != "body")  # type: ignore[attr-defined]
    return f"{location or 'request'}: {error.get('msg', 'invalid')}"


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [dict(e) for e in exc.errors()]
    message = "invalid request: " + "; ".join(_describe(e) for e in errors[:5])
    return JSONResponse(
        status_code=422,
        content={
            "detail": message,
            "errors": [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in errors],
        },
    )


def install_error_handlers(app: FastAPI) -> None:
    """Replace FastAPI's raw validation dump with a readable message (and keep the list)."""
    app.add_exception_handler(RequestValidationError, _validation_error)
