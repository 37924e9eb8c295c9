"""The statistics' fact rows (``models.statistics_facts``) rebuilt from the tickets, the
move log and the inquiries: when a migration asks for it (before the server serves), or
after the made-up history was written straight in. The rows themselves are written as
tickets move (``visit_facts``) and inquiries are registered (``inquiry_facts``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, select

from counter_app.models.statistics_facts import (
    FactsRebuild,
    InquiryFact,
    InquiryServiceFact,
    VisitFact,
    VisitService,
)
from counter_app.server.bulk_insert import insert_rows
from counter_app.server.statistics.inquiry_facts import rebuilt_inquiries
from counter_app.server.statistics.inquiry_months import forget_sums
from counter_app.server.statistics.visit_facts import BATCH, of_municipality, rebuilt_visits

log = logging.getLogger(__name__)


def rebuild_facts(engine: Engine, municipality_id: uuid.UUID | None = None) -> dict[str, int]:
    """Every fact row (of one municipality, or all) anew from the tickets, moves and
    inquiries, in one transaction; returns how many rows each table got."""
    counts = {"visit_fact": 0, "visit_service": 0, "inquiry_fact": 0, "inquiry_service_fact": 0}
    with engine.begin() as connection:
        forget_sums(connection, municipality_id)
        for model in (VisitService, VisitFact, InquiryServiceFact, InquiryFact):
            table = cast(Table, model.__table__)
            connection.execute(
                delete(table).where(*of_municipality(table.c.municipality_id, municipality_id))
            )
        for batch in _batches(rebuilt_visits(connection, municipality_id)):
            insert_rows(connection, cast(Table, VisitFact.__table__), batch)
            counts["visit_fact"] += len(batch)
        seen_ticket_services: set[tuple[uuid.UUID, uuid.UUID]] = set()
        facts: list[dict[str, Any]] = []
        services: list[dict[str, Any]] = []
        tickets: list[dict[str, Any]] = []
        for fact, service_rows, ticket_rows in rebuilt_inquiries(connection, municipality_id):
            facts.append(fact)
            services.extend(service_rows)
            for row in ticket_rows:
                key = (row["ticket_id"], row["service_id"])
                if key not in seen_ticket_services:
                    seen_ticket_services.add(key)
                    tickets.append(row)
            if len(facts) >= BATCH:
                _flush(connection, facts, services, tickets, counts)
        _flush(connection, facts, services, tickets, counts)
        if municipality_id is None:
            connection.execute(delete(FactsRebuild))
    return counts


def rebuild_if_asked(engine: Engine) -> None:
    """Rebuild the fact rows if a migration asked for it. Logged: a large municipality's
    years take minutes."""
    with engine.connect() as connection:
        asked = connection.scalar(select(FactsRebuild.name).limit(1))
    if asked is None:
        return
    log.info("rebuilding the statistics' fact rows (%s)", asked)
    counts = rebuild_facts(engine)
    log.info("statistics' fact rows rebuilt: %s", counts)


def _flush(
    connection: Connection,
    facts: list[dict[str, Any]],
    services: list[dict[str, Any]],
    tickets: list[dict[str, Any]],
    counts: dict[str, int],
) -> None:
    for model, rows in (
        (InquiryFact, facts),
        (InquiryServiceFact, services),
        (VisitService, tickets),
    ):
        table = cast(Table, model.__table__)
        insert_rows(connection, table, rows)
        counts[table.name] += len(rows)
        rows.clear()


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
