"""The managers' statistics: inquiries, waiting times, the five-minute rule, appointments,
screen inquiries and callbacks over a day, week, month or any period, for the whole
municipality or one branch, computed by the server.

Without a manager signed in, a desk sees its own branch today. The tables on the tabs are
the tables the exports write (:mod:`counter_app.ui.statistics_tables`), so the CSV, the
Excel workbook and the PDF hold exactly what the window shows. The window puts together
the filter bar (:mod:`.statistics_filters`), the tabs (:mod:`.statistics_tabs`) and the
printed report (:mod:`.statistics_document`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.statistics import MAX_PERIOD_DAYS, Period, PeriodError, PeriodKind
from counter_app.domain.timezone import to_local
from counter_app.protocol.statistics import StatisticsQuery, StatisticsReport
from counter_app.services.report_export import ReportTable, write_csv, write_xlsx
from counter_app.services.statistics_desk import StatisticsDesk
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError
from counter_app.ui.background import BackgroundWork
from counter_app.ui.statistics_charts import BarChart
from counter_app.ui.statistics_document import print_document, write_pdf
from counter_app.ui.statistics_document import report_document as build_report_document
from counter_app.ui.statistics_filters import (
    NEXT_SHORTCUT,
    PREVIOUS_SHORTCUT,
    UPDATE_SHORTCUT,
    StatisticsFilters,
)
from counter_app.ui.statistics_labels import report_heading
from counter_app.ui.statistics_tables import StatisticsTables, statistics_tables
from counter_app.ui.statistics_tabs import StatisticsTabs
from counter_app.ui.statistics_widgets import TableSection, Tile
from counter_app.ui.style import STATISTICS_STYLE, fitted

log = logging.getLogger(__name__)

PRINT_SHORTCUT = "Ctrl+P"


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
        self.setWindowTitle(self.tr("Statistics"))
        self.setStyleSheet(fitted(STATISTICS_STYLE))

        self.filters = StatisticsFilters(statistics)
        self.filters.changed.connect(self._mark_changed)
        self.filters.period_refused.connect(self._say_period_error)
        self.filters.update_button.clicked.connect(self.update_report)
        self._filter_controls(self.filters)
        self.tabs = StatisticsTabs(language)
        # The tabs' tables, charts and tiles by name (for the tests and the screenshots).
        self.views: dict[str, TableSection] = self.tabs.views
        self.charts: dict[str, BarChart] = self.tabs.charts
        self.tiles: dict[str, Tile] = self.tabs.tiles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filters)
        layout.addLayout(self._report_line())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._button_row())
        self._keys()
        self._set_exports_enabled(False)
        (self.period_kind if self.manager_id() else self.update_button).setFocus()
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

    # -- the filter bar (its controls and questions, as the window's own) -------------------

    def _filter_controls(self, filters: StatisticsFilters) -> None:
        self.manager = filters.manager
        self.period_kind = filters.period_kind
        self.previous_button = filters.previous_button
        self.next_button = filters.next_button
        self.first_day = filters.first_day
        self.last_day = filters.last_day
        self.branch = filters.branch
        self.desk_kind = filters.desk_kind
        self.no_manager_note = filters.no_manager_note
        self.update_button = filters.update_button

    def manager_id(self) -> uuid.UUID | None:
        """The manager signed in, if any."""
        return self.filters.manager_id()

    def period_kind_value(self) -> PeriodKind:
        """The kind of period chosen."""
        return self.filters.period_kind_value()

    def period(self) -> Period:
        """The days chosen (raises PeriodError for an impossible choice)."""
        return self.filters.period()

    def query(self) -> StatisticsQuery:
        """What the filter bar asks for (raises PeriodError for an impossible period)."""
        return self.filters.query()

    def step_period(self, direction: int) -> None:
        """Show the period before (-1) or after (+1) in the date fields (a manager only);
        Update asks for it."""
        self.filters.step_period(direction)

    def _keys(self) -> None:
        """F5, Ctrl+P, Alt+arrows; Tab from the filters to the tabs to the buttons (Esc
        closes, as in every dialog)."""
        self._shortcut(UPDATE_SHORTCUT, self.update_report)
        self._shortcut(PRINT_SHORTCUT, self.print_report)
        self._shortcut(PREVIOUS_SHORTCUT, lambda: self.step_period(-1))
        self._shortcut(NEXT_SHORTCUT, lambda: self.step_period(+1))
        chain: list[QWidget] = [
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
        ) or (self.manager_id() is not None and query.branch_id != report.branch_id)

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
        self.tabs.show_report(report, tables)
        self.heading.setText(report_heading(report))
        self._say(self.computed_text(report), "done")
        self._set_exports_enabled(True)

    def computed_text(self, report: StatisticsReport) -> str:
        """ "Computed at 14:05" (Copenhagen time)."""
        return self.tr("Computed at %1").replace(
            "%1", to_local(report.generated_at).strftime("%H:%M")
        )

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

        self._export(
            path, lambda target: write_pdf(self.report_document(), target, self._document_title())
        )

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
        return build_report_document(
            self.shown_report,
            self.tables,
            self.charts,
            self._language,
            font=self.font(),
            parent=self,
        )

    def _print_document(self, printer: QPrinter) -> None:
        """A4 landscape (the waiting-time tables have twelve columns), 12 mm margins."""
        print_document(self.report_document(), printer)

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


def _ignore(_result: object) -> None:
    """Nothing to do when :meth:`StatisticsWindow.refresh` ends: it shows its outcome."""
