"""Signal building blocks: oscillators, noise, envelopes, filters, mixing.

Why plain lists of floats: the generator must run with only the standard library (no numpy),
and every cue is a few seconds at most, so simple loops are fast enough. Signals are mono
floats around -1..1; the writer normalises them at the end, so recipes may mix freely.
"""

from __future__ import annotations

import math
import operator
import random
from collections.abc import Callable, Sequence
from itertools import accumulate, repeat

RATE = 22050
TAU = 2.0 * math.pi

Signal = list[float]


def samples(seconds: float) -> int:
    """How many samples ``seconds`` lasts at ``RATE``."""
    return max(0, int(round(seconds * RATE)))


def silence(seconds: float) -> Signal:
    return [0.0] * samples(seconds)


def white(rng: random.Random, seconds: float) -> Signal:
    """Uniform white noise from a seeded generator, so rebuilds are identical."""
    return [rng.uniform(-1.0, 1.0) for _ in range(samples(seconds))]


# --- envelopes -----------------------------------------------------------------------------


def env_exp(seconds: float, decay_s: float, attack_s: float = 0.0) -> Signal:
    """A linear attack then an exponential fall: ``decay_s`` is the time to drop by 1/e."""
    n = samples(seconds)
    na = min(n, samples(attack_s))
    k = math.exp(-1.0 / (decay_s * RATE))
    # The same running product as ``level *= k`` per sample, without the Python loop.
    fall = accumulate(repeat(k, max(0, n - na - 1)), operator.mul, initial=1.0)
    return [i / na for i in range(na)] + list(fall) if n > na else [i / na for i in range(n)]


def env_ar(seconds: float, attack_s: float, release_s: float, curve: float = 1.0) -> Signal:
    """Rise over ``attack_s``, hold, fall over the last ``release_s`` (``curve`` > 1 is softer)."""
    n = samples(seconds)
    na = max(1, samples(attack_s))
    nr = max(1, samples(release_s))
    # min(1, x) written as a conditional in one comprehension: the same numbers, much faster.
    env = [(i / na if i < na else 1.0) * ((n - 1 - i) / nr if n - 1 - i < nr else 1.0)
           for i in range(n)]
    return [v**curve for v in env] if curve != 1.0 else env


def fade_edges(sig: Signal, in_s: float = 0.001, out_s: float = 0.006) -> Signal:
    """Short linear ramps at both ends so no file starts or stops with a click."""
    n = len(sig)
    ni = min(n, samples(in_s))
    no = min(n, samples(out_s))
    for i in range(ni):
        sig[i] *= i / ni
    for i in range(no):
        sig[n - 1 - i] *= i / no
    return sig


# --- oscillators ---------------------------------------------------------------------------


def sweep_phase(seconds: float, f0: float, f1: float, glide_s: float | None = None) -> Signal:
    """Running phase (radians) of a pitch gliding exponentially from ``f0`` towards ``f1``.

    Why exponential: a struck body drops in pitch fast at first, then settles, which is what
    makes a punch's thump sound like impact rather than a siren.
    """
    n = samples(seconds)
    glide = glide_s if glide_s is not None else seconds / 3.0
    k = math.exp(-1.0 / max(1.0, glide * RATE))
    f = f0
    ph = 0.0
    out = []
    for _ in range(n):
        out.append(ph)
        ph += TAU * f / RATE
        f = f1 + (f - f1) * k
    return out


def sine_from_phase(phase: Sequence[float], harmonic: float = 1.0) -> Signal:
    return [math.sin(p * harmonic) for p in phase]


def sine(seconds: float, freq: float, phase0: float = 0.0) -> Signal:
    w = TAU * freq / RATE
    return [math.sin(phase0 + w * i) for i in range(samples(seconds))]


def square(seconds: float, freq: float, duty: float = 0.5, vibrato: float = 0.0,
           vib_rate: float = 5.5, vib_delay_s: float = 0.15) -> Signal:
    """A naive pulse wave (the aliasing is part of the chiptune colour), with delayed vibrato."""
    n = samples(seconds)
    nd = samples(vib_delay_s)
    ph = 0.0
    out = []
    for i in range(n):
        f = freq
        if vibrato and i > nd:
            f *= 1.0 + vibrato * math.sin(TAU * vib_rate * (i - nd) / RATE)
        ph += f / RATE
        ph -= math.floor(ph)
        out.append(1.0 if ph < duty else -1.0)
    return out


def triangle(seconds: float, freq: float) -> Signal:
    phases = [(freq * i / RATE) % 1.0 for i in range(samples(seconds))]
    return [4.0 * ph - 1.0 if ph < 0.5 else 3.0 - 4.0 * ph for ph in phases]


def saw(seconds: float, freq: float, vibrato: float = 0.0, vib_rate: float = 5.0,
        vib_phase: float = 0.0, glide_to: float | None = None) -> Signal:
    """A sawtooth with optional vibrato and a linear pitch glide (for voices in the crowd)."""
    n = samples(seconds)
    ph = 0.0
    out = []
    f_end = glide_to if glide_to is not None else freq
    for i in range(n):
        t = i / RATE
        f = freq + (f_end - freq) * (i / max(1, n - 1))
        if vibrato:
            f *= 1.0 + vibrato * math.sin(TAU * vib_rate * t + vib_phase)
        ph += f / RATE
        ph -= math.floor(ph)
        out.append(2.0 * ph - 1.0)
    return out


def pluck(rng: random.Random, seconds: float, freq: float, damping: float = 0.996) -> Signal:
    """Karplus-Strong plucked string: a noise burst circulating in a delay line."""
    period = max(2, int(round(RATE / freq)))
    line = [rng.uniform(-1.0, 1.0) for _ in range(period)]
    out = []
    idx = 0
    for _ in range(samples(seconds)):
        nxt = (idx + 1) % period
        v = line[idx]
        line[idx] = damping * 0.5 * (v + line[nxt])
        out.append(v)
        idx = nxt
    return out


# --- filters -------------------------------------------------------------------------------


def lowpass1(sig: Sequence[float], cutoff: float) -> Signal:
    """One-pole low-pass: gentle 6 dB/octave dulling."""
    a = 1.0 - math.exp(-TAU * cutoff / RATE)
    y = 0.0
    out = []
    for x in sig:
        y += a * (x - y)
        out.append(y)
    return out


def highpass1(sig: Sequence[float], cutoff: float) -> Signal:
    """One-pole high-pass (the input minus its low-pass); also removes any DC drift."""
    low = lowpass1(sig, cutoff)
    return [x - lo for x, lo in zip(sig, low, strict=True)]


def _biquad(sig: Sequence[float], b0: float, b1: float, b2: float, a1: float,
            a2: float) -> Signal:
    x1 = x2 = y1 = y2 = 0.0
    out = []
    for x in sig:
        y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1 = x1, x
        y2, y1 = y1, y
        out.append(y)
    return out


def bandpass(sig: Sequence[float], centre: float, q: float) -> Signal:
    """RBJ band-pass (0 dB peak gain): noise through it becomes a pitched hiss or a vowel."""
    w = TAU * centre / RATE
    alpha = math.sin(w) / (2.0 * q)
    a0 = 1.0 + alpha
    return _biquad(sig, alpha / a0, 0.0, -alpha / a0, -2.0 * math.cos(w) / a0,
                   (1.0 - alpha) / a0)


def lowpass(sig: Sequence[float], cutoff: float, q: float = 0.707) -> Signal:
    """RBJ two-pole low-pass, 12 dB/octave."""
    w = TAU * cutoff / RATE
    alpha = math.sin(w) / (2.0 * q)
    c = math.cos(w)
    a0 = 1.0 + alpha
    b = (1.0 - c) / 2.0 / a0
    return _biquad(sig, b, 2.0 * b, b, -2.0 * c / a0, (1.0 - alpha) / a0)


def highpass(sig: Sequence[float], cutoff: float, q: float = 0.707) -> Signal:
    """RBJ two-pole high-pass, 12 dB/octave."""
    w = TAU * cutoff / RATE
    alpha = math.sin(w) / (2.0 * q)
    c = math.cos(w)
    a0 = 1.0 + alpha
    b = (1.0 + c) / 2.0 / a0
    return _biquad(sig, b, -2.0 * b, b, -2.0 * c / a0, (1.0 - alpha) / a0)


def svf_bandpass(sig: Sequence[float], centre: Callable[[float], float], q: float) -> Signal:
    """A state-variable band-pass whose centre (Hz) follows ``centre(t)``: the whoosh of a swing.

    Why a state-variable filter: it stays stable while its frequency moves every sample,
    which a biquad recomputed per sample does not promise.
    """
    low = band = 0.0
    damp = 1.0 / q
    out = []
    for i, x in enumerate(sig):
        f = min(0.45 * RATE / 2.0, centre(i / RATE))
        g = 2.0 * math.sin(math.pi * f / RATE)
        low += g * band
        high = x - low - damp * band
        band += g * high
        out.append(band)
    return out


# --- mixing --------------------------------------------------------------------------------


def mul(a: Sequence[float], b: Sequence[float]) -> Signal:
    """Sample-by-sample product, as long as the shorter of the two."""
    return [x * y for x, y in zip(a, b, strict=False)]


def scale(sig: Sequence[float], gain: float) -> Signal:
    return [x * gain for x in sig]


def mix_into(dst: Signal, src: Sequence[float], at_s: float = 0.0, gain: float = 1.0) -> Signal:
    """Add ``src`` into ``dst`` starting at ``at_s`` seconds, growing ``dst`` if needed."""
    start = samples(at_s)
    end = start + len(src)
    if end > len(dst):
        dst.extend([0.0] * (end - len(dst)))
    dst[start:end] = [d + v * gain for d, v in zip(dst[start:end], src, strict=True)]
    return dst


def comb_reverb(sig: Sequence[float], seconds: float, decay: float = 0.45,
                wet: float = 0.3) -> Signal:
    """A small Schroeder room (parallel combs): a short tail so heavy blows hang in the air."""
    n = samples(seconds)
    dry = list(sig) + [0.0] * max(0, n - len(sig))
    delays = [samples(d) for d in (0.0297, 0.0371, 0.0411, 0.0437)]
    tail = [0.0] * len(dry)
    for d in delays:
        buf = [0.0] * len(dry)
        for i, x in enumerate(dry):
            fb = buf[i - d] if i >= d else 0.0
            buf[i] = x + decay * fb
            tail[i] += buf[i]
    k = wet / len(delays)
    return [x + k * t for x, t in zip(dry, tail, strict=True)]


def crossfade_loop(sig: Sequence[float], loop_len: int, fade: int) -> Signal:
    """Make a seamless loop of ``loop_len`` samples from a signal ``loop_len + fade`` long.

    Why: the overhang past the loop point is faded in over the loop's opening, so the sample
    after the last one is (nearly) the first one and the join neither clicks nor dips.
    Equal-power curves suit the uncorrelated noise of a crowd.
    """
    if len(sig) < loop_len + fade:
        raise ValueError("signal too short for the loop and its crossfade")
    out = list(sig[:loop_len])
    for i in range(fade):
        t = (i + 0.5) / fade
        a = math.sin(0.5 * math.pi * t)
        b = math.cos(0.5 * math.pi * t)
        out[i] = sig[i] * a + sig[loop_len + i] * b
    return out


def note_hz(name: str) -> float:
    """Equal-tempered frequency of a note like "A4", "C#5" or "Bb3"."""
    names = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    semis = names[name[0]]
    rest = name[1:]
    if rest.startswith("#"):
        semis += 1
        rest = rest[1:]
    elif rest.startswith("b"):
        semis -= 1
        rest = rest[1:]
    octave = int(rest)
    return 440.0 * 2.0 ** ((semis + 12 * (octave - 4)) / 12.0)
