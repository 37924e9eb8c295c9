"""The statistics at a desk: the report comes from the server (it is computed there over
every branch); the desk knows who may ask for what and which branches to offer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.statistics import REPORTED_DESK_KINDS, Period
from counter_app.domain.timezone import local_day
from counter_app.models import Branch
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.staff_desk import signed_in_manager
from counter_app.services.views import StaffChoice


@dataclass(frozen=True)
class BranchChoice:
    """A branch a manager can narrow the report to."""

    id: uuid.UUID
    name: str


class StatisticsDesk(DeskUseCases):
    """Ask the server for a report. Without a connection there is none: raises
    :class:`~counter_app.sync.client.ServerUnreachableError`; a refusal (not a manager,
    an unknown branch) raises :class:`~counter_app.sync.client.ServerRefusedError`."""

    desk_kinds = REPORTED_DESK_KINDS

    def today(self) -> Period:
        """The desk's own day, which anyone may see."""
        day = local_day(self.clock())
        return Period(day, day)

    @property
    def branch_id(self) -> uuid.UUID:
        """The desk's own branch."""
        return self.identity.branch_id

    def branches(self) -> list[BranchChoice]:
        """Every branch of the municipality, by name."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(Branch)
                .where(Branch.municipality_id == self.identity.municipality_id)
                .order_by(Branch.name)
            )
            return [BranchChoice(row.id, row.name) for row in rows]

    def signed_in_manager(self) -> StaffChoice | None:
        """The manager signed in at this desk (who sees every branch and any period)."""
        return signed_in_manager(self.engine)

    async def report(self, query: StatisticsQuery) -> StatisticsReport:
        """The report for ``query``, computed by the server now."""
        return await self.sync.client.statistics(query)
