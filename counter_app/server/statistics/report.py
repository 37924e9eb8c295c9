"""The whole overview in one read: every section over one snapshot of the database."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from counter_app.domain.statistics import summable_months
from counter_app.domain.timezone import local_day
from counter_app.models import Branch, Municipality
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.server.context import DeskContext
from counter_app.server.statistics.appointments import appointment_figures
from counter_app.server.statistics.callbacks import callback_figures
from counter_app.server.statistics.inquiries import handoff_figures, inquiry_sections
from counter_app.server.statistics.inquiry_months import current_months, summarise
from counter_app.server.statistics.scope import scope_for
from counter_app.server.statistics.screens import screen_figures
from counter_app.server.statistics.tickets import queue_figures, service_figures


def build_report(
    engine: Engine,
    desk: DeskContext,
    query: StatisticsQuery,
    *,
    manager: bool,
    now: datetime,
) -> StatisticsReport:
    """The report ``desk`` asks for (raises ``ScopeRefused`` or ``PeriodError``)."""
    with Session(engine) as session:
        scope = scope_for(
            session,
            desk,
            first_day=query.first_day,
            last_day=query.last_day,
            branch_id=query.branch_id,
            desk_kind=query.desk_kind,
            manager=manager,
            now=now,
        )
        town = session.get(Municipality, scope.municipality_id)
        branch = session.get(Branch, scope.branch_id) if scope.branch_id else None
        municipality = town.name if town is not None else ""
        branch_name = branch.name if branch is not None else None
    # Whole months that are over are read from their sums, made now if need be.
    months = summable_months(scope.period, local_day(now))
    summarise(engine, scope.municipality_id, months)
    # The visits' percentiles sort every visit of the period: on PostgreSQL they run
    # beside the rest, each on a connection of its own that sees the very same snapshot.
    with _snapshot(engine, helpers=2) as (connection, helpers), ThreadPoolExecutor(2) as pool:
        by_queue = pool.submit(queue_figures, helpers[0], scope) if helpers else None
        by_service = pool.submit(service_figures, helpers[1], scope) if helpers else None
        summed = current_months(connection, scope.municipality_id, months)
        inquiries, five_minutes, booked = inquiry_sections(connection, scope, summed)
        handoffs = handoff_figures(connection, scope, booked)
        appointments = appointment_figures(connection, scope)
        screens = screen_figures(connection, scope)
        callbacks = callback_figures(connection, scope)
        tickets = by_queue.result() if by_queue else queue_figures(connection, scope)
        tickets.by_service = (
            by_service.result() if by_service else service_figures(connection, scope)
        )
        return StatisticsReport(
            municipality=municipality,
            branch_id=scope.branch_id,
            branch=branch_name,
            desk_kind=scope.desk_kind,
            first_day=scope.period.first_day,
            last_day=scope.period.last_day,
            generated_at=now,
            scope="municipality" if scope.manager else "branch_day",
            inquiries=inquiries,
            tickets=tickets,
            five_minutes=five_minutes,
            handoffs=handoffs,
            appointments=appointments,
            screens=screens,
            callbacks=callbacks,
        )


@contextmanager
def _snapshot(engine: Engine, helpers: int) -> Iterator[tuple[Connection, list[Connection]]]:
    """A read-only view of one moment: on PostgreSQL a connection and ``helpers`` more
    that share its exported snapshot (REPEATABLE READ), elsewhere one connection."""
    if engine.dialect.name != "postgresql":
        with engine.connect() as connection, connection.begin():
            yield connection, []
        return
    with ExitStack() as stack:
        connections = []
        for _ in range(1 + helpers):
            each = stack.enter_context(
                engine.connect().execution_options(isolation_level="REPEATABLE READ")
            )
            stack.enter_context(each.begin())
            connections.append(each)
        connection, *others = connections
        snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        for each in others:
            each.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        for each in connections:
            # The planner multiplies the facts' columns into far more groups than there
            # are and sorts a million rows to group them; hashing is four times faster.
            # Compiling the queries (JIT) costs more than it saves at this size. The
            # report runs its own sections side by side, so no query starts workers of
            # its own, and each may sort a year of visits in memory.
            each.exec_driver_sql("SET LOCAL enable_sort = off")
            each.exec_driver_sql("SET LOCAL jit = off")
            each.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
            each.exec_driver_sql("SET LOCAL work_mem = '32MB'")
        yield connection, others
