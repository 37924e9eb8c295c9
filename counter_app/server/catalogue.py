"""Putting a catalogue (the shipped file, or a municipality's own) into the server's
database: services, authorities, callback groups and serving limits, matched by code."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.catalogue import Catalogue, Choice, ServingLimitSpec
from counter_app.domain.org import DeskKind
from counter_app.models import CatalogueChoice, ChoiceKind, Service, ServingLimitSetting


def install_catalogue(
    session: Session, municipality_id: uuid.UUID, catalogue: Catalogue
) -> list[Any]:
    """Add or update every entry of ``catalogue``; return the rows written (for the change
    log). Nothing is deleted: inquiries keep pointing at retired services."""
    rows: list[Any] = []
    existing = {
        s.code: s
        for s in session.scalars(select(Service).where(Service.municipality_id == municipality_id))
    }
    for order, spec in enumerate(catalogue.services):
        service = existing.get(spec.code) or Service(municipality_id=municipality_id)
        service.apply(spec, sort_order=spec.sort_order or (order + 1) * 10)
        session.add(service)
        rows.append(service)
    for kind, choices in (
        (ChoiceKind.AUTHORITY, catalogue.authorities),
        (ChoiceKind.CALLBACK_GROUP, catalogue.callback_groups),
    ):
        rows += _install_choices(session, municipality_id, kind, choices)
    for desk_kind, limit in catalogue.serving_limits.items():
        rows.append(save_limit(session, municipality_id, desk_kind, limit))
    return rows


def save_limit(
    session: Session,
    municipality_id: uuid.UUID,
    desk_kind: DeskKind,
    limit: ServingLimitSpec | None,
) -> ServingLimitSetting:
    """Set (or with None, lift) the serving limit of one desk role; 0 seconds means none."""
    row = session.scalar(
        select(ServingLimitSetting).where(
            ServingLimitSetting.municipality_id == municipality_id,
            ServingLimitSetting.desk_kind == desk_kind,
        )
    )
    if row is None:
        row = ServingLimitSetting(
            id=ServingLimitSetting.id_for(municipality_id, desk_kind),
            municipality_id=municipality_id,
            desk_kind=desk_kind,
        )
        session.add(row)
    row.limit_seconds = limit.limit_seconds if limit else 0
    row.amber_seconds = limit.amber_seconds if limit else 0
    return row


def _install_choices(
    session: Session, municipality_id: uuid.UUID, kind: ChoiceKind, choices: tuple[Choice, ...]
) -> list[CatalogueChoice]:
    existing = {
        c.code: c
        for c in session.scalars(
            select(CatalogueChoice).where(
                CatalogueChoice.municipality_id == municipality_id, CatalogueChoice.kind == kind
            )
        )
    }
    rows = []
    for order, choice in enumerate(choices):
        row = existing.get(choice.code) or CatalogueChoice(
            municipality_id=municipality_id, kind=kind, code=choice.code
        )
        row.name_da = choice.name_da
        row.name_en = choice.name_en
        row.sort_order = (order + 1) * 10
        row.active = True
        session.add(row)
        rows.append(row)
    return rows
