#!/usr/bin/env python3
"""Make resources/sounds/chime.wav: the display board's soft two-tone "ding-dong".

Run from anywhere: ``python3 scripts/make_chime.py``. Standard library only, and
deterministic: the same bytes every run, so the committed file can be checked against it.

The sound: two bell-like tones a major third apart (E5, then C5 0.45 s later), each a
fundamental with two quiet overtones that decay exponentially, 16-bit mono at 22050 Hz,
about 1.2 s. Every tone starts with a 6 ms fade-in and the whole sound ends with a 150 ms
fade-out to exact silence, so no speaker clicks at the start or end; the peak is kept at
half of full scale so it is calm in a quiet room.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
DURATION = 1.2  # seconds
PEAK = 0.5  # of full scale
ATTACK = 0.006  # seconds of fade-in for each tone
RELEASE = 0.15  # seconds of fade-out at the end of the sound

# (start in seconds, fundamental in Hz): "ding" E5, "dong" C5.
TONES = ((0.0, 659.26), (0.45, 523.25))
# (multiple of the fundamental, relative loudness, decay time constant in seconds): a
# soft bell, mostly fundamental, the overtones dying away faster.
PARTIALS = ((1.0, 1.0, 0.55), (2.0, 0.25, 0.25), (3.0, 0.08, 0.12))

OUTPUT = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"


def _tone(t: float, start: float, frequency: float) -> float:
    """One bell tone at time ``t`` (0 before it starts)."""
    local = t - start
    if local < 0:
        return 0.0
    attack = min(1.0, local / ATTACK)
    return attack * sum(
        loudness * math.exp(-local / decay) * math.sin(2 * math.pi * frequency * multiple * local)
        for multiple, loudness, decay in PARTIALS
    )


def samples() -> list[float]:
    """The chime as floats in [-PEAK, PEAK], silent at both ends."""
    count = int(DURATION * RATE)
    raw = [sum(_tone(n / RATE, start, f) for start, f in TONES) for n in range(count)]
    release = int(RELEASE * RATE)
    for n in range(count - release, count):
        raw[n] *= (count - 1 - n) / release  # linear to exactly 0 at the last sample
    loudest = max(abs(x) for x in raw)
    return [PEAK * x / loudest for x in raw]


def wav_bytes() -> bytes:
    """The chime as 16-bit little-endian PCM frames."""
    return b"".join(struct.pack("<h", round(x * 32767)) for x in samples())


def write(path: Path = OUTPUT) -> Path:
    """Write the chime to ``path`` (creating its folder)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(wav_bytes())
    return path


if __name__ == "__main__":
    written = write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
    sys.stdout.write(f"wrote {written}\n")
