"""Sound: the files exist and are sane, events map to the right cues, playback degrades to
silence, and the generator is deterministic.

Why measured rather than listened to: tests run headless with no speakers, so "audible",
"not clipping" and "loops cleanly" are checked as RMS, peak and sample continuity.
"""

from __future__ import annotations

import dataclasses
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
    BED_CUES,
    CROWD_BED_VOLUME,
    CUES,
    MUSIC_CUES,
    MUSIC_LOOPS,
    MixerAudio,
    NullAudio,
    RecordingAudio,
    SoundDirector,
    cues_for_events,
    open_audio,
    pan_gains,
)
from game.sim.view import Event, MatchView  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import make_sounds  # noqa: E402
from soundgen import RATE, RECIPES, build_cue  # noqa: E402

MINUS_1_DBFS = 10 ** (-1 / 20)
AUDIBLE_RMS_DBFS = -36.0
LOOPS = (*BED_CUES, *MUSIC_LOOPS)


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
    longest = 24.0 if cue in MUSIC_LOOPS else 6.0
    assert 0.04 <= seconds <= longest, f"{cue} lasts {seconds:.2f} s"
    peak, rms = _stats(pcm)
    assert peak <= MINUS_1_DBFS, f"{cue} peaks at {20 * math.log10(peak):.2f} dBFS"
    assert 20 * math.log10(rms) >= AUDIBLE_RMS_DBFS, f"{cue} is too quiet"
    dc = sum(pcm) / len(pcm) / 32768.0
    assert abs(dc) < 0.01, f"{cue} carries DC offset {dc:.4f}"


def test_one_shots_start_and_end_quietly() -> None:
    for cue in CUES:
        if cue in LOOPS:
            continue
        pcm, _ = _read(asset_path("sounds", f"{cue}.wav"))
        assert abs(pcm[0]) < 200 and abs(pcm[-1]) < 200, f"{cue} clicks at an edge"


@pytest.mark.parametrize("cue", LOOPS)
def test_loops_join_without_a_click(cue: str) -> None:
    """Played end to first sample, the seam must be an ordinary step: no bigger than the
    file's 99.9th-percentile step, nor than the biggest step in the 3 ms either side of it.
    """
    pcm, rate = _read(asset_path("sounds", f"{cue}.wav"))
    seam = abs(pcm[0] - pcm[-1])
    steps = sorted(abs(pcm[i + 1] - pcm[i]) for i in range(len(pcm) - 1))
    assert seam <= steps[int(0.999 * len(steps))], cue
    near = [abs(pcm[i + 1] - pcm[i]) for i in (*range(-65, -1), *range(0, 64))]
    assert seam <= 1.5 * max(near) + 2, cue
    # and no dip or bump in loudness across the join
    w = rate // 4
    def rms(seg: array) -> float:
        return math.sqrt(sum(s * s for s in seg) / len(seg))
    end, start = rms(pcm[-w:]), rms(pcm[:w])
    assert 0.25 < end / start < 4.0, f"{cue}: {end:.0f} vs {start:.0f} RMS across the seam"


def test_loop_lengths() -> None:
    def seconds(cue: str) -> float:
        pcm, rate = _read(asset_path("sounds", f"{cue}.wav"))
        return len(pcm) / rate

    for cue in BED_CUES:
        assert 3.5 <= seconds(cue) <= 4.5, cue
    assert 16.0 <= seconds("music_title") <= 24.0
    assert 16.0 <= seconds("music_story") <= 24.0
    assert 15.0 <= seconds("music_training") <= 17.0
    assert 16.0 <= seconds("music_moscow") <= 24.0


def test_venue_crowds_differ_in_brightness() -> None:
    """Las Vegas sounds brighter than Moscow: more of its energy in the sample-to-sample
    movement (a crude high-frequency measure), for both the bed and the cheer."""

    def brightness(cue: str) -> float:
        pcm, _ = _read(asset_path("sounds", f"{cue}.wav"))
        diff = sum((pcm[i + 1] - pcm[i]) ** 2 for i in range(len(pcm) - 1))
        return diff / sum(s * s for s in pcm)

    for kind in ("bed", "cheer"):
        vegas = brightness(f"crowd_{kind}_vegas")
        moscow = brightness(f"crowd_{kind}_moscow")
        assert vegas > 1.5 * moscow, (kind, vegas, moscow)


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
    assert total < 6 * 1024 * 1024  # the limit is 12 MB; we aim for half


# --- the generator -------------------------------------------------------------------------


@pytest.mark.parametrize("cue", ["punch_hook", "count_3", "camera_flash"])
def test_generator_is_deterministic(cue: str) -> None:
    assert build_cue(cue) == build_cue(cue)


@pytest.mark.parametrize("cue", CUES)
def test_checked_in_sounds_match_the_generator(cue: str) -> None:
    """Rebuild each cue and compare; ±1 LSB allowed in case another libm rounds differently.

    One cue per test, so the rebuild (about ten seconds of synthesis in all) spreads over
    the test workers.
    """
    import io

    with wave.open(io.BytesIO(build_cue(cue))) as w:
        built = array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        built.byteswap()
    shipped, _ = _read(asset_path("sounds", f"{cue}.wav"))
    assert len(built) == len(shipped), f"{cue}: rerun tools/make_sounds.py"
    assert max(abs(a - b) for a, b in zip(built, shipped, strict=True)) <= 1, cue


def test_make_sounds_writes_files(tmp_path: Path) -> None:
    written = make_sounds.build(tmp_path, ["menu_move", "count_1"])
    assert [p.name for p in written] == ["menu_move.wav", "count_1.wav"]
    assert (tmp_path / "menu_move.wav").read_bytes() == build_cue("menu_move")
    with pytest.raises(SystemExit, match="unknown cue"):
        make_sounds.build(tmp_path, ["no_such_cue"])


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


def test_a_roll_off_the_ropes_is_heard_where_it_happens() -> None:
    cues = cues_for_events([Event("pivot", "p1", x_m=-2.9)])
    assert [c[0] for c in cues] == ["rope", "crowd_cheer"]
    assert cues[0][1] < -0.9            # the ropes he left, on the left


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


# --- music -----------------------------------------------------------------------------------


def test_music_is_recorded_and_replaces_itself() -> None:
    rec = RecordingAudio()
    rec.play_music("music_title")
    rec.play_music("music_title")  # a scene re-entered: the loop carries on
    assert rec.music == "music_title"
    rec.play_music("music_story", fade_ms=500)
    rec.play_music("fanfare_intro", loop=False, fade_ms=0)
    rec.play_music("fanfare_intro", loop=False, fade_ms=0)  # a sting plays each time asked
    rec.stop_music(300)
    rec.stop_music(300)  # nothing playing: nothing to do
    assert rec.music is None
    assert rec.music_log == [
        ("music_title", True, 800),
        ("music_story", True, 500),
        ("fanfare_intro", False, 0),
        ("fanfare_intro", False, 0),
        ("", False, 300),
    ]
    with pytest.raises(ValueError, match="not music"):
        rec.play_music("punch_jab")


def test_null_audio_keeps_music_and_volumes() -> None:
    a = NullAudio()
    a.play_music("music_training")
    assert a.music == "music_training"
    a.set_volumes(0.5, 2.0, -1.0)
    assert (a.master_volume, a.music_volume, a.effects_volume) == (0.5, 1.0, 0.0)
    a.stop_music(0)
    a.stop_all()
    assert a.music is None


def test_volume_settings_reach_the_recorded_mixer() -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec, venue="moscow")
    director.start_crowd()
    rec.play_music("music_moscow")
    rec.set_volumes(0.5, 0.4, 0.8)
    assert rec.volume_log[-1] == (0.5, 0.4, 0.8)
    assert rec.level("music_moscow") == pytest.approx(0.5 * 0.4)
    assert rec.level("crowd_bed_moscow") == pytest.approx(0.5 * 0.8 * CROWD_BED_VOLUME)
    rec.set_volumes(0.0, 1.0, 1.0)  # master at zero silences everything
    assert rec.level("music_moscow") == 0.0 and rec.level("crowd_bed_moscow") == 0.0
    assert rec.gain("victory", 1.0) == 0.0


def test_volume_settings_reach_the_real_mixer() -> None:
    try:
        a = MixerAudio()
    except audio_mod.AudioUnavailable:
        pytest.skip("no mixer even with the dummy driver")
    try:
        a.start_loop("crowd_bed_vegas", 0.5)
        a.play_music("music_title", fade_ms=0)
        a.set_volumes(0.5, 0.4, 0.8)
        levels = a.channel_levels()
        assert levels["music_title"] == pytest.approx(0.2, abs=1 / 128)
        assert levels["crowd_bed_vegas"] == pytest.approx(0.5 * 0.8 * 0.5, abs=1 / 128)
        a.play_music("music_story", fade_ms=0)
        assert a.channel_levels()["music_story"] == pytest.approx(0.2, abs=1 / 128)
        a.music_volume = 1.0
        assert a.channel_levels()["music_story"] == pytest.approx(0.5, abs=1 / 128)
        a.play_music("victory", loop=False, fade_ms=100)
        a.stop_music(0)
        assert a.music is None
    finally:
        a.close()


# --- the crowd following the simulation --------------------------------------------------------


@pytest.fixture(scope="module")
def base_view() -> MatchView:
    from game.sim.match import Match, MatchSetup

    return Match(MatchSetup(venue="moscow")).view()


def _views(base: MatchView, script: list[tuple[float, list[Event]]],
           venue: str = "moscow", phase: str = "fight") -> list[MatchView]:
    return [dataclasses.replace(base, tick=i, crowd=crowd, events=tuple(events), venue=venue,
                                phase=phase)
            for i, (crowd, events) in enumerate(script)]


def _run(director: SoundDirector, views: list[MatchView]) -> None:
    for v in views:
        director.on_events(v.events)
        director.on_view(v)


def _hit(by: str, weight: float = 0.3) -> Event:
    return Event("hit", side="p2" if by == "p1" else "p1", move="hook", target="head",
                 weight=weight)


def test_hostile_crowd_boos_then_cheers_as_it_turns(base_view: MatchView) -> None:
    """Moscow against p1: his punches are booed; as the mood swings his way, cheers."""
    quiet: list[tuple[float, list[Event]]] = [(-0.8, [])] * 10
    script = [
        *quiet,
        (-0.8, [_hit("p1")]),         # tick 11: boo
        *[(-0.8, [])] * 20,
        (-0.79, [_hit("p1")]),        # within the boo cooldown and no louder: nothing
        *[(-0.75 + 0.01 * k, []) for k in range(20)],  # -0.75 .. -0.56: crosses -0.6 - no
        (-0.5, []),                   # past -0.55: the hall turns, a cheer
        *[(-0.5, [])] * 60,
        (-0.1, [_hit("p1", 0.9)]),    # undecided now: a cheer as it swings, no boo
        *[(0.3, [])] * 60,            # leaning to p1: another cheer
        (0.7, [_hit("p1", 0.9)]),     # all for p1 and he lands big: one cheer (deduped)
    ]
    rec = RecordingAudio()
    director = SoundDirector(rec)
    director.start_crowd()
    _run(director, _views(base_view, script))
    crowd = [(c, round(v, 2)) for (c, _p), v in zip(rec.played, rec.volumes, strict=True)
             if c.startswith("crowd")]
    names = [c for c, _ in crowd]
    assert names == ["crowd_boo_moscow", "crowd_cheer_moscow", "crowd_cheer_moscow",
                     "crowd_cheer_moscow", "crowd_cheer_moscow"], crowd
    assert crowd[0][1] > 0.5  # a hostile hall boos loudly
    assert crowd[-1][1] == max(v for _, v in crowd)  # and cheers loudest when all for him
    # the neutral bed started first, then the view told the director where it is
    assert rec.loops == {"crowd_bed_moscow"}


def test_p2_favourite_is_cheered_and_p1_knockdown_cheered(base_view: MatchView) -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec, venue="moscow")
    script = [(-0.8, [])] * 5 + [(-0.8, [_hit("p2", 0.9)])]
    _run(director, _views(base_view, script))
    assert [c for c, _ in rec.played] == ["punch_hook", "crowd_cheer_moscow"]
    # the hall's favourite (p2) going down is booed; p1 going down is cheered
    director.on_events([Event("knockdown", side="p2")])
    director.on_events([Event("knockdown", side="p1")])
    assert [c for c, _ in rec.played][-4:] == [
        "canvas_fall", "crowd_boo_moscow", "canvas_fall", "crowd_cheer_moscow"]


def test_bed_swells_on_a_knockdown_and_settles(base_view: MatchView) -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec, venue="las_vegas")
    director.start_crowd()
    assert rec.loops == {"crowd_bed_vegas"}
    calm = _views(base_view, [(0.0, [])] * 30, venue="las_vegas")
    _run(director, calm)
    assert rec.loop_volumes["crowd_bed_vegas"] == pytest.approx(CROWD_BED_VOLUME)
    boom = _views(base_view, [(0.0, [Event("knockdown", side="p2", weight=1.0)])],
                  venue="las_vegas")
    _run(director, boom)
    assert rec.loop_volumes["crowd_bed_vegas"] >= CROWD_BED_VOLUME + 0.4
    during_count = _views(base_view, [(0.0, [])] * 60, venue="las_vegas", phase="knockdown")
    _run(director, during_count)
    assert rec.loop_volumes["crowd_bed_vegas"] >= CROWD_BED_VOLUME + 0.25
    _run(director, calm * 6)
    assert rec.loop_volumes["crowd_bed_vegas"] == pytest.approx(CROWD_BED_VOLUME)
    # the press cameras went off after the knockdown, at seeded places
    flashes = [p for c, p in rec.played if c == "camera_flash"]
    assert 1 <= len(flashes) <= 3 and all(-0.9 <= p <= 0.9 for p in flashes)
    director.stop_crowd()
    assert rec.loops == set()


def test_a_mood_jittering_on_a_boundary_does_not_cheer_every_tick(
        base_view: MatchView) -> None:
    rec = RecordingAudio()
    director = SoundDirector(rec, venue="moscow")
    script = [(0.2 + (0.03 if i % 2 else -0.03), []) for i in range(200)]
    _run(director, _views(base_view, script))
    assert rec.played == []


def test_crowd_reactions_are_deterministic(base_view: MatchView) -> None:
    script = [(-0.9 + 0.01 * i, [_hit("p1", 0.5)] if i % 37 == 0 else
               [Event("knockdown", side="p2")] if i == 120 else []) for i in range(190)]

    def run() -> tuple[list, list, dict]:
        rec = RecordingAudio()
        director = SoundDirector(rec, seed=7)
        director.start_crowd()
        _run(director, _views(base_view, script))
        return rec.played, rec.volumes, rec.loop_volumes

    first = run()
    assert first == run()
    assert "crowd_boo_moscow" in [c for c, _ in first[0]]


def test_on_view_alone_counts_ticks_and_silent_path(base_view: MatchView) -> None:
    """A scene may call only on_view; and with NullAudio nothing breaks."""
    rec = RecordingAudio()
    director = SoundDirector(rec)
    views = _views(base_view, [(-0.8, [_hit("p1")])] * 200, venue="las_vegas")
    for v in views:
        director.on_view(v)
    assert [c for c, _ in rec.played] == ["crowd_boo", "crowd_boo"]  # 150-tick cooldown
    silent = SoundDirector(NullAudio())
    silent.start_crowd()
    _run(silent, views)
    silent.stop_crowd()


def test_music_cues_are_all_music() -> None:
    assert set(MUSIC_LOOPS) < set(MUSIC_CUES) and set(MUSIC_CUES) < set(CUES)
