"""catalogue.service.save and catalogue.limit.save: a manager changes the catalogue, and
the change reaches every desk of the municipality (the push checks the role)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import CatalogueError, check_limit, check_service
from counter_app.models import Service
from counter_app.protocol.mutations import CatalogueLimitSaveV1, CatalogueServiceSaveV1
from counter_app.server.catalogue import save_limit
from counter_app.server.context import MutationContext, Rejected


def save_service(
    session: Session, ctx: MutationContext, payload: CatalogueServiceSaveV1
) -> dict[str, Any]:
    """Add a service or change one, with the checks the catalogue file gets."""
    try:
        spec = check_service(payload.fields)
    except CatalogueError as exc:
        raise Rejected("invalid_service", str(exc)) from exc
    service = session.get(Service, payload.service_id)
    if service is not None and service.municipality_id != ctx.desk.municipality_id:
        raise Rejected("unknown_service", "the service does not exist in this municipality")
    clash = session.scalar(
        select(Service.id).where(
            Service.municipality_id == ctx.desk.municipality_id,
            Service.code == spec.code,
            Service.id != payload.service_id,
        )
    )
    if clash is not None:
        raise Rejected("duplicate_code", f"another service already has the code {spec.code!r}")
    if service is None:
        service = Service(id=payload.service_id, municipality_id=ctx.desk.municipality_id)
        session.add(service)
    # No order given (the file format leaves it out): the service keeps its place.
    service.apply(spec, sort_order=spec.sort_order or service.sort_order or 0)
    ctx.changes.touched(service)
    return {"service_id": str(service.id)}


def save_limit_setting(
    session: Session, ctx: MutationContext, payload: CatalogueLimitSaveV1
) -> dict[str, Any]:
    """Set the serving limit of one desk role (no minutes: no limit)."""
    limit = None
    if payload.limit_minutes is not None:
        try:
            limit = check_limit(payload.limit_minutes, payload.amber_minutes)
        except CatalogueError as exc:
            raise Rejected("invalid_limit", str(exc)) from exc
    row = save_limit(session, ctx.desk.municipality_id, payload.desk_kind, limit)
    ctx.changes.touched(row)
    return {}
