"""The whole overview in one read: every section over one snapshot of the database."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from counter_app.models import Branch, Municipality
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.server.context import DeskContext
from counter_app.server.statistics.appointments import appointment_figures
from counter_app.server.statistics.callbacks import callback_figures
from counter_app.server.statistics.inquiries import handoff_figures, inquiry_sections
from counter_app.server.statistics.scope import scope_for
from counter_app.server.statistics.screens import screen_figures
from counter_app.server.statistics.tickets import ticket_figures


def build_report(
    engine: Engine,
    desk: DeskContext,
    query: StatisticsQuery,
    *,
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
            staff_id=query.staff_id,
            now=now,
        )
        town = session.get(Municipality, scope.municipality_id)
        branch = session.get(Branch, scope.branch_id) if scope.branch_id else None
        municipality = town.name if town is not None else ""
        branch_name = branch.name if branch is not None else None
    # The tickets' percentiles sort every visit of the period: on PostgreSQL they run
    # beside the rest on a second connection that sees the very same snapshot.
    with _snapshot(engine) as (connection, helper), ThreadPoolExecutor(max_workers=1) as pool:
        beside = None if helper is None else pool.submit(ticket_figures, helper, scope)
        inquiries, five_minutes, booked = inquiry_sections(connection, scope)
        handoffs = handoff_figures(connection, scope, booked)
        appointments = appointment_figures(connection, scope)
        screens = screen_figures(connection, scope)
        callbacks = callback_figures(connection, scope)
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
            tickets=beside.result() if beside else ticket_figures(connection, scope),
            five_minutes=five_minutes,
            handoffs=handoffs,
            appointments=appointments,
            screens=screens,
            callbacks=callbacks,
        )


@contextmanager
def _snapshot(engine: Engine) -> Iterator[tuple[Connection, Connection | None]]:
    """A read-only view of one moment: on PostgreSQL two connections sharing one
    exported snapshot (REPEATABLE READ), elsewhere one connection."""
    if engine.dialect.name != "postgresql":
        with engine.connect() as connection, connection.begin():
            yield connection, None
        return
    with (
        engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection,
        connection.begin(),
        engine.connect().execution_options(isolation_level="REPEATABLE READ") as helper,
        helper.begin(),
    ):
        snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        helper.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        for each in (connection, helper):
            # The planner multiplies the facts' columns into far more groups than there
            # are and sorts a million rows to group them; hashing is four times faster.
            # Compiling the queries (JIT) costs more than it saves at this size.
            each.exec_driver_sql("SET LOCAL enable_sort = off")
            each.exec_driver_sql("SET LOCAL jit = off")
        yield connection, helper
