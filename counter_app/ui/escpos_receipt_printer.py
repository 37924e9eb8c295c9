"""Receipts and other slips on ESC/POS ticket printers (network, device file, USB)
through python-escpos.

python-escpos is imported only when such a printer is made. Its import parses the
printer database (about 0.15 s) and pickles it into a new temporary folder, left behind,
unless ESCPOS_CAPABILITIES_PICKLE_DIR names a folder to reuse (the desk program sets it);
and it calls ``logging.basicConfig()``, harmless once the program has configured logging.
"""

from __future__ import annotations

import errno
import logging
import socket
import textwrap
import threading
import time
from collections.abc import Callable
from typing import Any

from counter_app.ui.receipt import (
    LineSize,
    PrinterProblem,
    ProblemKind,
    Receipt,
    Slip,
    SlipLine,
    receipt_slip,
)

log = logging.getLogger(__name__)

ESCPOS_TCP_PORT = 9100
ESCPOS_TCP_TIMEOUT = 3.0  # seconds for connecting and for each send
ESCPOS_USB_TIMEOUT_MS = 3000
ESCPOS_DEADLINE = 8.0  # seconds for a whole receipt, whatever the transport does
ESCPOS_COLUMNS = 42  # characters on a line when the printer's profile does not say
ESCPOS_STATUS_TIMEOUT = 0.5  # seconds to wait for a status answer (real printers: ms)

# Code pages that hold æ ø å Æ Ø Å, best first: CP865 is the Nordic DOS page (table 5
# on Epson and most clones), CP850 the Western European one (table 2). python-escpos
# knows each printer profile's table numbers and encodes text with them.
DANISH_CODE_PAGES = ("CP865", "CP850", "CP858")

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


class EscPosReceiptPrinter:
    """A thermal ticket printer spoken to with ESC/POS through a python-escpos printer
    object (``escpos.printer.Network``, ``File``, ``Usb``, ``Dummy``…).

    Each slip (a ticket receipt, a booking slip) opens the connection, checks the
    printer's status where the driver can read answers (network and USB; a device file
    and Dummy cannot), resets the printer, selects a code page with the Danish letters
    (CP865, else CP850 or CP858, as the printer's python-escpos profile allows), prints
    the lines centred (HUGE ones at double width and height) and cuts, then closes the
    connection.

    Thread-safe: slips are printed one at a time. The work runs in a helper thread
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
        self.print_slip(receipt_slip(receipt))

    def print_slip(self, slip: Slip) -> None:
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
                self._print(slip)
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

    def _print(self, slip: Slip) -> None:
        printer = self._printer
        self._open()
        try:
            self._check_status()
            printer.hw("INIT")  # ESC @: clears earlier modes; the code page is back to default
            printer.magic.encoding = None  # …so python-escpos must select ours again
            self._select_code_page()
            printer.set(align="center")
            columns = _columns(printer)
            for part in slip.parts:
                if isinstance(part, SlipLine):
                    huge = part.size is LineSize.HUGE
                    printer.set(
                        bold=part.bold,
                        double_width=huge,
                        double_height=huge,
                        normal_textsize=not huge,
                    )
                    text = part.text.translate(_PLAIN_PUNCTUATION)
                    # The printer itself would break a long line in the middle of a word.
                    for row in textwrap.wrap(text, columns // 2 if huge else columns) or [""]:
                        printer.textln(row)
                else:  # a rule or a gap: a line of paper
                    printer.ln()
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


def _columns(printer: Any) -> int:
    """Characters on a line in the printer's normal font (42 on most 80 mm printers)."""
    try:
        columns = int(printer.profile.get_columns(0))
    except Exception:  # a profile without font data
        columns = ESCPOS_COLUMNS
    return columns if columns >= 16 else ESCPOS_COLUMNS


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
