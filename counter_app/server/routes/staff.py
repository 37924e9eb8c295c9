"""POST /api/v1/staff/sign-in and /sign-out: a staff member at an enrolled desk."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from counter_app.protocol.messages import SignedIn, SignInRequest, SignOutRequest
from counter_app.server.deps import CurrentDesk, Parts
from counter_app.server.errors import documented
from counter_app.server.staff_access import SignInRefused, sign_in, sign_out

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


@router.post("/sign-in", responses=documented(400, 401, 403, 429))
def sign_in_staff(request: SignInRequest, desk: CurrentDesk, parts: Parts) -> SignedIn:
    """Initials and personal code; the answer's session token goes in ``X-Staff-Session``.
    After 5 wrong codes in 15 minutes (for one staff member, or at one desk) the server
    answers 429 with ``Retry-After``."""
    try:
        return sign_in(parts.engine, desk, request, parts.processor.clock())
    except SignInRefused as exc:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        raise HTTPException(exc.status, exc.message, headers=headers) from exc


@router.post("/sign-out", status_code=status.HTTP_204_NO_CONTENT, responses=documented(400, 401))
def sign_out_staff(request: SignOutRequest, desk: CurrentDesk, parts: Parts) -> Response:
    """End the desk's staff session; the desk's mutations after ``last_number`` are no
    longer the staff member's."""
    sign_out(parts.engine, desk, request.last_number, parts.processor.clock())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
