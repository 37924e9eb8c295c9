"""Starting a desk: find or host the server, open the local database, enroll, sync once."""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from counter_app.app.central_enrollment import connect_with_token, refused_token
from counter_app.app.desk_slots import DeskSlot, NoFreeSlotError, claim_slot
from counter_app.app.embedded import EmbeddedServer, EmbeddedServerError, host_or_join
from counter_app.app.settings import DeskSettings, Mode
from counter_app.app.startup_error import StartupError
from counter_app.domain.org import DeskKind
from counter_app.domain.timezone import utc_now
from counter_app.protocol.messages import EnrollRequest
from counter_app.protocol.validation import summarise
from counter_app.services.desk_services import DeskServices
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError, SyncClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.identity import forget_signed_in, load_identity, save_identity
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.local_recovery import Recovery, recover_if_damaged
from counter_app.sync.outbox import Outbox
from counter_app.sync.replica import Replica
from counter_app.sync.tls import (
    CAFileError,
    certificate_error,
    describe_certificate_error,
    desk_ssl_context,
)

log = logging.getLogger(__name__)

FIRST_SYNC_TIMEOUT = 20.0


@dataclass
class RunningDesk:
    """Everything a started desk holds; :meth:`close` lets go of it in order."""

    settings: DeskSettings
    slot: DeskSlot
    database: Engine
    client: SyncClient
    sync: SyncEngine
    services: DeskServices
    embedded: EmbeddedServer | None
    synced: bool
    _key: str | None
    clock: Callable[[], datetime] = field(default=utc_now)
    # Set when the local database was damaged and rebuilt at this start (staff are told).
    recovery: Recovery | None = None

    async def supervise(self, interval: float = 3.0) -> None:
        """Keep the desk connected for as long as it runs.

        A desk that started offline enrolls as soon as the server answers. A desk that
        joined another desk program's embedded server takes it over when that program is
        closed: the server's database is a file on this machine, so nothing is lost.
        """
        said = ""
        while True:
            await asyncio.sleep(interval)
            joined = self.embedded is not None and not self.embedded.hosted
            if joined and not await self._server_answers():
                await self._take_over_embedded(interval)
            if not self.synced:
                try:
                    self.synced = await _enroll_and_sync(
                        self.settings, self.slot, self.database, self.client, self._key
                    )
                except StartupError as exc:
                    # Staff see it in the top bar; IT finds it in the log (once, not every
                    # few seconds).
                    self.sync.report_refused(str(exc))
                    if str(exc) != said:
                        log.error("enrollment refused: %s", exc)
                        said = str(exc)
                if self.synced:
                    self.sync.request_push()
                    self.sync.request_pull()

    async def _server_answers(self) -> bool:
        try:
            await self.client.health(timeout=1.0)
        except (ServerUnreachableError, ServerRefusedError):
            return False
        return True

    async def _take_over_embedded(self, timeout: float) -> None:
        folder = self.settings.data_dir / "embedded"
        try:
            embedded = await asyncio.to_thread(host_or_join, folder, start_timeout=timeout)
        except EmbeddedServerError as exc:
            log.info("the embedded server is not back yet: %s", exc)
            return
        if embedded.hosted:
            log.info("the desk program that hosted the server closed; this one hosts it now")
        self.embedded = embedded
        self._key = embedded.enrollment_key
        await self.client.retarget(embedded.url)
        self.synced = False  # the new server process knows no token of ours: enroll again

    async def close(self) -> None:
        """Send what is left (briefly), stop syncing, close connections, stop a hosted
        server, free the slot."""
        await self.sync.stop()
        if self.synced:
            try:
                await asyncio.wait_for(self.sync.push_all(timeout=2.0), 3.0)
            except (ServerUnreachableError, ServerRefusedError, TimeoutError) as exc:
                log.info("changes left for the next start: %s", exc)
        await self.client.aclose()
        self.database.dispose()
        if self.embedded is not None:
            await asyncio.to_thread(self.embedded.stop)
        self.slot.release()


# Each mode has its own slots and names on one machine: KVIK 1, Kiosk 1, Infoskærm 1.
# The names are the demo municipality's desks (data, in Danish, like a branch's name).
_SLOTS = {
    Mode.DESK: ("desks", "KVIK", DeskKind.KVIK),
    Mode.KIOSK: ("kiosks", "Kiosk", DeskKind.KIOSK),
    Mode.DISPLAY: ("displays", "Infoskærm", DeskKind.DISPLAY),
}


def _slot_folder(settings: DeskSettings) -> Path:
    """The demo's desks keep their databases beside the demo server's, a central server's
    desks their own: a desk connected to the municipality's server never starts from the
    demo's copy and outbox, and the demo stays as it was."""
    folder = _SLOTS[settings.mode][0]
    if settings.server_url is None:
        return settings.data_dir / "embedded" / folder
    return settings.data_dir / folder


def _desk_name(settings: DeskSettings, slot: DeskSlot) -> str:
    return settings.desk_name or f"{_SLOTS[settings.mode][1]} {slot.index}"


async def start_desk(
    settings: DeskSettings, clock: Callable[[], datetime] = utc_now
) -> RunningDesk:
    """Bring a desk up to the point where its window can open."""
    try:
        slot = claim_slot(_slot_folder(settings))
    except (OSError, NoFreeSlotError) as exc:
        raise StartupError(
            f"cannot use the data folder {settings.data_dir}: {exc}. Give a folder on a "
            "local disk with --data-dir (or COUNTER_APP_DATA_DIR).",
            2,
        ) from exc
    embedded: EmbeddedServer | None = None
    try:
        try:
            recovery = recover_if_damaged(slot.database)
            database = open_desk_database(slot.database)
        except Exception as exc:
            raise StartupError(str(exc), 3) from exc
        forget_signed_in(database)
        key: str | None
        if settings.server_url is None:
            embedded = await _host_or_join(settings.data_dir / "embedded")
            url, key = embedded.url, embedded.enrollment_key
        else:
            url, key = settings.server_url, settings.enrollment_key
        try:
            ssl_context = desk_ssl_context(settings.ca_file)
        except CAFileError as exc:
            raise StartupError(f"{exc}. Check --ca-file (or COUNTER_CA_FILE).", 2) from exc
        client = SyncClient(url, ssl_context=ssl_context)
        try:
            synced = await _enroll_and_sync(settings, slot, database, client, key)
        except StartupError:
            await client.aclose()
            raise
        identity = load_identity(database)
        if identity is None:
            await client.aclose()
            raise StartupError(
                "this desk has never reached its server, so it has nothing to show yet. "
                "Check the server address and the network, then start again.",
                4,
            )
        sync = SyncEngine(
            client=client,
            outbox=Outbox(database, clock),
            replica=Replica(database, clock),
            branch_id=identity.branch_id,
        )
        if synced:
            synced = await _first_sync(settings, sync, database, client)
        services = DeskServices.create(database, sync, identity, clock)
        return RunningDesk(
            settings,
            slot,
            database,
            client,
            sync,
            services,
            embedded,
            synced,
            key,
            clock,
            recovery,
        )
    except BaseException:
        if embedded is not None:
            embedded.stop()
        slot.release()
        raise


async def _first_sync(
    settings: DeskSettings, sync: SyncEngine, database: Engine, client: SyncClient
) -> bool:
    """Push and pull once; False offline. A token the server no longer knows stops here,
    and so does a certificate that is not trusted (the token came from the keyring)."""
    try:
        await asyncio.wait_for(sync.sync_once(), FIRST_SYNC_TIMEOUT)
    except (ServerUnreachableError, TimeoutError) as exc:
        untrusted = certificate_error(exc)
        if untrusted is not None:
            await client.aclose()
            raise StartupError(_untrusted_message(settings, client.base_url, untrusted), 4) from exc
        log.warning("first sync failed: %s", exc)
        return False
    except ServerRefusedError as exc:
        if exc.status != 401:
            raise
        await client.aclose()
        raise refused_token(database, client) from exc
    return True


async def _host_or_join(folder: Path) -> EmbeddedServer:
    try:
        return await asyncio.to_thread(host_or_join, folder)
    except EmbeddedServerError as exc:
        raise StartupError(str(exc), 4) from exc
    except DatabaseError as exc:
        raise StartupError(
            f"the demo server's database in {folder} is damaged ({exc.orig}). Move the "
            "folder aside (rename it) and start again: a fresh demo is made.",
            3,
        ) from exc


async def _enroll_and_sync(
    settings: DeskSettings,
    slot: DeskSlot,
    database: Engine,
    client: SyncClient,
    key: str | None,
) -> bool:
    """Enroll by the server's key (the token lives only in memory) or, for a central server
    without one, with the keyring's token or a one-time code; False if the server cannot
    be reached."""
    try:
        if key is None:
            return await connect_with_token(settings, database, client)
        request = _key_request(settings, slot, key)
        response = await asyncio.wait_for(client.enroll(request), FIRST_SYNC_TIMEOUT)
    except (ServerUnreachableError, TimeoutError) as exc:
        untrusted = certificate_error(exc)
        if untrusted is not None:  # retrying cannot help: say so instead of waiting
            raise StartupError(_untrusted_message(settings, client.base_url, untrusted), 4) from exc
        log.warning("server unreachable at start: %s", exc)
        return False
    except ServerRefusedError as exc:
        raise StartupError(f"the server refused this desk: {exc.message}", 4) from exc
    save_identity(database, response, client.base_url)
    return True


def _key_request(settings: DeskSettings, slot: DeskSlot, key: str) -> EnrollRequest:
    if settings.server_url is not None and settings.desk_name is None:
        raise StartupError(
            'give this desk its name with --desk-name (e.g. "KVIK 2"): each desk of a '
            "central server needs its own, or several desks would become one",
            2,
        )
    try:
        return EnrollRequest(
            enrollment_key=key,
            municipality_code=settings.municipality,
            branch_code=settings.branch,
            desk_name=_desk_name(settings, slot),
            desk_kind=_SLOTS[settings.mode][2].value,
        )
    except ValidationError as exc:
        raise StartupError(
            "a setting is wrong: " + summarise(exc.errors()).removeprefix("invalid request: "), 2
        ) from exc


def _untrusted_message(
    settings: DeskSettings, url: str, error: ssl.SSLCertVerificationError
) -> str:
    reason = describe_certificate_error(error)
    if settings.ca_file is None:
        return (
            f"the server's certificate is not trusted: {reason} ({url}). If the address is "
            "right, ask IT for the CA file (PEM) of the municipality's certificate authority "
            "and pass it with --ca-file (or COUNTER_CA_FILE)"
        )
    return (
        f"the server's certificate is not trusted, not even with --ca-file "
        f"{settings.ca_file}: {reason} ({url}). Check with IT that the file is the CA that "
        "issued the server's certificate and that the address is the one in the certificate"
    )
