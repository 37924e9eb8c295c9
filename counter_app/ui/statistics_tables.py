"""The statistics report as the tables a manager reads, exports and prints.

The window shows these tables and the exports write them, so the screen and the files
always agree. Headings and labels are translated here (context ``StatisticsTables``);
numbers stay numbers: durations in minutes and shares in percent, both rounded to one
decimal, so a spreadsheet can compute with them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.protocol.statistics import (
    Durations,
    StatisticsReport,
    Tally,
    TicketFigures,
    VisitRow,
)
from counter_app.services.report_export import Cell, ReportTable

translate = QCoreApplication.translate

NO_AREA = "none"  # the report's area key for inquiries registered without a service
DATE_FORMAT = "%d.%m.%Y"
# Hours a desk is usually open; the hour table and chart show at least these.
USUAL_HOURS = range(8, 18)


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


# -- numbers -------------------------------------------------------------------------------


def minutes(seconds: float | None) -> float | None:
    """Seconds as minutes with one decimal (None stays None: nobody to measure)."""
    return None if seconds is None else round(seconds / 60, 1)


def percent(share: float | None) -> float | None:
    """A share (0 to 1) as percent with one decimal."""
    return None if share is None else round(share * 100, 1)


def share_of(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent with one decimal; None of nothing."""
    return round(part / whole * 100, 1) if whole else None


def locale_for(language: str) -> QLocale:
    """The number format of ``language``: Danish has decimal commas and dot thousands."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def format_cell(value: Cell, language: str) -> str:
    """A cell as the window and the PDF show it: "1.234", "5,6", "–" for no value."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    locale = locale_for(language)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    return value


def format_figure(value: float | int | None, language: str, unit: str = "") -> str:
    """A key figure with its unit ("56,3 %", "4,2 min"); "–" without a value."""
    if value is None:
        return "–"
    text = format_cell(value, language)
    return f"{text} {unit}" if unit else text


# -- names ----------------------------------------------------------------------------------


def desk_kind_name(kind: DeskKind | str) -> str:
    """A desk kind as staff call it."""
    names: dict[str, str] = {
        DeskKind.KVIK: translate("StatisticsTables", "KVIK"),
        DeskKind.CASEWORKER: translate("StatisticsTables", "Caseworker"),
        DeskKind.LIBRARIAN: translate("StatisticsTables", "Librarian"),
        DeskKind.BRANCH: translate("StatisticsTables", "Branch library"),
        DeskKind.CONTACT_CENTRE: translate("StatisticsTables", "Contact centre"),
        DeskKind.KIOSK: translate("StatisticsTables", "Ticket kiosk"),
        DeskKind.DISPLAY: translate("StatisticsTables", "Display board"),
    }
    return _name(names, kind)


def resource_name(resource: Resource | str) -> str:
    """What an appointment (or a queue) is with."""
    names: dict[str, str] = {
        Resource.BUILDING: translate("StatisticsTables", "Building"),
        Resource.KVIK: translate("StatisticsTables", "KVIK"),
        Resource.CITIZEN_SERVICE: translate("StatisticsTables", "Borgerservice"),
        Resource.LIBRARIAN: translate("StatisticsTables", "Librarian"),
        Resource.CONTACT_CENTRE: translate("StatisticsTables", "Contact centre"),
    }
    return _name(names, resource)


def channel_name(channel: Channel | str) -> str:
    """How the citizen reached us."""
    names: dict[str, str] = {
        Channel.COUNTER: translate("StatisticsTables", "At the counter"),
        Channel.PHONE: translate("StatisticsTables", "Phone"),
        Channel.MAIL: translate("StatisticsTables", "E-mail or letter"),
        Channel.SCREEN: translate("StatisticsTables", "Video screen"),
        Channel.SOCIAL: translate("StatisticsTables", "Social media"),
        Channel.PASSING: translate("StatisticsTables", "Quick question in passing"),
    }
    return _name(names, channel)


def outcome_name(outcome: Outcome | str) -> str:
    """How an inquiry ended."""
    names: dict[str, str] = {
        Outcome.RESOLVED: translate("StatisticsTables", "Resolved"),
        Outcome.APPOINTMENT_BOOKED: translate("StatisticsTables", "Appointment booked"),
        Outcome.REFERRED: translate("StatisticsTables", "Referred to another authority"),
        Outcome.FORWARDED: translate("StatisticsTables", "Forwarded"),
        Outcome.CALLBACK: translate("StatisticsTables", "Callback promised"),
    }
    return _name(names, outcome)


def area_name(area: Area | str) -> str:
    """Borgerservice or library; "none" for inquiries registered without a service."""
    names: dict[str, str] = {
        Area.CITIZEN_SERVICE: translate("StatisticsTables", "Borgerservice"),
        Area.LIBRARY: translate("StatisticsTables", "Library"),
        NO_AREA: translate("StatisticsTables", "No service registered"),
    }
    return _name(names, area)


def reason_name(reason: ContinueReason | str) -> str:
    """Why a desk went on past the time limit."""
    names: dict[str, str] = {
        ContinueReason.ALMOST_DONE: translate("StatisticsTables", "Almost done"),
        ContinueReason.CANNOT_COME_BACK: translate(
            "StatisticsTables", "The citizen cannot come back"
        ),
        ContinueReason.NO_SUITABLE_TIME: translate(
            "StatisticsTables", "No suitable appointment time"
        ),
        ContinueReason.OTHER: translate("StatisticsTables", "Other reason"),
    }
    return _name(names, reason)


def weekday_names() -> list[str]:
    """Monday to Sunday (the report's weekday 0 is Monday)."""
    return [
        translate("StatisticsTables", "Monday"),
        translate("StatisticsTables", "Tuesday"),
        translate("StatisticsTables", "Wednesday"),
        translate("StatisticsTables", "Thursday"),
        translate("StatisticsTables", "Friday"),
        translate("StatisticsTables", "Saturday"),
        translate("StatisticsTables", "Sunday"),
    ]


def service_name(key: str, name_da: str, name_en: str, language: str) -> str:
    """A catalogue row's name in ``language``; the empty key is "no service chosen"."""
    if not key and not name_da and not name_en:
        return translate("StatisticsTables", "No service chosen")
    name = name_da if language == "da" else name_en
    return name or name_da or name_en or key


def whole_municipality() -> str:
    """The branch choice that means every branch."""
    return translate("StatisticsTables", "Whole municipality")


def all_desk_kinds() -> str:
    """The desk kind choice that means every kind."""
    return translate("StatisticsTables", "All desk kinds")


def period_text(first_day: date, last_day: date) -> str:
    """ "12.03.2026", or "01.03.2026–31.03.2026" for more than one day."""
    if first_day == last_day:
        return first_day.strftime(DATE_FORMAT)
    return f"{first_day.strftime(DATE_FORMAT)}–{last_day.strftime(DATE_FORMAT)}"


def report_heading(report: StatisticsReport) -> str:
    """What a report covers, on one line: municipality, branch, period and desk kind."""
    branch = report.branch or whole_municipality()
    kind = desk_kind_name(report.desk_kind) if report.desk_kind else all_desk_kinds()
    parts = [report.municipality, branch, period_text(report.first_day, report.last_day), kind]
    return " · ".join(part for part in parts if part)


def hour_span(by_hour: Sequence[int]) -> range:
    """The hours worth showing: the usual opening hours and every hour with inquiries."""
    busy = [hour for hour, count in enumerate(by_hour) if count]
    first = min([*busy, USUAL_HOURS.start])
    last = max([*busy, USUAL_HOURS.stop - 1])
    return range(first, last + 1)


def hour_label(hour: int) -> str:
    """ "08–09": the hour from 8 to 9."""
    return f"{hour:02d}–{(hour + 1) % 24:02d}"


def _row_name(key: str, name_da: str, name_en: str, language: str) -> str:
    """A queue's or a group's name in ``language`` (the other language, or the code, when
    that one is empty)."""
    name = name_da if language == "da" else name_en
    return name or name_da or name_en or key


def _name(names: Mapping[str, str], key: str) -> str:
    """The translated name of an enum value (StrEnum members are their values, so the
    report's plain strings find them); an unknown value is shown as it is."""
    return names.get(str(key), str(key))


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
        [_row_name(r.key, r.name_da, r.name_en, language), r.branch, *_visit_cells(r)]
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
            _row_name(row.key, row.name_da, row.name_en, language),
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
