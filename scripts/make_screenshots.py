"""Render the desk (serving at 2:00, at 5:30 with the five-minute prompt, the booking
dialog and the registration step), a caseworker's day list and screen queue, a branch
library forwarding by screen, the book bus offline, the kiosk (start and receipt), the
display board to PNG files in a realistic demo morning: tickets drawn at the kiosk, some
called, one at each desk; and a manager's statistics over two months of made-up history.

Run through ``scripts/screenshots`` (offscreen, in a throwaway data folder).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app.settings import DeskSettings, Mode
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.appointments import AppointmentState
from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Resource
from counter_app.domain.statistics import PeriodKind
from counter_app.domain.timezone import local_day, utc_now
from counter_app.models import Appointment, Branch, Service, Ticket
from counter_app.models.database import make_engine, sqlite_url
from counter_app.server.changes import ChangeRecorder
from counter_app.server.demo import DEMO_STAFF_CODE
from counter_app.server.demo_history import Volume, write_history
from counter_app.ui.application import run_in_qt
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window
from counter_app.ui.statistics_window import StatisticsWindow


def _settings(data_dir: Path, name: str, mode: Mode, branch: str = "HB") -> DeskSettings:
    return DeskSettings(
        data_dir=data_dir,
        server_url=None,
        enrollment_key=None,
        municipality="demo",
        branch=branch,
        desk_name=name,
        language="da",
        smoke_test=False,
        screenshot=None,
        mode=mode,
    )


async def _save(window: QWidget, size: tuple[int, int], path: Path) -> None:
    window.resize(*size)
    window.show()
    await asyncio.sleep(0.3)
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    sys.stdout.write(f"wrote {path}\n")


async def _save_dialog(dialog: QWidget, path: Path) -> None:
    await asyncio.sleep(0.3)
    if not dialog.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    sys.stdout.write(f"wrote {path}\n")


def _served_since(desk: RunningDesk, ticket_id: uuid.UUID, ago: timedelta) -> None:
    """Pretend the citizen at the desk has been served for ``ago`` (the screenshot cannot
    wait five minutes)."""
    with Session(desk.database) as session, session.begin():
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.serving_started_at = utc_now() - ago


async def _desk_screens(desk: RunningDesk, ticket_id: uuid.UUID, out: Path) -> None:
    window = build_window(desk.services, WindowOptions(mode="desk"))
    assert isinstance(window, DeskWindow)
    _served_since(desk, ticket_id, timedelta(minutes=2))
    window.refresh()
    service = next(s for s in desk.services.catalogue.services("da") if s.code == "mitid")
    window.flow.checklist.choose(service.id)
    await _save(window, (1366, 768), out / "desk.png")
    _served_since(desk, ticket_id, timedelta(minutes=5, seconds=30))
    window.refresh()
    window.flow.timer.tick()
    await _save(window, (1366, 768), out / "desk_five_minutes.png")
    window.book_appointment()  # the handoff: book the citizen an appointment
    booking = window.booking.dialog
    assert booking is not None
    booking.name.setText("Karen Hansen")
    booking.contact.setText("12 34 56 78")
    await _save_dialog(booking, out / "booking.png")
    booking.reject()
    await asyncio.sleep(0.1)
    window.flow.prompt.buttons[ContinueReason.ALMOST_DONE].click()
    window.act("finish", ticket_id)
    dialog = window.flow.dialog
    assert dialog is not None
    await _save_dialog(dialog, out / "registration.png")
    dialog.reject()
    window.close()


def _appointments_today(folder: Path, count: int) -> list[uuid.UUID]:
    """Borgerservice appointments from about now on, written into the demo server (the
    screenshot cannot wait for a day with free slots)."""
    now = utc_now()
    first = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    names = ["Karen Hansen", "Ali Demir", "Birthe Nielsen", "Jonas Madsen", "Sofie Berg"]
    url = sqlite_url(folder / "embedded" / "server.sqlite")
    engine = make_engine(url.render_as_string(hide_password=False))
    ids = []
    try:
        with Session(engine) as session, session.begin():
            branch = session.scalars(select(Branch).where(Branch.code == "HB")).one()
            passport = session.scalars(select(Service).where(Service.code == "passport")).one()
            recorder = ChangeRecorder(session, branch.municipality_id, "screenshots")
            for n in range(count):
                row = Appointment(
                    id=uuid.uuid4(),
                    municipality_id=branch.municipality_id,
                    branch_id=branch.id,
                    resource=Resource.CITIZEN_SERVICE,
                    service_id=passport.id,
                    starts_at=first + timedelta(minutes=15 * (n - 1)),
                    minutes=15,
                    citizen_name=names[n % len(names)],
                    citizen_contact=f"+45 20 30 40 {50 + n}",
                    state=AppointmentState.BOOKED,
                    booked_at=now - timedelta(days=3),
                    booking_code=f"ACD34{n}",
                )
                session.add(row)
                recorder.touched(row, branch.id)
                ids.append(row.id)
            recorder.flush(now)
    finally:
        engine.dispose()
    return ids


async def _caseworker_screen(
    folder: Path, kiosk: RunningDesk, caseworker: RunningDesk, out: Path
) -> None:
    """A caseworker's day list: two citizens checked in at the kiosk, the rest to come."""
    ids = _appointments_today(folder, 5)
    await kiosk.sync.pull_all()
    for appointment_id in ids[:2]:
        await kiosk.services.arrivals.check_in(appointment_id)
    await caseworker.sync.pull_all()
    window = build_window(caseworker.services, WindowOptions(mode="desk"))
    await _save(window, (1366, 768), out / "caseworker_day_list.png")
    window.close()


def _service(desk: RunningDesk, code: str) -> uuid.UUID:
    return next(s.id for s in desk.services.catalogue.services("da") if s.code == code)


async def _forward(desk: RunningDesk, code: str, screen: str, name: str) -> None:
    room = next(r.id for r in desk.services.screens.rooms() if r.name == screen)
    outcome = await desk.services.screens.forward(
        service_id=_service(desk, code), room_id=room, first_name=name
    )
    assert outcome.screen_inquiry_id is not None, outcome


async def _screen_inquiries(folder: Path, caseworker: RunningDesk, out: Path) -> None:
    """Two libraries forward citizens by screen; the caseworker has taken one. The
    library's desk, its forwarding dialog, the caseworker's screen queue, and the book
    bus out of reach with a day's work waiting to be sent."""
    library = await start_desk(_settings(folder, "Filialskranke", Mode.DESK, "NORD"))
    bus = await start_desk(_settings(folder, "Bogbus", Mode.DESK, "BUS"))
    try:
        queue_b = next(q.id for q in caseworker.services.queues.queues() if q.prefix == "B")
        caseworker.services.work.set_presence(open_=True, queue_ids=[queue_b])
        await caseworker.sync.push_all()
        await _forward(library, "passport", "Skærm 1", "Ida")
        await _forward(bus, "driving_licence", "Bussens skærm", "Ahmed")
        await _forward(library, "housing_benefit", "Skærm 2", "")
        await caseworker.sync.pull_all()
        first = caseworker.services.screens.queue()[0]
        accepted = await caseworker.services.screens.accept(first.id)
        assert accepted.accepted
        await library.sync.pull_all()

        window = build_window(caseworker.services, WindowOptions(mode="desk"))
        await _save(window, (1366, 768), out / "caseworker_screen_queue.png")
        window.close()

        window = build_window(library.services, WindowOptions(mode="desk"))
        assert isinstance(window, DeskWindow)
        window.flow.checklist.choose(_service(library, "passport"))
        await _save(window, (1366, 768), out / "branch_screen.png")
        window.screens.open_forward()
        dialog = window.screens.dialog
        assert dialog is not None
        dialog.first_name.setText("Mads")
        await _save_dialog(dialog, out / "branch_forward.png")
        dialog.reject()
        window.close()

        # The bus drives out of reach and works on: registrations and a booking wait.
        await bus.sync.stop()
        await bus.client.retarget("http://127.0.0.1:9")
        now = utc_now()
        for minutes in range(0, 60, 5):
            bus.services.inquiries.register(
                channel=Channel.COUNTER,
                outcome=Outcome.RESOLVED,
                started_at=now - timedelta(minutes=minutes + 3),
                ended_at=now - timedelta(minutes=minutes),
                service_ids=[_service(bus, "loans")],
            )
        with contextlib.suppress(ConnectionError):
            await bus.sync.push_all()  # finds no server: the bus is offline
        window = build_window(bus.services, WindowOptions(mode="desk"))
        await _save(window, (1366, 768), out / "book_bus.png")
        window.close()
    finally:
        await bus.close()
        await library.close()


def _past_months(folder: Path) -> None:
    """Two months of made-up activity at the demo's branches (the past only)."""
    url = sqlite_url(folder / "embedded" / "server.sqlite")
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        with Session(engine) as session:
            town = session.scalars(select(Branch.municipality_id)).first()
        assert town is not None
        volume = Volume(tickets=3600, inquiries=6200, appointments=520, screen_inquiries=140)
        write_history(engine, town, today=local_day(utc_now()), days=61, volume=volume)
    finally:
        engine.dispose()


async def _statistics(folder: Path, desk: RunningDesk, out: Path) -> None:
    """The overview a manager reads: last month at every branch."""
    _past_months(folder)
    await desk.services.staff.sign_in("FN", DEMO_STAFF_CODE)  # the statistics are a manager's
    window = StatisticsWindow(desk.services.statistics, "da")
    window.period_kind.setCurrentIndex(window.period_kind.findData(PeriodKind.MONTH.value))
    window.step_period(-1)
    window.branch.setCurrentIndex(0)  # the whole municipality
    window.resize(1366, 768)
    window.show()
    await window.refresh()
    await _save(window, (1366, 768), out / "statistics.png")
    window.tabs.setCurrentIndex(1)
    await _save(window, (1366, 768), out / "statistics_inquiries.png")
    window.tabs.setCurrentIndex(2)
    await _save(window, (1366, 768), out / "statistics_waits.png")
    window.close()


async def _morning(folder: Path, out: Path) -> int:
    desks: list[RunningDesk] = []
    try:
        for name, mode in (
            ("KVIK 1", Mode.DESK),
            ("KVIK 2", Mode.DESK),
            ("Kiosk 1", Mode.KIOSK),
            ("Infoskærm 1", Mode.DISPLAY),
        ):
            desks.append(await start_desk(_settings(folder, name, mode)))
        kvik1, kvik2, kiosk, board = desks
        queues = {q.prefix: q.id for q in kiosk.services.queues.queues()}
        for prefix in "KKKBKLKK":
            await kiosk.services.dispenser.draw(queues[prefix])
        for desk in desks:
            await desk.sync.pull_all()
        for desk in (kvik1, kvik2):
            desk.services.work.set_presence(open_=True, queue_ids=[queues["K"], queues["L"]])
        await kvik2.services.work.call_next([queues["K"]])
        outcome = await kvik1.services.work.call_next([queues["K"]])
        current = kvik1.services.queues.current_ticket()
        assert current is not None and outcome.ticket_label == current.label
        kvik1.services.work.start(current.id)
        for desk in desks:
            await desk.sync.sync_once()

        await _desk_screens(kvik1, current.id, out)

        board_window = build_window(board.services, WindowOptions(mode="display"))
        await _save(board_window, (1920, 1080), out / "display.png")
        board_window.close()

        kiosk_window = build_window(kiosk.services, WindowOptions(mode="kiosk"))
        await _save(kiosk_window, (1280, 800), out / "kiosk.png")
        draw = getattr(kiosk_window, "draw", None)
        if callable(draw):
            draw(queues["K"])
            await asyncio.sleep(2.5)
            await _save(kiosk_window, (1280, 800), out / "kiosk_receipt.png")
        kiosk_window.close()
        await asyncio.sleep(0.1)
        desks.append(await start_desk(_settings(folder, "Borgerservice 1", Mode.DESK)))
        await _caseworker_screen(folder, kiosk, desks[-1], out)
        await _screen_inquiries(folder, desks[-1], out)
        await _statistics(folder, kvik1, out)
        return 0
    finally:
        for desk in reversed(desks):
            await desk.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        return run_in_qt(lambda: _morning(Path(folder), out), "da")


if __name__ == "__main__":
    sys.exit(main())
