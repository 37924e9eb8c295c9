"""The made-up history (demo month, benchmark year) is written on both databases, and the
overview counts exactly what was written."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.models import Municipality
from counter_app.protocol.statistics import StatisticsQuery
from counter_app.server.demo_history import Volume, write_history
from counter_app.server.statistics.report import build_report
from tests.support.activity import local
from tests.support.rig import Rig

TODAY = date(2026, 3, 16)


def test_a_month_of_history_is_counted_by_the_overview(rig: Rig) -> None:
    with Session(rig.engine) as session:
        town = session.scalars(select(Municipality.id)).one()
    volume = Volume(tickets=400, inquiries=700, appointments=60, screen_inquiries=20)
    written = write_history(rig.engine, town, today=TODAY, days=28, volume=volume).rows
    assert written["ticket"] == 400 and written["inquiry"] == 700
    assert written["appointment"] == 60 and written["screen_inquiry"] == 20
    assert written["ticket_event"] >= 3 * 400
    query = StatisticsQuery(
        first_day=TODAY - timedelta(days=28), last_day=TODAY - timedelta(days=1)
    )
    report = build_report(rig.engine, rig.desk, query, manager=True, now=local(2026, 3, 16, 12))
    assert report.inquiries.total == 700
    assert sum(report.inquiries.by_hour) == sum(report.inquiries.by_weekday) == 700
    assert report.tickets.issued == 400
    assert report.tickets.served + report.tickets.left_before_call + report.tickets.no_show == 400
    assert report.tickets.wait.count == 400 - report.tickets.left_before_call
    assert report.appointments.booked == 60
    assert report.screens.forwarded == 20
    assert report.callbacks.opened == written["callback"]
    # Nothing today: the desks start the day with empty queues.
    today = StatisticsQuery(first_day=TODAY, last_day=TODAY)
    report = build_report(rig.engine, rig.desk, today, manager=True, now=local(2026, 3, 16, 12))
    assert report.inquiries.total == 0
    with Session(rig.engine) as session:
        assert session.scalar(select(func.count()).select_from(Municipality)) == 1
