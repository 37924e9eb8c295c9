"""The sync API: push mutations, pull changes after a cursor, take a snapshot."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from counter_app.protocol.messages import (
    MAX_PULL_LIMIT,
    PullResponse,
    PushRequest,
    PushResponse,
    Snapshot,
)
from counter_app.server.deps import CurrentDesk, DeskToken, Parts, unknown_token
from counter_app.server.errors import documented
from counter_app.server.feed import BranchMissingError, pull, snapshot

router = APIRouter(prefix="/api/v1/sync", tags=["sync"])


@router.post("/push", responses=documented(400, 401, 503))
def push_mutations(request: PushRequest, token: DeskToken, parts: Parts) -> PushResponse:
    """Apply the desk's mutations in its numbering; each is answered applied or rejected.

    Pushing the same mutations again returns the stored answers and changes nothing. A
    number past the next expected one stops the push (``expected_number`` says which).
    """
    # The token is checked in the push's own transaction: one database round trip fewer.
    response = parts.processor.push_for_token(token, request.mutations)
    if response is None:
        raise unknown_token()
    return response


@router.get("/pull", responses=documented(401, 409, 503))
def pull_changes(
    desk: CurrentDesk,
    parts: Parts,
    after: Annotated[int, Query(ge=0, description="the desk's cursor")] = 0,
    epoch: Annotated[uuid.UUID | None, Query(description="the server epoch of the cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 1000,
) -> PullResponse:
    """Changes of the desk's branch after its cursor, oldest first."""
    try:
        return pull(parts.engine, desk, after=after, epoch=epoch, limit=limit)
    except BranchMissingError as exc:
        raise HTTPException(409, "the desk's branch has no change log on this server") from exc


@router.get("/snapshot", responses=documented(401, 409, 503))
def take_snapshot(desk: CurrentDesk, parts: Parts) -> Snapshot:
    """Everything a new desk of the branch needs, and the change number it is current to."""
    try:
        return snapshot(parts.engine, desk)
    except BranchMissingError as exc:
        raise HTTPException(409, "the desk's branch has no change log on this server") from exc
