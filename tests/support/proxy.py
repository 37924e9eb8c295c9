"""A TCP proxy on loopback that can lose the server's answers (the request still arrives)."""

from __future__ import annotations

import asyncio
import contextlib


class AnswerDroppingProxy:
    """Forwards connections to ``upstream_port``. While :attr:`drop_answers` is set, the
    first bytes of an answer close the desk's connection instead: the server has done the
    work and the desk never hears of it, as when a network drops a response."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.drop_answers = False
        self.dropped = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def base_url(self) -> str:
        """The URL desks use instead of the server's."""
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> AnswerDroppingProxy:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_exc: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _track(self, task: asyncio.Task[None]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._track(task)
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return
        try:
            to_server = asyncio.create_task(self._pump(reader, up_writer, drop=False))
            to_desk = asyncio.create_task(self._pump(up_reader, writer, drop=True))
            await asyncio.wait({to_server, to_desk}, return_when=asyncio.FIRST_COMPLETED)
            for pump in (to_server, to_desk):
                pump.cancel()
                with contextlib.suppress(asyncio.CancelledError, OSError):
                    await pump
        finally:
            for stream in (writer, up_writer):
                stream.close()
                with contextlib.suppress(OSError, asyncio.CancelledError):
                    await stream.wait_closed()

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, drop: bool
    ) -> None:
        while data := await reader.read(65536):
            if drop and self.drop_answers:
                self.dropped += 1
                return  # closing both sides: the answer is lost
            writer.write(data)
            await writer.drain()
