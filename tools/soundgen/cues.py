"""The recipe for every cue the game plays, from the art direction's "Sound" section.

Why each recipe takes its own seeded ``random.Random``: a cue's noise depends only on its
name, so rebuilding one cue (or all of them, in any order) always gives identical bytes.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Callable

from . import music
from .dsp import (
    RATE,
    Signal,
    bandpass,
    comb_reverb,
    crossfade_loop,
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
    pluck,
    samples,
    saw,
    scale,
    silence,
    sine,
    sine_from_phase,
    square,
    svf_bandpass,
    sweep_phase,
    white,
)
from .wavout import wav_bytes

Recipe = Callable[[random.Random], Signal]

# --- punches -------------------------------------------------------------------------------


def _punch(rng: random.Random, length: float, f0: float, f1: float, crack_hz: float,
           crack_s: float, slap_hz: float, room: float = 0.0,
           crack_gain: float = 0.8) -> Signal:
    """A low thump under a short noise crack, plus a muffled slap of glove on skin.

    Heavier punches pass a longer ``length`` and lower ``f0``/``f1``: the thump both lasts
    longer and sits lower, which is what reads as weight.
    """
    phase = sweep_phase(length, f0, f1, glide_s=length / 5.0)
    body = [math.sin(p) + 0.35 * math.sin(2.0 * p) + 0.15 * math.sin(3.0 * p) for p in phase]
    thump = mul(body, env_exp(length, decay_s=length / 4.0, attack_s=0.002))
    crack = mul(bandpass(white(rng, crack_s * 4.0), crack_hz, 0.8),
                env_exp(crack_s * 4.0, decay_s=crack_s / 1.5))
    slap = mul(bandpass(white(rng, length), slap_hz, 0.7),
               env_exp(length, decay_s=length / 6.0, attack_s=0.001))
    out = scale(thump, 1.0)
    mix_into(out, crack, gain=crack_gain * 4.0)
    mix_into(out, slap, gain=2.5)
    # Saturation makes the blow denser and adds the overtones that let a small speaker,
    # which cannot reproduce 50 Hz, still feel the thump.
    out = [math.tanh(2.2 * v) for v in out]
    if room > 0.0:
        out = comb_reverb(out, length + 0.35, decay=0.5, wet=room)
    return fade_edges(highpass1(out, 25.0))


def punch_jab(rng: random.Random) -> Signal:
    return _punch(rng, 0.20, 170.0, 80.0, 2800.0, 0.012, 1800.0)


def punch_hook(rng: random.Random) -> Signal:
    return _punch(rng, 0.30, 130.0, 58.0, 2200.0, 0.018, 1400.0, room=0.12)


def punch_uppercut(rng: random.Random) -> Signal:
    return _punch(rng, 0.38, 110.0, 46.0, 1900.0, 0.022, 1200.0, room=0.18)


def punch_body(rng: random.Random) -> Signal:
    # Into the ribs: lower, more muffled crack and a fatter slap.
    return _punch(rng, 0.34, 95.0, 42.0, 900.0, 0.025, 600.0, room=0.1, crack_gain=0.6)


def punch_special(rng: random.Random) -> Signal:
    hit = _punch(rng, 0.62, 80.0, 32.0, 1600.0, 0.03, 1000.0, room=0.3, crack_gain=1.0)
    # A second, earlier crack gives the signature blow a double "ka-THOOM".
    pre = mul(bandpass(white(rng, 0.05), 3200.0, 1.2), env_exp(0.05, 0.008))
    out = scale(pre, 0.6)
    mix_into(out, hit, at_s=0.018)
    return fade_edges(out)


def block(rng: random.Random) -> Signal:
    """Glove on glove: drier and higher than a hit, a short leathery tok with no room."""
    length = 0.14
    thump = mul(sine_from_phase(sweep_phase(length, 320.0, 190.0, 0.03)),
                env_exp(length, 0.025, attack_s=0.001))
    tok = mul(sine(length, 760.0), env_exp(length, 0.012))
    crack = mul(bandpass(white(rng, length), 3600.0, 1.4), env_exp(length, 0.008))
    pad = mul(bandpass(white(rng, length), 1300.0, 0.8), env_exp(length, 0.02))
    out = scale(thump, 0.9)
    mix_into(out, tok, gain=0.4)
    mix_into(out, crack, gain=2.2)
    mix_into(out, pad, gain=1.4)
    return fade_edges(highpass1(out, 120.0))


def whiff(rng: random.Random) -> Signal:
    """Air swish: noise through a band-pass that sweeps up and back as the fist passes."""
    length = 0.30

    def centre(t: float) -> float:
        x = t / length
        return 450.0 + 1900.0 * math.sin(math.pi * min(1.0, x * 1.15)) ** 2

    swish = svf_bandpass(white(rng, length), centre, 2.2)
    shape = [math.sin(math.pi * i / samples(length)) ** 3 for i in range(samples(length))]
    return fade_edges(mul(swish, shape))


def canvas_fall(rng: random.Random) -> Signal:
    """A body slamming the canvas: a deep thud, a smaller bounce, the ring's boards rattling."""
    length = 1.0
    out = silence(length)
    for at, gain, f0 in ((0.0, 1.0, 75.0), (0.17, 0.45, 90.0)):
        d = 0.5
        thud = mul(sine_from_phase(sweep_phase(d, f0, 30.0, 0.06)), env_exp(d, 0.11, 0.003))
        rumble = mul(lowpass(white(rng, d), 260.0), env_exp(d, 0.09, 0.002))
        flap = mul(bandpass(white(rng, d), 420.0, 1.0), env_exp(d, 0.04))
        slap = mul(bandpass(white(rng, d), 1300.0, 0.8), env_exp(d, 0.015))
        mix_into(out, thud, at, gain)
        mix_into(out, rumble, at, 2.2 * gain)
        mix_into(out, flap, at, 4.0 * gain)
        mix_into(out, slap, at, 3.0 * gain)
    for _ in range(9):  # boards and ropes rattling
        at = rng.uniform(0.01, 0.35)
        tick = mul(highpass(white(rng, 0.03), 1800.0), env_exp(0.03, 0.004))
        mix_into(out, tick, at, rng.uniform(0.2, 0.5))
    out = [math.tanh(2.0 * v) for v in out]
    return fade_edges(highpass1(comb_reverb(out, length + 0.2, 0.5, 0.2), 20.0))


def rope(rng: random.Random) -> Signal:
    """Rope creak (stick-slip friction ticks) then a low twang as it springs back."""
    length = 0.85
    out = silence(length)
    creak_len = 0.34
    ticks = silence(creak_len)
    t = 0.0
    while t < creak_len - 0.01:
        i = samples(t)
        ticks[i] += rng.uniform(0.6, 1.0)
        rate = 55.0 - 60.0 * t  # friction ticks slow as the rope stretches
        t += 1.0 / max(18.0, rate) * rng.uniform(0.85, 1.15)
    creak = bandpass(ticks, 950.0, 7.0)
    mix_into(creak, bandpass(ticks, 2100.0, 6.0), gain=0.5)
    creak = mul(creak, env_ar(creak_len, 0.05, 0.12))
    mix_into(out, creak, gain=6.0)
    twang = lowpass(pluck(rng, 0.7, 78.0, 0.998), 1400.0)
    mix_into(twang, lowpass(pluck(rng, 0.7, 117.5, 0.997), 1400.0), gain=0.5)
    twang = mul(twang, env_exp(0.7, 0.22, 0.004))
    mix_into(out, twang, at_s=0.14, gain=1.0)
    return fade_edges(highpass1(out, 40.0))


# --- the bell ------------------------------------------------------------------------------

# Inharmonic partials (ratio to the strike tone, amplitude, 1/e decay seconds): a small brass
# ring bell. The off-integer ratios are what make it a bell rather than an organ note.
_BELL_BASE_HZ = 760.0
_BELL_PARTIALS = (
    (0.5, 0.25, 1.6),
    (1.0, 1.0, 1.5),
    (2.32, 0.55, 0.8),
    (2.76, 0.5, 0.7),
    (4.12, 0.35, 0.35),
    (5.43, 0.22, 0.22),
    (6.81, 0.14, 0.15),
)


def _ding(rng: random.Random, length: float) -> Signal:
    out = silence(length)
    for ratio, amp, decay in _BELL_PARTIALS:
        f = _BELL_BASE_HZ * ratio
        # Two slightly detuned copies per partial beat slowly: the shimmer of a real bell.
        for detune in (0.0, 0.9 + 0.4 * ratio):
            tone = mul(sine(length, f + detune, rng.uniform(0, math.tau)),
                       env_exp(length, decay, attack_s=0.0015))
            mix_into(out, tone, gain=amp * 0.5)
    strike = mul(highpass(white(rng, 0.02), 2500.0), env_exp(0.02, 0.003))
    mix_into(out, strike, gain=0.6)
    return out


def _bells(rng: random.Random, times: list[float], tail: float) -> Signal:
    ding = _ding(rng, tail)
    out = silence(times[-1] + tail)
    for i, at in enumerate(times):
        mix_into(out, ding, at, 1.0 if i == 0 else rng.uniform(0.75, 0.95))
    return fade_edges(out, out_s=0.05)


def bell_start(rng: random.Random) -> Signal:
    return _bells(rng, [0.0], 2.6)


def bell_end(rng: random.Random) -> Signal:
    return _bells(rng, [0.0, 0.32, 0.64], 2.4)


def bell_final(rng: random.Random) -> Signal:
    times = [i * 0.22 + rng.uniform(-0.015, 0.015) if i else 0.0 for i in range(10)]
    return _bells(rng, times, 2.6)


# --- the referee's count -------------------------------------------------------------------

# Rising steps of a major scale: each number sounds higher than the last, so the count
# builds tension and a listener can tell 3 from 7 without speech.
_COUNT_STEPS = (0, 2, 4, 5, 7, 9, 11, 12, 14, 16)
_COUNT_BASE = note_hz("G4")


def _knock(rng: random.Random, freq: float, length: float) -> Signal:
    """A woodblock knock with a palm-clap on top."""
    wood = mul(sine(length, freq), env_exp(length, 0.05, 0.001))
    mix_into(wood, mul(sine(length, freq * 2.76), env_exp(length, 0.015)), gain=0.5)
    mix_into(wood, mul(sine(length, freq * 5.4), env_exp(length, 0.006)), gain=0.25)
    clap = silence(length)
    for k, at in enumerate((0.0, 0.008, 0.017)):  # a clap is a few smeared bursts
        burst = mul(bandpass(white(rng, 0.08), 1300.0, 1.1),
                    env_exp(0.08, 0.004 if k < 2 else 0.03))
        mix_into(clap, burst, at, 1.0 if k < 2 else 1.4)
    out = scale(wood, 1.0)
    mix_into(out, clap, gain=1.6)
    return out


def _count(n: int) -> Recipe:
    def recipe(rng: random.Random) -> Signal:
        freq = _COUNT_BASE * 2.0 ** (_COUNT_STEPS[n - 1] / 12.0)
        if n < 10:
            out = _knock(rng, freq, 0.36)
        else:  # "Ten!": a double knock and a longer ring, the fight is over
            out = _knock(rng, freq, 0.55)
            mix_into(out, _knock(rng, freq, 0.55), at_s=0.13, gain=1.1)
        return fade_edges(highpass1(out, 60.0))

    recipe.__name__ = f"count_{n}"
    recipe.__doc__ = f"Referee count {n}: a knock {_COUNT_STEPS[n - 1]} semitones above G4."
    return recipe


# --- the crowd -----------------------------------------------------------------------------

_BED_SECONDS = 4.0
_BED_FADE = 0.3


def _bed(rng: random.Random, band: float = 480.0, band2: float = 1050.0,
         lo: tuple[float, float] = (350.0, 500.0), hi: tuple[float, float] = (700.0, 1000.0),
         rates: tuple[float, float] = (2.5, 4.5), talkers: int = 6, rumble: float = 0.8,
         top: float = 2600.0) -> Signal:
    """A murmuring hall: band-passed noise whose level drifts like many conversations.

    Built a little longer than the loop and crossfaded, so the loop point is seamless; the slow
    swells use whole numbers of cycles per loop, so they line up across the join too. The
    venue variants move the murmur's bands, the talkers' vowels and pace, the rumble and the
    top: higher and quicker is a showbiz crowd, lower and slower a stern one.
    """
    total = _BED_SECONDS + _BED_FADE
    n = samples(total)
    base = white(rng, total)
    murmur = bandpass(base, band, 0.8)
    mix_into(murmur, bandpass(white(rng, total), band2, 1.2), gain=0.6)
    swells = [(k / _BED_SECONDS, rng.uniform(0.0, math.tau), a)
              for k, a in ((1, 0.25), (2, 0.15), (3, 0.1), (5, 0.08))]
    level = [1.0 + sum(a * math.sin(math.tau * f * i / RATE + p) for f, p, a in swells)
             for i in range(n)]
    murmur = mul(murmur, level)
    # Talkers: vowel-like resonances wandering between "o" and "a", each with syllable bumps.
    for _ in range(talkers):
        rate = rng.uniform(*rates)
        ph = rng.uniform(0.0, math.tau)
        lo_hz = rng.uniform(*lo)
        hi_hz = rng.uniform(*hi)

        def centre(t: float, rate: float = rate, ph: float = ph, lo: float = lo_hz,
                   hi: float = hi_hz) -> float:
            return lo + (hi - lo) * (0.5 + 0.5 * math.sin(math.tau * rate * 0.37 * t + ph))

        voice = svf_bandpass(white(rng, total), centre, 4.0)
        syll = [max(0.0, math.sin(math.tau * rate * i / RATE + ph)) ** 2 for i in range(n)]
        mix_into(murmur, mul(voice, syll), gain=0.5)
    rumble_sig = lowpass(white(rng, total), 140.0)
    mix_into(murmur, rumble_sig, gain=rumble)
    return lowpass(highpass(murmur, 90.0), top)


def crowd_bed(rng: random.Random) -> Signal:
    """The hall's murmur for a venue without its own."""
    return crossfade_loop(_bed(rng), samples(_BED_SECONDS), samples(_BED_FADE))


def crowd_bed_vegas(rng: random.Random) -> Signal:
    """Las Vegas: a bright, chattering showbiz crowd with the odd far-off whoop and whistle."""
    bed = _bed(rng, band=640.0, band2=1500.0, lo=(430.0, 600.0), hi=(900.0, 1350.0),
               rates=(3.2, 5.2), talkers=8, rumble=0.45, top=4200.0)
    for at in (0.4, 1.9, 3.1):  # inside the loop, clear of the crossfade
        mix_into(bed, _whoo(rng, rng.uniform(0.5, 0.8), 1.2), at, 0.12)
    mix_into(bed, _whistle(rng, 0.5), 2.6, 0.05)
    return crossfade_loop(bed, samples(_BED_SECONDS), samples(_BED_FADE))


def crowd_bed_moscow(rng: random.Random) -> Signal:
    """Moscow: a darker, lower, slower murmur in a big cold hall."""
    bed = _bed(rng, band=360.0, band2=760.0, lo=(260.0, 380.0), hi=(520.0, 760.0),
               rates=(1.8, 3.0), talkers=6, rumble=1.4, top=1700.0)
    return crossfade_loop(bed, samples(_BED_SECONDS), samples(_BED_FADE))


def _whoo(rng: random.Random, length: float, pitch: float = 1.0) -> Signal:
    """One fan's "whooo": a vowel-filtered saw gliding up, then falling away."""
    f = rng.uniform(260.0, 520.0) * pitch
    v = saw(length, f, vibrato=0.012, vib_rate=rng.uniform(4.5, 6.5),
            vib_phase=rng.uniform(0, math.tau), glide_to=f * rng.uniform(1.15, 1.4))
    vowel = bandpass(v, rng.uniform(700.0, 950.0) * pitch, 3.0)
    mix_into(vowel, bandpass(v, rng.uniform(1100.0, 1500.0) * pitch, 4.0), gain=0.5)
    return mul(vowel, env_ar(length, length * 0.3, length * 0.5, 1.5))


def _whistle(rng: random.Random, length: float) -> Signal:
    """A two-finger whistle: a pure tone swooping up, then down."""
    f0 = rng.uniform(1700.0, 2100.0)
    up = sweep_phase(length * 0.4, f0, f0 * 1.5, length * 0.1)
    down = sweep_phase(length * 0.6, f0 * 1.5, f0 * 1.1, length * 0.2)
    phase = up + [up[-1] + p for p in down]
    return mul(sine_from_phase(phase), env_ar(length, 0.03, length * 0.3))


def _stomp(rng: random.Random) -> Signal:
    """Many feet and hands together: a low thud under a broad clap."""
    d = 0.3
    thud = mul(sine_from_phase(sweep_phase(d, 95.0, 45.0, 0.04)), env_exp(d, 0.07, 0.004))
    clap = mul(bandpass(white(rng, d), 1100.0, 0.9), env_exp(d, 0.03, 0.003))
    out = scale(thud, 1.0)
    mix_into(out, clap, gain=2.5)
    return out


def _cheer(rng: random.Random, roar: float = 1200.0, roar2: float = 600.0, whoops: int = 14,
           pitch: float = 1.0, claps: int = 160, clap_hz: tuple[float, float] = (1500.0, 3000.0),
           low: float = 120.0) -> Signal:
    """The hall erupting: a wide noise swell, scattered whoops and applause."""
    length = 3.2
    swell = env_ar(length, 0.45, 1.9, 1.4)
    roar_sig = bandpass(white(rng, length), roar, 0.55)
    mix_into(roar_sig, bandpass(white(rng, length), roar2, 0.9), gain=0.8)
    out = mul(roar_sig, swell)
    for _ in range(whoops):
        d = rng.uniform(0.6, 1.4)
        at = rng.uniform(0.05, length - d)
        mix_into(out, _whoo(rng, d, pitch), at, rng.uniform(0.15, 0.35))
    for _ in range(claps):  # applause: short bright bursts, densest at the peak
        at = rng.uniform(0.0, length - 0.04)
        g = swell[samples(at)] * rng.uniform(0.2, 0.5)
        clap = mul(bandpass(white(rng, 0.04), rng.uniform(*clap_hz), 1.5),
                   env_exp(0.04, 0.006))
        mix_into(out, clap, at, g)
    return highpass(out, low)


def crowd_cheer(rng: random.Random) -> Signal:
    return fade_edges(_cheer(rng), out_s=0.05)


def crowd_cheer_vegas(rng: random.Random) -> Signal:
    """Las Vegas cheers: higher, brighter, more whoops, crisp applause and wolf whistles."""
    out = _cheer(rng, roar=1700.0, roar2=850.0, whoops=20, pitch=1.25, claps=230,
                 clap_hz=(2200.0, 4200.0), low=180.0)
    for _ in range(5):
        d = rng.uniform(0.45, 0.7)
        mix_into(out, _whistle(rng, d), rng.uniform(0.2, 3.2 - d), rng.uniform(0.08, 0.14))
    return fade_edges(out, out_s=0.05)


def crowd_cheer_moscow(rng: random.Random) -> Signal:
    """Moscow cheers: a deep roar of low voices, and the hall stamping and clapping as one."""
    out = _cheer(rng, roar=800.0, roar2=420.0, whoops=9, pitch=0.7, claps=110,
                 clap_hz=(900.0, 2000.0), low=70.0)
    for k in range(5):
        mix_into(out, _stomp(rng), 0.55 + 0.46 * k, 0.3 + 0.05 * k)
    return fade_edges(out, out_s=0.05)


def _boo(rng: random.Random, voices: int = 18, f: tuple[float, float] = (95.0, 190.0),
         vowel: float = 320.0) -> Signal:
    """A hostile hall: many low voices on an "oo" vowel, sagging in pitch."""
    length = 2.8
    out = silence(length)
    for _ in range(voices):
        f0 = rng.uniform(*f)
        start = rng.uniform(0.0, 0.35)
        d = length - start - rng.uniform(0.0, 0.4)
        v = saw(d, f0, vibrato=0.015, vib_rate=rng.uniform(4.0, 6.0),
                vib_phase=rng.uniform(0, math.tau), glide_to=f0 * rng.uniform(0.82, 0.92))
        mix_into(out, mul(v, env_ar(d, 0.25, 0.9, 1.3)), start, rng.uniform(0.5, 1.0))
    oo = bandpass(out, vowel, 2.5)
    mix_into(oo, bandpass(out, vowel * 2.375, 4.0), gain=0.35)
    breath = mul(lowpass(white(rng, length), 700.0), env_ar(length, 0.3, 1.0))
    mix_into(oo, breath, gain=0.5)
    return fade_edges(highpass(oo, 70.0), out_s=0.05)


def crowd_boo(rng: random.Random) -> Signal:
    return _boo(rng)


def crowd_boo_moscow(rng: random.Random) -> Signal:
    """Moscow boos: more voices, lower and darker; the whole hall against you."""
    return _boo(rng, voices=24, f=(72.0, 150.0), vowel=270.0)


def camera_flash(rng: random.Random) -> Signal:
    """A press camera: shutter double-click, the flash's pop and its recharge whine."""
    length = 0.5
    out = silence(length)
    for at in (0.0, 0.04):
        click = mul(highpass(white(rng, 0.01), 3000.0), env_exp(0.01, 0.0015))
        mix_into(out, click, at, 1.0)
    pop = mul(bandpass(white(rng, 0.06), 2400.0, 1.0), env_exp(0.06, 0.012))
    mix_into(out, pop, 0.01, 0.9)
    whine_ph = sweep_phase(0.42, 2600.0, 7000.0, 0.25)
    whine = mul(sine_from_phase(whine_ph), env_ar(0.42, 0.03, 0.3))
    mix_into(out, whine, 0.06, 0.12)
    return fade_edges(out)


# --- menus and music -----------------------------------------------------------------------


def menu_move(rng: random.Random) -> Signal:
    """A short square blip: the cursor moved."""
    blip = mul(lowpass1(square(0.06, 880.0, 0.25), 5000.0), env_exp(0.06, 0.02))
    return fade_edges(highpass1(blip, 60.0))


def menu_select(rng: random.Random) -> Signal:
    """Two rising blips: chosen."""
    out = mul(square(0.07, note_hz("E5"), 0.5), env_exp(0.07, 0.04))
    mix_into(out, mul(square(0.16, note_hz("B5"), 0.5), env_exp(0.16, 0.06)), at_s=0.06)
    return fade_edges(highpass1(lowpass1(out, 6000.0), 60.0))


def fanfare_intro(rng: random.Random) -> Signal:
    return music.fanfare_intro(rng)


def victory(rng: random.Random) -> Signal:
    return music.victory(rng)


# --- registry ------------------------------------------------------------------------------

# name -> (recipe, peak dBFS). Peaks sit at or below -1 dBFS; interface blips and the flash
# are set lower so they never jump out over the fight.
RECIPES: dict[str, tuple[Recipe, float]] = {
    "punch_jab": (punch_jab, -2.5),
    "punch_hook": (punch_hook, -1.5),
    "punch_uppercut": (punch_uppercut, -1.5),
    "punch_body": (punch_body, -1.5),
    "punch_special": (punch_special, -1.2),
    "block": (block, -3.0),
    "whiff": (whiff, -6.0),
    "canvas_fall": (canvas_fall, -1.2),
    "rope": (rope, -4.0),
    "bell_start": (bell_start, -1.5),
    "bell_end": (bell_end, -1.5),
    "bell_final": (bell_final, -1.5),
    **{f"count_{n}": (_count(n), -3.0) for n in range(1, 11)},
    "crowd_bed": (crowd_bed, -1.5),
    "crowd_bed_vegas": (crowd_bed_vegas, -1.5),
    "crowd_bed_moscow": (crowd_bed_moscow, -1.5),
    "crowd_cheer": (crowd_cheer, -1.5),
    "crowd_cheer_vegas": (crowd_cheer_vegas, -1.5),
    "crowd_cheer_moscow": (crowd_cheer_moscow, -1.5),
    "crowd_boo": (crowd_boo, -1.5),
    "crowd_boo_moscow": (crowd_boo_moscow, -1.5),
    "camera_flash": (camera_flash, -8.0),
    "menu_move": (menu_move, -9.0),
    "menu_select": (menu_select, -7.0),
    "fanfare_intro": (fanfare_intro, -1.5),
    "victory": (victory, -1.5),
    # Music sits 1.5 dB under the stings so a loop never crowds the fight's effects.
    "music_title": (music.music_title, -3.0),
    "music_story": (music.music_story, -3.0),
    "music_training": (music.music_training, -3.0),
    "music_moscow": (music.music_moscow, -3.0),
}


def seed_for(name: str) -> int:
    """A stable seed from the cue's name (``hash()`` is salted per process, crc32 is not)."""
    return zlib.crc32(name.encode("utf-8"))


def render_cue(name: str) -> Signal:
    """The cue's float samples before normalising (for measuring and tests)."""
    recipe, _peak = RECIPES[name]
    return recipe(random.Random(seed_for(name)))


def build_cue(name: str) -> bytes:
    """The finished WAV file for one cue."""
    _recipe, peak = RECIPES[name]
    return wav_bytes(render_cue(name), peak)
