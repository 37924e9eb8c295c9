"""A kiosk's ticket receipt and any other slip printed for a citizen (:class:`Slip`: lines
of text in a few sizes), and how a printer reports that it could not print it
(:class:`PrinterProblem`, within a few seconds, so the kiosk shows the number on screen
and warns the desks). Nothing here touches a widget: printing may run in a worker
thread. The printers are in :mod:`escpos_receipt_printer` and :mod:`qt_receipt_printer`;
the setting that picks one in :mod:`receipt_printers`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum, auto
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from counter_app.domain.timezone import require_utc, to_local


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


class LineSize(Enum):
    """How big a slip line prints. The Qt printer gives each its point size; a ticket
    printer has only its normal size and double width and height (for HUGE)."""

    SMALL = auto()  # footers, times of issue
    NORMAL = auto()
    MEDIUM = auto()  # the branch at the top
    LARGE = auto()  # what the slip is about: the queue, the day and time
    HUGE = auto()  # the number or booking code the citizen reads out


@dataclass(frozen=True)
class SlipLine:
    """One line of text on a slip, centred; a long one wraps."""

    text: str
    size: LineSize = LineSize.NORMAL
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    """A horizontal line across the slip (a blank line on a ticket printer)."""


@dataclass(frozen=True)
class Gap:
    """A little extra space (a blank line on a ticket printer)."""


SlipPart = SlipLine | Rule | Gap


@dataclass(frozen=True)
class Slip:
    """Anything printed for a citizen, top to bottom, already translated: a ticket
    receipt (:func:`receipt_slip`), a booking slip. ``title`` names the print job."""

    title: str
    parts: tuple[SlipPart, ...]


class SlipPrinter(Protocol):
    """Something that prints slips for citizens."""

    def print_slip(self, slip: Slip) -> None:
        """Print ``slip`` or raise :class:`PrinterProblem`; never hangs for long."""
        ...

    def describe(self) -> str:
        """Which printer this is, for logs, e.g. "ESC/POS tcp 10.0.0.5:9100"."""
        ...


class ReceiptPrinter(Protocol):
    """Something that prints the kiosk's ticket receipts (all it needs)."""

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` or raise :class:`PrinterProblem`; never hangs for long."""
        ...

    def describe(self) -> str:
        """Which printer this is, for logs, e.g. "ESC/POS tcp 10.0.0.5:9100"."""
        ...


class Printer(ReceiptPrinter, SlipPrinter, Protocol):
    """A printer of :func:`printer_from_spec`: ticket receipts and any other slip."""


def receipt_slip(receipt: Receipt) -> Slip:
    """The ticket receipt as a slip, translated (context "Receipt")."""
    # Each string is written out in the call so pyside6-lupdate finds it ("Receipt").
    # QCoreApplication.translate is thread-safe.
    local = to_local(receipt.issued_at)
    issued = (
        #: %1 is the date (23.11.2026), %2 the time (09.15); in Danish "%1 kl. %2"
        QCoreApplication.translate("Receipt", "%1 at %2")
        .replace("%1", f"{local:%d.%m.%Y}")
        .replace("%2", f"{local:%H.%M}")
    )
    parts: list[SlipPart] = [
        SlipLine(receipt.branch_name, LineSize.MEDIUM, bold=True),
        Rule(),
        SlipLine(QCoreApplication.translate("Receipt", "Your number")),
        SlipLine(receipt.label, LineSize.HUGE, bold=True),
        Gap(),
        SlipLine(receipt.queue_label, LineSize.LARGE, bold=True),
    ]
    if receipt.expected_wait.strip():
        wait = QCoreApplication.translate("Receipt", "Expected wait: %1")
        parts.append(SlipLine(wait.replace("%1", receipt.expected_wait.strip())))
    parts.append(SlipLine(issued, LineSize.SMALL))
    if receipt.offline:
        offline = QCoreApplication.translate("Receipt", "Number issued without connection")
        parts += [Gap(), SlipLine(offline, LineSize.SMALL, bold=True)]
    footer = QCoreApplication.translate("Receipt", "Please wait until your number is called")
    parts += [Rule(), SlipLine(footer, LineSize.SMALL)]
    return Slip(QCoreApplication.translate("Receipt", "Ticket receipt"), tuple(parts))


class NoPrinter:
    """A kiosk without a printer: every receipt or slip is a NO_PRINTER problem.
    Thread-safe."""

    def print_receipt(self, receipt: Receipt) -> None:
        raise PrinterProblem(
            ProblemKind.NO_PRINTER,
            f"no receipt printer is configured; show {receipt.label} on the screen",
        )

    def describe(self) -> str:
        return "no printer"

    def print_slip(self, slip: Slip) -> None:
        raise PrinterProblem(
            ProblemKind.NO_PRINTER, f"no printer is configured for the {slip.title!r} slip"
        )
