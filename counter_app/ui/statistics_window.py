"""The managers' statistics: inquiries, waiting times, the five-minute rule, appointments,
screen inquiries and callbacks over a day, week, month or any period, for the whole
municipality or one branch, computed by the server.

Without a manager signed in, a desk sees its own branch today. The tables on the tabs are
the tables the exports write (:mod:`counter_app.ui.statistics_tables`), so the CSV, the
Excel workbook and the PDF hold exactly what the window shows.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import logging
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QShortcut,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import DeskKind
from counter_app.domain.statistics import MAX_PERIOD_DAYS, Period, PeriodError, PeriodKind
from counter_app.domain.timezone import to_local
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.services.report_export import ReportTable, write_csv, write_xlsx
from counter_app.services.statistics_desk import StatisticsDesk
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError
from counter_app.ui.background import BackgroundWork
from counter_app.ui.panel_controls import named_button
from counter_app.ui.statistics_charts import BarChart
from counter_app.ui.statistics_tables import (
    StatisticsTables,
    all_desk_kinds,
    channel_name,
    desk_kind_name,
    format_cell,
    format_figure,
    hour_label,
    hour_span,
    minutes,
    percent,
    reason_name,
    report_heading,
    service_name,
    share_of,
    statistics_tables,
    weekday_names,
    whole_municipality,
)

log = logging.getLogger(__name__)

UPDATE_SHORTCUT = "F5"
PRINT_SHORTCUT = "Ctrl+P"
PREVIOUS_SHORTCUT = "Alt+Left"
NEXT_SHORTCUT = "Alt+Right"
QDATE_FORMAT = "dd.MM.yyyy"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
MIN_TABLE_WIDTH = 340
WIDE_TABLE_COLUMNS = 8  # more columns than this print in smaller type
SERVICE_BARS = 12  # the service chart's bars; the rest are added up as "Other"

# Readable on white and on the light backgrounds (WCAG AA): #1f3a5f on #f4f7fb 10:1,
# #4a4a4a on #f4f7fb 8:1, #8a1c1c on #fdecea 7:1, #1f6f43 on white 6:1.
STATISTICS_STYLE = """
QLabel#reportHeading { font-size: 15px; font-weight: bold; color: #1f3a5f; }
QLabel#statisticsStatus { padding: 3px 6px; }
QLabel#statisticsStatus[state="error"] {
    color: #8a1c1c; background: #fdecea; border: 1px solid #c0392b; border-radius: 4px; }
QLabel#statisticsStatus[state="busy"] { color: #4a4a4a; }
QLabel#statisticsStatus[state="done"] { color: #1f6f43; }
QLabel#hint { color: #4a4a4a; }
QFrame#tile { background: #f4f7fb; border: 1px solid #c9d6e6; border-radius: 6px; }
QFrame#tile[alert="true"] { background: #fdecea; border-color: #c0392b; }
QFrame#tile QLabel { background: transparent; border: none; }
QLabel#tileValue { font-size: 22px; font-weight: bold; color: #1f3a5f; }
QFrame#tile[alert="true"] QLabel#tileValue { color: #8a1c1c; }
QLabel#tileCaption { font-size: 12px; color: #3a3a3a; }
QLabel#sectionTitle, QLabel#chartTitle { font-size: 13px; font-weight: bold; color: #1b1b1b; }
QLabel#sectionEmpty, QLabel#chartEmpty { color: #4a4a4a; font-style: italic; }
QTableWidget#reportTable { font-size: 13px; }
QTableWidget#reportTable QHeaderView::section { font-size: 12px; font-weight: bold;
    padding: 3px 6px; }
QScrollArea#page, QWidget#pageBody { background: transparent; }
"""


class Tile(QFrame):
    """One key figure: a large number and what it is."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = caption
        self.value = QLabel("–")
        self.value.setObjectName("tileValue")
        self.label = QLabel(caption)
        self.label.setObjectName("tileCaption")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.label, 1)
        # Preferred height: the tiles of a row grow to the tallest (a caption on two lines).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(110)
        self.set_value("–")

    def set_value(self, text: str, *, alert: bool = False) -> None:
        """Show ``text`` as the figure; ``alert`` marks one that needs attention."""
        self.value.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")
        self.setToolTip(f"{self.caption}: {text}")
        if self.property("alert") != alert:
            self.setProperty("alert", alert)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.value, self.label):
                child.style().unpolish(child)
                child.style().polish(child)


class ReportTableView(QTableWidget):
    """A :class:`ReportTable` as the window shows it: read-only, numbers to the right in
    the program's number format. ``fit`` makes it as tall as its rows (the page scrolls)."""

    def __init__(self, *, fit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTable")
        self.fit = fit
        self.table: ReportTable | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self.verticalHeader().hide()
        self.setCornerButtonEnabled(False)  # no row headers: nothing to select all with
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        header.setHighlightSections(False)
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_table(self, table: ReportTable, language: str) -> None:
        """Show ``table``'s headings and rows."""
        self.table = table
        self.setAccessibleName(table.title)
        self.clear()
        self.setColumnCount(len(table.columns))
        self.setRowCount(len(table.rows))
        for column, heading in enumerate(table.columns):
            item = QTableWidgetItem(_wrapped(heading))
            item.setToolTip(heading)
            numeric = any(
                isinstance(row[column], int | float) for row in table.rows if column < len(row)
            )
            alignment = Qt.AlignmentFlag.AlignBottom | (
                Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            )
            item.setTextAlignment(alignment)
            self.setHorizontalHeaderItem(column, item)
        for row_number, row in enumerate(table.rows):
            for column, value in enumerate(row):
                item = QTableWidgetItem(format_cell(value, language))
                if isinstance(value, str) and value:
                    item.setToolTip(value)
                if isinstance(value, int | float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row_number, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if table.columns:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            width = self._contents_width()
            # Narrower than its contents when it must (three tables side by side in Danish):
            # then the names' column gives way, and the tool tips hold the whole names.
            self.setMinimumWidth(min(width, MIN_TABLE_WIDTH))
            # A table of a few columns reads badly stretched over the whole window.
            narrow = self.fit and len(table.columns) <= 3
            self.setMaximumWidth(max(width + 120, 460) if narrow else QWIDGETSIZE_MAX)
        self.resizeRowsToContents()
        self.updateGeometry()

    def shown_rows(self) -> list[list[str]]:
        """The cells as they read on the screen (for tests and the accessible view)."""
        return [
            [
                item.text() if (item := self.item(row, column)) is not None else ""
                for column in range(self.columnCount())
            ]
            for row in range(self.rowCount())
        ]

    def headings(self) -> list[str]:
        """The headings, unwrapped."""
        return list(self.table.columns) if self.table else []

    def _contents_width(self) -> int:
        self.resizeColumnsToContents()
        return sum(self.columnWidth(c) for c in range(self.columnCount())) + 2 * self.frameWidth()


class TableSection(QWidget):
    """A table under its title, or a line saying there is nothing in it."""

    def __init__(self, *, fit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.view = ReportTableView(fit=fit)
        self.empty = QLabel(self.tr("None in this period."))
        self.empty.setObjectName("sectionEmpty")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 0 if fit else 1)
        layout.addWidget(self.empty)
        if fit:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_table(self, table: ReportTable, language: str) -> None:
        """Show ``table`` (its title above it)."""
        self.title.setText(table.title)
        self.view.show_table(table, language)
        self.view.setVisible(bool(table.rows))
        self.empty.setVisible(not table.rows)


class StatisticsWindow(QDialog):
    """The statistics a manager reads and exports (a desk without a manager: its own
    branch today).

    Open it with :meth:`open` or :meth:`show` (never ``exec()``: the program runs on a
    qasync loop); it asks the server at once. :meth:`refresh` asks again and can be
    awaited; :attr:`shown_report` is the report on the tabs.

    Signals:
        refreshed(): a report was shown, or why not.
    """

    refreshed = Signal()

    def __init__(
        self, statistics: StatisticsDesk, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._statistics = statistics
        self._language = language
        self._work = BackgroundWork(self)
        self._generation = 0
        self._newest: asyncio.Future[None] | None = None  # the newest request's end
        self._closed = False  # closed: answers that come late are not shown
        self._loaded_once = False
        self._printer: QPrinter | None = None
        self._file_dialog: QFileDialog | None = None
        self.shown_report: StatisticsReport | None = None
        self.tables: StatisticsTables | None = None
        self.views: dict[str, TableSection] = {}
        self.charts: dict[str, BarChart] = {}
        self.tiles: dict[str, Tile] = {}
        self.setWindowTitle(self.tr("Statistics"))
        self.setStyleSheet(STATISTICS_STYLE)

        filters = self._filter_bar()
        self.tabs = self._make_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addLayout(self._report_line())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._button_row())
        self._keys()
        self._apply_manager()
        self._set_exports_enabled(False)
        self.manager.setFocus()
        self._fit_to_screen()

    def _report_line(self) -> QHBoxLayout:
        """What the shown figures cover, and the status (computed at, or what went wrong)."""
        self.heading = QLabel(self.tr("No statistics shown yet."))
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("What the statistics cover"))
        self.status = QLabel()
        self.status.setObjectName("statisticsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QHBoxLayout()
        line.addWidget(self.heading, 3)
        line.addWidget(self.status, 2)
        return line

    def _make_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Statistics"))
        tabs.setDocumentMode(True)
        tabs.addTab(self._overview_tab(), self.tr("Overview"))
        tabs.addTab(self._inquiries_tab(), self.tr("Inquiries"))
        tabs.addTab(self._waiting_tab(), self.tr("Waiting times"))
        tabs.addTab(self._five_minutes_tab(), self.tr("Five minutes"))
        tabs.addTab(self._appointments_tab(), self.tr("Appointments"))
        tabs.addTab(self._screens_tab(), self.tr("Screen inquiries"))
        tabs.addTab(self._callbacks_tab(), self.tr("Callbacks"))
        return tabs

    def _keys(self) -> None:
        """F5, Ctrl+P, Alt+arrows; Tab from the filters to the tabs to the buttons (Esc
        closes, as in every dialog)."""
        self._shortcut(UPDATE_SHORTCUT, self.update_report)
        self._shortcut(PRINT_SHORTCUT, self.print_report)
        self._shortcut(PREVIOUS_SHORTCUT, lambda: self.step_period(-1))
        self._shortcut(NEXT_SHORTCUT, lambda: self.step_period(+1))
        chain: list[QWidget] = [
            self.manager,
            self.period_kind,
            self.previous_button,
            self.first_day,
            self.last_day,
            self.next_button,
            self.branch,
            self.desk_kind,
            self.update_button,
            self.tabs,
            self.csv_button,
            self.xlsx_button,
            self.print_button,
            self.pdf_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the filter bar ---------------------------------------------------------------------

    def _filter_bar(self) -> QVBoxLayout:
        self._who_controls()
        self._period_controls()
        self._scope_controls()
        first = QHBoxLayout()
        first.addWidget(self._label(self.tr("Signed in as manager:"), self.manager))
        first.addWidget(self.manager)
        first.addSpacing(16)
        first.addWidget(self._label(self.tr("Period:"), self.period_kind))
        first.addWidget(self.period_kind)
        first.addWidget(self.previous_button)
        first.addWidget(self.first_day)
        dash = QLabel("–")
        dash.setAccessibleName(self.tr("to"))
        first.addWidget(dash)
        first.addWidget(self.last_day)
        first.addWidget(self.next_button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self._label(self.tr("Branch:"), self.branch))
        second.addWidget(self.branch)
        second.addSpacing(16)
        second.addWidget(self._label(self.tr("Desk kind:"), self.desk_kind))
        second.addWidget(self.desk_kind)
        second.addSpacing(16)
        second.addWidget(self.no_manager_note, 20)
        second.addStretch(1)  # keeps the controls to the left when the note is hidden
        second.addWidget(self.update_button)
        bar = QVBoxLayout()
        bar.setSpacing(4)
        bar.addLayout(first)
        bar.addLayout(second)
        return bar

    def _who_controls(self) -> None:
        self.manager = QComboBox()
        self.manager.setAccessibleName(self.tr("Signed in as manager"))
        self.manager.addItem(self.tr("No manager: this branch today"), "")
        for staff in self._statistics.managers():
            self.manager.addItem(f"{staff.initials} · {staff.name}", str(staff.id))
        self.manager.currentIndexChanged.connect(self._apply_manager)
        _roomy(self.manager)
        self.no_manager_note = QLabel(
            self.tr(
                "Without a manager you see this branch today. A manager sees every branch "
                "and any period."
            )
        )
        self.no_manager_note.setObjectName("hint")
        self.no_manager_note.setWordWrap(True)
        self.no_manager_note.setAccessibleName(self.tr("Without a manager"))

    def _period_controls(self) -> None:
        self.period_kind = QComboBox()
        self.period_kind.setAccessibleName(self.tr("Period"))
        for period_kind, text in (
            (PeriodKind.DAY, self.tr("Day")),
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.CUSTOM, self.tr("Custom period")),
        ):
            self.period_kind.addItem(text, period_kind.value)
        self.period_kind.currentIndexChanged.connect(self._kind_changed)
        self.previous_button = named_button(
            self.tr("◀ Previous"),
            self.tr("Previous period"),
            self.tr("The period before (%1)").replace("%1", PREVIOUS_SHORTCUT),
        )
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button = named_button(
            self.tr("Next ▶"),
            self.tr("Next period"),
            self.tr("The period after (%1)").replace("%1", NEXT_SHORTCUT),
        )
        self.next_button.clicked.connect(lambda: self.step_period(+1))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.first_day = self._date_edit(self.tr("First day"))
        self.last_day = self._date_edit(self.tr("Last day"))
        self._set_period(self._statistics.today())

    def _scope_controls(self) -> None:
        self.branch = QComboBox()
        self.branch.setAccessibleName(self.tr("Branch"))
        self.branch.addItem(whole_municipality(), "")
        for branch in self._statistics.branches():
            self.branch.addItem(branch.name, str(branch.id))
        _roomy(self.branch)
        self._select_own_branch()
        self.desk_kind = QComboBox()
        self.desk_kind.setAccessibleName(self.tr("Desk kind"))
        self.desk_kind.addItem(all_desk_kinds(), "")
        for kind in self._statistics.desk_kinds:
            self.desk_kind.addItem(desk_kind_name(kind), kind.value)
        self.desk_kind.currentIndexChanged.connect(self._mark_changed)
        self.branch.currentIndexChanged.connect(self._mark_changed)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._mark_changed)
        self.update_button = named_button(
            self.tr("Update (%1)").replace("%1", UPDATE_SHORTCUT),
            self.tr("Update"),
            self.tr("Ask the server for the statistics of this choice"),
        )
        self.update_button.setDefault(True)
        self.update_button.clicked.connect(self.update_report)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setDisplayFormat(QDATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 44)
        return edit

    def _select_own_branch(self) -> None:
        own = self.branch.findData(str(self._statistics.branch_id))
        if own >= 0:
            self.branch.setCurrentIndex(own)

    def manager_id(self) -> uuid.UUID | None:
        """The manager signed in, if any."""
        data = self.manager.currentData()
        return uuid.UUID(data) if data else None

    def period_kind_value(self) -> PeriodKind:
        """The kind of period chosen."""
        return PeriodKind(self.period_kind.currentData())

    def period(self) -> Period:
        """The days chosen (raises PeriodError for an impossible choice)."""
        if self.manager_id() is None:
            return self._statistics.today()
        return Period(_day(self.first_day.date()), _day(self.last_day.date()))

    def query(self) -> StatisticsQuery:
        """What the filter bar asks for (raises PeriodError for an impossible period)."""
        period = self.period()
        manager = self.manager_id()
        branch = self.branch.currentData()
        kind = self.desk_kind.currentData()
        return StatisticsQuery(
            first_day=period.first_day,
            last_day=period.last_day,
            branch_id=uuid.UUID(branch) if branch else None,
            desk_kind=DeskKind(kind) if kind else None,
            staff_id=manager,
        )

    def step_period(self, direction: int) -> None:
        """Show the period before (-1) or after (+1) in the date fields (a manager only);
        Update asks for it."""
        if self.manager_id() is None:
            return
        try:
            period = self.period().step(self.period_kind_value(), direction)
        except PeriodError as exc:
            self._say_period_error(exc)
            return
        self._set_period(period)
        self._mark_changed()

    def _apply_manager(self) -> None:
        managing = self.manager_id() is not None
        if not managing:
            self.period_kind.blockSignals(True)
            self.period_kind.setCurrentIndex(self.period_kind.findData(PeriodKind.DAY.value))
            self.period_kind.blockSignals(False)
            self._set_period(self._statistics.today())
            self._select_own_branch()
        for control in (self.period_kind, self.previous_button, self.next_button, self.branch):
            control.setEnabled(managing)
        self._enable_dates()
        self.no_manager_note.setVisible(not managing)
        self._mark_changed()

    def _kind_changed(self) -> None:
        kind = self.period_kind_value()
        if kind is not PeriodKind.CUSTOM:
            self._set_period(Period.around(kind, _day(self.first_day.date())))
        self._enable_dates()
        self._mark_changed()

    def _enable_dates(self) -> None:
        custom = self.manager_id() is not None and self.period_kind_value() is PeriodKind.CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)

    def _set_period(self, period: Period) -> None:
        for edit, day in ((self.first_day, period.first_day), (self.last_day, period.last_day)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _mark_changed(self) -> None:
        """Whether the shown figures still match the filter bar: if not, say so until
        Update (and take it back when the choice is changed back)."""
        report = self.shown_report
        if report is None or self.status.property("state") == "error":
            return
        if self._shown_query_differs():
            self._say(self.tr("The choice has changed: press Update (F5)."), "busy")
        else:
            self._say(self.computed_text(report), "done")

    def _shown_query_differs(self) -> bool:
        report = self.shown_report
        if report is None:
            return True
        try:
            query = self.query()
        except PeriodError:
            return True
        return (query.first_day, query.last_day, query.desk_kind) != (
            report.first_day,
            report.last_day,
            report.desk_kind,
        ) or (query.staff_id is not None and query.branch_id != report.branch_id)

    # -- the tabs -------------------------------------------------------------------------

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

    def _button_row(self) -> QHBoxLayout:
        self.csv_button = self._button(
            self.tr("Export CSV…"), self.tr("Export CSV"), self.choose_csv
        )
        self.xlsx_button = self._button(
            self.tr("Export Excel…"), self.tr("Export Excel"), self.choose_xlsx
        )
        self.print_button = self._button(
            self.tr("Print… (%1)").replace("%1", PRINT_SHORTCUT),
            self.tr("Print"),
            self.print_report,
        )
        self.pdf_button = self._button(
            self.tr("Save as PDF…"), self.tr("Save as PDF"), self.choose_pdf
        )
        self.close_button = self._button(self.tr("Close"), self.tr("Close"), self.reject)
        row = QHBoxLayout()
        for button in (self.csv_button, self.xlsx_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        return row

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, key: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _fit_to_screen(self) -> None:
        """1320×720, or less on a smaller screen (1366×768 laptops have a task bar)."""
        size = QSize(1320, 720)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size()
            size = QSize(
                min(size.width(), room.width() - 20), min(size.height(), room.height() - 40)
            )
        self.setMinimumSize(960, 600)
        self.resize(size)

    # -- asking the server ----------------------------------------------------------------

    def update_report(self) -> None:
        """Update (F5): ask the server for the chosen statistics in the background."""
        self._work.run(self.refresh(), on_success=_ignore, on_failure=self._failed)

    async def refresh(self) -> None:
        """Ask the server for the chosen statistics and show them. When it returns, the
        newest request (this one, or one started while it ran) has been shown, or why not
        is on the status line; an older answer that comes late is dropped."""
        try:
            query = self.query()
        except PeriodError as exc:
            self._say_period_error(exc)
            self.refreshed.emit()
            return
        self._generation += 1
        generation = self._generation
        finished: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._newest = finished
        self._say(self.tr("Computing the statistics…"), "busy")
        self.update_button.setEnabled(False)
        try:
            await self._ask(query, generation)
        finally:
            finished.set_result(None)
            if generation == self._generation and not self._closed:
                self.update_button.setEnabled(True)
                self.refreshed.emit()
        # Overtaken by a newer request: wait for that one, so the caller sees the newest.
        while not self._newest.done():
            await asyncio.shield(self._newest)

    async def _ask(self, query: StatisticsQuery, generation: int) -> None:
        try:
            report = await self._statistics.report(query)
        except ServerUnreachableError:
            if generation == self._generation and not self._closed:
                self._say(
                    self.tr(
                        "No connection to the server: statistics are computed there. "
                        "Try again when the desk is online."
                    ),
                    "error",
                )
        except ServerRefusedError as exc:
            if generation == self._generation and not self._closed:
                self._say(self.tr("Not shown: %1").replace("%1", exc.message), "error")
        else:
            if generation == self._generation and not self._closed:
                self.show_report(report)

    def _failed(self, error: BaseException) -> None:
        log.error("the statistics could not be shown", exc_info=error)
        if self._closed:
            return
        self.update_button.setEnabled(True)
        self._say(
            self.tr("The statistics could not be shown: %1").replace("%1", str(error)), "error"
        )
        self.refreshed.emit()

    def _say_period_error(self, error: PeriodError) -> None:
        if "ends before" in str(error):
            text = self.tr("The period ends before it begins: check the two days.")
        else:
            text = self.tr("A report covers at most %1 days: choose a shorter period.").replace(
                "%1", str(MAX_PERIOD_DAYS)
            )
        self._say(text, "error")

    def _say(self, text: str, state: str) -> None:
        self.status.setText(text)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- showing a report -----------------------------------------------------------------

    def show_report(self, report: StatisticsReport) -> None:
        """Fill the tabs with ``report`` (as the server computed it)."""
        self.shown_report = report
        tables = statistics_tables(report, self._language)
        self.tables = tables
        for name, section in self.views.items():
            section.show_table(getattr(tables, name), self._language)
        self._show_charts(report)
        self._show_tiles(report)
        self.heading.setText(report_heading(report))
        self._say(self.computed_text(report), "done")
        self._set_exports_enabled(True)

    def computed_text(self, report: StatisticsReport) -> str:
        """ "Computed at 14:05" (Copenhagen time)."""
        return self.tr("Computed at %1").replace(
            "%1", to_local(report.generated_at).strftime("%H:%M")
        )

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

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.xlsx_button, self.print_button, self.pdf_button):
            button.setEnabled(enabled)

    # -- exports ----------------------------------------------------------------------------

    def export_tables(self) -> list[ReportTable]:
        """The shown tables, in export order (empty before a report is shown)."""
        return self.tables.all() if self.tables is not None else []

    def export_csv(self, path: Path | str) -> None:
        """Write the shown tables to ``path`` as CSV for Danish Excel."""
        self._export(path, lambda target: write_csv(self.export_tables(), target))

    def export_xlsx(self, path: Path | str) -> None:
        """Write the shown tables to ``path`` as an Excel workbook, one sheet per table."""
        title = self._document_title()
        self._export(path, lambda target: write_xlsx(self.export_tables(), target, title=title))

    def save_pdf(self, path: Path | str) -> None:
        """Write the shown report to ``path`` as an A4 PDF."""

        def write(target: Path) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setDocName(self._document_title())
            self._print_document(printer)
            if not target.exists():
                raise OSError(self.tr("the PDF could not be written"))

        self._export(path, write)

    def print_report(self) -> None:
        """Print… (Ctrl+P): choose a printer, then print the shown report."""
        if self.shown_report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the statistics"))
        dialog.accepted.connect(lambda: self._print_document(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # like open(): modal to this window, and the event loop goes on

    def choose_csv(self) -> None:
        """Export CSV…: ask where, then write."""
        self._choose_file(self.tr("CSV files (*.csv)"), ".csv", self.export_csv)

    def choose_xlsx(self) -> None:
        """Export Excel…: ask where, then write."""
        self._choose_file(self.tr("Excel workbooks (*.xlsx)"), ".xlsx", self.export_xlsx)

    def choose_pdf(self) -> None:
        """Save as PDF…: ask where, then write."""
        self._choose_file(self.tr("PDF files (*.pdf)"), ".pdf", self.save_pdf)

    def _choose_file(self, name_filter: str, suffix: str, write: Callable[[str], None]) -> None:
        """A save dialog that does not block the event loop (the qasync loop goes on)."""
        if self.shown_report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / (self._file_stem() + suffix))
        dialog = QFileDialog(self, self.tr("Save the statistics"), suggested, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.fileSelected.connect(write)
        dialog.finished.connect(lambda _result: setattr(self, "_file_dialog", None))
        self._file_dialog = dialog
        dialog.open()

    def _export(self, path: Path | str, write: Callable[[Path], None]) -> None:
        target = Path(path)
        if self.shown_report is None:
            self._say(self.tr("Update first: there are no statistics to save."), "error")
            return
        try:
            write(target)
        except OSError as exc:
            log.warning("statistics not saved to %s: %s", target, exc)
            reason = exc.strerror or str(exc)
            self._say(
                self.tr("Could not save %1: %2. Is the file open in another program?")
                .replace("%1", target.name)
                .replace("%2", reason),
                "error",
            )
            return
        self._say(self.tr("Saved %1").replace("%1", str(target)), "done")

    def _file_stem(self) -> str:
        report = self.shown_report
        if report is None:
            return "statistik"
        if report.first_day == report.last_day:
            return f"statistik-{report.first_day.isoformat()}"
        return f"statistik-{report.first_day.isoformat()}-{report.last_day.isoformat()}"

    def _document_title(self) -> str:
        report = self.shown_report
        return report_heading(report) if report is not None else self.tr("Statistics")

    # -- the printed report ----------------------------------------------------------------

    def report_document(self) -> QTextDocument:
        """The shown report as a document: the heading, then every table (and the charts
        of inquiries by hour and by service) under its translated title."""
        document = QTextDocument(self)
        font = QFont(self.font())
        font.setPointSize(9)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        report = self.shown_report
        if report is None:
            return document
        parts = [
            "<html><body>",
            f"<h1 style='font-size:16pt; color:#1f3a5f'>{html.escape(self.tr('Statistics'))}</h1>",
            f"<p style='font-size:11pt'><b>{html.escape(report_heading(report))}</b><br/>",
            html.escape(
                self.tr("Computed %1 at %2")
                .replace("%1", to_local(report.generated_at).strftime("%d.%m.%Y"))
                .replace("%2", to_local(report.generated_at).strftime("%H:%M"))
            ),
            "</p>",
        ]
        images = {"hour": "chart://hour", "service": "chart://service"}
        for table in self.export_tables():
            parts.append(_html_table(table, self._language))
            chart_name = self._chart_after(table)
            if chart_name is not None and any(self.charts[chart_name].values):
                image = self.charts[chart_name].image(QSize(720, 260))
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(images[chart_name]), image
                )
                parts.append(f"<p><img src='{images[chart_name]}' width='720'/></p>")
        parts.append("</body></html>")
        document.setHtml("".join(parts))
        return document

    def _chart_after(self, table: ReportTable) -> str | None:
        tables = self.tables
        if tables is None:
            return None
        if table is tables.by_hour:
            return "hour"
        if table is tables.by_service:
            return "service"
        return None

    def _print_document(self, printer: QPrinter) -> None:
        """A4 landscape (the waiting-time tables have twelve columns), 12 mm margins."""
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        self.report_document().print_(printer)

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (Esc, Close) stops a request still under way."""
        self._stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window stops a request still under way."""
        self._stop()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Ask for the statistics the first time the window is shown (and again when it is
        shown after being closed)."""
        super().showEvent(event)
        reopened, self._closed = self._closed, False
        if not self._loaded_once or reopened:
            self._loaded_once = True
            self.update_report()

    def _stop(self) -> None:
        self._closed = True
        self._work.cancel_all()


def _html_table(table: ReportTable, language: str) -> str:
    """One table for the printed report: wide tables in smaller type, so that twelve
    columns fit A4 across without breaking words."""
    title = f"<h2 style='font-size:12pt; color:#1f3a5f'>{html.escape(table.title)}</h2>"
    if not table.rows:
        return title + "<p>–</p>"
    wide = len(table.columns) > WIDE_TABLE_COLUMNS
    numeric = [
        any(isinstance(row[c], int | float) for row in table.rows if c < len(row))
        for c in range(len(table.columns))
    ]
    cells = ["<tr>"]
    for column, heading in enumerate(table.columns):
        align = "right" if numeric[column] else "left"
        text = "<br/>".join(html.escape(line) for line in _wrapped(heading).split("\n"))
        cells.append(f"<th align='{align}' valign='bottom' bgcolor='#dce6f2'>{text}</th>")
    cells.append("</tr>")
    for row in table.rows:
        cells.append("<tr>")
        for value in row:
            align = "right" if isinstance(value, int | float) else "left"
            cells.append(f"<td align='{align}'>{html.escape(format_cell(value, language))}</td>")
        cells.append("</tr>")
    width = "100%" if len(table.columns) > 3 else "60%"
    size = "7.5pt" if wide else "9pt"
    return (
        title
        + f"<table border='1' cellspacing='0' cellpadding='3' width='{width}' "
        + f"style='border-collapse:collapse; border-color:#9a9a9a; font-size:{size}'>"
        + "<thead>"
        + "".join(cells[: len(table.columns) + 2])
        + "</thead>"
        + "".join(cells[len(table.columns) + 2 :])
        + "</table>"
    )


def _wrapped(heading: str) -> str:
    """A long heading on two lines (split at the space nearest its middle), so the
    numbers' columns stay narrow; the export keeps it on one line."""
    if len(heading) <= 14 or " " not in heading:
        return heading
    middle = len(heading) // 2
    spaces = [i for i, c in enumerate(heading) if c == " "]
    split = min(spaces, key=lambda i: abs(i - middle))
    return heading[:split] + "\n" + heading[split + 1 :]


def _roomy(combo: QComboBox) -> None:
    """As wide as its longest choice (a branch's or a manager's name), whatever is chosen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _ignore(_result: object) -> None:
    """Nothing to do when :meth:`StatisticsWindow.refresh` ends: it shows its outcome."""
