"""Sound synthesis for "Piece of Iron": every cue is made here from oscillators and noise.

Why a package of its own: the recipes (``cues``) stay readable when the signal plumbing
(``dsp``) and the file writing (``wavout``) live apart, and tests can rebuild one cue without
running the whole generator. Pure standard library, so a fresh checkout can rebuild ``sounds/``
with nothing but Python.
"""

from __future__ import annotations

from .cues import RECIPES, build_cue
from .dsp import RATE
from .wavout import wav_bytes

__all__ = ["RATE", "RECIPES", "build_cue", "wav_bytes"]
