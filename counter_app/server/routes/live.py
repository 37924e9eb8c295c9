"""WS /api/v1/live: pokes with the branch's newest change number; the desk then pulls."""

from __future__ import annotations

import asyncio
import contextlib

from fastapi import APIRouter, WebSocket, WebSocketDisconnect, status
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from counter_app.models import BranchState
from counter_app.protocol.messages import Poke
from counter_app.server.auth import desk_for_token
from counter_app.server.deps import ServerParts, bearer_token

router = APIRouter(prefix="/api/v1", tags=["live"])


def _current_seq(parts: ServerParts, branch_id: object) -> int:
    with Session(parts.engine) as session:
        state = session.get(BranchState, branch_id)
        return state.last_seq if state is not None else 0


@router.websocket("/live")
async def live(websocket: WebSocket) -> None:
    """Send the branch's change number now and after every change; never any data."""
    parts: ServerParts = websocket.app.state.parts
    token = bearer_token(websocket.headers.get("authorization"))
    desk = await run_in_threadpool(desk_for_token, parts.engine, token) if token else None
    if desk is None:
        await websocket.close(status.WS_1008_POLICY_VIOLATION, "unknown or revoked desk token")
        return
    await websocket.accept()
    seq = await run_in_threadpool(_current_seq, parts, desk.branch_id)
    disconnected = asyncio.create_task(_until_disconnect(websocket))
    with parts.hub.subscribe(desk.branch_id, seq) as subscription:
        try:
            await websocket.send_text(Poke(branch_id=desk.branch_id, seq=seq).model_dump_json())
            while True:
                poke = asyncio.create_task(subscription.next())
                await asyncio.wait({poke, disconnected}, return_when=asyncio.FIRST_COMPLETED)
                if disconnected.done():
                    poke.cancel()
                    return
                await websocket.send_text(
                    Poke(branch_id=desk.branch_id, seq=poke.result()).model_dump_json()
                )
        except WebSocketDisconnect:
            return
        finally:
            disconnected.cancel()
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect):
                await disconnected


async def _until_disconnect(websocket: WebSocket) -> None:
    """Return when the desk goes away (desks send nothing on this channel)."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return
