"""A kiosk in a process of its own, for the UI benchmark: draws tickets through push.

    python -m bench.ticket_feeder SERVER_URL ENROLLMENT_KEY MUNICIPALITY BRANCH WAITING UPDATES

It enrolls, draws ``WAITING`` tickets at once, prints ``ready``, waits for a line on its
standard input, then draws one ticket every 100 ms, ``UPDATES`` times, and exits. (A kiosk
is another machine: drawing in the desk's own process would slow the desk being measured.)
"""

from __future__ import annotations

import asyncio
import sys
import uuid

from bench.throughput import ISSUE_BATCH, Desk
from counter_app.protocol.messages import EnrollRequest
from counter_app.protocol.mutations import Mutation, MutationType, TicketIssueV3
from counter_app.sync.client import SyncClient

INTERVAL_S = 0.1


async def feed(url: str, key: str, where: tuple[str, str], *, waiting: int, updates: int) -> None:
    """Enroll as a kiosk, draw the waiting tickets, then one every 100 ms."""
    client = SyncClient(url, timeout=60.0)
    answer = await client.enroll(
        EnrollRequest(
            enrollment_key=key,
            municipality_code=where[0],
            branch_code=where[1],
            desk_name="Kiosk",
            desk_kind="kiosk",
        )
    )
    kiosk = Desk(client)
    queue_id = uuid.UUID(sys.stdin.readline().strip())

    def ticket() -> Mutation:
        return kiosk.envelope(
            MutationType.TICKET_ISSUE, 3, TicketIssueV3(ticket_id=uuid.uuid4(), queue_id=queue_id)
        )

    for start in range(0, waiting, ISSUE_BATCH):
        await client.push([ticket() for _ in range(min(ISSUE_BATCH, waiting - start))])
    sys.stdout.write(f"ready {answer.desk_id}\n")
    sys.stdout.flush()
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    for _ in range(updates):
        await client.push([ticket()])
        await asyncio.sleep(INTERVAL_S)
    await client.aclose()


def main() -> int:
    """Entry point."""
    url, key, municipality, branch, waiting, updates = sys.argv[1:7]
    asyncio.run(feed(url, key, (municipality, branch), waiting=int(waiting), updates=int(updates)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
