"""The live channel: a WebSocket that says "your branch is now at change N"."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import websockets
from pydantic import ValidationError

from counter_app.protocol.messages import Poke


def live_url(base_url: str) -> str:
    """ws(s)://host/api/v1/live for an http(s) server URL."""
    scheme, _, rest = base_url.partition("://")
    return f"{'wss' if scheme == 'https' else 'ws'}://{rest.rstrip('/')}/api/v1/live"


async def pokes(base_url: str, token: str) -> AsyncGenerator[Poke]:
    """Yield pokes until the connection ends (then the caller reconnects)."""
    async with websockets.connect(
        live_url(base_url),
        additional_headers={"authorization": f"Bearer {token}"},
        open_timeout=5,
        ping_interval=20,
        ping_timeout=20,
    ) as connection:
        async for message in connection:
            try:
                yield Poke.model_validate_json(message)
            except ValidationError:
                continue  # a newer server may send other messages; pokes are all we need
