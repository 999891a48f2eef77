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
import random
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.assets import AssetError, asset_path  # noqa: E402
from game.sim.view import RING_HALF_WIDTH_M, Event, MatchView  # noqa: E402

PUNCH_CUES = ("punch_jab", "punch_hook", "punch_uppercut", "punch_body", "punch_special")
COUNT_CUES = tuple(f"count_{n}" for n in range(1, 11))
STING_CUES = ("fanfare_intro", "victory")
MUSIC_LOOPS = ("music_title", "music_story", "music_training", "music_moscow")
# Everything the music volume governs: the stings and the looping pieces.
MUSIC_CUES = (*STING_CUES, *MUSIC_LOOPS)
BED_CUES = ("crowd_bed", "crowd_bed_vegas", "crowd_bed_moscow")
LOOP_CUES = BED_CUES  # effect loops, each on a reserved channel (music has its own two)
CROWD_CUES = (
    *BED_CUES,
    "crowd_cheer",
    "crowd_cheer_vegas",
    "crowd_cheer_moscow",
    "crowd_boo",
    "crowd_boo_moscow",
)

# Every sound file the game loads (``sounds/<cue>.wav``); tools/make_sounds.py makes them all.
# docs/formats/sounds.md lists what triggers each.
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
    *CROWD_CUES,
    "camera_flash",
    "menu_move",
    "menu_select",
    *MUSIC_CUES,
)

# Per venue, which bed, cheer and boo the hall uses; any other venue (or none) gets "".
VENUE_CROWD: dict[str, dict[str, str]] = {
    "": {"bed": "crowd_bed", "cheer": "crowd_cheer", "boo": "crowd_boo"},
    "las_vegas": {"bed": "crowd_bed_vegas", "cheer": "crowd_cheer_vegas", "boo": "crowd_boo"},
    "moscow": {"bed": "crowd_bed_moscow", "cheer": "crowd_cheer_moscow",
               "boo": "crowd_boo_moscow"},
}

MIXER_FREQUENCY = 44100
MIXER_BUFFER = 512  # about 12 ms: a punch must sound on the frame it lands
MIXER_CHANNELS = 24
MUSIC_CHANNELS = 2  # two, so a new piece can fade in while the old one fades out
CROWD_BED_VOLUME = 0.35
MUSIC_FADE_MS = 800

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

    Volumes are 0..1. ``music_volume`` scales ``MUSIC_CUES`` (the stings and the looping
    pieces), ``effects_volume`` everything else, ``master_volume`` both. One piece of music
    plays at a time (``play_music``); ``music`` names it, or is None.
    """

    def __init__(self) -> None:
        self._master = 1.0
        self._effects = 1.0
        self._music = 1.0
        self.music: str | None = None

    def set_volumes(self, master: float, music: float, effects: float) -> None:
        """Set all three levels (0..1, clamped) at once, as the settings screen does."""
        self._master = _clamp(float(master), 0.0, 1.0)
        self._music = _clamp(float(music), 0.0, 1.0)
        self._effects = _clamp(float(effects), 0.0, 1.0)
        self._volumes_changed()

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

    def play_music(self, cue: str, loop: bool = True, fade_ms: int = MUSIC_FADE_MS) -> None:
        """Start a piece of music (``MUSIC_CUES``), replacing whatever music is playing.

        The old piece fades out over ``fade_ms`` while the new one fades in over the same
        time (0: cut). Asking for the looping piece that is already playing does nothing, so
        a scene may call this every time it is entered. ``loop=False`` plays it once (the
        stings: ``fanfare_intro``, ``victory``).
        """
        _check_music(cue)
        if loop and cue == self.music and self._music_loops:
            return
        self._start_music(cue, loop, max(0, int(fade_ms)))
        self.music = cue
        self._music_loops = loop

    def stop_music(self, fade_ms: int = MUSIC_FADE_MS) -> None:
        """Fade the music out (0: at once); stopping when nothing plays is fine."""
        if self.music is not None:
            self._stop_music(max(0, int(fade_ms)))
        self.music = None
        self._music_loops = False

    _music_loops = False

    def _start_music(self, cue: str, loop: bool, fade_ms: int) -> None:
        """Backend hook: fade ``cue`` in (looping or once), the previous piece out."""

    def _stop_music(self, fade_ms: int) -> None:
        """Backend hook: fade the current piece out."""

    def stop_all(self) -> None:
        """Silence everything at once, music too (quitting a fight, leaving a scene)."""
        self.music = None
        self._music_loops = False

    def close(self) -> None:
        """Release the device; the object must not be used afterwards."""


class NullAudio(Audio):
    """Silence: muted, no sound device, or a fast-forwarded headless run.

    It still keeps the volumes and the name of the music "playing", so settings screens and
    scenes behave the same with and without a device.
    """


class RecordingAudio(Audio):
    """A test stand-in that remembers what it was asked to play.

    ``played`` holds (cue, pan) tuples in order, ``volumes`` the matching volumes, ``loops``
    the loop cues currently running and ``loop_volumes`` the volume each was last asked for,
    ``music`` the piece playing and ``music_log`` every (cue, loop, fade_ms) asked of
    ``play_music`` ("" for ``stop_music``), ``volume_log`` each (master, music, effects)
    change as a mixer would receive it. ``level(cue)`` is what a mixer would set a running
    loop or the music to now. Unknown cue names raise, to catch typos.
    """

    def __init__(self) -> None:
        super().__init__()
        self.played: list[tuple[str, float]] = []
        self.volumes: list[float] = []
        self.loops: set[str] = set()
        self.loop_volumes: dict[str, float] = {}
        self.music_log: list[tuple[str, bool, int]] = []
        self.volume_log: list[tuple[float, float, float]] = []

    def play(self, cue: str, pan: float = 0.0, volume: float = 1.0) -> None:
        _check_cue(cue)
        self.played.append((cue, pan))
        self.volumes.append(volume)

    def start_loop(self, cue: str, volume: float = 1.0) -> None:
        _check_cue(cue)
        if cue not in LOOP_CUES:
            raise ValueError(f"{cue!r} is not a loop cue; loops are {LOOP_CUES}")
        self.loops.add(cue)
        self.loop_volumes[cue] = volume

    def stop_loop(self, cue: str, fade_ms: int = 600) -> None:
        self.loops.discard(cue)
        self.loop_volumes.pop(cue, None)

    def _start_music(self, cue: str, loop: bool, fade_ms: int) -> None:
        self.music_log.append((cue, loop, fade_ms))

    def _stop_music(self, fade_ms: int) -> None:
        self.music_log.append(("", False, fade_ms))

    def _volumes_changed(self) -> None:
        self.volume_log.append((self.master_volume, self.music_volume, self.effects_volume))

    def level(self, cue: str) -> float:
        """The level a mixer would give ``cue`` now (0 when it is not running)."""
        if cue == self.music:
            return self.gain(cue)
        if cue in self.loops:
            return self.gain(cue, self.loop_volumes[cue])
        return 0.0

    def stop_all(self) -> None:
        super().stop_all()
        self.loops.clear()
        self.loop_volumes.clear()


def _check_cue(cue: str) -> None:
    if cue not in CUES:
        raise ValueError(f"unknown sound cue {cue!r}")


def _check_music(cue: str) -> None:
    if cue not in MUSIC_CUES:
        raise ValueError(f"{cue!r} is not music; music is {MUSIC_CUES}")


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
    is missing or unreadable. One channel per loop cue, and two for music, are reserved so a
    burst of punches can never steal the crowd or the tune.
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
            pygame.mixer.set_reserved(len(LOOP_CUES) + MUSIC_CHANNELS)
            self._loop_channels = {
                cue: pygame.mixer.Channel(i) for i, cue in enumerate(LOOP_CUES)
            }
            self._music_channels = [pygame.mixer.Channel(len(LOOP_CUES) + i)
                                    for i in range(MUSIC_CHANNELS)]
            self._music_index = 0
            self._loop_volumes: dict[str, float] = {}
            # Effects load now; the music (most of the bytes) on first use, so the game
            # starts quickly. Its files must still exist, so a broken install fails here.
            self._sounds = {cue: self._load(cue) for cue in CUES if cue not in MUSIC_LOOPS}
            for cue in CUES:
                if cue in MUSIC_LOOPS:
                    cue_path(cue)
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

    def _sound(self, cue: str) -> pygame.mixer.Sound:
        sound = self._sounds.get(cue)
        if sound is None:
            sound = self._sounds[cue] = self._load(cue)
        return sound

    def play(self, cue: str, pan: float = 0.0, volume: float = 1.0) -> None:
        _check_cue(cue)
        level = self.gain(cue, volume)
        if level <= 0.0:
            return
        channel = pygame.mixer.find_channel(True)  # steals the oldest sound when all are busy
        if channel is None:
            return
        channel.play(self._sound(cue))
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
        # The level is set before a fade-in starts: SDL fades up to the channel's volume then.
        channel.set_volume(self.gain(cue, volume))
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

    def _start_music(self, cue: str, loop: bool, fade_ms: int) -> None:
        old = self._music_channels[self._music_index]
        if old.get_busy():
            if fade_ms > 0:
                old.fadeout(fade_ms)
            else:
                old.stop()
        self._music_index = (self._music_index + 1) % len(self._music_channels)
        channel = self._music_channels[self._music_index]
        channel.stop()
        channel.set_volume(self.gain(cue))
        channel.play(self._sound(cue), loops=-1 if loop else 0, fade_ms=fade_ms)

    def _stop_music(self, fade_ms: int) -> None:
        channel = self._music_channels[self._music_index]
        if not channel.get_busy():
            return
        if fade_ms > 0:
            channel.fadeout(fade_ms)
        else:
            channel.stop()

    def _volumes_changed(self) -> None:
        for cue, volume in getattr(self, "_loop_volumes", {}).items():
            self._loop_channels[cue].set_volume(self.gain(cue, volume))
        if self.music is not None and hasattr(self, "_music_channels"):
            self._music_channels[self._music_index].set_volume(self.gain(self.music))

    def channel_levels(self) -> dict[str, float]:
        """What the mixer has each running loop and the music at now (for tests and debug)."""
        levels = {cue: self._loop_channels[cue].get_volume() for cue in self._loop_volumes}
        if self.music is not None:
            levels[self.music] = self._music_channels[self._music_index].get_volume()
        return levels

    def stop_all(self) -> None:
        super().stop_all()
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


def favour(crowd: float, side: str) -> float:
    """How much the crowd is behind ``side`` (-1 against him .. +1 all for him)."""
    return crowd if side == "p1" else -crowd if side == "p2" else 0.0


def other_side(side: str) -> str:
    return {"p1": "p2", "p2": "p1"}.get(side, "")


FAVOURITE = 0.35  # the crowd is "for" a fighter from this favour up, "against" below minus it


def cues_for_events(events: Iterable[Event], crowd: float | None = None) -> list[Cue]:
    """The (cue, pan, volume) to play for one tick's events, in event order.

    Positional sounds (blows, falls, ropes, the count beside the downed man) pan with the
    event's place in the ring; the bell and the crowd surround the ring, so they sit centre.
    Events with no sound of their own ("punch", "getup", "round_over", "fight_over",
    "special_ready") give nothing: the stings are the scenes' business. Crowd cues use the
    neutral names ("crowd_cheer", "crowd_boo"); the director swaps in the venue's own. With
    the crowd's mood given, a knockdown of the crowd's favourite is booed, not cheered.
    """
    out: list[Cue] = []
    for e in events:
        out += _cues_for_event(e, crowd)
    return out


# Events whose sound is fixed: (cue, panned with the event?, volume, volume per unit weight).
_PLAIN_CUES: dict[str, tuple[tuple[str, bool, float, float], ...]] = {
    "block": (("block", True, 0.75, 0.25),),
    "whiff": (("whiff", True, 0.6, 0.3),),
    "rope": (("rope", True, 0.6, 0.4),),
    "ko": (("crowd_cheer", False, 1.0, 0.0),),
    "tko": (("crowd_cheer", False, 1.0, 0.0),),
    "counter": (("crowd_cheer", False, 0.35, 0.0),),
    "taunt": (("crowd_cheer", False, 0.25, 0.0),),
    # the ropes let go of him and the hall likes the footwork
    "pivot": (("rope", True, 0.45, 0.0), ("crowd_cheer", False, 0.3, 0.0)),
    **{kind: ((cue, False, 1.0, 0.0),) for kind, cue in _BELLS.items()},
}


def _cues_for_event(e: Event, crowd: float | None) -> list[Cue]:
    """One event's cues (see ``cues_for_events``)."""
    pan = pan_for(e.x_m)
    weight = _clamp(e.weight, 0.0, 1.0)
    if e.kind == "hit":
        return [(_punch_cue(e), pan, 0.7 + 0.3 * weight)]
    if e.kind == "knockdown":
        if crowd is not None and favour(crowd, e.side) >= FAVOURITE:
            return [("canvas_fall", pan, 1.0), ("crowd_boo", 0.0, 0.9)]
        return [("canvas_fall", pan, 1.0), ("crowd_cheer", 0.0, 1.0)]
    if e.kind == "count":
        return [(f"count_{e.value}", pan, 1.0)] if 1 <= e.value <= 10 else []
    return [(cue, pan if panned else 0.0, base if not per else base + per * weight)
            for cue, panned, base, per in _PLAIN_CUES.get(e.kind, ())]


class SoundDirector:
    """Plays the cues for each simulated tick's events, and keeps the crowd in step.

    Why more than a loop over ``cues_for_events``: one tick can carry a knockdown and a
    counter (two cheers), and a fighter leaning on the ropes may report "rope" every few
    ticks. The director plays each cue at most once a tick (the loudest asked for) and gives
    the rope and the crowd a short cooldown unless the new one is louder.

    The crowd (``on_view``): the bed's level follows the hall's excitement (it swells on big
    blows, knockdowns and the finish and settles back within a couple of seconds, and a
    passionate crowd is louder than an undecided one); cheers come as the mood swings towards
    a fighter, boos when the man the crowd is against lands, and the venue picks the hall's
    voice (``VENUE_CROWD``). ``venue`` fixes it; left None, the director takes the venue of
    the views it is shown. Everything is a function of the calls made; the only randomness,
    the camera flashes' timing and place, comes from ``random.Random(seed)``.

    A scene calls ``on_events(view.events)`` and ``on_view(view)`` once per simulated tick
    (either order, or only one of them); a tick is counted once either way.
    """

    COOLDOWN_TICKS = {"rope": 18, "crowd_cheer": 45, "crowd_boo": 150, "camera_flash": 4}
    # Within its cooldown a cue plays again only if this much louder than the last one.
    LOUDER_BY = {"crowd_boo": 0.25}

    # Mood zones for cheers as the crowd turns: boundaries, and how far past one it must go.
    ZONES = (-0.6, -0.2, 0.2, 0.6)
    ZONE_HYSTERESIS = 0.05
    SWELL_DECAY = 0.97  # per tick: a swell halves in about a third of a second
    SWELL_MAX = 0.5
    BED_MAX = 0.85  # the hall at its loudest still leaves room for the blows

    def __init__(self, audio: Audio, venue: str | None = None, seed: int = 0) -> None:
        self.audio = audio
        self._tick = 0
        self._seen: set[str] = set()
        self._last: dict[str, tuple[int, float]] = {}
        self._venue_fixed = venue
        self._venue = venue if venue is not None else ""
        self._mood: float | None = None
        self._zone: int | None = None
        self._swell = 0.0
        self._crowd_on = False
        self._bed_cue: str | None = None
        self._bed_level: float | None = None
        self._rng = random.Random(seed)
        self._flashes: list[tuple[int, float]] = []  # (due tick, pan)

    # -- the clock --
    def _advance(self, caller: str) -> None:
        """Count a tick once, whichever of on_events and on_view is called first for it."""
        if caller in self._seen or not self._seen:
            self._tick += 1
            self._seen = {caller}
        else:
            self._seen.add(caller)

    @property
    def venue(self) -> str:
        """The venue whose crowd is used ("" for the neutral one)."""
        return self._venue

    def crowd_cue(self, kind: str) -> str:
        """The venue's "bed", "cheer" or "boo" cue."""
        return VENUE_CROWD.get(self._venue, VENUE_CROWD[""])[kind]

    def _venue_cue(self, name: str) -> str:
        if name == "crowd_cheer":
            return self.crowd_cue("cheer")
        if name == "crowd_boo":
            return self.crowd_cue("boo")
        return name

    def _play(self, cues: Iterable[Cue]) -> list[Cue]:
        """Dedupe by cue (the loudest wins), apply cooldowns, play; returns what played.

        Cooldowns are kept under the neutral crowd names, so a cheer is a cheer whichever
        venue's recording plays it.
        """
        chosen: dict[str, Cue] = {}
        for cue in cues:
            name = cue[0]
            if name not in chosen or cue[2] > chosen[name][2]:
                chosen[name] = cue
        played: list[Cue] = []
        for name, pan, volume in chosen.values():
            cooldown = self.COOLDOWN_TICKS.get(name, 0)
            last = self._last.get(name)
            margin = self.LOUDER_BY.get(name, 0.0)
            if (last is not None and self._tick - last[0] < cooldown
                    and volume <= last[1] + margin):
                continue
            self._last[name] = (self._tick, volume)
            real = self._venue_cue(name)
            self.audio.play(real, pan, volume)
            played.append((real, pan, volume))
        return played

    def on_events(self, events: Iterable[Event]) -> list[Cue]:
        """Call once per simulated tick; returns what was played (handy for the HUD and tests)."""
        self._advance("events")
        return self._play(cues_for_events(events, self._mood))

    # -- the crowd --
    def on_view(self, view: MatchView) -> list[Cue]:
        """Call once per simulated tick with the tick's view: the crowd's level, its cheers
        and boos, and the press cameras. Returns the one-shots it played (the punches and the
        bell are ``on_events``' business; this reads ``view.events`` only for the crowd).
        """
        self._advance("view")
        if self._venue_fixed is None and view.venue != self._venue:
            self._venue = view.venue if view.venue in VENUE_CROWD else ""
        mood = _clamp(float(view.crowd), -1.0, 1.0)
        asked = self._turn(mood)
        self._mood = mood
        self._swell *= self.SWELL_DECAY
        for e in view.events:
            asked += self._react(e, mood)
        for due, pan in self._flashes:
            if due <= self._tick:
                asked.append(("camera_flash", pan, 0.8))
        self._flashes = [f for f in self._flashes if f[0] > self._tick]
        self._relevel(view.phase)
        return self._play(asked)

    def _turn(self, mood: float) -> list[Cue]:
        """Follow the mood across the zones; a cheer when the hall turns."""
        if self._zone is None:
            self._zone = sum(1 for b in self.ZONES if mood >= b)
            return []
        zone = self._zone
        h = self.ZONE_HYSTERESIS
        while zone < len(self.ZONES) and mood >= self.ZONES[zone] + h:
            zone += 1
        while zone > 0 and mood <= self.ZONES[zone - 1] - h:
            zone -= 1
        if zone == self._zone:
            return []
        # The hall turns: cheers for whoever it swings to, louder the surer it is.
        self._swell = max(self._swell, 0.2)
        self._zone = zone
        return [("crowd_cheer", 0.0, round(0.45 + 0.45 * abs(mood), 3))]

    def _react(self, e: Event, mood: float) -> list[Cue]:
        """The hall's answer to one event: boos or a cheer for a blow, a swell, flashes."""
        weight = _clamp(e.weight, 0.0, 1.0)
        if e.kind == "hit":
            return self._react_to_hit(e, mood, weight)
        if e.kind == "counter":
            self._swell = min(self.SWELL_MAX, self._swell + 0.1)
        elif e.kind == "knockdown":
            self._swell = max(self._swell, 0.45)
            self._schedule_flashes(3)
        elif e.kind in ("ko", "tko"):
            self._swell = max(self._swell, self.SWELL_MAX)
            self._schedule_flashes(5)
        elif e.kind == "bell_start":
            self._swell = max(self._swell, 0.2)
        return []

    def _react_to_hit(self, e: Event, mood: float, weight: float) -> list[Cue]:
        out: list[Cue] = []
        hitter = favour(mood, other_side(e.side))
        if hitter <= -FAVOURITE:  # the man they are against lands: boos
            level = 0.35 + 0.5 * min(1.0, -hitter) * (0.6 + 0.4 * weight)
            out.append(("crowd_boo", 0.0, round(level, 3)))
        elif hitter >= FAVOURITE and weight >= 0.6:  # their man lands a big one
            out.append(("crowd_cheer", 0.0, round(0.3 + 0.4 * hitter, 3)))
        if weight >= 0.5:
            self._swell = min(self.SWELL_MAX, self._swell + 0.3 * weight * weight)
        return out

    def _schedule_flashes(self, count: int) -> None:
        for _ in range(count):
            due = self._tick + self._rng.randint(6, 70)
            pan = round(self._rng.uniform(-0.9, 0.9), 2)
            self._flashes.append((due, pan))

    def bed_level(self, phase: str = "fight") -> float:
        """The bed's volume now: the base, the crowd's passion, the swell, the moment."""
        mood = abs(self._mood or 0.0)
        level = CROWD_BED_VOLUME + 0.12 * mood + self._swell
        if phase == "knockdown":  # the hall is on its feet through the count
            level = max(level, CROWD_BED_VOLUME + 0.25)
        elif phase in ("intro", "over"):
            level = max(level, CROWD_BED_VOLUME + 0.15)
        return round(_clamp(level, 0.0, self.BED_MAX), 2)

    def _relevel(self, phase: str) -> None:
        if not self._crowd_on:
            return
        bed = self.crowd_cue("bed")
        level = self.bed_level(phase)
        if bed != self._bed_cue:  # the venue became known: hand over to its hall
            if self._bed_cue is not None:
                self.audio.stop_loop(self._bed_cue, 300)
            self._bed_cue = None
        if bed != self._bed_cue or level != self._bed_level:
            self.audio.start_loop(bed, level)
            self._bed_cue, self._bed_level = bed, level

    def start_crowd(self, volume: float = CROWD_BED_VOLUME) -> None:
        """The hall's murmur under the whole fight (the venue's bed, if it is known yet)."""
        self._crowd_on = True
        self._bed_cue = self.crowd_cue("bed")
        self._bed_level = round(volume, 2)
        self.audio.start_loop(self._bed_cue, volume)

    def stop_crowd(self, fade_ms: int = 1200) -> None:
        self._crowd_on = False
        if self._bed_cue is not None:
            self.audio.stop_loop(self._bed_cue, fade_ms)
        self._bed_cue = None
        self._bed_level = None
