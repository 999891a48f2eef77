"""Two short original chiptune stings: the fight intro and the victory.

Why a tiny step sequencer: writing the tunes as (note, length-in-steps) rows keeps them
readable and easy to change, and the voices (pulse lead, triangle bass, noise drums) are the
classic console palette the art direction asks for. The melodies are our own.
"""

from __future__ import annotations

import math
import random

from .dsp import (
    RATE,
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
    sine,
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


# --- looping pieces ------------------------------------------------------------------------
#
# Why rendered "on a circle": a loop must join without a click, so every note, echo and drum
# tail that runs past the loop's end is folded back onto its opening (the way it would sound
# on the second time round), and the filters run over two laps with only the second kept, so
# their state at the last sample is exactly the state the first sample follows from. The
# seam is then just one more sample step; no fades, no dip.

Chord = tuple[str, tuple[str, ...]]  # (bass root, chord tones for pads and arpeggios)


def _wrap(sig: Signal, length: int) -> Signal:
    """Fold everything past ``length`` samples back onto the start."""
    out = list(sig[:length]) + [0.0] * max(0, length - len(sig))
    for i in range(length, len(sig)):
        out[i % length] += sig[i]
    return out


def _circular(fn, sig: Signal, warm_s: float = 0.25) -> Signal:
    """Run a causal filter as if the loop had just played: warm it up on the loop's last
    ``warm_s`` seconds (long enough for its memory to fade below a sample step), keep the rest.
    """
    w = min(len(sig), samples(warm_s))
    return fn(sig[len(sig) - w:] + sig)[w:]


def _hat(rng: random.Random, d: float = 0.045) -> Signal:
    return mul(highpass(white(rng, d), 6000.0), env_exp(d, d / 5.0, 0.001))


def _tom(rng: random.Random, f0: float) -> Signal:
    d = 0.3
    body = mul(sine_from_phase(sweep_phase(d, f0, f0 * 0.6, 0.05)), env_exp(d, 0.09, 0.002))
    skin = mul(lowpass(white(rng, d), 900.0), env_exp(d, 0.02, 0.001))
    out = list(body)
    mix_into(out, skin, gain=0.5)
    return out


def _loop_drums(rng: random.Random, pattern: str, step_s: float) -> Signal:
    """Like ``_drums`` with a fuller kit: k kick, s snare, g ghost snare, h hat, o open hat,
    t low tom, m mid tom, c crash with a kick, . rest. Every hit has a 1 ms attack, so a hit on
    the loop's first step is not a step in the waveform."""
    out = silence(len(pattern) * step_s)
    for i, ch in enumerate(pattern):
        at = i * step_s
        if ch == "k":
            mix_into(out, _kick(rng), at, 0.9)
        elif ch in "sg":
            d = 0.16
            snare = mul(highpass(white(rng, d), 1100.0), env_exp(d, 0.04, 0.001))
            mix_into(snare, mul(sine(d, 190.0), env_exp(d, 0.03, 0.001)), gain=0.5)
            mix_into(out, snare, at, 0.45 if ch == "s" else 0.12)
        elif ch == "h":
            mix_into(out, _hat(rng), at, 0.16)
        elif ch == "o":
            mix_into(out, _hat(rng, 0.22), at, 0.14)
        elif ch == "t":
            mix_into(out, _tom(rng, 110.0), at, 0.7)
        elif ch == "m":
            mix_into(out, _tom(rng, 160.0), at, 0.6)
        elif ch == "c":
            crash = mul(highpass(white(rng, 1.4), 3000.0), env_exp(1.4, 0.35, 0.001))
            mix_into(out, crash, at, 0.25)
            mix_into(out, _kick(rng), at, 0.9)
    return out


def _bass_line(chords: list[Chord], figure: tuple[tuple[int, int], ...],
               step_s: float) -> Signal:
    """One bar per chord; ``figure`` is (octave offset, steps) repeated through the bar."""
    row: Row = []
    for root, _tones in chords:
        name, octave = root[:-1], int(root[-1])
        for up, steps in figure:
            row.append((f"{name}{octave + up}", steps))
    return _render(row, step_s, "bass")


def _arpeggio(chords: list[Chord], order: tuple[int, ...], steps: int, step_s: float,
              duty: float) -> Signal:
    """Chord tones one after another (``order`` indexes the chord's tones), short and plucky."""
    out: Signal = []
    at = 0.0
    bar_steps = 16
    for _root, tones in chords:
        for k in range(bar_steps // steps):
            f = note_hz(tones[order[k % len(order)] % len(tones)])
            d = steps * step_s
            tone = mul(square(d, f, duty), env_exp(d, 0.07, 0.002))
            mix_into(out, mul(tone, env_ar(d, 0.002, 0.01)), at)
            at += d
    return out


def _pad(chords: list[Chord], step_s: float, rng: random.Random) -> Signal:
    """Soft sustained chords: slightly detuned saws, darkened, swelling in and out per bar.

    The saws have no vibrato (the detuned pair beats instead), so each is one list
    comprehension: a pad is many seconds of several voices and must stay quick to build.
    """
    out: Signal = []
    bar = 16 * step_s
    n = samples(bar)
    shape = env_ar(bar, 0.35, 0.45, 1.2)
    for k, (_root, tones) in enumerate(chords):
        chord = [0.0] * n
        g = 1.0 / len(tones)
        for tone in tones:
            for detune in (0.997, 1.003):
                inc = note_hz(tone) * detune / RATE
                ph = rng.random()
                chord = [c + g * (2.0 * ((ph + inc * i) % 1.0) - 1.0)
                         for i, c in enumerate(chord)]
        mix_into(out, mul(lowpass(chord, 1400.0), shape), k * bar)
    return out


def _echo(sig: Signal, delay_s: float, feedback: float, wet: float) -> Signal:
    """A feedback delay (the lead's "hall"), run on the circle like the other filters."""
    d = samples(delay_s)

    def run(x: Signal) -> Signal:
        buf = [0.0] * len(x)
        for i, v in enumerate(x):
            buf[i] = v + (feedback * buf[i - d] if i >= d else 0.0)
        return [v + wet * (buf[i - d] if i >= d else 0.0) for i, v in enumerate(x)]

    laps = math.ceil(math.log(1e-5) / math.log(feedback)) + 1
    return _circular(run, sig, delay_s * laps)


def _loop_mix(parts: list[tuple[Signal, float]], length: int, brightness: float = 7000.0
              ) -> Signal:
    out = [0.0] * length
    for p, g in parts:
        mix_into(out, _wrap(p, length), 0.0, g)
    out = _circular(lambda s: lowpass1(s, brightness), out)
    return _circular(lambda s: highpass1(s, 30.0), out)


def _bars(chords_per_bar: str) -> list[Chord]:
    """"Eb2:Eb4,G4,Bb4 | Bb1:D4,F4,Bb4 | ..." into chords."""
    out: list[Chord] = []
    for bar in chords_per_bar.split("|"):
        root, tones = bar.strip().split(":")
        out.append((root, tuple(tones.split(","))))
    return out


def music_title(rng: random.Random) -> Signal:
    """The title: a stately march in E-flat, 96 bpm, eight bars (20 s), looping.

    A rising-fourth call answered by steps down, the same call a third higher, then a climb
    to the high B-flat that leans back home: proud, unhurried, a little heroic.
    """
    step = 60.0 / 96.0 / 4.0
    chords = _bars("Eb2:Eb4,G4,Bb4 | D2:D4,F4,Bb4 | C2:C4,Eb4,G4 | Ab1:C4,Eb4,Ab4 |"
                   "G1:Eb4,G4,Bb4 | Ab1:C4,F4,Ab4 | Bb1:D4,F4,Bb4 | Bb1:D4,F4,Ab4")
    lead: Row = [
        ("Bb4", 4), ("Eb5", 6), ("F5", 2), ("G5", 4),
        ("F5", 6), ("Eb5", 2), ("D5", 4), ("Bb4", 4),
        ("C5", 4), ("Eb5", 4), ("G5", 6), ("F5", 2),
        ("Eb5", 8), ("C5", 4), ("Ab4", 4),
        ("G4", 4), ("Bb4", 4), ("Eb5", 4), ("G5", 4),
        ("Ab5", 6), ("G5", 2), ("F5", 4), ("Eb5", 4),
        ("D5", 4), ("F5", 4), ("Bb5", 6), ("Ab5", 2),
        ("G5", 8), ("F5", 4), ("D5", 4),
    ]
    counter: Row = [  # a lower answering line in long notes
        ("G4", 8), ("Bb4", 8), ("F4", 8), ("D4", 8), ("G4", 8), ("Bb4", 8), ("Ab4", 8),
        ("Eb4", 8), ("Eb4", 8), ("G4", 8), ("C5", 8), ("Ab4", 8), ("F4", 8), ("Bb4", 8),
        ("Bb4", 8), ("Ab4", 8),
    ]
    drums = ("k...s...k.k.s..." * 3 + "k...s...k.k.sgsg") * 2
    drums = "c" + drums[1:]
    hats = "..h...h...h...h." * 8
    length = samples(128 * step)
    parts = [
        (_echo(_wrap(_render(lead, step, "lead", 0.5, hold_from=0), length), 0.234, 0.3, 0.35),
         0.30),
        (_render(counter, step, "lead", 0.25, hold_from=0), 0.12),
        (_arpeggio(chords, (0, 1, 2, 1), 2, step, 0.125), 0.07),
        (_bass_line(chords, ((0, 4), (1, 2), (0, 2), (0, 4), (1, 4)), step), 0.42),
        (_loop_drums(rng, drums, step), 0.5),
        (_loop_drums(rng, hats, step), 0.5),
    ]
    return _loop_mix(parts, length)


def music_story(rng: random.Random) -> Signal:
    """The story cards: A minor, 84 bpm, eight bars (about 23 s), looping; no drums.

    A falling phrase over a soft pad and a harp-like arpeggio, rising once to the high A and
    settling on the dominant so it always seems to be thinking of what comes next.
    """
    step = 60.0 / 84.0 / 4.0
    chords = _bars("A2:A3,C4,E4 | F2:F3,A3,C4 | C2:G3,C4,E4 | G2:G3,B3,D4 |"
                   "A2:A3,C4,E4 | F2:F3,A3,C4 | D2:F3,A3,D4 | E2:G#3,B3,E4")
    lead: Row = [
        ("E5", 6), ("D5", 2), ("C5", 4), ("B4", 4),
        ("A4", 8), ("C5", 4), ("F5", 4),
        ("E5", 6), ("G5", 2), ("E5", 4), ("D5", 4),
        ("D5", 12), (None, 4),
        ("C5", 4), ("E5", 4), ("A5", 6), ("G5", 2),
        ("F5", 6), ("E5", 2), ("D5", 4), ("C5", 4),
        ("D5", 4), ("F5", 4), ("E5", 4), ("D5", 4),
        ("B4", 12), ("G#4", 4),
    ]
    length = samples(128 * step)
    melody: Signal = []
    at = 0.0
    for name, steps in lead:  # a soft triangle voice, doubled by a quiet pulse
        d = steps * step
        if name is not None:
            f = note_hz(name)
            shape = mul(env_ar(d, 0.03, min(0.2, d * 0.4)), env_exp(d, 1.2))
            tone = triangle(d, f)
            mix_into(tone, square(d, f * 2.0, 0.25, vibrato=0.006, vib_delay_s=0.3), gain=0.12)
            mix_into(melody, mul(tone, shape), at)
        at += d
    harp: Signal = []
    at = 0.0
    for _root, tones in chords:  # eighth-note arpeggio up and back
        seq = (*tones, note_hz_up(tones[0]), tones[2], tones[1])
        for name in (seq * 2)[:8]:
            d = 2 * step
            f = note_hz(name)
            mix_into(harp, mul(triangle(d * 2.5, f), env_exp(d * 2.5, 0.35, 0.003)), at)
            at += d
    bass = _render([(root, 16) for root, _ in chords], step, "bass")
    parts = [
        (_echo(_wrap(melody, length), 0.357, 0.35, 0.4), 0.34),
        (_pad(chords, step, rng), 0.22),
        (_echo(_wrap(harp, length), 0.536, 0.3, 0.3), 0.12),
        (bass, 0.3),
    ]
    return _loop_mix(parts, length, brightness=5000.0)


def note_hz_up(name: str) -> str:
    """The same note an octave higher, by name ("E4" -> "E5")."""
    return f"{name[:-1]}{int(name[-1]) + 1}"


def music_training(rng: random.Random) -> Signal:
    """The training montage: D minor, 120 bpm, eight bars (16 s), looping, driving.

    Pumping octave bass in eighths, a backbeat with tom fills, and a syncopated pulse riff
    that climbs each time round and turns on an A major chord to run straight back in.
    """
    step = 60.0 / 120.0 / 4.0
    chords = _bars("D2:D4,F4,A4 | D2:D4,F4,A4 | Bb1:D4,F4,Bb4 | C2:C4,E4,G4 |"
                   "D2:D4,F4,A4 | D2:D4,F4,A4 | Bb1:D4,F4,Bb4 | A1:C#4,E4,A4")
    lead: Row = [
        ("D5", 3), ("D5", 3), ("F5", 2), ("A5", 4), ("G5", 2), ("F5", 2),
        ("E5", 3), ("F5", 3), ("D5", 6), (None, 4),
        ("Bb4", 3), ("D5", 3), ("F5", 2), ("Bb5", 4), ("A5", 2), ("G5", 2),
        ("A5", 3), ("G5", 3), ("F5", 2), ("E5", 4), ("C5", 4),
        ("D5", 3), ("D5", 3), ("F5", 2), ("A5", 4), ("C6", 2), ("A5", 2),
        ("G5", 3), ("F5", 3), ("E5", 4), ("D5", 2), ("E5", 2), ("F5", 2),
        ("Bb5", 6), ("A5", 2), ("G5", 4), ("F5", 4),
        ("E5", 4), ("A4", 2), ("C#5", 2), ("E5", 4), ("G5", 2), (None, 2),
    ]
    beat = "k.h.s.h.k.kgs.h."
    drums = "c" + (beat * 7 + "k.h.s.h.ttmmssss")[1:]
    length = samples(128 * step)
    parts = [
        (_echo(_wrap(_render(lead, step, "lead", 0.25), length), 0.375, 0.25, 0.3), 0.28),
        (_arpeggio(chords, (0, 1, 2, 1, 2, 1, 0, 2), 1, step, 0.5), 0.05),
        (_bass_line(chords, ((0, 2), (1, 2)), step), 0.42),
        (_loop_drums(rng, drums, step), 0.6),
    ]
    return _loop_mix(parts, length)


def music_moscow(rng: random.Random) -> Signal:
    """Moscow: C minor, 100 bpm, eight bars (19.2 s), looping; heavy and stern.

    Low toms like distant drums, a bass that will not move far, and a slow pulse line that
    leans on the flat second (D-flat) for a cold, foreign edge.
    """
    step = 60.0 / 100.0 / 4.0
    chords = _bars("C2:C4,Eb4,G4 | Db2:Db4,F4,Ab4 | C2:C4,Eb4,G4 | Ab1:C4,Eb4,Ab4 |"
                   "F1:C4,F4,Ab4 | Db2:Db4,F4,Ab4 | G1:B3,D4,G4 | G1:B3,D4,F4")
    lead: Row = [
        ("G4", 8), ("Ab4", 4), ("G4", 4),
        ("F4", 6), ("Eb4", 2), ("Db4", 8),
        ("C4", 4), ("Eb4", 4), ("G4", 4), ("C5", 4),
        ("Bb4", 6), ("Ab4", 2), ("G4", 8),
        ("Ab4", 8), ("C5", 4), ("Ab4", 4),
        ("F4", 6), ("Ab4", 2), ("Db5", 8),
        ("D5", 6), ("C5", 2), ("B4", 8),
        ("G4", 12), (None, 4),
    ]
    drums = ("t...t...k..mt..." * 3 + "t...t...ttmmtmtm") * 2
    drums = "c" + drums[1:]
    length = samples(128 * step)
    parts = [
        (_echo(_wrap(_render(lead, step, "lead", 0.5, hold_from=0), length), 0.45, 0.35, 0.4),
         0.3),
        (_pad(chords, step, rng), 0.16),
        (_bass_line(chords, ((0, 6), (0, 2), (0, 8)), step), 0.45),
        (_loop_drums(rng, drums, step), 0.6),
    ]
    return _loop_mix(parts, length, brightness=4500.0)
