"""The story's staged scenes, as content: every moment of issue 17's list is a scene the story
can reach, lines are our own and said once, and the staging gives a player time to read.

Why from the TOML and not the drawing: the stage engine's own tests check layout (speech
boxes off heads, actors in frame); these check what the writing promises a player — that the
press conference, the towel, the lab and the speech are there and in the story's path, and
that nothing is repeated or borrowed.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import pytest

from game.assets import asset_dir

LEVELS = asset_dir("levels")

# issue 17's list, beat by beat: the scene chapters that stage it
ISSUE_SCENES = {
    "press conference": ("press_conference",),
    "vegas entrance": ("vegas_entrance",),
    "the towel": ("towel_held", "creed_towel"),
    "the fall": ("creed_falls", "funeral_day"),
    "going to russia": ("to_russia",),
    "training side by side": ("farm_camp", "drago_lab", "adrian_arrives"),
    "moscow entrance": ("moscow_entrance",),
    "round 14": ("manager_round14",),
    "the fifteenth": ("ending_victory", "home_greeting"),
    "credits": ("credits", "credits_camp", "credits_call"),
}
# the ones a fight plays for one of its events, not the story between fights
IN_FIGHT = {"towel_held", "manager_round14"}
# sha256[:16] of a few well-known lines of the film, normalised (lower case, letters and
# spaces): the phrases themselves stay out of the repository
BORROWED = {
    "6bdedffdd03e20e0", "bd7dd0eb68e3021d", "3748498b28f1a477", "51946ceeade69ecb",
    "a911c46258e16252", "aa20ecc8d6e14970", "f5f8198bf3dbc824", "a5a78850b01c304a",
    "721e32b4361256c2", "e9fdc250c6e1d904", "7ef7ba7b42f4335d", "fa23d59ad54b7812",
    "41718d129302b6f9", "2ab80a7b33c568e9", "73bfab2fec34e61e", "4fe59b1f60addf26",
}
READING_CHARS_PER_S = 30.0  # a line shorter than this reading speed flashes past


def chapters(folder: Path = LEVELS) -> dict[str, dict]:
    return {p.stem: tomllib.loads(p.read_text()) for p in sorted(folder.glob("*.toml"))
            if p.name != "story.toml"}


def scenes(folder: Path = LEVELS) -> dict[str, dict]:
    return {cid: doc for cid, doc in chapters(folder).items() if doc.get("kind") == "scene"}


def says(doc: dict) -> list[dict]:
    return [b for b in doc.get("beats", []) if b.get("do") == "say"]


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]+", "", text.lower().replace("'", "")).split())


def routes(doc: dict) -> list[str]:
    """The chapters a fight's outcomes lead to: `[outcomes]` (a table) or `[[outcomes]]`."""
    out = doc.get("outcomes", {})
    if isinstance(out, dict):
        return [v for v in out.values() if isinstance(v, str)]
    return [o["chapter"] for o in out if isinstance(o, dict) and "chapter" in o]


def index(folder: Path = LEVELS) -> dict:
    return tomllib.loads((folder / "story.toml").read_text())


def chain(start: str, folder: Path = LEVELS) -> list[str]:
    """A scene and the ones its `then` plays right after it."""
    docs, out = chapters(folder), [start]
    while "then" in docs[out[-1]] and len(out) <= len(docs):
        out.append(docs[out[-1]]["then"])
    return out


def reachable(folder: Path = LEVELS) -> set[str]:
    """Every chapter a play-through can show: the order, fight outcomes, scenes a fight event
    plays, and scenes chained with `then`."""
    docs = chapters(folder)
    todo = list(index(folder)["order"])
    seen: set[str] = set()
    while todo:
        cid = todo.pop()
        if cid in seen or cid not in docs:
            continue
        seen.add(cid)
        doc = docs[cid]
        todo += routes(doc)
        todo += [v for e in doc.get("events", []) for v in e.values()
                 if isinstance(v, str) and v in docs]
        todo += [doc["then"]] if "then" in doc else []
    return seen


@pytest.mark.parametrize("moment", sorted(ISSUE_SCENES))
def test_every_moment_of_the_issue_is_a_scene_the_story_reaches(moment):
    found, path = scenes(), reachable()
    wired = any(v in found for doc in chapters().values() for e in doc.get("events", [])
                for v in e.values() if isinstance(v, str))
    if not wired and set(ISSUE_SCENES[moment]) & IN_FIGHT:
        pytest.xfail("no fight event plays a scene yet (wiring: game/scenes/story/fight.py)")
    for cid in ISSUE_SCENES[moment]:
        assert cid in found, f"{moment}: no scene chapter {cid}.toml"
        assert cid in path, f"{moment}: {cid} is never played"
        assert says(found[cid]), f"{cid}: nobody says anything"


def test_the_story_goes_through_the_issue_in_order():
    order = index()["order"]
    main = [c for c in ("prologue", "press_conference", "vegas_entrance", "creed_drago",
                        "to_russia", "drago_lab", "training", "moscow_entrance",
                        "balboa_drago") if c in order]
    assert main == sorted(main, key=order.index) and len(main) == 9
    docs = chapters()
    assert "creed_falls" in routes(docs["creed_drago"])
    assert chain("creed_falls") == ["creed_falls", "funeral_day"]
    assert "ending_victory" in routes(docs["balboa_drago"])
    assert chain("ending_victory") == ["ending_victory", "home_greeting", "credits",
                                       "credits_camp", "credits_call"]


def test_in_fight_scenes_are_short_and_every_other_scene_has_room_to_breathe():
    for cid, doc in scenes().items():
        lo, hi = (6.0, 16.0) if cid in IN_FIGHT else (10.0, 35.0)
        assert lo <= doc["length"] <= hi, (cid, doc["length"])


def test_no_line_is_said_twice_anywhere_and_the_credits_say_each_once():
    seen: dict[str, str] = {}
    for cid, doc in scenes().items():
        for beat in says(doc):
            key = norm(beat["text"])
            assert key not in seen, f"{cid} repeats a line of {seen.get(key)}: {beat['text']}"
            seen[key] = cid
    docs = scenes()
    credits = [b["text"] for cid in chain("credits") for b in says(docs[cid])]
    assert len(credits) >= 4 and len(set(map(norm, credits))) == len(credits)


def test_two_lines_are_never_up_at_once_and_each_stays_long_enough_to_read():
    for cid, doc in scenes().items():
        lines = sorted(says(doc), key=lambda b: b["at"])
        for a, b in zip(lines, lines[1:], strict=False):
            assert a["at"] + a["seconds"] <= b["at"] + 1e-6, (cid, a["text"], b["text"])
        for beat in lines:
            assert beat["seconds"] >= len(beat["text"]) / READING_CHARS_PER_S, (cid, beat)
            assert beat["at"] + beat["seconds"] <= doc["length"] + 0.5, (cid, beat["text"])


def test_no_line_borrows_a_known_line_of_the_film():
    for cid, doc in scenes().items():
        for beat in says(doc):
            words = norm(beat["text"]).split()
            grams = {" ".join(words[i:i + n]) for n in range(2, 7)
                     for i in range(len(words) - n + 1)}
            hit = {g for g in grams if hashlib.sha256(g.encode()).hexdigest()[:16] in BORROWED}
            assert not hit, f"{cid}: {beat['text']!r} echoes the film ({hit})"


def test_the_borrowed_line_check_can_fail():
    """The check above finds a known phrase (so an empty BORROWED set would be noticed)."""
    probe = norm("Whatever he hits, he destroys")
    assert hashlib.sha256(probe.encode()).hexdigest()[:16] in BORROWED


def test_the_story_menu_speaks_in_the_games_own_name():
    doc = index()
    assert doc["subtitle"] and "ROCKY" not in doc["subtitle"].upper()
    flow = Path(__file__).resolve().parents[1] / "game" / "scenes" / "story" / "flow.py"
    assert "ROCKY IV" not in flow.read_text()
