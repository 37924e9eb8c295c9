"""The inquiry rows of the statistics (``inquiry_fact``, ``inquiry_service_fact``, and
the ticket's ``visit_service`` rows): written as an inquiry is registered, and rebuilt
from the inquiries through the same functions."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from counter_app.domain.org import Area
from counter_app.domain.timezone import to_local
from counter_app.domain.visits import whole_seconds
from counter_app.models import (
    Desk,
    Inquiry,
    InquiryFact,
    InquiryService,
    InquiryServiceFact,
    Service,
)
from counter_app.server.statistics.inquiry_months import note_inquiry
from counter_app.server.statistics.visit_facts import (
    BATCH,
    of_municipality,
    record_ticket_services,
)


@dataclass(frozen=True)
class ServiceFlags:
    """What an inquiry's services say about it: borgerservice, library, authority task."""

    citizen_service: int = 0
    library: int = 0
    authority_task: int = 0

    def joined(self, area: str, authority_task: bool) -> ServiceFlags:
        return ServiceFlags(
            citizen_service=max(self.citizen_service, int(area == Area.CITIZEN_SERVICE.value)),
            library=max(self.library, int(area == Area.LIBRARY.value)),
            authority_task=max(self.authority_task, int(authority_task)),
        )


def record_inquiry(
    session: Session,
    inquiry: Inquiry,
    service_ids: Sequence[uuid.UUID],
    desk_kind: str,
    now: datetime,
) -> None:
    """The registered inquiry's fact rows (and its ticket's services, if it had one),
    written ``now``: late into a month that is over, they make its sums stale."""
    flags = ServiceFlags()
    if service_ids:
        for area, authority in session.execute(
            select(Service.area, Service.authority_task).where(Service.id.in_(service_ids))
        ):
            flags = flags.joined(str(area), authority)
    fact, services = _inquiry_rows(_InquiryRow.of(inquiry, desk_kind), flags, service_ids)
    note_inquiry(session, inquiry.municipality_id, fact["day"], now)
    session.add(InquiryFact(**fact))
    session.add_all(InquiryServiceFact(**row) for row in services)
    if inquiry.ticket_id is not None:
        record_ticket_services(session, inquiry.municipality_id, inquiry.ticket_id, service_ids)


@dataclass(frozen=True)
class _InquiryRow:
    id: uuid.UUID
    municipality_id: uuid.UUID
    branch_id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    channel: str
    outcome: str
    limit_seconds: int | None
    over_limit_reason: str
    desk_kind: str

    @classmethod
    def of(cls, inquiry: Any, desk_kind: str) -> _InquiryRow:
        """From an ``Inquiry`` or a selected row with the same names."""
        return cls(
            id=inquiry.id,
            municipality_id=inquiry.municipality_id,
            branch_id=inquiry.branch_id,
            started_at=inquiry.started_at,
            ended_at=inquiry.ended_at,
            channel=str(inquiry.channel),
            outcome=str(inquiry.outcome),
            limit_seconds=inquiry.limit_seconds,
            over_limit_reason=inquiry.over_limit_reason or "",
            desk_kind=desk_kind,
        )


def _inquiry_rows(
    inquiry: _InquiryRow, flags: ServiceFlags, service_ids: Iterable[uuid.UUID]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    local = to_local(inquiry.started_at)
    limit = inquiry.limit_seconds
    fact = {
        "inquiry_id": inquiry.id,
        "municipality_id": inquiry.municipality_id,
        "branch_id": inquiry.branch_id,
        "day": local.date(),
        "hour": local.hour,
        "weekday": local.weekday(),
        "desk_kind": inquiry.desk_kind,
        "channel": inquiry.channel,
        "outcome": inquiry.outcome,
        "citizen_service": flags.citizen_service,
        "library": flags.library,
        "authority_task": flags.authority_task,
        "limited": int(limit is not None),
        "within_limit": int(
            limit is not None and whole_seconds(inquiry.started_at, inquiry.ended_at) < limit
        ),
        "over_limit_reason": inquiry.over_limit_reason,
    }
    services = [
        {
            "inquiry_id": inquiry.id,
            "service_id": service_id,
            "municipality_id": inquiry.municipality_id,
            "branch_id": inquiry.branch_id,
            "day": fact["day"],
            "desk_kind": inquiry.desk_kind,
        }
        for service_id in service_ids
    ]
    return fact, services


def rebuilt_inquiries(
    connection: Connection, municipality_id: uuid.UUID | None
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
    """Every inquiry's fact row, its service rows and its ticket's service rows, in the
    order the inquiries began: written so, a period's rows lie together on disk, as the
    rows written live do."""
    i, link, desk = Inquiry.__table__, InquiryService.__table__, Desk.__table__
    services = {
        row.id: (str(row.area), bool(row.authority_task))
        for row in connection.execute(select(Service.id, Service.area, Service.authority_task))
    }
    rows = connection.execute(
        select(
            i.c.id,
            i.c.municipality_id,
            i.c.branch_id,
            i.c.ticket_id,
            i.c.started_at,
            i.c.ended_at,
            i.c.channel,
            i.c.outcome,
            i.c.limit_seconds,
            i.c.over_limit_reason,
            desk.c.kind,
            link.c.service_id,
        )
        .join(desk, desk.c.id == i.c.desk_id)
        .outerjoin(link, link.c.inquiry_id == i.c.id)
        .where(*of_municipality(i.c.municipality_id, municipality_id))
        .order_by(i.c.started_at, i.c.id)
        .execution_options(yield_per=BATCH)
    )
    for _, links in groupby(rows, key=lambda row: row.id):
        first, *rest = list(links)
        ids = [row.service_id for row in [first, *rest] if row.service_id is not None]
        flags = ServiceFlags()
        for service_id in ids:
            flags = flags.joined(*services.get(service_id, ("", False)))
        inquiry = _InquiryRow.of(first, str(first.kind))
        fact, service_rows = _inquiry_rows(inquiry, flags, ids)
        ticket_rows = (
            []
            if first.ticket_id is None
            else [
                {
                    "ticket_id": first.ticket_id,
                    "service_id": service_id,
                    "municipality_id": first.municipality_id,
                }
                for service_id in ids
            ]
        )
        yield fact, service_rows, ticket_rows
