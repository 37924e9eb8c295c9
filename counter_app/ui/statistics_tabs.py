"""The statistics window's seven tabs: the overview, inquiries, waiting times, the
five-minute rule, appointments, screen inquiries and callbacks, each a page of key-figure
tiles, charts and tables, and how a report fills them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.protocol.statistics import StatisticsReport
from counter_app.ui.statistics_charts import BarChart
from counter_app.ui.statistics_labels import (
    channel_name,
    format_figure,
    hour_label,
    hour_span,
    minutes,
    percent,
    reason_name,
    service_name,
    share_of,
    weekday_names,
)
from counter_app.ui.statistics_tables import StatisticsTables
from counter_app.ui.statistics_widgets import TableSection, Tile

SERVICE_BARS = 12  # the service chart's bars; the rest are added up as "Other"


class StatisticsTabs(QTabWidget):
    """The tabs, with their tables (:attr:`views`), charts and tiles by name."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.views: dict[str, TableSection] = {}
        self.charts: dict[str, BarChart] = {}
        self.tiles: dict[str, Tile] = {}
        self.setAccessibleName(self.tr("Statistics"))
        self.setDocumentMode(True)
        self.addTab(self._overview_tab(), self.tr("Overview"))
        self.addTab(self._inquiries_tab(), self.tr("Inquiries"))
        self.addTab(self._waiting_tab(), self.tr("Waiting times"))
        self.addTab(self._five_minutes_tab(), self.tr("Five minutes"))
        self.addTab(self._appointments_tab(), self.tr("Appointments"))
        self.addTab(self._screens_tab(), self.tr("Screen inquiries"))
        self.addTab(self._callbacks_tab(), self.tr("Callbacks"))

    def show_report(self, report: StatisticsReport, tables: StatisticsTables) -> None:
        """Fill every table, chart and tile from ``report`` and its ``tables``."""
        for name, section in self.views.items():
            section.show_table(getattr(tables, name), self._language)
        self._show_charts(report)
        self._show_tiles(report)

    def _section(self, name: str, *, fit: bool = True) -> TableSection:
        section = TableSection(fit=fit)
        self.views[name] = section
        return section

    def _chart(
        self, name: str, title: str, *, horizontal: bool = False, max_bars: int | None = None
    ) -> BarChart:
        chart = BarChart(title, horizontal=horizontal, max_bars=max_bars)
        self.charts[name] = chart
        return chart

    def _tile(self, name: str, caption: str) -> Tile:
        tile = Tile(caption)
        self.tiles[name] = tile
        return tile

    def _tile_row(self, *tiles: Tile) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for tile in tiles:
            row.addWidget(tile, 1)
        return row

    def _overview_tab(self) -> QWidget:
        tiles = [
            self._tile("inquiries", self.tr("Inquiries")),
            self._tile("citizen_service_share", self.tr("Borgerservice share")),
            self._tile("tickets_served", self.tr("Tickets served")),
            self._tile("median_wait", self.tr("Median wait")),
            self._tile("five_minutes", self.tr("Served within the time limit")),
            self._tile("no_show_rate", self.tr("Appointment no-shows")),
            self._tile("utilisation", self.tr("Appointment time used")),
            self._tile("screen_inquiries", self.tr("Screen inquiries")),
            self._tile("overdue_callbacks", self.tr("Overdue callbacks")),
        ]
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, tile in enumerate(tiles):
            grid.addWidget(tile, 0, index)
        left = QVBoxLayout()
        left.addWidget(self._section("by_branch"))
        left.addWidget(self._chart("overview_hour", self.tr("Inquiries by hour")), 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self._section("overview", fit=False), 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(body, 1)
        return page

    def _inquiries_tab(self) -> QWidget:
        charts = QGridLayout()
        charts.setSpacing(12)
        charts.addWidget(self._chart("hour", self.tr("Inquiries by hour")), 0, 0)
        charts.addWidget(self._chart("weekday", self.tr("Inquiries by weekday")), 0, 1)
        charts.addWidget(
            self._chart("channel", self.tr("Inquiries by channel"), horizontal=True), 1, 0
        )
        charts.addWidget(
            self._chart(
                "service",
                self.tr("Inquiries by service"),
                horizontal=True,
                max_bars=SERVICE_BARS,
            ),
            1,
            1,
        )
        charts.setRowMinimumHeight(0, 230)
        charts.setRowMinimumHeight(1, 330)  # a line for each of the services' bars
        # Channels and outcomes have long names (in Danish): two to a row; areas, hours
        # and weekdays short ones: three.
        tallies = self._side_by_side("by_channel", "by_outcome")
        times = self._side_by_side("by_area", "by_hour", "by_weekday")
        return self._page(charts, self._section("by_service"), tallies, times)

    def _side_by_side(self, *names: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        for name in names:
            row.addWidget(self._section(name), 1, Qt.AlignmentFlag.AlignTop)
        return row

    def _waiting_tab(self) -> QWidget:
        return self._page(self._section("queues"), self._section("services"))

    def _five_minutes_tab(self) -> QWidget:
        tiles = self._tile_row(
            self._tile("five_served", self.tr("Served under a time limit")),
            self._tile("five_within", self.tr("Within the limit")),
            self._tile("five_handed_off", self.tr("Handed off to an appointment")),
            self._tile("five_without_reason", self.tr("Over the limit without a reason")),
        )
        tables = QVBoxLayout()
        tables.addWidget(self._section("five_minutes"))
        tables.addWidget(self._section("reasons"))
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(tables, 1)
        reasons = self._chart(
            "reasons", self.tr("Reasons for going on past the limit"), horizontal=True
        )
        body.addWidget(reasons, 1)
        return self._page(tiles, body)

    def _appointments_tab(self) -> QWidget:
        tiles = self._tile_row(
            self._tile("appointments_booked", self.tr("Appointments booked")),
            self._tile("appointments_no_show", self.tr("No-show rate")),
            self._tile("appointments_cancelled", self.tr("Cancellation rate")),
            self._tile("appointments_utilisation", self.tr("Appointment time used")),
            self._tile("handoffs", self.tr("Handed off from a counter")),
        )
        return self._page(tiles, self._section("appointments"), self._section("handoffs"))

    def _screens_tab(self) -> QWidget:
        tiles = self._tile_row(
            self._tile("screens_forwarded", self.tr("Forwarded")),
            self._tile("screens_answered", self.tr("Answered")),
            self._tile("screens_cancelled", self.tr("Cancelled")),
            self._tile("screens_wait", self.tr("Median wait at the screen")),
        )
        return self._page(tiles, self._section("screens"))

    def _callbacks_tab(self) -> QWidget:
        tiles = self._tile_row(
            self._tile("callbacks_opened", self.tr("Opened")),
            self._tile("callbacks_done", self.tr("Done")),
            self._tile("callbacks_late", self.tr("Done late")),
            self._tile("callbacks_open", self.tr("Still open")),
            self._tile("callbacks_overdue", self.tr("Overdue")),
        )
        return self._page(tiles, self._section("callbacks"))

    def _page(self, *parts: QWidget | QHBoxLayout | QVBoxLayout | QGridLayout) -> QScrollArea:
        """A tab's contents, one under the other, scrolling as one page."""
        body = QWidget()
        body.setObjectName("pageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.setSpacing(14)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("page")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def _show_charts(self, report: StatisticsReport) -> None:
        inquiries = report.inquiries
        hours = hour_span(inquiries.by_hour)
        hour_labels = [f"{hour:02d}" for hour in hours]
        hour_counts = [inquiries.by_hour[hour] for hour in hours]
        for name in ("overview_hour", "hour"):
            self.charts[name].set_data(hour_labels, hour_counts)
            self.charts[name].setToolTip(
                "\n".join(f"{hour_label(h)}: {inquiries.by_hour[h]}" for h in hours)
            )
        days = [name[:3] for name in weekday_names()]
        self.charts["weekday"].set_data(days, inquiries.by_weekday)
        channels = [t for t in inquiries.by_channel if t.count]
        self.charts["channel"].set_data(
            [channel_name(t.key) for t in channels], [t.count for t in channels]
        )
        self.charts["service"].set_data(
            [
                service_name(t.key, t.name_da, t.name_en, self._language)
                for t in inquiries.by_service
            ],
            [t.count for t in inquiries.by_service],
        )
        reasons = report.five_minutes.reasons
        self.charts["reasons"].set_data(
            [reason_name(t.key) for t in reasons], [t.count for t in reasons]
        )

    def _show_tiles(self, report: StatisticsReport) -> None:
        language = self._language
        inquiries, tickets, five = report.inquiries, report.tickets, report.five_minutes
        appointments, screens, callbacks = report.appointments, report.screens, report.callbacks
        citizen_service = sum(t.count for t in inquiries.by_area if t.key == "citizen_service")

        def show(name: str, value: float | None, unit: str = "", *, alert: bool = False) -> None:
            self.tiles[name].set_value(format_figure(value, language, unit), alert=alert)

        pct, minute = "%", self.tr("min")
        show("inquiries", inquiries.total)
        show("citizen_service_share", share_of(citizen_service, inquiries.total), pct)
        show("tickets_served", tickets.served)
        show("median_wait", minutes(tickets.wait.median), minute)
        show("five_minutes", percent(five.share_within), pct)
        show("no_show_rate", percent(appointments.no_show_rate), pct)
        show("utilisation", percent(appointments.utilisation), pct)
        show("screen_inquiries", screens.forwarded)
        show("overdue_callbacks", callbacks.overdue, alert=callbacks.overdue > 0)
        show("five_served", five.served)
        show("five_within", percent(five.share_within), pct)
        show("five_handed_off", five.handed_off)
        show(
            "five_without_reason",
            five.over_without_reason,
            alert=five.over_without_reason > 0,
        )
        show("appointments_booked", appointments.booked)
        show("appointments_no_show", percent(appointments.no_show_rate), pct)
        show("appointments_cancelled", percent(appointments.cancellation_rate), pct)
        show("appointments_utilisation", percent(appointments.utilisation), pct)
        show("handoffs", report.handoffs.appointments_from_counter)
        show("screens_forwarded", screens.forwarded)
        show("screens_answered", screens.answered)
        show("screens_cancelled", screens.cancelled)
        show("screens_wait", minutes(screens.wait.median), minute)
        show("callbacks_opened", callbacks.opened)
        show("callbacks_done", callbacks.done)
        show("callbacks_late", callbacks.done_late)
        show("callbacks_open", callbacks.open)
        show("callbacks_overdue", callbacks.overdue, alert=callbacks.overdue > 0)
