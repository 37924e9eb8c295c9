"""What the kiosk tests share: a kiosk desk on the embedded server and its window, and an
appointment today written straight into the embedded server's database."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from counter_app.app.settings import Mode
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.org import Resource
from counter_app.domain.timezone import COPENHAGEN, local_day, utc_now
from counter_app.models import Branch
from counter_app.ui.kiosk_window import KioskWindow
from counter_app.ui.receipt_printers import ReceiptPrinter
from counter_app.ui.sync_bridge import SyncBridge
from tests.support.server_db import embedded_server_url, server_session, write_appointment
from tests.ui.conftest import desk_settings


async def start_kiosk(tmp_path: Path) -> RunningDesk:
    """The kiosk "Kiosk 1" on the demo server in ``tmp_path`` (hosting it if first)."""
    return await start_desk(
        dataclasses.replace(desk_settings(tmp_path, "Kiosk 1"), mode=Mode.KIOSK)
    )


def kiosk_window(
    desk: RunningDesk,
    printer: ReceiptPrinter,
    *,
    receipt_seconds: float = 12.0,
    guard_seconds: float = 1.5,
    start_guard_seconds: float = 0.6,
    idle_seconds: float = 60.0,
    apology_seconds: float = 6.0,
    not_found_seconds: float = 20.0,
) -> KioskWindow:
    """The kiosk window as the program builds it, in Danish."""
    bridge = SyncBridge(desk.services.sync)
    window = KioskWindow(
        desk.services,
        bridge,
        printer,
        "da",
        receipt_seconds=receipt_seconds,
        guard_seconds=guard_seconds,
        start_guard_seconds=start_guard_seconds,
        idle_seconds=idle_seconds,
        apology_seconds=apology_seconds,
        not_found_seconds=not_found_seconds,
    )
    bridge.setParent(window)
    bridge.attach()
    return window


def queue_id(desk: RunningDesk, prefix: str) -> uuid.UUID:
    """The id of the desk's branch queue with ``prefix``."""
    return next(q.id for q in desk.services.queues.queues() if q.prefix == prefix)


def appointment_time(offset: timedelta = timedelta(0), now: datetime | None = None) -> datetime:
    """A time today (Copenhagen) about an hour from now, moved by ``offset`` (within half
    an hour either way it stays today, whatever the hour the tests run at)."""
    now = now or utc_now()
    day = local_day(now)
    day_end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=COPENHAGEN)
    base = min(now + timedelta(hours=1), day_end.astimezone(now.tzinfo) - timedelta(hours=1))
    base = base.replace(minute=base.minute - base.minute % 5, second=0, microsecond=0)
    return base + offset


def book_today(
    data_dir: Path,
    *,
    code: str,
    contact: str = "+45 12 34 56 78",
    starts_at: datetime | None = None,
    resource: Resource = Resource.CITIZEN_SERVICE,
) -> uuid.UUID:
    """A booked appointment at the main branch of the demo server hosted in ``data_dir``,
    so desks get it on their next pull (the demo's shifts may not cover today)."""
    url = embedded_server_url(data_dir)
    with server_session(url) as session:
        branch = session.scalars(select(Branch).where(Branch.code == "HB")).one()
        municipality_id, branch_id = branch.municipality_id, branch.id
    return write_appointment(
        url,
        municipality_id=municipality_id,
        branch_id=branch_id,
        starts_at=starts_at or appointment_time(),
        booking_code=code,
        contact=contact,
        name="Karen Jensen",
        resource=resource,
    )
