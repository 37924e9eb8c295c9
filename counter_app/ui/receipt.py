"""A kiosk's ticket receipt: what it says, and how a printer reports that it could not
print it (:class:`PrinterProblem`, within a few seconds, so the kiosk shows the number on
screen and warns the desks). Nothing here touches a widget: printing may run in a worker
thread. The printers are in :mod:`escpos_receipt_printer` and :mod:`qt_receipt_printer`;
the setting that picks one in :mod:`receipt_printers`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
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


class ReceiptPrinter(Protocol):
    """Something that prints receipts."""

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` or raise :class:`PrinterProblem`; never hangs for long."""
        ...

    def describe(self) -> str:
        """Which printer this is, for logs, e.g. "ESC/POS tcp 10.0.0.5:9100"."""
        ...


@dataclass(frozen=True)
class ReceiptText:
    """The receipt's words, translated, shared by every kind of printer."""

    branch: str
    heading: str
    label: str
    queue: str
    wait: str  # "" when the wait is unknown
    issued: str
    offline: str  # "" when issued online
    footer: str


def receipt_text(receipt: Receipt) -> ReceiptText:
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
    return ReceiptText(
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
