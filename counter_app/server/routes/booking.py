"""Booking at another branch: its timetable and the places taken (no personal data)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from counter_app.domain.org import Resource
from counter_app.protocol.messages import BranchTimetable
from counter_app.server.deps import CurrentDesk, Parts
from counter_app.server.errors import documented
from counter_app.server.timetables import UnknownBranchError, branch_timetable

router = APIRouter(prefix="/api/v1/booking", tags=["booking"])


@router.get("/timetable", responses=documented(401, 404))
def timetable(
    desk: CurrentDesk,
    parts: Parts,
    branch_id: Annotated[uuid.UUID, Query(description="a branch of the desk's municipality")],
    resource: Annotated[Resource, Query(description="citizen_service or librarian")],
) -> BranchTimetable:
    """The branch's shifts, closures, booking rules and taken places for ``resource``."""
    try:
        return branch_timetable(parts.engine, desk, branch_id, resource)
    except UnknownBranchError as exc:
        raise HTTPException(404, "no such branch in the desk's municipality") from exc
