"""The expected waiting time of a new ticket: what the kiosk slip and the board promise.

**The method.** A queue is served first in, first out by ``c`` desks (``servers``; a desk
that serves ``k`` queues counts ``1/k`` to each), ``b`` of which are busy with this
queue's citizens, and ``p`` tickets are already waiting. The new ticket gets a desk as
soon as every ticket ahead of it has one, so it must wait for

    n = p + 1 - max(0, c - b)

service completions (none if ``n <= 0``: a desk is free for it). While every desk is
busy, desks finish citizens at a rate of ``c / S`` in the long run, where ``S`` is the
queue's mean service time, so ``n`` completions take about ``n * S / c``. The desks are
already partway through their current citizens, which brings the completions forward: by
renewal theory the expected time to the ``n``-th completion of desks caught at a random
moment is ``(n - (1 - v) / 2) * S / c``, where ``v`` is the squared coefficient of
variation of service times (exact for one desk; for several desks exact for exponential
service, and for fixed service times on average over ``n``). For exponential service
(``v = 1``) the correction vanishes; for fixed service times (``v = 0``) it is half a
completion. We do not measure ``v`` per queue and assume ``v = 0.5``
(:data:`SERVICE_CV2`): counter services are skewed but less variable than exponential,
the more so at KVIK, where the five-minute rule hands long inquiries off to booked
appointments. So

    wait = max(0, n - 0.25) * S / c,    and no estimate at all when c = 0.

``S`` comes from :func:`mean_service_time`: the queue's recent service times blended with
its configured default, so one odd citizen does not swing the promise.

**Assumptions.** FIFO within the queue (every ticket ahead of the new one is served
before it); the desks counted now keep serving this queue; the tickets ahead all turn up;
nobody is put in front of the new ticket later.

**Known weaknesses.** It is a mean: a single citizen's wait scatters widely around it,
because the remaining services are random. In the simulation test (a busy KVIK hour,
three desks, utilisation about 0.9) the mean absolute error per ticket is 29-39 % of the
hour's mean wait, which is as good as any estimate from these counts can do there (the
true conditional mean or median, measured over 2000 simulated hours, does the same);
over an hour the promises add up to within 12-19 % of the actual waits on average. It
ignores how long each busy desk has already been serving, which the desks do know and a
later version could use. It knows nothing of breaks, desks closing or switching queues,
transfers and priority tickets that jump the line (estimate too short), or waiting
citizens who have left and become no-shows (estimate too long). Fractional desks are
treated as capacity, though a shared desk alternates between its queues in lumps. ``v``
is assumed, not measured: for exponential service it promises ``S / 4c`` too little, for
fixed service times ``S / 4c`` too much; with heavy-tailed service the recent mean also
under-weights the long services still under way.

Nothing is rounded here; :func:`wait_text_minutes` is the rule for showing it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

# The assumed squared coefficient of variation of service times (see the module docstring).
SERVICE_CV2 = 0.5

# How many completions sooner than n * S / c the n-th one comes, because busy desks are
# partway through their citizens: (1 - v) / 2 of one completion.
_HEAD_START = (1.0 - SERVICE_CV2) / 2.0

_ONE_MINUTE = timedelta(minutes=1)
# A desk repeats that it is open every 10 minutes; one not heard of for this long has
# crashed or lost its network and no longer counts as open.
PRESENCE_FRESH = timedelta(minutes=30)


@dataclass(frozen=True)
class QueueLoad:
    """What a desk knows about one queue at the moment a new ticket is drawn.

    Raises :class:`ValueError` at construction for a load that cannot be right, so a
    bad count is caught where it is made rather than turning into a strange promise.
    """

    waiting_ahead: int  # tickets already waiting in the queue before the new one (>= 0)
    busy: int  # citizens being served/called at desks of this queue now (>= 0)
    servers: float  # desks serving this queue now; a desk serving k queues counts 1/k
    mean_service: timedelta  # the queue's recent mean service time (> 0)

    def __post_init__(self) -> None:
        if self.waiting_ahead < 0:
            raise ValueError(f"waiting_ahead cannot be negative (got {self.waiting_ahead})")
        if self.busy < 0:
            raise ValueError(f"busy cannot be negative (got {self.busy})")
        if not (math.isfinite(self.servers) and self.servers >= 0):
            raise ValueError(f"servers must be a finite number >= 0 (got {self.servers})")
        if self.mean_service <= timedelta(0):
            raise ValueError(f"mean_service must be positive (got {self.mean_service})")


def completions_needed(load: QueueLoad) -> float:
    """How many services must end before a desk is free for the new ticket (may be <= 0).

    Free capacity ``c - b`` takes the first tickets at once; the rest, the new ticket
    included, wait for desks to finish. Fractional desks give a fractional count.
    """
    free = max(0.0, load.servers - load.busy)
    return load.waiting_ahead + 1 - free


def expected_wait(load: QueueLoad) -> timedelta | None:
    """The expected wait of a ticket drawn now: ``max(0, n - 0.25) * S / c``.

    None when nobody serves the queue (servers == 0): no honest estimate exists, and a
    very large number would read as one. The method and its limits are in the module
    docstring.
    """
    if load.servers == 0:
        return None
    slots = max(0.0, completions_needed(load) - _HEAD_START)
    return load.mean_service * (slots / load.servers)


def mean_service_time(
    recent: Sequence[timedelta], default: timedelta, *, prior_weight: int = 3
) -> timedelta:
    """Blend the recent service times with the queue's configured default.

    ``(sum(recent) + prior_weight * default) / (n + prior_weight)``: the default counts as
    ``prior_weight`` imagined citizens, so one odd citizen early in the day does not swing
    the estimate, and the real times take over as they pile up. Non-positive durations
    (a wrong clock, a ticket closed by mistake) are ignored. With ``prior_weight=0`` and
    no usable times the default is returned.
    """
    if default <= timedelta(0):
        raise ValueError(f"the default service time must be positive (got {default})")
    if prior_weight < 0:
        raise ValueError(f"prior_weight cannot be negative (got {prior_weight})")
    usable = [duration for duration in recent if duration > timedelta(0)]
    count = len(usable) + prior_weight
    if count == 0:
        return default
    return (sum(usable, timedelta(0)) + default * prior_weight) / count


def wait_text_minutes(wait: timedelta | None) -> int | None:
    """Whole minutes to show for an expected wait: rounded up, 0 for no wait.

    One rule, so the kiosk slip, the waiting-room board and the desk show the same number.
    Up, not to the nearest: a citizen called sooner than promised is content, one called
    later feels misled, and "0 min" must mean a desk is free. None (nobody serves the
    queue) stays None: the caller shows that no estimate exists.
    """
    if wait is None:
        return None
    if wait <= timedelta(0):
        return 0
    whole, rest = divmod(wait, _ONE_MINUTE)
    return whole + (1 if rest else 0)
