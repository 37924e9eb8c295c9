"""Which printer a kiosk prints its receipts on (and a desk its booking slips): one
setting, parsed by :func:`printer_from_spec` into an ESC/POS ticket printer, a printer of
the operating system, a PDF file, or none (the number is then shown on screen). The
receipt, the slip and the printers themselves are in :mod:`receipt`,
:mod:`escpos_receipt_printer` and :mod:`qt_receipt_printer`; their names are re-exported
here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from counter_app.ui.escpos_receipt_printer import (
    ESCPOS_TCP_PORT,
    ESCPOS_TCP_TIMEOUT,
    ESCPOS_USB_TIMEOUT_MS,
    EscPosReceiptPrinter,
)
from counter_app.ui.qt_receipt_printer import QtReceiptPrinter
from counter_app.ui.receipt import (
    Gap,
    LineSize,
    NoPrinter,
    Printer,
    PrinterProblem,
    ProblemKind,
    Receipt,
    ReceiptPrinter,
    Rule,
    Slip,
    SlipLine,
    SlipPrinter,
    receipt_slip,
)

__all__ = [
    "EscPosReceiptPrinter",
    "Gap",
    "LineSize",
    "NoPrinter",
    "Printer",
    "PrinterProblem",
    "ProblemKind",
    "QtReceiptPrinter",
    "Receipt",
    "ReceiptPrinter",
    "Rule",
    "Slip",
    "SlipLine",
    "SlipPrinter",
    "printer_from_spec",
    "receipt_slip",
]

SPEC_FORMS = (
    '"none", "escpos-tcp:HOST[:PORT]" (port 9100 if left out), "escpos-file:/dev/usb/lp0", '
    '"escpos-usb:VID:PID" (hexadecimal USB ids as lsusb shows them, e.g. 04b8:0202), '
    '"system" (the default printer), "system:NAME" or "pdf:/path/file.pdf"'
)


_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_USB_ID = re.compile(r"^(?:0x)?[0-9A-Fa-f]{1,4}$")


def _bad_spec(spec: str, why: str) -> ValueError:
    return ValueError(
        f"printer setting {spec!r} is not usable: {why}. Accepted forms: {SPEC_FORMS}"
    )


def printer_from_spec(spec: str) -> Printer:
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


def _no_printer(spec: str, value: str | None) -> Printer:
    if value is not None:
        raise _bad_spec(spec, '"none" takes nothing after it')
    return NoPrinter()


def _system_printer(spec: str, value: str | None) -> Printer:
    if value is None:
        return QtReceiptPrinter()
    if not value:
        raise _bad_spec(spec, 'the printer name after "system:" is missing')
    return QtReceiptPrinter(printer_name=value)


def _pdf_printer(spec: str, value: str | None) -> Printer:
    if not value:
        raise _bad_spec(spec, 'the file name after "pdf:" is missing')
    return QtReceiptPrinter(pdf_path=Path(value))


def _escpos_tcp(spec: str, value: str | None) -> Printer:
    host, port = _tcp_address(spec, value or "")
    from escpos.printer import Network  # noqa: PLC0415 (slow import, see module doc)

    return EscPosReceiptPrinter(Network(host, port=port, timeout=ESCPOS_TCP_TIMEOUT))


def _escpos_file(spec: str, value: str | None) -> Printer:
    if not value:
        raise _bad_spec(spec, 'the device file after "escpos-file:" is missing')
    from escpos.printer import File  # noqa: PLC0415

    return EscPosReceiptPrinter(File(value))


def _escpos_usb(spec: str, value: str | None) -> Printer:
    vendor, product = _usb_ids(spec, value or "")
    from escpos.printer import Usb  # noqa: PLC0415

    return EscPosReceiptPrinter(Usb(vendor, product, timeout=ESCPOS_USB_TIMEOUT_MS))


_SCHEMES: dict[str, Callable[[str, str | None], Printer]] = {
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
