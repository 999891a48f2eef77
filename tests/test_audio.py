"""Sound: the files exist and are sane, events map to the right cues, playback degrades to
silence, and the generator is deterministic.

Why measured rather than listened to: tests run headless with no speakers, so "audible",
"not clipping" and "loops cleanly" are checked as RMS, peak and sample continuity.
"""

from __future__ import annotations

import math
import os
import sys
import wave
from array import array
from pathlib import Path

import pytest

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from game import audio as audio_mod  # noqa: E402
from game.assets import AssetError, asset_path  # noqa: E402
from game.audio import (  # noqa: E402
    CUES,
    MixerAudio,
    NullAudio,
    RecordingAudio,
    SoundDirector,
    cues_for_events,
    open_audio,
    pan_gains,
)
from game.sim.view import Event  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import make_sounds  # noqa: E402
from soundgen import RATE, RECIPES, build_cue  # noqa: E402

MINUS_1_DBFS = 10 ** (-1 / 20)
AUDIBLE_RMS_DBFS = -36.0


def _read(path: Path) -> tuple[array, int]:
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1, path
        assert w.getsampwidth() == 2, path
        rate = w.getframerate()
        pcm = array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm, rate


def _stats(pcm: array) -> tuple[float, float]:
    """(peak, rms) as fractions of full scale."""
    peak = max(abs(s) for s in pcm) / 32768.0
    rms = math.sqrt(sum(s * s for s in pcm) / len(pcm)) / 32768.0
    return peak, rms


# --- the files -----------------------------------------------------------------------------


def test_every_cue_has_a_recipe_and_nothing_is_orphaned() -> None:
    assert set(CUES) == set(RECIPES)


@pytest.mark.parametrize("cue", CUES)
def test_cue_file_loads_is_audible_and_not_clipping(cue: str) -> None:
    pcm, rate = _read(asset_path("sounds", f"{cue}.wav"))
    assert rate == RATE == 22050
    seconds = len(pcm) / rate
    assert 0.04 <= seconds <= 6.0, f"{cue} lasts {seconds:.2f} s"
    peak, rms = _stats(pcm)
    assert peak <= MINUS_1_DBFS, f"{cue} peaks at {20 * math.log10(peak):.2f} dBFS"
    assert 20 * math.log10(rms) >= AUDIBLE_RMS_DBFS, f"{cue} is too quiet"
    dc = sum(pcm) / len(pcm) / 32768.0
    assert abs(dc) < 0.01, f"{cue} carries DC offset {dc:.4f}"


def test_one_shots_start_and_end_quietly() -> None:
    for cue in CUES:
        if cue == "crowd_bed":
            continue
        pcm, _ = _read(asset_path("sounds", f"{cue}.wav"))
        assert abs(pcm[0]) < 200 and abs(pcm[-1]) < 200, f"{cue} clicks at an edge"


def test_crowd_bed_loops_without_a_click() -> None:
    pcm, rate = _read(asset_path("sounds", "crowd_bed.wav"))
    assert 3.5 <= len(pcm) / rate <= 4.5
    peak = max(abs(s) for s in pcm)
    assert abs(pcm[-1] - pcm[0]) < 0.1 * peak
    # and the join is no bigger a step than the bed's own typical sample-to-sample movement
    steps = sorted(abs(pcm[i + 1] - pcm[i]) for i in range(0, len(pcm) - 1))
    assert abs(pcm[-1] - pcm[0]) <= steps[int(0.999 * len(steps))]


def test_heavier_punches_last_longer() -> None:
    def seconds(cue: str) -> float:
        pcm, rate = _read(asset_path("sounds", f"{cue}.wav"))
        return len(pcm) / rate

    order = ["punch_jab", "punch_hook", "punch_uppercut", "punch_special"]
    lengths = [seconds(c) for c in order]
    assert lengths == sorted(lengths) and len(set(lengths)) == len(lengths)


def test_stings_have_their_lengths() -> None:
    for cue, lo, hi in (("fanfare_intro", 2.5, 4.0), ("victory", 3.5, 5.0)):
        pcm, rate = _read(asset_path("sounds", f"{cue}.wav"))
        assert lo <= len(pcm) / rate <= hi, cue


def test_sounds_folder_is_small() -> None:
    total = sum(p.stat().st_size for p in asset_path("sounds", "block.wav").parent.iterdir())
    assert total < 3 * 1024 * 1024


# --- the generator -------------------------------------------------------------------------


@pytest.mark.parametrize("cue", ["punch_hook", "count_3", "crowd_cheer"])
def test_generator_is_deterministic(cue: str) -> None:
    assert build_cue(cue) == build_cue(cue)


def test_checked_in_sounds_match_the_generator(tmp_path: Path) -> None:
    """Rebuild everything and compare; ±1 LSB allowed in case another libm rounds differently."""
    make_sounds.build(tmp_path)
    for cue in CUES:
        built, _ = _read(tmp_path / f"{cue}.wav")
        shipped, _ = _read(asset_path("sounds", f"{cue}.wav"))
        assert len(built) == len(shipped), f"{cue}: rerun tools/make_sounds.py"
        assert max(abs(a - b) for a, b in zip(built, shipped, strict=True)) <= 1, cue


# --- events to cues ------------------------------------------------------------------------


def _script() -> list[list[Event]]:
    return [
        [Event("bell_start", value=1)],
        [Event("punch", side="p1", move="jab")],
        [Event("hit", side="p1", move="jab", target="head", x_m=-1.525, weight=0.2)],
        [Event("block", side="p2", move="hook", target="head", x_m=0.5)],
        [Event("whiff", side="p1", move="uppercut", x_m=0.0)],
        [Event("hit", side="p2", move="body", target="body", x_m=1.0, weight=0.5)],
        [Event("hit", side="p2", move="special", target="head", x_m=9.0, weight=1.0),
         Event("knockdown", side="p1", x_m=9.0)],
        [Event("count", side="p1", value=1)],
        [Event("count", side="p1", value=2)],
        [Event("count", side="p1", value=3)],
        [Event("getup", side="p1")],
        [Event("bell_end", value=1)],
    ]


def test_cues_for_events_maps_a_scripted_fight() -> None:
    names = [c[0] for tick in _script() for c in cues_for_events(tick)]
    assert names == [
        "bell_start", "punch_jab", "block", "whiff", "punch_body",
        "punch_special", "canvas_fall", "crowd_cheer",
        "count_1", "count_2", "count_3", "bell_end",
    ]


def test_pan_follows_the_ring_and_clamps() -> None:
    cue, pan, volume = cues_for_events([Event("hit", move="hook", x_m=-1.525, weight=1.0)])[0]
    assert cue == "punch_hook" and pan == pytest.approx(-0.5) and volume == pytest.approx(1.0)
    assert cues_for_events([Event("rope", x_m=40.0)])[0][1] == 1.0
    assert cues_for_events([Event("rope", x_m=-40.0)])[0][1] == -1.0
    assert pan_gains(0.0) == (1.0, 1.0)
    assert pan_gains(-1.0) == (1.0, 0.0)
    assert pan_gains(1.0) == (0.0, 1.0)


def test_crowd_reactions() -> None:
    assert cues_for_events([Event("ko")]) == [("crowd_cheer", 0.0, 1.0)]
    assert cues_for_events([Event("tko")]) == [("crowd_cheer", 0.0, 1.0)]
    (cue, _pan, volume), = cues_for_events([Event("counter", x_m=1.0)])
    assert cue == "crowd_cheer" and volume < 0.5
    assert cues_for_events([Event("bell_final")]) == [("bell_final", 0.0, 1.0)]
    assert cues_for_events([Event("count", value=0)]) == []
    assert cues_for_events([Event("hit", move="mystery", weight=0.9)])[0][0] == "punch_special"


def test_director_plays_through_recording_audio() -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec)
    for tick in _script():
        director.on_events(tick)
    names = [cue for cue, _pan in rec.played]
    assert names[0] == "bell_start" and names[-1] == "bell_end"
    assert names[-4:-1] == ["count_1", "count_2", "count_3"]
    assert ("punch_jab", pytest.approx(-0.5)) in rec.played
    director.start_crowd()
    assert rec.loops == {"crowd_bed"}
    director.stop_crowd()
    assert rec.loops == set()


def test_director_dedupes_a_tick_and_rate_limits_the_ropes() -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec)
    director.on_events([Event("counter"), Event("knockdown")])
    assert [c for c, _ in rec.played].count("crowd_cheer") == 1
    assert rec.volumes[[c for c, _ in rec.played].index("crowd_cheer")] == 1.0
    for _ in range(10):
        director.on_events([Event("rope", x_m=3.0)])
    assert [c for c, _ in rec.played].count("rope") == 1
    for _ in range(30):
        director.on_events([])
    director.on_events([Event("rope", x_m=3.0)])
    assert [c for c, _ in rec.played].count("rope") == 2


def test_recording_audio_rejects_unknown_cues() -> None:
    with pytest.raises(ValueError, match="nope"):
        RecordingAudio().play("nope")


# --- playback backends ---------------------------------------------------------------------


def test_muted_is_null_audio() -> None:
    a = open_audio(mute=True)
    assert isinstance(a, NullAudio)
    a.play("punch_jab", 0.5)
    a.start_loop("crowd_bed")
    a.stop_loop("crowd_bed")
    a.stop_all()
    a.close()


def test_no_device_falls_back_to_silence_with_one_line(monkeypatch, capsys) -> None:
    def broken_init(*args, **kwargs):
        raise audio_mod.pygame.error("ALSA: Couldn't open audio device")

    monkeypatch.setattr(audio_mod.pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(audio_mod.pygame.mixer, "init", broken_init)
    a = open_audio(mute=False)
    assert isinstance(a, NullAudio)
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["audio: no sound device (ALSA: Couldn't open audio device); playing silent"]


def test_dummy_driver_plays_or_stays_silent(monkeypatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    a = open_audio(mute=False)
    try:
        assert isinstance(a, (MixerAudio, NullAudio))
        a.master_volume = 0.8
        a.effects_volume = 2.0  # clamps
        assert a.effects_volume == 1.0
        for cue in CUES:
            a.play(cue, pan=0.3, volume=0.5)
        a.start_loop("crowd_bed", 0.3)
        a.start_loop("crowd_bed", 0.4)
        a.music_volume = 0.2
        a.stop_loop("crowd_bed", fade_ms=0)
        a.stop_all()
    finally:
        a.close()


def test_missing_or_broken_file_names_it(monkeypatch, tmp_path: Path) -> None:
    try:
        MixerAudio().close()
    except audio_mod.AudioUnavailable:
        pytest.skip("no mixer even with the dummy driver")
    monkeypatch.setattr(audio_mod, "CUES", (*CUES, "no_such_cue"))
    with pytest.raises(AssetError, match="no_such_cue.wav"):
        MixerAudio()
    junk = tmp_path / "punch_jab.wav"
    junk.write_bytes(b"not a wave file at all")
    monkeypatch.setattr(audio_mod, "CUES", CUES)
    monkeypatch.setattr(audio_mod, "cue_path", lambda cue: str(junk))
    with pytest.raises(AssetError, match="unreadable sound file .*punch_jab.wav"):
        MixerAudio()
