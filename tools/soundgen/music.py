"""Two short original chiptune stings: the fight intro and the victory.

Why a tiny step sequencer: writing the tunes as (note, length-in-steps) rows keeps them
readable and easy to change, and the voices (pulse lead, triangle bass, noise drums) are the
classic console palette the art direction asks for. The melodies are our own.
"""

from __future__ import annotations

import random

from .dsp import (
    Signal,
    env_ar,
    env_exp,
    fade_edges,
    highpass,
    highpass1,
    lowpass,
    lowpass1,
    mix_into,
    mul,
    note_hz,
    samples,
    silence,
    sine_from_phase,
    square,
    sweep_phase,
    triangle,
    white,
)

Row = list[tuple[str | None, int]]


def _lead(freq: float, seconds: float, duty: float, held: bool) -> Signal:
    vib = 0.008 if held else 0.0
    tone = square(seconds, freq, duty, vibrato=vib, vib_rate=6.0, vib_delay_s=0.18)
    shape = env_ar(seconds, 0.004, min(0.05, seconds * 0.3))
    decay = env_exp(seconds, 0.5 if held else 0.25)
    return mul(mul(tone, shape), [0.55 + 0.45 * d for d in decay])


def _bass(freq: float, seconds: float) -> Signal:
    return mul(triangle(seconds, freq), env_ar(seconds, 0.003, min(0.03, seconds * 0.3)))


def _render(row: Row, step_s: float, voice: str, duty: float = 0.5,
            hold_from: int = 10**9) -> Signal:
    """Play a row of (note or None for a rest, steps) with one voice."""
    out: Signal = []
    at = 0.0
    for i, (name, steps) in enumerate(row):
        d = steps * step_s
        if name is not None:
            f = note_hz(name)
            tone = _bass(f, d) if voice == "bass" else _lead(f, d, duty, i >= hold_from)
            mix_into(out, tone, at)
        else:
            mix_into(out, silence(d), at)
        at += d
    return out


def _kick(rng: random.Random) -> Signal:
    d = 0.16
    return mul(sine_from_phase(sweep_phase(d, 160.0, 45.0, 0.03)), env_exp(d, 0.05))


def _snare(rng: random.Random) -> Signal:
    d = 0.14
    return mul(highpass(white(rng, d), 1200.0), env_exp(d, 0.035))


def _crash(rng: random.Random, d: float) -> Signal:
    return mul(highpass(white(rng, d), 3000.0), env_exp(d, d / 4.0))


def _drums(rng: random.Random, pattern: str, step_s: float) -> Signal:
    """``pattern``: one character per step: k kick, s snare, r soft roll hit, c crash, . rest."""
    out = silence(len(pattern) * step_s)
    for i, ch in enumerate(pattern):
        at = i * step_s
        if ch == "k":
            mix_into(out, _kick(rng), at, 0.9)
        elif ch == "s":
            mix_into(out, _snare(rng), at, 0.45)
        elif ch == "r":
            mix_into(out, _snare(rng), at, 0.15 + 0.3 * (i % 8) / 8.0)
        elif ch == "c":
            mix_into(out, _crash(rng, 1.2), at, 0.3)
            mix_into(out, _kick(rng), at, 0.9)
    return out


def _mix(parts: list[tuple[Signal, float]], tail_s: float) -> Signal:
    length = max(len(p) for p, _ in parts) + samples(tail_s)
    out = [0.0] * length
    for p, g in parts:
        mix_into(out, p, 0.0, g)
    out = lowpass1(out, 7000.0)  # take the fizz off the naive pulse waves
    out = highpass1(out, 30.0)  # and the DC that narrow pulses carry
    return fade_edges(out, out_s=0.12)


def fanfare_intro(rng: random.Random) -> Signal:
    """About three seconds in D minor: an arpeggio call, a climb, a held top note."""
    step = 60.0 / 160.0 / 4.0  # sixteenth notes at 160 bpm
    lead: Row = [
        ("D4", 1), ("F4", 1), ("A4", 1), ("D5", 4), (None, 1),
        ("C5", 2), ("A4", 2), ("Bb4", 2), ("C5", 2),
        ("D5", 2), ("F5", 2), ("E5", 1), ("D5", 1), ("C#5", 2),
        ("D5", 9),
    ]
    harmony: Row = [
        (None, 3), ("A4", 4), (None, 1),
        ("F4", 4), ("F4", 4),
        ("Bb4", 4), ("A4", 4),
        ("A4", 9),
    ]
    bass: Row = [
        ("D2", 2), ("D3", 2), ("D2", 2), ("D3", 2),
        ("Bb1", 2), ("Bb2", 2), ("C2", 2), ("C3", 2),
        ("Bb1", 2), ("Bb2", 2), ("A1", 2), ("A2", 2),
        ("D2", 9),
    ]
    drums = "k...k..." "k...k.s." "rrrrrrrr" "c........"
    parts = [
        (_render(lead, step, "lead", 0.5, hold_from=len(lead) - 1), 0.32),
        (_render(harmony, step, "lead", 0.25, hold_from=len(harmony) - 1), 0.14),
        (_render(bass, step, "bass"), 0.45),
        (_drums(rng, drums, step), 0.55),
    ]
    return _mix(parts, 0.25)


def victory(rng: random.Random) -> Signal:
    """About four seconds in C major: a rising call, a turn, and a ringing tonic chord."""
    step = 60.0 / 140.0 / 4.0  # sixteenth notes at 140 bpm
    lead: Row = [
        ("C5", 2), ("E5", 2), ("G5", 2), ("C6", 2),
        ("A5", 3), ("G5", 1), ("E5", 2), ("G5", 2),
        ("F5", 2), ("E5", 1), ("F5", 1), ("G5", 2), ("B5", 2),
        ("C6", 12),
    ]
    harmony: Row = [
        ("G4", 4), ("E5", 4),
        ("E5", 4), ("C5", 4),
        ("A4", 4), ("D5", 4),
        ("E5", 12),
    ]
    bass: Row = [
        ("C2", 2), ("C3", 2), ("C2", 2), ("C3", 2),
        ("A1", 2), ("A2", 2), ("A1", 2), ("A2", 2),
        ("F1", 2), ("F2", 2), ("G1", 2), ("G2", 2),
        ("C2", 12),
    ]
    drums = "k...s..." "k...s..." "k.k.rrrr" "c..........."
    parts = [
        (_render(lead, step, "lead", 0.5, hold_from=len(lead) - 1), 0.32),
        (_render(harmony, step, "lead", 0.25, hold_from=len(harmony) - 1), 0.16),
        (_render(bass, step, "bass"), 0.45),
        (_drums(rng, drums, step), 0.55),
    ]
    # A high fifth shimmering over the last chord, a little sparkle for the winner.
    sparkle_at = 24 * step
    g6 = mul(square(12 * step, note_hz("G6"), 0.125, vibrato=0.01, vib_delay_s=0.05),
             env_exp(12 * step, 0.4, 0.02))
    out = _mix(parts, 0.3)
    mix_into(out, lowpass(g6, 5000.0), sparkle_at, 0.05)
    return fade_edges(out, out_s=0.12)
