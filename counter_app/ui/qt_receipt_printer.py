"""Receipts and other slips on any printer the operating system knows (or a PDF) through
QtPrintSupport; :func:`paint_slip` paints a slip on any QPainter."""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app.ui.receipt import (
    Gap,
    LineSize,
    PrinterProblem,
    ProblemKind,
    Receipt,
    Rule,
    Slip,
    SlipLine,
    receipt_slip,
)

log = logging.getLogger(__name__)

_QT_PAGE_MM = QSizeF(80, 110)
_QT_MARGIN_MM = 4.0
_POINTS = {
    LineSize.SMALL: 9.0,
    LineSize.NORMAL: 10.0,
    LineSize.MEDIUM: 11.0,
    LineSize.LARGE: 12.0,
    LineSize.HUGE: 40.0,
}


class QtReceiptPrinter:
    """Prints receipts and other slips through the operating system (Qt's QPrinter and QPainter).

    ``printer_name`` None means the default printer; ``pdf_path`` writes a PDF instead
    (tests, "print to file"). A printer that does not exist is NO_PRINTER; one the OS
    reports in an error state is OFFLINE. Paper and connection problems of a system
    printer are the spooler's business: the job is queued and this returns.

    Needs a QGuiApplication (or QApplication). Thread-safe: every slip makes its own
    QPrinter and QPainter, which Qt allows in a worker thread, and a lock keeps slips
    one at a time. The page is 80 × 110 mm, or longer for a slip that needs it.
    """

    def __init__(self, *, printer_name: str | None = None, pdf_path: Path | None = None) -> None:
        self._printer_name = printer_name
        self._pdf_path = pdf_path
        self._lock = threading.Lock()

    def describe(self) -> str:
        if self._pdf_path is not None:
            return f"PDF file {self._pdf_path}"
        if self._printer_name is None:
            return "system default printer"
        return f"system printer {self._printer_name!r}"

    def print_receipt(self, receipt: Receipt) -> None:
        self.print_slip(receipt_slip(receipt))

    def print_slip(self, slip: Slip) -> None:
        if not isinstance(QCoreApplication.instance(), QGuiApplication):
            raise PrinterProblem(
                ProblemKind.FAILED, f"{self.describe()}: Qt printing needs a QGuiApplication"
            )
        with self._lock:
            try:
                self._paint(self._make_printer(slip), slip)
            except PrinterProblem:
                raise
            except Exception as error:  # a driver's surprise must not end the kiosk
                raise PrinterProblem(
                    ProblemKind.FAILED, f"{self.describe()} failed: {error}"
                ) from error

    def _make_printer(self, slip: Slip) -> QPrinter:
        mode = QPrinter.PrinterMode.HighResolution
        if self._pdf_path is not None:
            if not self._pdf_path.parent.is_dir():
                raise PrinterProblem(
                    ProblemKind.FAILED,
                    f"{self.describe()} cannot be written: its folder does not exist",
                )
            printer = QPrinter(mode)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self._pdf_path))
        else:
            info = (
                QPrinterInfo.defaultPrinter()
                if self._printer_name is None
                else QPrinterInfo.printerInfo(self._printer_name)
            )
            if info.isNull():
                known = ", ".join(QPrinterInfo.availablePrinterNames()) or "none"
                raise PrinterProblem(
                    ProblemKind.NO_PRINTER,
                    f"{self.describe()} does not exist (printers on this machine: {known})",
                )
            if info.state() == QPrinter.PrinterState.Error:
                raise PrinterProblem(ProblemKind.OFFLINE, f"{self.describe()} is in an error state")
            printer = QPrinter(info, mode)
        printer.setDocName(slip.title)
        page = QSizeF(_QT_PAGE_MM.width(), max(_QT_PAGE_MM.height(), _page_length_mm(slip)))
        printer.setPageSize(QPageSize(page, QPageSize.Unit.Millimeter, "Receipt 80 mm"))
        printer.setPageMargins(
            QMarginsF(_QT_MARGIN_MM, _QT_MARGIN_MM, _QT_MARGIN_MM, _QT_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
        return printer

    def _paint(self, printer: QPrinter, slip: Slip) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterProblem(
                ProblemKind.FAILED,
                f"{self.describe()} could not be opened for printing"
                + (" (is the folder there and writable?)" if self._pdf_path else ""),
            )
        try:
            paint_slip(
                painter,
                slip,
                width=float(printer.width()),
                dots_per_mm=printer.resolution() / 25.4,
                page_height=float(printer.height()),
                new_page=printer.newPage,
            )
        finally:
            if not painter.end():
                raise PrinterProblem(ProblemKind.FAILED, f"{self.describe()} did not take the job")
        log.debug("printed %r on %s", slip.title, self.describe())


def _page_length_mm(slip: Slip) -> float:
    """How long a page ``slip`` needs, measured on an image at 300 dpi, with the margins
    and a little room for the printer's fonts measuring differently."""
    dots_per_mm = 300 / 25.4
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    painter = QPainter(image)
    try:
        width = (_QT_PAGE_MM.width() - 2 * _QT_MARGIN_MM) * dots_per_mm
        used = paint_slip(painter, slip, width=width, dots_per_mm=dots_per_mm)
    finally:
        painter.end()
    return math.ceil(used / dots_per_mm + 2 * _QT_MARGIN_MM + 5.0)


def paint_slip(
    painter: QPainter,
    slip: Slip,
    *,
    width: float,
    dots_per_mm: float,
    page_height: float | None = None,
    new_page: Callable[[], bool] | None = None,
) -> float:
    """Paint ``slip`` from the top of ``painter``'s device, lines centred and wrapped
    within ``width`` (device units); returns the height used. A line that would cross
    ``page_height`` goes on a new page when ``new_page`` is given."""
    flags = int(Qt.AlignmentFlag.AlignHCenter.value | Qt.TextFlag.TextWordWrap.value)
    y = 0.0
    for index, part in enumerate(slip.parts):
        if isinstance(part, Rule):
            pen = QPen()
            pen.setWidthF(0.3 * dots_per_mm)
            painter.setPen(pen)
            painter.drawLine(0, round(y), round(width), round(y))
            y += 2.0 * dots_per_mm
            continue
        if isinstance(part, Gap):
            y += 1.5 * dots_per_mm
            continue
        font = QFont()
        font.setPointSizeF(_POINTS[part.size])
        font.setBold(part.bold)
        painter.setFont(font)
        used = painter.boundingRect(QRectF(0.0, y, width, 1_000_000.0), flags, part.text)
        if (
            page_height is not None
            and new_page is not None
            and y > 0
            and y + used.height() > page_height
        ):
            new_page()
            y = 0.0
        painter.drawText(QRectF(0.0, y, width, 1_000_000.0), flags, part.text)
        following = slip.parts[index + 1] if index + 1 < len(slip.parts) else None
        tight = isinstance(following, SlipLine) and following.size is LineSize.HUGE
        y += used.height() + (0.5 if tight else 1.5) * dots_per_mm
    return y
