"""POST /api/v1/enroll: a desk trades the enrollment key for its token."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from counter_app.domain.timezone import utc_now
from counter_app.protocol.messages import EnrollRequest, EnrollResponse
from counter_app.server.deps import Parts
from counter_app.server.enrollment import EnrollmentError, enroll
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
