"""POST /api/v1/enroll/code: a desk trades its one-time code for its token;
POST /api/v1/enroll: the same for the server's enrollment key (the embedded default)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from counter_app.domain.timezone import utc_now
from counter_app.protocol.messages import CodeEnrollRequest, EnrollRequest, EnrollResponse
from counter_app.server.deps import Parts
from counter_app.server.enrollment import EnrollmentError, enroll, enroll_by_code
from counter_app.server.errors import documented

router = APIRouter(prefix="/api/v1", tags=["enrollment"])


@router.post("/enroll", responses=documented(400, 403, 404))
def enroll_desk(request: EnrollRequest, parts: Parts) -> EnrollResponse:
    """Find or create the desk by branch and name; answer with a new token."""
    try:
        response, pokes = enroll(
            parts.engine,
            request,
            enrollment_key=parts.settings.enrollment_key,
            origin=parts.processor.origin,
            now=utc_now(),
        )
    except EnrollmentError as exc:
        raise HTTPException(exc.status, exc.message) from exc
    parts.hub.publish(pokes)
    return response


@router.post("/enroll/code", responses=documented(400, 403))
def enroll_desk_by_code(request: CodeEnrollRequest, parts: Parts) -> EnrollResponse:
    """The desk IT made this one-time code for; answer with its new token. The code is
    used up, expired codes and used ones are refused."""
    try:
        return enroll_by_code(parts.engine, request, now=parts.processor.clock())
    except EnrollmentError as exc:
        raise HTTPException(exc.status, exc.message) from exc
