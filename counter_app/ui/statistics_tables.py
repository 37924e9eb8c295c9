"""The statistics report as the tables a manager reads, exports and prints.

The window shows these tables and the exports write them, so the screen and the files
always agree. Headings and labels are translated here (context ``StatisticsTables``);
numbers stay numbers: durations in minutes and shares in percent, both rounded to one
decimal, so a spreadsheet can compute with them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication

from counter_app.domain.org import Area
from counter_app.protocol.statistics import (
    Durations,
    StatisticsReport,
    Tally,
    TicketFigures,
    VisitRow,
)
from counter_app.services.report_export import Cell, ReportTable
from counter_app.ui.statistics_labels import (
    area_name,
    channel_name,
    desk_kind_name,
    hour_label,
    hour_span,
    local_name,
    minutes,
    outcome_name,
    percent,
    reason_name,
    resource_name,
    service_name,
    share_of,
    weekday_names,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class StatisticsTables:
    """Every table of one report, by name (the window places them on its tabs); :meth:`all`
    gives them in the order they are exported."""

    overview: ReportTable
    by_branch: ReportTable
    by_area: ReportTable
    by_service: ReportTable
    by_channel: ReportTable
    by_outcome: ReportTable
    by_hour: ReportTable
    by_weekday: ReportTable
    queues: ReportTable
    services: ReportTable
    five_minutes: ReportTable
    reasons: ReportTable
    handoffs: ReportTable
    appointments: ReportTable
    screens: ReportTable
    callbacks: ReportTable

    def all(self) -> list[ReportTable]:
        """The tables in export order."""
        return [getattr(self, field.name) for field in fields(self)]


def report_tables(report: StatisticsReport, language: str) -> list[ReportTable]:
    """The report's tables, translated, with service names in ``language`` ("da"/"en")."""
    return statistics_tables(report, language).all()


def statistics_tables(report: StatisticsReport, language: str) -> StatisticsTables:
    """The report's tables by name (see :func:`report_tables`)."""
    return StatisticsTables(
        overview=_overview(report),
        by_branch=_by_branch(report),
        by_area=_by_area(report),
        by_service=_inquiries_by_service(report, language),
        by_channel=_tallies(
            translate("StatisticsTables", "Inquiries by channel"),
            translate("StatisticsTables", "Channel"),
            report.inquiries.by_channel,
            report.inquiries.total,
            channel_name,
        ),
        by_outcome=_tallies(
            translate("StatisticsTables", "Inquiries by outcome"),
            translate("StatisticsTables", "Outcome"),
            report.inquiries.by_outcome,
            report.inquiries.total,
            outcome_name,
        ),
        by_hour=_by_hour(report),
        by_weekday=_by_weekday(report),
        queues=_queues(report, language),
        services=_visit_services(report, language),
        five_minutes=_five_minutes(report),
        reasons=_reasons(report),
        handoffs=_handoffs(report),
        appointments=_appointments(report),
        screens=_screens(report),
        callbacks=_callbacks(report, language),
    )


# -- the tables -----------------------------------------------------------------------------


def _overview(report: StatisticsReport) -> ReportTable:
    inquiries, tickets = report.inquiries, report.tickets
    five, appointments = report.five_minutes, report.appointments
    screens, callbacks = report.screens, report.callbacks
    citizen_service = _area_count(report, Area.CITIZEN_SERVICE)
    rows: list[list[Cell]] = [
        [translate("StatisticsTables", "Inquiries"), inquiries.total],
        [translate("StatisticsTables", "Borgerservice inquiries"), citizen_service],
        [
            translate("StatisticsTables", "Borgerservice share (%)"),
            share_of(citizen_service, inquiries.total),
        ],
        [
            translate("StatisticsTables", "Library inquiries"),
            _area_count(report, Area.LIBRARY),
        ],
        [translate("StatisticsTables", "Authority tasks"), inquiries.authority_task],
        [translate("StatisticsTables", "Tickets issued"), tickets.issued],
        [translate("StatisticsTables", "Tickets served"), tickets.served],
        [translate("StatisticsTables", "Tickets transferred"), tickets.transferred],
        [translate("StatisticsTables", "Left before being called"), tickets.left_before_call],
        [translate("StatisticsTables", "Did not come when called"), tickets.no_show],
        [translate("StatisticsTables", "Mean wait (min)"), minutes(tickets.wait.mean)],
        [translate("StatisticsTables", "Median wait (min)"), minutes(tickets.wait.median)],
        [
            translate("StatisticsTables", "Wait, 90th percentile (min)"),
            minutes(tickets.wait.p90),
        ],
        [
            translate("StatisticsTables", "Mean service time (min)"),
            minutes(tickets.service.mean),
        ],
        [
            translate("StatisticsTables", "Median service time (min)"),
            minutes(tickets.service.median),
        ],
        [translate("StatisticsTables", "Served under a time limit"), five.served],
        [
            translate("StatisticsTables", "Within the time limit (%)"),
            percent(five.share_within),
        ],
        [
            translate("StatisticsTables", "Inquiries ending in a booked appointment"),
            report.handoffs.inquiries_booked,
        ],
        [translate("StatisticsTables", "Appointments booked"), appointments.booked],
        [
            translate("StatisticsTables", "Appointment no-show rate (%)"),
            percent(appointments.no_show_rate),
        ],
        [
            translate("StatisticsTables", "Appointment cancellation rate (%)"),
            percent(appointments.cancellation_rate),
        ],
        [
            translate("StatisticsTables", "Utilisation of appointment time (%)"),
            percent(appointments.utilisation),
        ],
        [translate("StatisticsTables", "Screen inquiries forwarded"), screens.forwarded],
        [translate("StatisticsTables", "Screen inquiries answered"), screens.answered],
        [
            translate("StatisticsTables", "Median wait at the screen (min)"),
            minutes(screens.wait.median),
        ],
        [translate("StatisticsTables", "Callbacks opened"), callbacks.opened],
        [translate("StatisticsTables", "Callbacks overdue"), callbacks.overdue],
    ]
    return ReportTable(
        translate("StatisticsTables", "Key figures"),
        [translate("StatisticsTables", "Figure"), translate("StatisticsTables", "Value")],
        rows,
    )


def _area_count(report: StatisticsReport, area: Area) -> int:
    return sum(t.count for t in report.inquiries.by_area if t.key == area.value)


def _by_branch(report: StatisticsReport) -> ReportTable:
    rows: list[list[Cell]] = [
        [
            row.name,
            row.total,
            row.citizen_service,
            row.library,
            row.authority_task,
            share_of(row.citizen_service, row.total),
        ]
        for row in report.inquiries.by_branch
    ]
    if len(rows) > 1:
        branches = report.inquiries.by_branch
        citizen_service = sum(row.citizen_service for row in branches)
        total = sum(row.total for row in branches)
        rows.append(
            [
                translate("StatisticsTables", "All branches"),
                total,
                citizen_service,
                sum(row.library for row in branches),
                sum(row.authority_task for row in branches),
                share_of(citizen_service, total),
            ]
        )
    return ReportTable(
        translate("StatisticsTables", "Inquiries per branch"),
        [
            translate("StatisticsTables", "Branch"),
            translate("StatisticsTables", "Inquiries"),
            translate("StatisticsTables", "Borgerservice"),
            translate("StatisticsTables", "Library"),
            translate("StatisticsTables", "Authority tasks"),
            translate("StatisticsTables", "Borgerservice share (%)"),
        ],
        rows,
    )


def _share_heading() -> str:
    return translate("StatisticsTables", "Share of inquiries (%)")


def _by_area(report: StatisticsReport) -> ReportTable:
    total = report.inquiries.total
    return ReportTable(
        translate("StatisticsTables", "Inquiries by area"),
        [
            translate("StatisticsTables", "Area"),
            translate("StatisticsTables", "Inquiries"),
            _share_heading(),
        ],
        [[area_name(t.key), t.count, share_of(t.count, total)] for t in report.inquiries.by_area],
    )


def _inquiries_by_service(report: StatisticsReport, language: str) -> ReportTable:
    total = report.inquiries.total
    return ReportTable(
        translate("StatisticsTables", "Inquiries by service"),
        [
            translate("StatisticsTables", "Service"),
            translate("StatisticsTables", "Inquiries"),
            _share_heading(),
        ],
        [
            [service_name(t.key, t.name_da, t.name_en, language), t.count, share_of(t.count, total)]
            for t in report.inquiries.by_service
        ],
    )


def _tallies(
    title: str, heading: str, tallies: list[Tally], total: int, name: Callable[[str], str]
) -> ReportTable:
    return ReportTable(
        title,
        [heading, translate("StatisticsTables", "Inquiries"), _share_heading()],
        [[name(t.key), t.count, share_of(t.count, total)] for t in tallies],
    )


def _by_hour(report: StatisticsReport) -> ReportTable:
    by_hour = report.inquiries.by_hour
    return ReportTable(
        translate("StatisticsTables", "Inquiries by hour"),
        [translate("StatisticsTables", "Hour"), translate("StatisticsTables", "Inquiries")],
        [[hour_label(hour), by_hour[hour]] for hour in hour_span(by_hour)],
    )


def _by_weekday(report: StatisticsReport) -> ReportTable:
    return ReportTable(
        translate("StatisticsTables", "Inquiries by weekday"),
        [translate("StatisticsTables", "Weekday"), translate("StatisticsTables", "Inquiries")],
        [
            [name, count]
            for name, count in zip(weekday_names(), report.inquiries.by_weekday, strict=True)
        ],
    )


def _visit_headings() -> list[str]:
    return [
        translate("StatisticsTables", "Issued"),
        translate("StatisticsTables", "Served"),
        translate("StatisticsTables", "Left before call"),
        translate("StatisticsTables", "No-show"),
        translate("StatisticsTables", "Wait, mean (min)"),
        translate("StatisticsTables", "Wait, median (min)"),
        translate("StatisticsTables", "Wait, 90th pct. (min)"),
        translate("StatisticsTables", "Service, mean (min)"),
        translate("StatisticsTables", "Service, median (min)"),
        translate("StatisticsTables", "Service, 90th pct. (min)"),
    ]


def _visit_cells(visits: VisitRow | TicketFigures) -> list[Cell]:
    """A queue's, a service's or all tickets' counts and durations (the same fields)."""
    return [
        visits.issued,
        visits.served,
        visits.left_before_call,
        visits.no_show,
        *_duration_cells(visits.wait),
        *_duration_cells(visits.service),
    ]


def _duration_cells(durations: Durations) -> list[Cell]:
    return [minutes(durations.mean), minutes(durations.median), minutes(durations.p90)]


def _queues(report: StatisticsReport, language: str) -> ReportTable:
    queues = report.tickets.by_queue
    rows: list[list[Cell]] = [
        [local_name(r.key, r.name_da, r.name_en, language), r.branch, *_visit_cells(r)]
        for r in queues
    ]
    if len(rows) > 1:
        all_queues = translate("StatisticsTables", "All queues")
        rows.append([all_queues, "", *_visit_cells(report.tickets)])
    return ReportTable(
        translate("StatisticsTables", "Waiting and service time per queue"),
        [
            translate("StatisticsTables", "Queue"),
            translate("StatisticsTables", "Branch"),
            *_visit_headings(),
        ],
        rows,
    )


def _visit_services(report: StatisticsReport, language: str) -> ReportTable:
    return ReportTable(
        translate("StatisticsTables", "Waiting and service time per service"),
        [translate("StatisticsTables", "Service"), *_visit_headings()],
        [
            [service_name(r.key, r.name_da, r.name_en, language), *_visit_cells(r)]
            for r in report.tickets.by_service
        ],
    )


def _five_minutes(report: StatisticsReport) -> ReportTable:
    five = report.five_minutes
    counts = [
        (translate("StatisticsTables", "Within the limit"), five.within),
        (
            translate("StatisticsTables", "Over the limit, handed off to an appointment"),
            five.handed_off,
        ),
        (translate("StatisticsTables", "Over the limit with a reason"), five.over_with_reason),
        (
            translate("StatisticsTables", "Over the limit without a reason"),
            five.over_without_reason,
        ),
        (translate("StatisticsTables", "Served under a time limit, in all"), five.served),
    ]
    return ReportTable(
        translate("StatisticsTables", "Five-minute rule"),
        [
            translate("StatisticsTables", "Result"),
            translate("StatisticsTables", "Inquiries"),
            translate("StatisticsTables", "Share of those served (%)"),
        ],
        [[label, count, share_of(count, five.served)] for label, count in counts],
    )


def _reasons(report: StatisticsReport) -> ReportTable:
    reasons = report.five_minutes.reasons
    total = sum(t.count for t in reasons)
    return ReportTable(
        translate("StatisticsTables", "Reasons for going on past the limit"),
        [
            translate("StatisticsTables", "Reason"),
            translate("StatisticsTables", "Inquiries"),
            translate("StatisticsTables", "Share (%)"),
        ],
        [[reason_name(t.key), t.count, share_of(t.count, total)] for t in reasons],
    )


def _handoffs(report: StatisticsReport) -> ReportTable:
    handoffs = report.handoffs
    rows: list[list[Cell]] = [
        [
            translate("StatisticsTables", "Inquiries ending in a booked appointment"),
            handoffs.inquiries_booked,
        ]
    ]
    of_these = translate("StatisticsTables", "– of these at %1")
    for tally in handoffs.by_desk_kind:
        rows.append([of_these.replace("%1", desk_kind_name(tally.key)), tally.count])
    rows.append(
        [
            translate("StatisticsTables", "Appointments booked for a citizen at a counter"),
            handoffs.appointments_from_counter,
        ]
    )
    return ReportTable(
        translate("StatisticsTables", "Handoffs to appointments"),
        [translate("StatisticsTables", "Handoff"), translate("StatisticsTables", "Number")],
        rows,
    )


def _hours(minutes_: int) -> float:
    return round(minutes_ / 60, 1)


def _appointments(report: StatisticsReport) -> ReportTable:
    figures = report.appointments
    rows: list[list[Cell]] = [
        [
            row.branch,
            resource_name(row.resource),
            row.booked,
            row.done,
            row.no_show,
            row.cancelled,
            row.pending,
            share_of(row.no_show, row.no_show + row.done),
            _hours(row.booked_minutes),
            _hours(row.bookable_minutes),
            percent(row.utilisation),
        ]
        for row in figures.by_branch
    ]
    if len(rows) > 1:
        rows.append(
            [
                translate("StatisticsTables", "All"),
                "",
                figures.booked,
                figures.done,
                figures.no_show,
                figures.cancelled,
                figures.pending,
                percent(figures.no_show_rate),
                _hours(figures.booked_minutes),
                _hours(figures.bookable_minutes),
                percent(figures.utilisation),
            ]
        )
    return ReportTable(
        translate("StatisticsTables", "Appointments per branch and kind"),
        [
            translate("StatisticsTables", "Branch"),
            translate("StatisticsTables", "Appointment with"),
            translate("StatisticsTables", "Booked"),
            translate("StatisticsTables", "Done"),
            translate("StatisticsTables", "No-show"),
            translate("StatisticsTables", "Cancelled"),
            translate("StatisticsTables", "Pending"),
            translate("StatisticsTables", "No-show rate (%)"),
            translate("StatisticsTables", "Hours booked"),
            translate("StatisticsTables", "Hours staffed"),
            translate("StatisticsTables", "Utilisation (%)"),
        ],
        rows,
    )


def _screens(report: StatisticsReport) -> ReportTable:
    figures = report.screens
    rows: list[list[Cell]] = [
        [
            row.name,
            row.forwarded,
            row.answered,
            row.cancelled,
            row.open,
            *_duration_cells(row.wait),
        ]
        for row in figures.by_branch
    ]
    if len(rows) > 1:
        rows.append(
            [
                translate("StatisticsTables", "All libraries"),
                figures.forwarded,
                figures.answered,
                figures.cancelled,
                sum(row.open for row in figures.by_branch),
                *_duration_cells(figures.wait),
            ]
        )
    return ReportTable(
        translate("StatisticsTables", "Screen inquiries per library"),
        [
            translate("StatisticsTables", "Library"),
            translate("StatisticsTables", "Forwarded"),
            translate("StatisticsTables", "Answered"),
            translate("StatisticsTables", "Cancelled"),
            translate("StatisticsTables", "Still open"),
            translate("StatisticsTables", "Wait, mean (min)"),
            translate("StatisticsTables", "Wait, median (min)"),
            translate("StatisticsTables", "Wait, 90th pct. (min)"),
        ],
        rows,
    )


def _callbacks(report: StatisticsReport, language: str) -> ReportTable:
    figures = report.callbacks
    rows: list[list[Cell]] = [
        [
            local_name(row.key, row.name_da, row.name_en, language),
            row.opened,
            row.done,
            row.done_late,
            row.open,
            row.overdue,
        ]
        for row in figures.by_group
    ]
    if len(rows) > 1:
        rows.append(
            [
                translate("StatisticsTables", "All groups"),
                figures.opened,
                figures.done,
                figures.done_late,
                figures.open,
                figures.overdue,
            ]
        )
    return ReportTable(
        translate("StatisticsTables", "Callbacks per group"),
        [
            translate("StatisticsTables", "Group"),
            translate("StatisticsTables", "Opened"),
            translate("StatisticsTables", "Done"),
            translate("StatisticsTables", "Done late"),
            translate("StatisticsTables", "Still open"),
            translate("StatisticsTables", "Overdue"),
        ],
        rows,
    )
