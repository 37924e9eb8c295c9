"""Receipts on any printer the operating system knows (or a PDF) through QtPrintSupport."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app.ui.receipt import (
    PrinterProblem,
    ProblemKind,
    Receipt,
    ReceiptText,
    receipt_text,
)

log = logging.getLogger(__name__)

_QT_PAGE_MM = QSizeF(80, 110)
_QT_MARGIN_MM = 4.0


class QtReceiptPrinter:
    """Prints the receipt through the operating system (Qt's QPrinter and QPainter).

    ``printer_name`` None means the default printer; ``pdf_path`` writes a PDF instead
    (tests, "print to file"). A printer that does not exist is NO_PRINTER; one the OS
    reports in an error state is OFFLINE. Paper and connection problems of a system
    printer are the spooler's business: the job is queued and this returns.

    Needs a QGuiApplication (or QApplication). Thread-safe: every receipt makes its own
    QPrinter and QPainter, which Qt allows in a worker thread, and a lock keeps receipts
    one at a time.
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
        if not isinstance(QCoreApplication.instance(), QGuiApplication):
            raise PrinterProblem(
                ProblemKind.FAILED, f"{self.describe()}: Qt printing needs a QGuiApplication"
            )
        text = receipt_text(receipt)
        with self._lock:
            try:
                self._paint(self._make_printer(), text)
            except PrinterProblem:
                raise
            except Exception as error:  # a driver's surprise must not end the kiosk
                raise PrinterProblem(
                    ProblemKind.FAILED, f"{self.describe()} failed: {error}"
                ) from error

    def _make_printer(self) -> QPrinter:
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
        printer.setDocName(QCoreApplication.translate("Receipt", "Ticket receipt"))
        printer.setPageSize(QPageSize(_QT_PAGE_MM, QPageSize.Unit.Millimeter, "Receipt 80 mm"))
        printer.setPageMargins(
            QMarginsF(_QT_MARGIN_MM, _QT_MARGIN_MM, _QT_MARGIN_MM, _QT_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
        return printer

    def _paint(self, printer: QPrinter, text: ReceiptText) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterProblem(
                ProblemKind.FAILED,
                f"{self.describe()} could not be opened for printing"
                + (" (is the folder there and writable?)" if self._pdf_path else ""),
            )
        try:
            width = float(printer.width())
            dots_per_mm = printer.resolution() / 25.4
            flags = int(Qt.AlignmentFlag.AlignHCenter.value | Qt.TextFlag.TextWordWrap.value)
            y = 0.0

            def line(
                value: str, points: float, *, bold: bool = False, space_mm: float = 1.5
            ) -> None:
                nonlocal y
                font = QFont()
                font.setPointSizeF(points)
                font.setBold(bold)
                painter.setFont(font)
                area = QRectF(0.0, y, width, 1_000_000.0)
                used = painter.boundingRect(area, flags, value)
                painter.drawText(area, flags, value)
                y += used.height() + space_mm * dots_per_mm

            def rule() -> None:
                nonlocal y
                pen = QPen()
                pen.setWidthF(0.3 * dots_per_mm)
                painter.setPen(pen)
                painter.drawLine(0, round(y), round(width), round(y))
                y += 2.0 * dots_per_mm

            line(text.branch, 11, bold=True)
            rule()
            line(text.heading, 10, space_mm=0.5)
            line(text.label, 40, bold=True)
            line(text.queue, 12, bold=True)
            if text.wait:
                line(text.wait, 10)
            line(text.issued, 9)
            if text.offline:
                line(text.offline, 9, bold=True)
            rule()
            line(text.footer, 9)
        finally:
            if not painter.end():
                raise PrinterProblem(ProblemKind.FAILED, f"{self.describe()} did not take the job")
        log.debug("printed a receipt on %s", self.describe())
