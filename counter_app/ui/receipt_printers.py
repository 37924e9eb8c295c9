"""Printing the kiosk's ticket receipt: on an ESC/POS ticket printer or through the OS.

A citizen touches the kiosk and gets a slip with the branch, the big ticket number, the
queue, the expected wait and the time. When there is no printer, no paper or no
connection to the printer, printing raises :class:`PrinterProblem` with a
:class:`ProblemKind` within a few seconds; the kiosk then shows the number on screen and
warns the desks. Nothing here touches a widget, so printing may run in a worker thread.

Which printer a kiosk uses is one setting, parsed by :func:`printer_from_spec`.

python-escpos is imported only when an ESC/POS printer is made. Its import parses the
printer database (about 0.15 s) and pickles it into a new temporary folder, left behind,
unless ESCPOS_CAPABILITIES_PICKLE_DIR names a folder to reuse; and it calls
``logging.basicConfig()``, which is harmless once the program has configured logging.
"""

from __future__ import annotations

import errno
import logging
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from counter_app.domain.timezone import require_utc, to_local

log = logging.getLogger(__name__)

ESCPOS_TCP_PORT = 9100
ESCPOS_TCP_TIMEOUT = 3.0  # seconds for connecting and for each send
ESCPOS_USB_TIMEOUT_MS = 3000
ESCPOS_DEADLINE = 8.0  # seconds for a whole receipt, whatever the transport does
ESCPOS_STATUS_TIMEOUT = 0.5  # seconds to wait for a status answer (real printers: ms)

# Code pages that hold æ ø å Æ Ø Å, best first: CP865 is the Nordic DOS page (table 5
# on Epson and most clones), CP850 the Western European one (table 2). python-escpos
# knows each printer profile's table numbers and encodes text with them.
DANISH_CODE_PAGES = ("CP865", "CP850", "CP858")

SPEC_FORMS = (
    '"none", "escpos-tcp:HOST[:PORT]" (port 9100 if left out), "escpos-file:/dev/usb/lp0", '
    '"escpos-usb:VID:PID" (hexadecimal USB ids as lsusb shows them, e.g. 04b8:0202), '
    '"system" (the default printer), "system:NAME" or "pdf:/path/file.pdf"'
)

# Typography the ticket printers' code pages lack; anything else unknown prints as "?".
_PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2026": "...",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class Receipt:
    """What a citizen's ticket slip says."""

    branch_name: str
    label: str  # "K004", or an offline number like "K-A01"
    queue_label: str  # citizen-facing queue name, Danish, may contain æøå
    expected_wait: str  # already formatted text, e.g. "ca. 12 min", or "" when unknown
    issued_at: datetime  # aware; printed as Copenhagen wall-clock time
    offline: bool = False  # the number was issued without a connection to the server

    def __post_init__(self) -> None:
        require_utc(self.issued_at)  # a naive time is a bug of the caller: say so here


class ProblemKind(StrEnum):
    """Why a receipt was not printed: the kiosk shows the number and warns the desks."""

    NO_PRINTER = "no_printer"  # none configured, or the configured one does not exist
    NO_PAPER = "no_paper"
    OFFLINE = "offline"  # configured and known, but not answering or not ready
    FAILED = "failed"  # anything else: permissions, a driver error, a bug


class PrinterProblem(Exception):
    """Printing failed; ``kind`` says how, the message (English, for logs and IT) says more."""

    def __init__(self, kind: ProblemKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} ({self.kind})"


class ReceiptPrinter(Protocol):
    """Something that prints receipts."""

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` or raise :class:`PrinterProblem`; never hangs for long."""
        ...

    def describe(self) -> str:
        """Which printer this is, for logs, e.g. "ESC/POS tcp 10.0.0.5:9100"."""
        ...


@dataclass(frozen=True)
class _ReceiptText:
    """The receipt's words, translated, shared by every kind of printer."""

    branch: str
    heading: str
    label: str
    queue: str
    wait: str  # "" when the wait is unknown
    issued: str
    offline: str  # "" when issued online
    footer: str


def _receipt_text(receipt: Receipt) -> _ReceiptText:
    # Each string is written out in the call so pyside6-lupdate finds it ("Receipt").
    # QCoreApplication.translate is thread-safe.
    local = to_local(receipt.issued_at)
    issued = (
        #: %1 is the date (23.11.2026), %2 the time (09.15); in Danish "%1 kl. %2"
        QCoreApplication.translate("Receipt", "%1 at %2")
        .replace("%1", f"{local:%d.%m.%Y}")
        .replace("%2", f"{local:%H.%M}")
    )
    wait = ""
    if receipt.expected_wait.strip():
        wait = QCoreApplication.translate("Receipt", "Expected wait: %1").replace(
            "%1", receipt.expected_wait.strip()
        )
    offline = ""
    if receipt.offline:
        offline = QCoreApplication.translate("Receipt", "Number issued without connection")
    return _ReceiptText(
        branch=receipt.branch_name,
        heading=QCoreApplication.translate("Receipt", "Your number"),
        label=receipt.label,
        queue=receipt.queue_label,
        wait=wait,
        issued=issued,
        offline=offline,
        footer=QCoreApplication.translate("Receipt", "Please wait until your number is called"),
    )


class NoPrinter:
    """A kiosk without a printer: every receipt is a NO_PRINTER problem. Thread-safe."""

    def print_receipt(self, receipt: Receipt) -> None:
        raise PrinterProblem(
            ProblemKind.NO_PRINTER,
            f"no receipt printer is configured; show {receipt.label} on the screen",
        )

    def describe(self) -> str:
        return "no printer"


class EscPosReceiptPrinter:
    """A thermal ticket printer spoken to with ESC/POS through a python-escpos printer
    object (``escpos.printer.Network``, ``File``, ``Usb``, ``Dummy``…).

    Each receipt opens the connection, checks the printer's status where the driver can
    read answers (network and USB; a device file and Dummy cannot), resets the printer,
    selects a code page with the Danish letters (CP865, else CP850 or CP858, as the
    printer's python-escpos profile allows), prints and cuts, then closes the connection.

    Thread-safe: receipts are printed one at a time. The work runs in a helper thread
    with a deadline (8 s by default), so a transport that blocks — a write to
    ``/dev/usb/lp0`` can wait for ever while the printer is out of paper — cannot hang
    the caller: it gets PrinterProblem(OFFLINE), and later receipts fail the same way
    until the stuck write returns.
    """

    def __init__(
        self,
        printer: Any,
        *,
        description: str | None = None,
        deadline: float = ESCPOS_DEADLINE,
        status_timeout: float = ESCPOS_STATUS_TIMEOUT,
        code_pages: tuple[str, ...] = DANISH_CODE_PAGES,
    ) -> None:
        self._printer = printer
        self._description = description or _describe_escpos(printer)
        self._deadline = deadline
        self._status_timeout = status_timeout
        self._code_pages = code_pages
        self._lock = threading.Lock()
        self._stuck = threading.Event()  # a receipt outlived its deadline and still runs

    def describe(self) -> str:
        return self._description

    def print_receipt(self, receipt: Receipt) -> None:
        text = _receipt_text(receipt)
        if self._stuck.is_set():
            raise PrinterProblem(
                ProblemKind.OFFLINE,
                f"{self._description} has not yet taken an earlier receipt",
            )
        give_up_at = time.monotonic() + self._deadline
        if not self._lock.acquire(timeout=self._deadline):
            raise PrinterProblem(
                ProblemKind.OFFLINE,
                f"{self._description} is still busy with an earlier receipt",
            )
        failure: list[BaseException] = []
        done = threading.Event()

        def job() -> None:
            try:
                self._print(text)
            except BaseException as error:
                failure.append(error)
            finally:
                self._stuck.clear()
                self._lock.release()
                done.set()

        threading.Thread(target=job, name="receipt printer", daemon=True).start()
        if not done.wait(max(0.0, give_up_at - time.monotonic())):
            self._stuck.set()  # cleared by the job when it ends
            if not done.is_set():
                raise PrinterProblem(
                    ProblemKind.OFFLINE,
                    f"{self._description} did not take the receipt within {self._deadline:g} s",
                )
            self._stuck.clear()  # it ended just now after all
        if failure:
            raise _problem_from(failure[0], self._printer, self._description) from failure[0]

    def _print(self, text: _ReceiptText) -> None:
        printer = self._printer
        self._open()
        try:
            self._check_status()
            printer.hw("INIT")  # ESC @: clears earlier modes; the code page is back to default
            printer.magic.encoding = None  # …so python-escpos must select ours again
            self._select_code_page()

            def line(value: str) -> None:
                printer.textln(value.translate(_PLAIN_PUNCTUATION))

            printer.set(align="center", bold=True, normal_textsize=True)
            line(text.branch)
            printer.set(bold=False)
            printer.ln()
            line(text.heading)
            printer.set(bold=True, double_width=True, double_height=True)
            line(text.label)
            printer.set(bold=False, normal_textsize=True)
            printer.ln()
            line(text.queue)
            if text.wait:
                line(text.wait)
            line(text.issued)
            if text.offline:
                printer.ln()
                line(text.offline)
            printer.ln()
            line(text.footer)
            printer.cut()
        finally:
            printer.close()

    def _open(self) -> None:
        printer = self._printer
        if type(printer).__name__ == "Network":
            # python-escpos 3.1's Network.open() leaves the socket open when connecting
            # fails; connect here instead and hand it the connected socket.
            printer.close()
            printer.device = socket.create_connection(
                (printer.host, printer.port), timeout=printer.timeout
            )
        else:
            printer.open()

    def _check_status(self) -> None:
        """Ask whether the printer is online and has paper, where the driver can read.

        A printer that does not answer (a print server, a forwarder) may still print, so
        silence is not a problem; an answer that says offline or out of paper is.
        """
        from escpos.escpos import Escpos  # noqa: PLC0415 (slow import, see module doc)

        printer = self._printer
        if type(printer)._read is Escpos._read:
            return  # Dummy, File and the like cannot read answers
        connection = getattr(printer, "device", None)
        if isinstance(connection, socket.socket):
            connection.settimeout(self._status_timeout)
        try:
            online = self._ask(printer.is_online)
            if online is None:
                log.info("%s does not answer status queries; printing anyway", self._description)
                return
            paper = self._ask(printer.paper_status)
        finally:
            if isinstance(connection, socket.socket):
                connection.settimeout(printer.timeout)
        if paper == 0:
            raise PrinterProblem(ProblemKind.NO_PAPER, f"{self._description} is out of paper")
        if not online:
            raise PrinterProblem(
                ProblemKind.OFFLINE,
                f"{self._description} says it is offline (cover open, or an error)",
            )
        if paper == 1:
            log.warning("%s: the paper is running out", self._description)

    @staticmethod
    def _ask(query: Callable[[], Any]) -> Any:
        """The printer's answer to a status query, or None when it does not answer."""
        try:
            return query()
        except TimeoutError:
            return None
        except OSError as error:
            if error.errno == errno.ETIMEDOUT:  # pyusb's read timeout
                return None
            raise

    def _select_code_page(self) -> None:
        printer = self._printer
        available = printer.profile.get_code_pages()
        for name in self._code_pages:
            if name in available:
                printer.charcode(name)  # sends ESC t with the profile's table number
                return
        log.warning(
            "%s: its profile has none of %s; Danish letters may print as '?'",
            self._description,
            ", ".join(self._code_pages),
        )
        printer.charcode("AUTO")


def _describe_escpos(printer: Any) -> str:
    kind = type(printer).__name__
    if kind == "Network":
        return f"ESC/POS tcp {printer.host}:{printer.port}"
    if kind == "File":
        return f"ESC/POS file {printer.devfile}"
    if kind == "Usb":
        ids = printer.usb_args
        return f"ESC/POS usb {ids.get('idVendor', 0):04x}:{ids.get('idProduct', 0):04x}"
    return f"ESC/POS {kind}"


_NOT_THERE = {errno.ENOENT, errno.ENODEV, errno.ENXIO}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
_NOT_READY = {errno.EIO, errno.EBUSY, errno.ETIMEDOUT, errno.EPIPE, errno.EAGAIN}


def _problem_from(error: BaseException, printer: Any, description: str) -> PrinterProblem:
    """Name an error of python-escpos, pyusb or the OS as a PrinterProblem."""
    from escpos.exceptions import DeviceNotFoundError  # noqa: PLC0415

    if isinstance(error, PrinterProblem):
        return error
    transport = type(printer).__name__
    os_error = error if isinstance(error, OSError) else error.__context__
    if type(error).__name__ == "NoBackendError":  # pyusb found no libusb on this machine
        problem = PrinterProblem(
            ProblemKind.NO_PRINTER,
            f"{description}: no USB library (libusb-1.0) is installed on this machine",
        )
    elif isinstance(error, RuntimeError) and transport == "Usb":  # pyusb is not installed
        problem = PrinterProblem(ProblemKind.NO_PRINTER, f"{description}: {error}")
    elif isinstance(os_error, OSError) and transport == "Network":
        problem = PrinterProblem(
            ProblemKind.OFFLINE, f"{description} cannot be reached: {os_error}"
        )
    elif isinstance(os_error, OSError):
        problem = _device_problem(os_error, description)
    elif isinstance(error, DeviceNotFoundError):
        problem = PrinterProblem(ProblemKind.NO_PRINTER, f"{description} was not found: {error}")
    else:
        problem = PrinterProblem(
            ProblemKind.FAILED, f"{description} failed: {type(error).__name__}: {error}"
        )
    return problem


def _device_problem(error: OSError, description: str) -> PrinterProblem:
    """An OS or pyusb error of a device file or a USB printer."""
    if error.errno in _NOT_THERE:
        return PrinterProblem(ProblemKind.NO_PRINTER, f"{description} is not there: {error}")
    if error.errno == errno.ENOSPC:  # Linux's usblp says so when the paper is out
        return PrinterProblem(ProblemKind.NO_PAPER, f"{description} is out of paper")
    if error.errno in _NOT_ALLOWED:
        return PrinterProblem(
            ProblemKind.FAILED,
            f"{description}: this user may not use the printer ({error}); on Linux add "
            "the user to the device's group (usually lp) or add a udev rule",
        )
    if error.errno in _NOT_READY:
        return PrinterProblem(ProblemKind.OFFLINE, f"{description} is not ready: {error}")
    return PrinterProblem(ProblemKind.FAILED, f"{description} failed: {error}")


# An 80 mm roll; long enough for the receipt, short enough not to waste paper.
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
        text = _receipt_text(receipt)
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

    def _paint(self, printer: QPrinter, text: _ReceiptText) -> None:
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


_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_USB_ID = re.compile(r"^(?:0x)?[0-9A-Fa-f]{1,4}$")


def _bad_spec(spec: str, why: str) -> ValueError:
    return ValueError(
        f"printer setting {spec!r} is not usable: {why}. Accepted forms: {SPEC_FORMS}"
    )


def printer_from_spec(spec: str) -> ReceiptPrinter:
    """Parse a printer setting: "none", "escpos-tcp:HOST[:PORT]" (default 9100),
    "escpos-file:/dev/usb/lp0", "escpos-usb:VID:PID" (hex, e.g. 04b8:0202), "system"
    (the default printer), "system:NAME", "pdf:/path/file.pdf".

    Makes the printer object without connecting to anything; problems with the printer
    itself show up as PrinterProblem when printing. Raises ValueError, naming the
    accepted forms, for a setting that is not one of them.
    """
    cleaned = spec.strip()
    if not cleaned:
        raise _bad_spec(spec, "it is empty")
    scheme, has_value, value = cleaned.partition(":")
    make = _SCHEMES.get(scheme.lower())
    if make is None:
        raise _bad_spec(spec, f"{scheme!r} is not a known kind of printer")
    return make(spec, value.strip() if has_value else None)


def _no_printer(spec: str, value: str | None) -> ReceiptPrinter:
    if value is not None:
        raise _bad_spec(spec, '"none" takes nothing after it')
    return NoPrinter()


def _system_printer(spec: str, value: str | None) -> ReceiptPrinter:
    if value is None:
        return QtReceiptPrinter()
    if not value:
        raise _bad_spec(spec, 'the printer name after "system:" is missing')
    return QtReceiptPrinter(printer_name=value)


def _pdf_printer(spec: str, value: str | None) -> ReceiptPrinter:
    if not value:
        raise _bad_spec(spec, 'the file name after "pdf:" is missing')
    return QtReceiptPrinter(pdf_path=Path(value))


def _escpos_tcp(spec: str, value: str | None) -> ReceiptPrinter:
    host, port = _tcp_address(spec, value or "")
    from escpos.printer import Network  # noqa: PLC0415 (slow import, see module doc)

    return EscPosReceiptPrinter(Network(host, port=port, timeout=ESCPOS_TCP_TIMEOUT))


def _escpos_file(spec: str, value: str | None) -> ReceiptPrinter:
    if not value:
        raise _bad_spec(spec, 'the device file after "escpos-file:" is missing')
    from escpos.printer import File  # noqa: PLC0415

    return EscPosReceiptPrinter(File(value))


def _escpos_usb(spec: str, value: str | None) -> ReceiptPrinter:
    vendor, product = _usb_ids(spec, value or "")
    from escpos.printer import Usb  # noqa: PLC0415

    return EscPosReceiptPrinter(Usb(vendor, product, timeout=ESCPOS_USB_TIMEOUT_MS))


_SCHEMES: dict[str, Callable[[str, str | None], ReceiptPrinter]] = {
    "none": _no_printer,
    "system": _system_printer,
    "pdf": _pdf_printer,
    "escpos-tcp": _escpos_tcp,
    "escpos-file": _escpos_file,
    "escpos-usb": _escpos_usb,
}


def _tcp_address(spec: str, value: str) -> tuple[str, int]:
    if value.startswith("["):
        raise _bad_spec(spec, "IPv6 addresses are not supported; use the IPv4 address or a name")
    host, has_port, port_text = value.partition(":")
    if not _HOST.match(host):
        raise _bad_spec(spec, "give the printer's host name or IPv4 address after escpos-tcp:")
    if not has_port:
        return host, ESCPOS_TCP_PORT
    if not port_text.isascii() or not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise _bad_spec(spec, f"the port {port_text!r} is not a number from 1 to 65535")
    return host, int(port_text)


def _usb_ids(spec: str, value: str) -> tuple[int, int]:
    parts = value.split(":")
    if len(parts) != 2 or not all(_USB_ID.match(part) for part in parts):
        raise _bad_spec(spec, "the USB ids must be two hexadecimal numbers, vendor:product")
    vendor, product = (int(part, 16) for part in parts)
    if vendor == 0 or product == 0:
        raise _bad_spec(spec, "USB ids of 0000 do not name a device")
    return vendor, product
