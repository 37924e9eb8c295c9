"""The live channel: a WebSocket that says "your branch is now at change N"."""

from __future__ import annotations

import ssl
from collections.abc import AsyncGenerator
from typing import Any

import websockets
from pydantic import ValidationError

from counter_app.protocol.messages import Poke
from counter_app.sync.tls import desk_ssl_context


def live_url(base_url: str) -> str:
    """ws(s)://host/api/v1/live for an http(s) server URL."""
    scheme, _, rest = base_url.partition("://")
    return f"{'wss' if scheme == 'https' else 'ws'}://{rest.rstrip('/')}/api/v1/live"


async def pokes(
    base_url: str, token: str, *, ssl_context: ssl.SSLContext | None = None
) -> AsyncGenerator[Poke]:
    """Yield pokes until the connection ends (then the caller reconnects).

    Over wss:// the server's certificate is verified with ``ssl_context`` (default: the
    system's trusted CAs), as the desk's HTTP requests are.
    """
    url = live_url(base_url)
    tls: dict[str, Any] = {}
    if url.startswith("wss://"):  # websockets refuses an ssl argument for ws://
        tls["ssl"] = ssl_context if ssl_context is not None else desk_ssl_context()
    async with websockets.connect(
        url,
        additional_headers={"authorization": f"Bearer {token}"},
        open_timeout=5,
        ping_interval=20,
        ping_timeout=20,
        **tls,
    ) as connection:
        async for message in connection:
            try:
                yield Poke.model_validate_json(message)
            except ValidationError:
                continue  # a newer server may send other messages; pokes are all we need
