"""Ticket receipts: ESC/POS bytes with the Danish letters, real sockets and files, Qt's
PDF output, the printer setting, and problems reported quickly as PrinterProblem."""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtWidgets import QApplication

from counter_app.ui.receipt_printers import (
    EscPosReceiptPrinter,
    Gap,
    LineSize,
    NoPrinter,
    PrinterProblem,
    ProblemKind,
    QtReceiptPrinter,
    Receipt,
    Rule,
    Slip,
    SlipLine,
    printer_from_spec,
    receipt_slip,
)

DANISH = "æøåÆØÅ"
ONLINE_QUERY = b"\x10\x04\x01"  # DLE EOT 1
PAPER_QUERY = b"\x10\x04\x04"  # DLE EOT 4
CUT = b"\x1dV\x00"  # GS V 0, full cut
SELECT_CP865 = b"\x1bt\x05"  # ESC t 5
SELECT_CP850 = b"\x1bt\x02"


def receipt(
    issued_at: datetime = datetime(2026, 11, 23, 8, 15, tzinfo=UTC),
    *,
    offline: bool = False,
    expected_wait: str = "ca. 12 min",
) -> Receipt:
    return Receipt(
        branch_name="Ørestad Bibliotek – Ærø Å og Sønderå",
        label="K004",
        queue_label="Hurtig hjælp / KVIK",
        expected_wait=expected_wait,
        issued_at=issued_at,
        offline=offline,
    )


def dummy_output(receipt_: Receipt, **options: object) -> bytes:
    dummy = Dummy()
    EscPosReceiptPrinter(dummy, **options).print_receipt(receipt_)  # type: ignore[arg-type]
    output: bytes = dummy.output
    return output


# --- the slip ----------------------------------------------------------------------------


def test_the_receipt_is_a_slip_in_the_kiosk_order_and_sizes() -> None:
    slip = receipt_slip(receipt(offline=True))
    assert slip.title == "Ticket receipt"
    assert slip.parts == (
        SlipLine("Ørestad Bibliotek – Ærø Å og Sønderå", LineSize.MEDIUM, bold=True),
        Rule(),
        SlipLine("Your number"),
        SlipLine("K004", LineSize.HUGE, bold=True),
        Gap(),
        SlipLine("Hurtig hjælp / KVIK", LineSize.LARGE, bold=True),
        SlipLine("Expected wait: ca. 12 min"),
        SlipLine("23.11.2026 at 09.15", LineSize.SMALL),
        Gap(),
        SlipLine("Number issued without connection", LineSize.SMALL, bold=True),
        Rule(),
        SlipLine("Please wait until your number is called", LineSize.SMALL),
    )


# --- ESC/POS bytes ---------------------------------------------------------------------


def test_escpos_receipt_has_the_label_the_nordic_code_page_and_a_cut() -> None:
    output = dummy_output(receipt())
    assert b"K004" in output
    assert SELECT_CP865 in output
    assert output.index(b"\x1b@") < output.index(SELECT_CP865)  # after the reset, not lost
    assert output.rstrip(b"\n").endswith(CUT)
    text = output.decode("cp865")
    assert "Hurtig hjælp / KVIK" in text
    assert "Ørestad Bibliotek - Ærø Å og Sønderå" in text  # the dash the printer lacks, made plain
    assert "Your number" in text
    assert "Expected wait: ca. 12 min" in text
    assert "Number issued without connection" not in text
    for letter in DANISH:
        assert letter.encode("cp865") in output


def test_escpos_prints_the_danish_letters_in_cp850_when_asked() -> None:
    output = dummy_output(receipt(), code_pages=("CP850",))
    assert SELECT_CP850 in output
    assert SELECT_CP865 not in output
    assert "Hurtig hjælp / KVIK" in output.decode("cp850")


def test_escpos_label_is_double_size() -> None:
    output = dummy_output(receipt())
    size_2x = b"\x1b!\x30"  # ESC ! with double width and height
    assert size_2x in output
    assert output.index(size_2x) < output.index(b"K004")


@pytest.mark.parametrize(
    ("issued_at", "local"),
    [
        (datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "29.03.2026 at 03.30"),  # summer time
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "25.10.2026 at 02.30"),  # winter time
        (datetime(2026, 11, 23, 8, 15, tzinfo=UTC), "23.11.2026 at 09.15"),
    ],
)
def test_escpos_prints_copenhagen_time(issued_at: datetime, local: str) -> None:
    assert local in dummy_output(receipt(issued_at)).decode("cp865")


def test_escpos_offline_receipt_says_so_and_unknown_wait_is_left_out() -> None:
    text = dummy_output(receipt(offline=True, expected_wait="")).decode("cp865")
    assert "Number issued without connection" in text
    assert "Expected wait" not in text


def test_escpos_wraps_long_lines_between_words() -> None:
    words = "Check in at the kiosk with your booking code, or at KVIK."  # 57 characters
    slip = Slip("test", (SlipLine(words, LineSize.SMALL), SlipLine("AB", LineSize.HUGE)))
    dummy = Dummy()
    EscPosReceiptPrinter(dummy).print_slip(slip)
    text = dummy.output.decode("cp865")
    assert "Check in at the kiosk with your booking\ncode, or at KVIK.\n" in text  # 42 columns
    assert "AB\n" in text


def test_receipt_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="naive"):
        receipt(datetime(2026, 11, 23, 9, 15))


def test_a_printer_that_blocks_is_given_up_after_the_deadline() -> None:
    release = threading.Event()

    class Stuck(Dummy):  # type: ignore[misc]  # python-escpos has no types
        def _raw(self, msg: bytes) -> None:
            release.wait(10)
            super()._raw(msg)

    printer = EscPosReceiptPrinter(Stuck(), deadline=0.3)
    started = time.monotonic()
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.OFFLINE
    assert time.monotonic() - started < 2
    started = time.monotonic()
    with pytest.raises(PrinterProblem, match="earlier receipt") as again:
        printer.print_receipt(receipt())  # fails at once while the first is still stuck
    assert again.value.kind is ProblemKind.OFFLINE
    assert time.monotonic() - started < 0.2
    release.set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            printer.print_receipt(receipt())
            break
        except PrinterProblem:
            time.sleep(0.05)  # the stuck receipt is still finishing
    else:
        pytest.fail("the printer stayed stuck after the write returned")


# --- escpos-tcp on loopback ------------------------------------------------------------


class FakeNetworkPrinter:
    """Accepts one connection on loopback and records what arrives; answers status
    queries with the given bytes, or not at all (like a raw forwarder)."""

    def __init__(self, *, online: bytes | None = None, paper: bytes | None = None) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.received = bytearray()
        self.answers = {ONLINE_QUERY: online, PAPER_QUERY: paper}
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            connection, _ = self.listener.accept()
        except OSError:
            return
        with connection:
            connection.settimeout(10)
            while chunk := connection.recv(4096):
                self.received += chunk
                answer = self.answers.get(chunk)
                if answer is not None:
                    connection.sendall(answer)

    def close(self) -> bytes:
        self.thread.join(10)
        self.listener.close()
        return bytes(self.received)


@pytest.fixture
def serve() -> Iterator[list[FakeNetworkPrinter]]:
    servers: list[FakeNetworkPrinter] = []
    yield servers
    for server in servers:
        server.close()


def fake_printer(servers: list[FakeNetworkPrinter], **answers: bytes | None) -> FakeNetworkPrinter:
    server = FakeNetworkPrinter(**answers)
    servers.append(server)
    return server


def test_escpos_tcp_to_a_closed_port_is_offline_within_3_s() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nobody listens here once it is closed
    printer = printer_from_spec(f"escpos-tcp:127.0.0.1:{port}")
    assert printer.describe() == f"ESC/POS tcp 127.0.0.1:{port}"
    started = time.monotonic()
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.OFFLINE
    assert time.monotonic() - started < 3


@pytest.mark.skipif(sys.platform != "linux", reason="relies on Linux dropping SYNs")
def test_escpos_tcp_to_a_printer_that_never_answers_gives_up_within_3_s() -> None:
    # A listener whose accept queue is full: Linux drops further SYNs, so connecting
    # hangs as it does for a printer that is switched off on the network.
    with socket.create_server(("127.0.0.1", 0), backlog=0) as listener:
        port = listener.getsockname()[1]
        fillers = [socket.socket() for _ in range(4)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", port))
            time.sleep(0.2)
            started = time.monotonic()
            with pytest.raises(PrinterProblem) as caught:
                printer_from_spec(f"escpos-tcp:127.0.0.1:{port}").print_receipt(receipt())
            elapsed = time.monotonic() - started
        finally:
            for filler in fillers:
                filler.close()
    assert caught.value.kind is ProblemKind.OFFLINE
    assert 2.5 < elapsed < 3.5  # it did wait for the connection, and not for long


def test_escpos_tcp_sends_the_receipt_to_a_printer_that_does_not_answer_status(
    serve: list[FakeNetworkPrinter],
) -> None:
    server = fake_printer(serve)
    printer_from_spec(f"escpos-tcp:127.0.0.1:{server.port}").print_receipt(receipt())
    received = server.close()
    assert b"K004" in received
    assert "Hurtig hjælp / KVIK" in received.decode("cp865")
    assert CUT in received


def test_escpos_tcp_prints_when_the_printer_reports_ready(
    serve: list[FakeNetworkPrinter],
) -> None:
    server = fake_printer(serve, online=b"\x12", paper=b"\x12")
    printer_from_spec(f"escpos-tcp:127.0.0.1:{server.port}").print_receipt(receipt())
    received = server.close()
    assert received.startswith(ONLINE_QUERY + PAPER_QUERY)
    assert b"K004" in received


@pytest.mark.parametrize(
    ("online", "paper", "kind"),
    [
        (b"\x1a", b"\x72", ProblemKind.NO_PAPER),  # offline, paper end
        (b"\x12", b"\x72", ProblemKind.NO_PAPER),  # says online, yet the paper has ended
        (b"\x1a", b"\x12", ProblemKind.OFFLINE),  # offline with paper: cover open, error
        (b"\x1a", None, ProblemKind.OFFLINE),  # offline, and no answer about the paper
    ],
)
def test_escpos_tcp_reports_what_the_printer_says(
    serve: list[FakeNetworkPrinter], online: bytes, paper: bytes | None, kind: ProblemKind
) -> None:
    server = fake_printer(serve, online=online, paper=paper)
    with pytest.raises(PrinterProblem) as caught:
        printer_from_spec(f"escpos-tcp:127.0.0.1:{server.port}").print_receipt(receipt())
    assert caught.value.kind is kind
    assert b"K004" not in server.close()


def test_escpos_tcp_prints_when_the_paper_runs_low(serve: list[FakeNetworkPrinter]) -> None:
    server = fake_printer(serve, online=b"\x12", paper=b"\x1e")  # near-end sensor
    printer_from_spec(f"escpos-tcp:127.0.0.1:{server.port}").print_receipt(receipt())
    assert b"K004" in server.close()


# --- escpos-file and escpos-usb --------------------------------------------------------


def test_escpos_file_in_a_missing_folder_is_no_printer(tmp_path: Path) -> None:
    printer = printer_from_spec(f"escpos-file:{tmp_path / 'missing' / 'lp0'}")
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.NO_PRINTER


def test_escpos_file_writes_the_receipt(tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    printer = printer_from_spec(f"escpos-file:{device}")
    assert printer.describe() == f"ESC/POS file {device}"
    printer.print_receipt(receipt())
    written = device.read_bytes()
    assert b"K004" in written
    assert SELECT_CP865 in written
    assert written.rstrip(b"\n").endswith(CUT)
    assert ONLINE_QUERY not in written  # a device file cannot answer, so nobody asks


def test_escpos_usb_without_the_device_is_no_printer_quickly() -> None:
    printer = printer_from_spec("escpos-usb:04b8:0202")
    assert printer.describe() == "ESC/POS usb 04b8:0202"
    started = time.monotonic()
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.NO_PRINTER
    assert time.monotonic() - started < 3


# --- Qt ----------------------------------------------------------------------------------


def test_pdf_spec_writes_a_pdf(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "receipt.pdf"
    printer = printer_from_spec(f"pdf:{target}")
    assert printer.describe() == f"PDF file {target}"
    printer.print_receipt(receipt(offline=True))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


def test_the_ticket_page_is_80_by_110_mm_and_a_long_slip_gets_a_longer_page(
    qapp: QApplication, tmp_path: Path
) -> None:
    ticket = tmp_path / "ticket.pdf"
    QtReceiptPrinter(pdf_path=ticket).print_receipt(receipt(offline=True))
    assert b"/MediaBox [0 0 227.000000 312.000000]" in ticket.read_bytes()  # points
    long = tmp_path / "long.pdf"
    lines = tuple(SlipLine(f"line {number}", LineSize.LARGE) for number in range(30))
    QtReceiptPrinter(pdf_path=long).print_slip(Slip("long", lines))
    data = long.read_bytes()
    heights = [float(h) for h in re.findall(rb"/MediaBox \[0 0 [0-9.]+ ([0-9.]+)\]", data)]
    assert len(heights) == 1  # one page, as long as the slip
    assert heights[0] > 400


def test_qt_printing_works_from_a_worker_thread(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "from-thread.pdf"
    errors: list[BaseException] = []

    def work() -> None:
        try:
            QtReceiptPrinter(pdf_path=target).print_receipt(receipt())
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert errors == []
    assert target.read_bytes().startswith(b"%PDF")


def test_pdf_in_a_missing_folder_is_a_problem(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(PrinterProblem) as caught:
        printer_from_spec(f"pdf:{tmp_path / 'missing' / 'r.pdf'}").print_receipt(receipt())
    assert caught.value.kind is ProblemKind.FAILED


def test_a_system_printer_that_does_not_exist_is_no_printer(qapp: QApplication) -> None:
    printer = printer_from_spec("system:NoSuchPrinter")
    assert printer.describe() == "system printer 'NoSuchPrinter'"
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.NO_PRINTER
    assert "NoSuchPrinter" in str(caught.value)


# --- the setting -------------------------------------------------------------------------


def test_no_printer_always_says_so() -> None:
    printer = printer_from_spec("none")
    assert isinstance(printer, NoPrinter)
    with pytest.raises(PrinterProblem) as caught:
        printer.print_receipt(receipt())
    assert caught.value.kind is ProblemKind.NO_PRINTER
    assert f"{caught.value.kind}" == "no_printer"  # a StrEnum, for logs and JSON
    assert "K004" in caught.value.message


@pytest.mark.parametrize(
    ("spec", "description"),
    [
        ("none", "no printer"),
        ("  NONE ", "no printer"),
        ("escpos-tcp:10.0.0.5", "ESC/POS tcp 10.0.0.5:9100"),
        ("escpos-tcp:10.0.0.5:9101", "ESC/POS tcp 10.0.0.5:9101"),
        ("escpos-tcp:bon-printer.kommune.local", "ESC/POS tcp bon-printer.kommune.local:9100"),
        ("ESCPOS-TCP:printer1:65535", "ESC/POS tcp printer1:65535"),
        ("escpos-file:/dev/usb/lp0", "ESC/POS file /dev/usb/lp0"),
        ("escpos-usb:04b8:0202", "ESC/POS usb 04b8:0202"),
        ("escpos-usb:0x04B8:0x0E15", "ESC/POS usb 04b8:0e15"),
        ("system", "system default printer"),
        ("system:Kiosk Bon 1", "system printer 'Kiosk Bon 1'"),
        ("pdf:/tmp/receipt.pdf", "PDF file /tmp/receipt.pdf"),
    ],
)
def test_every_accepted_form(spec: str, description: str) -> None:
    assert printer_from_spec(spec).describe() == description


@pytest.mark.parametrize(
    ("spec", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("cups:Kiosk", "not a known kind"),
        ("escpos", "not a known kind"),
        ("none:x", "nothing after"),
        ("system:", "printer name"),
        ("pdf:", "file name"),
        ("escpos-file:", "device file"),
        ("escpos-tcp", "host name"),
        ("escpos-tcp:", "host name"),
        ("escpos-tcp:my printer", "host name"),
        ("escpos-tcp:10.0.0.5:", "port"),
        ("escpos-tcp:10.0.0.5:0", "port"),
        ("escpos-tcp:10.0.0.5:65536", "port"),
        ("escpos-tcp:10.0.0.5:91OO", "port"),
        ("escpos-tcp:10.0.0.5:-1", "port"),
        ("escpos-tcp:[::1]:9100", "IPv6"),
        ("escpos-usb:", "USB ids"),
        ("escpos-usb:04b8", "USB ids"),
        ("escpos-usb:04b8:0202:1", "USB ids"),
        ("escpos-usb:epson:0202", "USB ids"),
        ("escpos-usb:104b8:0202", "USB ids"),
        ("escpos-usb:0000:0202", "do not name a device"),
    ],
)
def test_bad_settings_say_what_is_accepted(spec: str, why: str) -> None:
    with pytest.raises(ValueError, match="Accepted forms") as caught:
        printer_from_spec(spec)
    message = str(caught.value)
    assert why in message
    assert repr(spec) in message
    assert "escpos-tcp:HOST[:PORT]" in message
