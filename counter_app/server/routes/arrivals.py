"""POST /api/v1/arrivals/find: a kiosk's check-in by phone number or e-mail."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from counter_app.domain.personal_data import PersonalDataError
from counter_app.protocol.messages import ArrivalLookup, ArrivalMatches
from counter_app.server.arrivals import find_arrivals
from counter_app.server.deps import CurrentDesk, Parts
from counter_app.server.errors import documented

router = APIRouter(prefix="/api/v1/arrivals", tags=["arrivals"])


@router.post("/find", responses=documented(400, 401))
def find(request: ArrivalLookup, desk: CurrentDesk, parts: Parts) -> ArrivalMatches:
    """Today's booked appointments at the desk's branch with this phone number or e-mail
    (POST, so the contact stays out of URLs and access logs)."""
    try:
        ids = find_arrivals(parts.engine, desk, request.contact, parts.processor.clock())
    except PersonalDataError as exc:
        raise HTTPException(400, str(exc)) from exc
    return ArrivalMatches(appointment_ids=ids)
