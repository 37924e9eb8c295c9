"""The rest of the country's desks: enrolled, each holding its live connection open.

    python -m bench.crowd CONFIG.json

They enroll as desks of other branches (ten to a branch) and then do what an idle desk's
live channel does: keep the WebSocket open and read its pokes (the desk code's own
``counter_app.sync.live.pokes``). Their branches do not change while the benchmark runs,
so none of them needs to pull. Writes ``crowd-<pid>.json`` with how many are connected
and how many pokes came; stops when ``stop`` exists in the folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import resource
import sys
from dataclasses import dataclass
from pathlib import Path

from counter_app.protocol.messages import EnrollRequest
from counter_app.sync.client import SyncClient
from counter_app.sync.live import pokes

log = logging.getLogger("bench.crowd")

ENROLL_AT_ONCE = 16


@dataclass(frozen=True)
class CrowdConfig:
    """Which desks this process holds."""

    folder: str
    server_url: str
    enrollment_key: str
    desks: list[tuple[str, str, str]]  # (municipality code, branch code, desk name)


@dataclass
class Tally:
    """What the crowd saw."""

    connected: int = 0
    pokes: int = 0
    dropped: int = 0


async def _enroll(
    client: SyncClient, config: CrowdConfig, municipality: str, branch: str, name: str
) -> str:
    answer = await client.enroll(
        EnrollRequest(
            enrollment_key=config.enrollment_key,
            municipality_code=municipality,
            branch_code=branch,
            desk_name=name,
        )
    )
    return answer.token


async def _listen(url: str, token: str, tally: Tally) -> None:
    """Hold one live connection; reconnect if the server drops it."""
    while True:
        connected = False
        try:
            async for _poke in pokes(url, token):
                if not connected:
                    connected = True
                    tally.connected += 1
                tally.pokes += 1
        except (TimeoutError, OSError, Exception) as exc:
            log.info("a live connection ended: %r", exc)
        if connected:
            tally.connected -= 1
        tally.dropped += 1
        await asyncio.sleep(1.0)


async def run(config: CrowdConfig) -> None:
    """Enroll, connect, report until told to stop."""
    folder = Path(config.folder)
    client = SyncClient(config.server_url, timeout=60.0)
    gate = asyncio.Semaphore(ENROLL_AT_ONCE)

    async def enroll(municipality: str, branch: str, name: str) -> str:
        async with gate:
            return await _enroll(client, config, municipality, branch, name)

    tokens = await asyncio.gather(*(enroll(*desk) for desk in config.desks))
    await client.aclose()
    tally = Tally()
    listeners = [asyncio.create_task(_listen(config.server_url, t, tally)) for t in tokens]
    report = folder / f"crowd-{os.getpid()}.json"
    try:
        while not (folder / "stop").exists():
            part = report.with_suffix(".part")
            part.write_text(json.dumps(vars(tally)))
            os.replace(part, report)
            await asyncio.sleep(0.2)
    finally:
        for task in listeners:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*listeners, return_exceptions=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m bench.crowd CONFIG.json``."""
    args = sys.argv[1:] if argv is None else argv
    data = json.loads(Path(args[0]).read_text())
    data["desks"] = [tuple(d) for d in data["desks"]]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s crowd %(levelname)s %(message)s")
    asyncio.run(run(CrowdConfig(**data)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
