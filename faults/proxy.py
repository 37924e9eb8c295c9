"""An HTTP proxy on loopback in front of the server processes that breaks the network.

Every desk gets a line of its own (a port), so one desk can be cut off while the others
work. A line forwards each request to one of the live server processes in turn, as a load
balancer would, and can:

- cut requests (they never reach a server) or answers (the server did the work, the desk
  never hears of it), or both;
- delay each request;
- send a request twice (the desk gets the first answer);
- hold a request back, drop the desk's connection (the desk gives up and sends again), and
  deliver the old copy later, after the newer one: reordered;
- kill the server process a push goes to, just before it arrives, while it is being
  applied, or after it committed with the answer then lost.

WebSocket upgrades (the live pokes) are tunnelled as bytes; a cut closes the tunnel.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import h11
import httpx

PUSH_PATH = b"/api/v1/sync/push"
HOP_BY_HOP = {b"connection", b"content-length", b"transfer-encoding", b"keep-alive", b"host"}
UPSTREAM_TIMEOUT = 30.0


class LineCutError(ConnectionError):
    """The line drops this connection (a fault, not a failure of the proxy)."""


@dataclass
class LineFaults:
    """What a line does to the requests passing through it now."""

    cut_requests: bool = False
    cut_answers: bool = False
    delay: tuple[float, float] | None = None
    duplicate: bool = False
    hold: tuple[float, float] | None = None

    def clear(self) -> None:
        """Heal: pass everything through untouched."""
        self.cut_requests = self.cut_answers = self.duplicate = False
        self.delay = self.hold = None


# Called with the upstream port a push goes to and when ("before", "during", "after").
KillHook = Callable[[int, str], Awaitable[None]]


@dataclass
class Line:
    """One desk's way to the servers."""

    name: str
    faults: LineFaults = field(default_factory=LineFaults)
    port: int = 0
    server: asyncio.Server | None = None
    tunnels: set[asyncio.StreamWriter] = field(default_factory=set)
    connections: set[asyncio.StreamWriter] = field(default_factory=set)

    def drop_connections(self) -> None:
        """Close every open connection of the line (a cut starts now, not at the next request)."""
        for writer in [*self.tunnels, *self.connections]:
            writer.close()


class FaultProxy:
    """Lines to the server ports that :attr:`upstreams` returns (the live ones)."""

    def __init__(self, upstreams: Callable[[], list[int]], rng: random.Random) -> None:
        self._upstreams = upstreams
        self._rng = rng
        self._turn = 0
        self._lines: dict[str, Line] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._clients: dict[int, httpx.AsyncClient] = {}
        self.counts: Counter[str] = Counter()
        self._kills: list[tuple[str, KillHook]] = []

    # -- set-up --------------------------------------------------------------------------------

    async def open_line(self, name: str) -> Line:
        """A new line (its own port) for the desk called ``name``."""
        line = Line(name)

        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self._serve(line, reader, writer)

        line.server = await asyncio.start_server(serve, "127.0.0.1", 0)
        line.port = line.server.sockets[0].getsockname()[1]
        self._lines[name] = line
        return line

    def line(self, name: str) -> Line:
        """The line of the desk called ``name``."""
        return self._lines[name]

    @property
    def lines(self) -> list[Line]:
        """Every line."""
        return list(self._lines.values())

    def arm_kill(self, phase: str, hook: KillHook) -> None:
        """Kill the server that the next push goes to, at ``phase`` (one push per kill,
        in the order armed)."""
        self._kills.append((phase, hook))

    @property
    def kills_armed(self) -> int:
        """How many armed kills still wait for a push."""
        return len(self._kills)

    def heal(self) -> None:
        """Every line passes everything again; no kill waits."""
        self._kills.clear()
        for line in self._lines.values():
            line.faults.clear()

    async def close(self) -> None:
        """Stop listening, drop connections, end held requests."""
        for line in self._lines.values():
            if line.server is not None:
                line.server.close()
            line.drop_connections()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for client in self._clients.values():
            await client.aclose()

    # -- serving -------------------------------------------------------------------------------

    def _spawn(self, coroutine: Awaitable[None]) -> None:
        async def run() -> None:
            await coroutine

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _client(self, port: int) -> httpx.AsyncClient:
        client = self._clients.get(port)
        if client is None:
            client = httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}", timeout=UPSTREAM_TIMEOUT
            )
            self._clients[port] = client
        return client

    def _pick_upstream(self) -> int | None:
        ports = self._upstreams()
        if not ports:
            return None
        self._turn += 1
        return ports[self._turn % len(ports)]

    async def _serve(
        self, line: Line, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        line.connections.add(writer)
        connection = h11.Connection(h11.SERVER)
        try:
            while True:
                request = await _read_request(connection, reader)
                if request is None:
                    return
                head, body = request
                if any(name.lower() == b"upgrade" for name, _ in head.headers):
                    line.connections.discard(writer)
                    await self._tunnel(line, head, connection.trailing_data[0], reader, writer)
                    return
                answer = await self._forward(line, head, body)
                if answer is None:
                    return  # the connection is dropped: the desk hears nothing
                writer.write(_respond(connection, answer))
                await writer.drain()
                if connection.our_state is h11.MUST_CLOSE:
                    return
                connection.start_next_cycle()
        except (OSError, h11.ProtocolError, LineCutError, asyncio.IncompleteReadError):
            return
        finally:
            line.connections.discard(writer)
            writer.close()
            with contextlib.suppress(OSError, asyncio.CancelledError):
                await writer.wait_closed()

    async def _forward(  # noqa: PLR0911  (one return per fault reads best)
        self, line: Line, head: h11.Request, body: bytes
    ) -> httpx.Response | None:
        faults = line.faults
        if faults.cut_requests:
            self.counts["cut_request"] += 1
            return None
        if faults.delay is not None:
            self.counts["delayed"] += 1
            await asyncio.sleep(self._rng.uniform(*faults.delay))
        port = self._pick_upstream()
        if port is None:
            return None
        is_push = head.target.split(b"?")[0] == PUSH_PATH
        if faults.hold is not None and self._rng.random() < 0.5:
            # The desk's connection is dropped after a while (it gives up and sends again);
            # the old copy arrives later, behind the newer one.
            self.counts["held"] += 1
            wait = self._rng.uniform(*faults.hold)
            self._spawn(self._late(port, head, body, wait))
            await asyncio.sleep(min(wait / 2, 0.5))
            return None
        if is_push and self._kills:
            phase, hook = self._kills.pop(0)
            await self._killing(port, head, body, phase, hook)
            return None
        try:
            answer = await self._send(port, head, body)
            if faults.duplicate:
                self.counts["duplicated"] += 1
                second = await self._send(
                    port if self._rng.random() < 0.5 else (self._pick_upstream() or port),
                    head,
                    body,
                )
                answer = answer if self._rng.random() < 0.5 else second
        except httpx.HTTPError:
            return None
        if line.faults.cut_answers:
            self.counts["cut_answer"] += 1
            return None
        return answer

    async def _killing(
        self, port: int, head: h11.Request, body: bytes, phase: str, hook: KillHook
    ) -> None:
        """Deliver a push around the death of its server; the desk never gets an answer."""
        self.counts[f"server_kill_{phase}_commit"] += 1
        if phase == "before":
            await hook(port, phase)
            with contextlib.suppress(httpx.HTTPError):
                await self._send(port, head, body)
            return
        sending = asyncio.create_task(self._send(port, head, body))
        if phase == "during":
            await asyncio.sleep(self._rng.uniform(0.0, 0.01))
            await hook(port, phase)
        with contextlib.suppress(httpx.HTTPError):
            await sending
        if phase == "after":
            await hook(port, phase)

    async def _late(self, port: int, head: h11.Request, body: bytes, wait: float) -> None:
        await asyncio.sleep(wait)
        with contextlib.suppress(httpx.HTTPError):
            await self._send(port, head, body)

    async def _send(self, port: int, head: h11.Request, body: bytes) -> httpx.Response:
        self.counts["forwarded"] += 1
        headers = [(k, v) for k, v in head.headers if k.lower() not in HOP_BY_HOP]
        return await self._client(port).request(
            head.method.decode(), head.target.decode(), headers=headers, content=body
        )

    async def _tunnel(
        self,
        line: Line,
        head: h11.Request,
        early: bytes,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        if line.faults.cut_requests:
            return
        port = self._pick_upstream()
        if port is None:
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            return
        client = h11.Connection(h11.CLIENT)
        up_writer.write(client.send(head) or b"")
        up_writer.write(early)
        line.tunnels.add(writer)
        try:
            pumps = [
                asyncio.create_task(_pump(reader, up_writer, line, answers=False)),
                asyncio.create_task(_pump(up_reader, writer, line, answers=True)),
            ]
            await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
            for pump in pumps:
                pump.cancel()
            await asyncio.gather(*pumps, return_exceptions=True)
        finally:
            line.tunnels.discard(writer)
            up_writer.close()


async def _pump(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: Line, *, answers: bool
) -> None:
    with contextlib.suppress(OSError):
        while data := await reader.read(65536):
            cut = line.faults.cut_answers if answers else line.faults.cut_requests
            if cut:
                return
            writer.write(data)
            await writer.drain()


async def _read_request(
    connection: h11.Connection, reader: asyncio.StreamReader
) -> tuple[h11.Request, bytes] | None:
    """The next whole request of the connection, or None at its end."""
    head: h11.Request | None = None
    body = bytearray()
    while True:
        event = connection.next_event()
        if event is h11.NEED_DATA:
            if head is not None and any(k.lower() == b"upgrade" for k, _ in head.headers):
                return head, bytes(body)
            data = await reader.read(65536)
            connection.receive_data(data)
            continue
        if isinstance(event, h11.Request):
            head = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            assert head is not None
            return head, bytes(body)
        elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
            if head is not None and event is h11.PAUSED:
                return head, bytes(body)
            return None


def _respond(connection: h11.Connection, answer: httpx.Response) -> bytes:
    headers = [
        (k.encode(), v.encode())
        for k, v in answer.headers.items()
        if k.lower().encode() not in HOP_BY_HOP
    ]
    content = answer.content
    headers.append((b"content-length", str(len(content)).encode()))
    out = connection.send(h11.Response(status_code=answer.status_code, headers=headers)) or b""
    out += connection.send(h11.Data(data=content)) or b""
    out += connection.send(h11.EndOfMessage()) or b""
    return out
