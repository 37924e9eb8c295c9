"""The ASGI application: routers, the poke hub, and the LISTEN task on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import AsyncIterator

from fastapi import FastAPI

from counter_app import __version__
from counter_app.models import Side
from counter_app.models.database import make_engine, normalise_url
from counter_app.models.migrate import current_revision, head_revision, upgrade
from counter_app.server.auth import RecentTokens
from counter_app.server.demo import seed_demo
from counter_app.server.deps import ServerParts
from counter_app.server.errors import install_error_handlers
from counter_app.server.pokes import PokeHub, PostgresListener
from counter_app.server.push import PushProcessor
from counter_app.server.retention import retention_loop, retention_task
from counter_app.server.routes import (
    arrivals,
    booking,
    enroll,
    health,
    live,
    staff,
    statistics,
    sync,
)
from counter_app.server.settings import ServerSettings, SettingsError
from counter_app.server.statistics.facts import rebuild_if_asked


def prepare_database(settings: ServerSettings) -> None:
    """Migrate (and seed the demo if asked); run once before any worker starts."""
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine, Side.SERVER)
        rebuild_if_asked(engine)
        if settings.seed_demo:
            seed_demo(engine)
    finally:
        engine.dispose()


def create_app(settings: ServerSettings) -> FastAPI:
    """A server process over ``settings.database_url``."""
    if settings.migrate:
        prepare_database(settings)
    engine = make_engine(settings.database_url)
    if not settings.migrate and current_revision(engine) != head_revision(Side.SERVER):
        raise SettingsError(
            "the database schema is not current: run `counter-server` once without "
            "--workers, or `counter-server --migrate-only`, to migrate it"
        )
    hub = PokeHub()
    origin = uuid.uuid4().hex
    parts = ServerParts(
        settings=settings,
        engine=engine,
        hub=hub,
        processor=PushProcessor(engine=engine, origin=origin, on_pokes=hub.publish),
        recent_tokens=RecentTokens(engine),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        hub.bind(asyncio.get_running_loop())
        listener_task: asyncio.Task[None] | None = None
        if engine.dialect.name == "postgresql":
            listener = PostgresListener(normalise_url(settings.database_url), origin, hub)
            listener_task = asyncio.create_task(listener.run())
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(listener.ready.wait(), timeout=10)
        # Personal data past the municipality's retention period is deleted hourly; every
        # process may do it (rows are taken with SKIP LOCKED, and only once).
        stopping = threading.Event()
        retention = asyncio.create_task(
            retention_loop(
                retention_task(engine, origin=origin, on_pokes=hub.publish, stopping=stopping)
            ),
            name="retention",
        )
        try:
            yield
        finally:
            stopping.set()
            retention.cancel()
            await asyncio.gather(retention, return_exceptions=True)
            if listener_task is not None:
                listener_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await listener_task
            engine.dispose()

    app = FastAPI(
        title="Counter application central server",
        version=__version__,
        description="Sync API for library and citizen-service desks: push mutations, pull "
        "the branch's change log, live pokes.",
        lifespan=lifespan,
    )
    app.state.parts = parts
    install_error_handlers(app)
    for module in (health, enroll, staff, sync, live, booking, arrivals, statistics):
        app.include_router(module.router)
    return app


def create_app_from_environment() -> FastAPI:
    """Factory for uvicorn workers (``counter-server --workers N``)."""
    return create_app(ServerSettings.from_environment())
