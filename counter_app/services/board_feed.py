"""What the waiting-room display board shows: the latest calls and each queue's wait."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day
from counter_app.models import Desk, Ticket
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.queue_desk import queue_views
from counter_app.services.views import CallView, QueueView

# A call stays on the board while the citizen walks up and is served, not after.
ON_BOARD = (TicketState.CALLED, TicketState.SERVING)


class BoardFeed(DeskUseCases):
    """Reads for the display board of the desk's branch."""

    def recent_calls(self, limit: int = 6) -> list[CallView]:
        """Today's calls still in progress, newest first (the newest is highlighted)."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            rows = session.execute(
                select(Ticket, Desk.name)
                .join(Desk, Desk.id == Ticket.called_by_desk_id)
                .where(
                    Ticket.branch_id == self.identity.branch_id,
                    Ticket.service_day == local_day(now),
                    Ticket.state.in_(ON_BOARD),
                    Ticket.called_at.is_not(None),
                )
                .order_by(Ticket.called_at.desc())
                .limit(limit)
            ).all()
            return [
                CallView(ticket.id, ticket.label, desk_name, ticket.called_at)
                for ticket, desk_name in rows
                if ticket.called_at is not None
            ]

    def queues(self) -> list[QueueView]:
        """Each queue's waiting count and expected wait."""
        with Session(self.engine) as session, session.begin():
            return queue_views(session, self.identity.branch_id, self.clock())
