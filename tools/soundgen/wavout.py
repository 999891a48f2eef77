"""Turning float signals into 16-bit mono WAV bytes.

Why by hand: the ``wave`` module writes no timestamps, so the same samples always give the
same bytes, and normalising here (not in each recipe) guarantees every file peaks at or below
the level the tests check.
"""

from __future__ import annotations

import io
import sys
import wave
from array import array

from .dsp import RATE

FULL_SCALE = 32767


def db_to_gain(db: float) -> float:
    """Decibels (relative to full scale) to a linear factor."""
    return 10.0 ** (db / 20.0)


def normalise(signal: list[float], peak_db: float) -> list[float]:
    """Scale so the largest magnitude sits at ``peak_db`` dBFS (a silent signal stays silent)."""
    peak = max((abs(v) for v in signal), default=0.0)
    if peak <= 0.0:
        return list(signal)
    k = db_to_gain(peak_db) / peak
    return [v * k for v in signal]


def to_pcm16(signal: list[float]) -> array:
    """Round to signed 16-bit samples, clipping anything (never expected) beyond full scale."""
    top = FULL_SCALE
    out = array("h", [min(top, max(-top, round(v * top))) for v in signal])
    if sys.byteorder == "big":
        out.byteswap()  # WAV data is little-endian whatever machine builds it
    return out


def wav_bytes(signal: list[float], peak_db: float = -1.5) -> bytes:
    """A complete mono 16-bit WAV file at ``RATE`` Hz, normalised to ``peak_db``."""
    pcm = to_pcm16(normalise(signal, peak_db))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()
