"""Sound playback: a real mixer when there is a device, silence when there is not.

Why this shape: sound only ever reacts to the simulation's events (engineering note 12), so
the mapping from events to cues is a pure function (``cues_for_events``) that tests can check
without a sound card, and playback hides behind a small ``Audio`` interface with three
stand-ins: ``MixerAudio`` (pygame.mixer), ``NullAudio`` (muted, no device, fast-forwarded
headless runs) and ``RecordingAudio`` (tests). A missing sound file is a packaging bug, so it
raises ``AssetError`` naming the file rather than quietly going silent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.assets import AssetError, asset_path  # noqa: E402
from game.sim.view import RING_HALF_WIDTH_M, Event  # noqa: E402

PUNCH_CUES = ("punch_jab", "punch_hook", "punch_uppercut", "punch_body", "punch_special")
COUNT_CUES = tuple(f"count_{n}" for n in range(1, 11))
MUSIC_CUES = ("fanfare_intro", "victory")
LOOP_CUES = ("crowd_bed",)

# Every sound file the game loads (``sounds/<cue>.wav``); tools/make_sounds.py makes them all.
CUES: tuple[str, ...] = (
    *PUNCH_CUES,
    "block",
    "whiff",
    "canvas_fall",
    "rope",
    "bell_start",
    "bell_end",
    "bell_final",
    *COUNT_CUES,
    "crowd_bed",
    "crowd_cheer",
    "crowd_boo",
    "camera_flash",
    "menu_move",
    "menu_select",
    *MUSIC_CUES,
)

MIXER_FREQUENCY = 44100
MIXER_BUFFER = 512  # about 12 ms: a punch must sound on the frame it lands
MIXER_CHANNELS = 24
CROWD_BED_VOLUME = 0.35

Cue = tuple[str, float, float]  # (cue, pan -1..1, volume 0..1)


def _clamp(v: float, lo: float, hi: float) -> float:
    return lo if v < lo else hi if v > hi else v


def pan_for(x_m: float) -> float:
    """Stereo position of something ``x_m`` metres from the ring's centre (ropes at ±1)."""
    return _clamp(x_m / RING_HALF_WIDTH_M, -1.0, 1.0)


def pan_gains(pan: float) -> tuple[float, float]:
    """(left, right) gains for ``pan``: a balance law that keeps the centre at full volume.

    Why not constant-power: most hits land near the centre, and a -3 dB dip there would make
    the fight quieter than the menus for no gain in clarity.
    """
    pan = _clamp(pan, -1.0, 1.0)
    return min(1.0, 1.0 - pan), min(1.0, 1.0 + pan)


def cue_path(cue: str) -> str:
    """The file for a cue; raises ``AssetError`` naming the places looked in."""
    return str(asset_path("sounds", f"{cue}.wav"))


class Audio:
    """What the presentation may ask of the sound system; this base does nothing.

    Volumes are 0..1. ``music_volume`` scales the stings in ``MUSIC_CUES``,
    ``effects_volume`` everything else, ``master_volume`` both.
    """

    def __init__(self) -> None:
        self._master = 1.0
        self._effects = 1.0
        self._music = 1.0

    # -- volumes --
    @property
    def master_volume(self) -> float:
        return self._master

    @master_volume.setter
    def master_volume(self, v: float) -> None:
        self._master = _clamp(float(v), 0.0, 1.0)
        self._volumes_changed()

    @property
    def effects_volume(self) -> float:
        return self._effects

    @effects_volume.setter
    def effects_volume(self, v: float) -> None:
        self._effects = _clamp(float(v), 0.0, 1.0)
        self._volumes_changed()

    @property
    def music_volume(self) -> float:
        return self._music

    @music_volume.setter
    def music_volume(self, v: float) -> None:
        self._music = _clamp(float(v), 0.0, 1.0)
        self._volumes_changed()

    def gain(self, cue: str, volume: float = 1.0) -> float:
        """The final 0..1 level for ``cue`` played at ``volume`` under the current settings."""
        group = self._music if cue in MUSIC_CUES else self._effects
        return _clamp(self._master * group * volume, 0.0, 1.0)

    def _volumes_changed(self) -> None:
        """Hook for backends that must re-level sounds already playing (loops)."""

    # -- playback --
    def play(self, cue: str, pan: float = 0.0, volume: float = 1.0) -> None:
        """Play a one-shot cue; ``pan`` -1 is hard left, +1 hard right."""

    def start_loop(self, cue: str, volume: float = 1.0) -> None:
        """Start (or re-level) a looping cue such as ``crowd_bed``; idempotent."""

    def stop_loop(self, cue: str, fade_ms: int = 600) -> None:
        """Fade out a looping cue; stopping one that is not playing is fine."""

    def stop_all(self) -> None:
        """Silence everything at once (pause menu, scene change)."""

    def close(self) -> None:
        """Release the device; the object must not be used afterwards."""


class NullAudio(Audio):
    """Silence: muted, no sound device, or a fast-forwarded headless run."""


class RecordingAudio(Audio):
    """A test stand-in that remembers what it was asked to play.

    ``played`` holds (cue, pan) tuples in order, ``volumes`` the matching volumes, and
    ``loops`` the loop cues currently running. Unknown cue names raise, to catch typos.
    """

    def __init__(self) -> None:
        super().__init__()
        self.played: list[tuple[str, float]] = []
        self.volumes: list[float] = []
        self.loops: set[str] = set()

    def play(self, cue: str, pan: float = 0.0, volume: float = 1.0) -> None:
        _check_cue(cue)
        self.played.append((cue, pan))
        self.volumes.append(volume)

    def start_loop(self, cue: str, volume: float = 1.0) -> None:
        _check_cue(cue)
        self.loops.add(cue)

    def stop_loop(self, cue: str, fade_ms: int = 600) -> None:
        self.loops.discard(cue)

    def stop_all(self) -> None:
        self.loops.clear()


def _check_cue(cue: str) -> None:
    if cue not in CUES:
        raise ValueError(f"unknown sound cue {cue!r}")


class AudioUnavailable(RuntimeError):
    """The mixer could not start (no device, no driver); the game should run silent."""


@contextmanager
def native_stderr_silenced() -> Iterator[None]:
    """Hide what C libraries print on file descriptor 2 while the mixer starts.

    Why: without a sound card ALSA prints a dozen lines of its own before SDL reports the
    failure; the player should see our one line, not that. Best effort: if descriptor 2
    cannot be redirected, nothing is hidden.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


class MixerAudio(Audio):
    """pygame.mixer playback: every cue loaded once, stereo pan per sound.

    Raises ``AudioUnavailable`` when the mixer cannot start, ``AssetError`` when a sound file
    is missing or unreadable. One channel per loop cue is reserved so a burst of punches can
    never steal the crowd.
    """

    def __init__(self) -> None:
        super().__init__()
        self._owns_mixer = False
        if not pygame.mixer.get_init():
            try:
                with native_stderr_silenced():
                    pygame.mixer.init(MIXER_FREQUENCY, -16, 2, MIXER_BUFFER)
            except pygame.error as exc:
                raise AudioUnavailable(str(exc) or "mixer failed to start") from exc
            self._owns_mixer = True
        spec = pygame.mixer.get_init()
        if not spec:
            raise AudioUnavailable("mixer did not initialise")
        self._stereo = spec[2] >= 2
        try:
            pygame.mixer.set_num_channels(MIXER_CHANNELS)
            pygame.mixer.set_reserved(len(LOOP_CUES))
            self._loop_channels = {
                cue: pygame.mixer.Channel(i) for i, cue in enumerate(LOOP_CUES)
            }
            self._loop_volumes: dict[str, float] = {}
            self._sounds = {cue: self._load(cue) for cue in CUES}
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _load(cue: str) -> pygame.mixer.Sound:
        path = cue_path(cue)
        try:
            return pygame.mixer.Sound(path)
        except (pygame.error, OSError) as exc:
            raise AssetError(f"unreadable sound file {path}: {exc}") from exc

    def play(self, cue: str, pan: float = 0.0, volume: float = 1.0) -> None:
        _check_cue(cue)
        level = self.gain(cue, volume)
        if level <= 0.0:
            return
        channel = pygame.mixer.find_channel(True)  # steals the oldest sound when all are busy
        if channel is None:
            return
        channel.play(self._sounds[cue])
        if self._stereo:
            left, right = pan_gains(pan)
            channel.set_volume(level * left, level * right)
        else:
            channel.set_volume(level)

    def start_loop(self, cue: str, volume: float = 1.0) -> None:
        _check_cue(cue)
        if cue not in self._loop_channels:
            raise ValueError(f"{cue!r} is not a loop cue; loops are {LOOP_CUES}")
        channel = self._loop_channels[cue]
        self._loop_volumes[cue] = volume
        if not channel.get_busy():
            channel.play(self._sounds[cue], loops=-1, fade_ms=600)
        channel.set_volume(self.gain(cue, volume))

    def stop_loop(self, cue: str, fade_ms: int = 600) -> None:
        channel = self._loop_channels.get(cue)
        self._loop_volumes.pop(cue, None)
        if channel is None or not channel.get_busy():
            return
        if fade_ms > 0:
            channel.fadeout(fade_ms)
        else:
            channel.stop()

    def _volumes_changed(self) -> None:
        for cue, volume in getattr(self, "_loop_volumes", {}).items():
            self._loop_channels[cue].set_volume(self.gain(cue, volume))

    def stop_all(self) -> None:
        if pygame.mixer.get_init():
            pygame.mixer.stop()
        self._loop_volumes = {}

    def close(self) -> None:
        if pygame.mixer.get_init():
            pygame.mixer.stop()
            if self._owns_mixer:
                pygame.mixer.quit()
        self._owns_mixer = False


def open_audio(mute: bool) -> Audio:
    """The game's audio: silent when muted or when no device can be opened, else the mixer.

    A missing sound file still raises ``AssetError``: that is a broken install, not a
    machine without speakers.
    """
    if mute:
        return NullAudio()
    try:
        return MixerAudio()
    except AudioUnavailable as exc:
        print(f"audio: no sound device ({exc}); playing silent", file=sys.stderr)
        return NullAudio()


# --- from simulation events to cues --------------------------------------------------------

_BELLS = {"bell_start": "bell_start", "bell_end": "bell_end", "bell_final": "bell_final"}


def _punch_cue(event: Event) -> str:
    cue = f"punch_{event.move}"
    if cue in PUNCH_CUES:
        return cue
    # An unknown move still needs a sound: pick by weight.
    if event.weight >= 0.8:
        return "punch_special"
    return "punch_hook" if event.weight >= 0.4 else "punch_jab"


def cues_for_events(events: Iterable[Event]) -> list[Cue]:
    """The (cue, pan, volume) to play for one tick's events, in event order.

    Positional sounds (blows, falls, ropes, the count beside the downed man) pan with the
    event's place in the ring; the bell and the crowd surround the ring, so they sit centre.
    Events with no sound of their own ("punch", "getup", "round_over", "fight_over",
    "special_ready") give nothing: the stings are the scenes' business.
    """
    out: list[Cue] = []
    for e in events:
        pan = pan_for(e.x_m)
        weight = _clamp(e.weight, 0.0, 1.0)
        kind = e.kind
        if kind == "hit":
            out.append((_punch_cue(e), pan, 0.7 + 0.3 * weight))
        elif kind == "block":
            out.append(("block", pan, 0.75 + 0.25 * weight))
        elif kind == "whiff":
            out.append(("whiff", pan, 0.6 + 0.3 * weight))
        elif kind == "knockdown":
            out.append(("canvas_fall", pan, 1.0))
            out.append(("crowd_cheer", 0.0, 1.0))
        elif kind == "count":
            if 1 <= e.value <= 10:
                out.append((f"count_{e.value}", pan, 1.0))
        elif kind in _BELLS:
            out.append((_BELLS[kind], 0.0, 1.0))
        elif kind == "rope":
            out.append(("rope", pan, 0.6 + 0.4 * weight))
        elif kind in ("ko", "tko"):
            out.append(("crowd_cheer", 0.0, 1.0))
        elif kind == "counter":
            out.append(("crowd_cheer", 0.0, 0.35))
        elif kind == "taunt":
            out.append(("crowd_cheer", 0.0, 0.25))
    return out


class SoundDirector:
    """Plays the cues for each simulated tick's events.

    Why more than a loop over ``cues_for_events``: one tick can carry a knockdown and a
    counter (two cheers), and a fighter leaning on the ropes may report "rope" every few
    ticks. The director plays each cue at most once a tick (the loudest asked for) and gives
    the rope and the cheer a short cooldown unless the new one is louder.
    """

    COOLDOWN_TICKS = {"rope": 18, "crowd_cheer": 45}

    def __init__(self, audio: Audio) -> None:
        self.audio = audio
        self._tick = 0
        self._last: dict[str, tuple[int, float]] = {}

    def on_events(self, events: Iterable[Event]) -> list[Cue]:
        """Call once per simulated tick; returns what was played (handy for the HUD and tests)."""
        self._tick += 1
        chosen: dict[str, Cue] = {}
        for cue in cues_for_events(events):
            name = cue[0]
            if name not in chosen or cue[2] > chosen[name][2]:
                chosen[name] = cue
        played: list[Cue] = []
        for name, pan, volume in chosen.values():
            cooldown = self.COOLDOWN_TICKS.get(name, 0)
            last = self._last.get(name)
            if last is not None and self._tick - last[0] < cooldown and volume <= last[1]:
                continue
            self._last[name] = (self._tick, volume)
            self.audio.play(name, pan, volume)
            played.append((name, pan, volume))
        return played

    def start_crowd(self, volume: float = CROWD_BED_VOLUME) -> None:
        """The hall's murmur under the whole fight."""
        self.audio.start_loop("crowd_bed", volume)

    def stop_crowd(self, fade_ms: int = 1200) -> None:
        self.audio.stop_loop("crowd_bed", fade_ms)
