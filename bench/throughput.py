"""What one server sustains: contended call-next, append-only inquiry registrations, and
the same machine's ``pgbench -N`` with as many clients, for comparison.

The load comes from ``clients`` enrolled desks, each a real ``SyncClient`` pushing real
mutation envelopes, one request after the other, all at once from this process (a desk
sends a call the moment staff press the key: one mutation a push).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import make_url

from bench.stack import Place, Stack, place
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.timezone import utc_now
from counter_app.protocol.messages import EnrollRequest, Status
from counter_app.protocol.mutations import (
    InquiryRegisterV3,
    Mutation,
    MutationType,
    Payload,
    TicketCallNextV1,
    TicketIssueV3,
)
from counter_app.sync.client import SyncClient

ISSUE_BATCH = 200
WAITING_PER_S = 300  # tickets drawn before call next is timed, per second of it


class Desk:
    """One enrolled desk's client and numbering."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self.number = 0

    def envelope(self, kind: MutationType, version: int, payload: Payload) -> Mutation:
        """The next numbered mutation of this desk."""
        self.number += 1
        return Mutation(
            number=self.number,
            id=uuid.uuid4(),
            type=kind.value,
            version=version,
            client_time=utc_now(),
            payload=payload.model_dump(mode="json"),
        )


async def enroll(stack: Stack, where: Place, names: list[str]) -> list[Desk]:
    """Desks of one branch, enrolled by the server's key."""
    desks = []
    for name in names:
        client = SyncClient(stack.base_url, timeout=60.0)
        await client.enroll(
            EnrollRequest(
                enrollment_key=stack.enrollment_key,
                municipality_code=where.municipality,
                branch_code=where.branch,
                desk_name=name,
            )
        )
        desks.append(Desk(client))
    return desks


async def _close(desks: list[Desk]) -> None:
    for desk in desks:
        await desk.client.aclose()


def _queue_id(stack: Stack, branch: str) -> uuid.UUID:
    with psycopg.connect(_libpq(stack.database_url)) as connection:
        row = connection.execute(
            "SELECT q.id FROM queue q JOIN branch b ON b.id = q.branch_id WHERE b.code = %s",
            (branch,),
        ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _hammer(
    desks: list[Desk], seconds: float, make: Callable[[Desk], Mutation]
) -> tuple[int, int, float]:
    """Every desk pushes one mutation after the other for ``seconds``; (applied, other, s)."""
    applied = other = 0
    stop_at = time.monotonic() + seconds

    async def loop(desk: Desk) -> None:
        nonlocal applied, other
        while time.monotonic() < stop_at:
            answer = await desk.client.push([make(desk)])
            for result in answer.results:
                if result.status is Status.APPLIED:
                    applied += 1
                else:
                    other += 1

    started = time.monotonic()
    await asyncio.gather(*(loop(desk) for desk in desks))
    return applied, other, time.monotonic() - started


async def _rate(
    desks: list[Desk], seconds: float, make: Callable[[Desk], Mutation], *, name: str
) -> dict[str, Any]:
    """Hammer with ``desks``, close them, and name the figures: ``<name>_per_s``, ..."""
    try:
        applied, refused, took = await _hammer(desks, seconds, make)
    finally:
        await _close(desks)
    return {
        f"{name}_per_s": round(applied / took, 1),
        f"{name}_clients": len(desks),
        f"{name}_refused": refused,
    }


async def call_next(stack: Stack, *, clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` desks of one branch calling the next of one queue, all at once."""
    where = place(0)
    queue_id = _queue_id(stack, where.branch)
    desks = await enroll(stack, where, [f"Kald {n + 1}" for n in range(clients)])
    kiosk = desks[0]
    # More than will be called: a queue that runs dry shows as refused calls.
    waiting = int(seconds * WAITING_PER_S)
    try:
        for start in range(0, waiting, ISSUE_BATCH):
            await kiosk.client.push(
                [
                    kiosk.envelope(
                        MutationType.TICKET_ISSUE,
                        3,
                        TicketIssueV3(ticket_id=uuid.uuid4(), queue_id=queue_id),
                    )
                    for _ in range(min(ISSUE_BATCH, waiting - start))
                ]
            )
    except BaseException:
        await _close(desks)
        raise
    payload = TicketCallNextV1(queue_ids=[queue_id])
    return await _rate(
        desks,
        seconds,
        lambda desk: desk.envelope(MutationType.TICKET_CALL_NEXT, 1, payload),
        name="call_next",
    )


def _inquiry(desk: Desk) -> Mutation:
    ended = utc_now()
    return desk.envelope(
        MutationType.INQUIRY_REGISTER,
        3,
        InquiryRegisterV3(
            inquiry_id=uuid.uuid4(),
            channel=Channel.COUNTER,
            outcome=Outcome.RESOLVED,
            started_at=ended,
            ended_at=ended,
        ),
    )


async def append(stack: Stack, *, clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` desks, in branches of their own, registering inquiries."""
    desks: list[Desk] = []
    for n in range(clients):
        desks += await enroll(stack, place(1 + n), ["Registrering"])
    figures = await _rate(desks, seconds, _inquiry, name="append")
    figures["append_mutations_per_s"] = figures.pop("append_per_s")
    return figures


def pgbench(admin_url: str, *, clients: int, seconds: int) -> dict[str, Any]:
    """``pgbench -N`` (no updates of the two small tables, like an append) on its own
    database of scale 10, with ``clients`` clients and two threads."""
    binary = shutil.which("pgbench")
    if binary is None:
        return {"pgbench_tps": None, "pgbench_error": "pgbench is not installed"}
    url = make_url(admin_url)
    name = "counter_bench_pgbench"
    with psycopg.connect(_libpq(admin_url), autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    target = ["-h", url.host or "127.0.0.1", "-p", str(url.port or 5432)]
    target += ["-U", url.username or "postgres", name]
    env = {"PGPASSWORD": url.password} if url.password else {}
    try:
        subprocess.run(
            [binary, "-i", "-q", "-s", "10", *target],
            check=True,
            capture_output=True,
            env={**os.environ, **env},
        )
        done = subprocess.run(
            [binary, "-N", "-c", str(clients), "-j", "2", "-T", str(seconds), *target],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, **env},
        )
    finally:
        with psycopg.connect(_libpq(admin_url), autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
    found = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", done.stdout)
    return {"pgbench_tps": round(float(found.group(1)), 1) if found else None}
