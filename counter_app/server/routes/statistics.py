"""GET /api/v1/statistics/overview: the managers' report (a desk's own day for anyone)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.exceptions import RequestValidationError

from counter_app.domain.org import MANAGING_ROLES
from counter_app.domain.statistics import PeriodError
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.server.deps import CurrentDesk, Parts, SignedInStaffOrNone
from counter_app.server.errors import documented
from counter_app.server.statistics.report import build_report
from counter_app.server.statistics.scope import ScopeRefused

router = APIRouter(prefix="/api/v1/statistics", tags=["statistics"])


@router.get("/overview", responses=documented(401, 403, 404))
def overview(
    desk: CurrentDesk,
    staff: SignedInStaffOrNone,
    parts: Parts,
    query: Annotated[StatisticsQuery, Query()],
) -> StatisticsReport:
    """Inquiries, waits, the five-minute rule, appointments, screen inquiries and
    callbacks. A manager sees any branch and period; others their branch's day."""
    try:
        manager = staff is not None and staff.role in MANAGING_ROLES
        return build_report(parts.engine, desk, query, manager=manager, now=parts.processor.clock())
    except ScopeRefused as exc:
        raise HTTPException(exc.status, exc.message) from exc
    except PeriodError as exc:
        # The documented shape of a 422 (a list of faults, and the sentence for people).
        fault = {"type": "value_error", "loc": ["query", "last_day"], "msg": str(exc)}
        raise RequestValidationError([fault]) from exc
