"""Words that match what happened: every result a story fight can reach picks a card, pages
and lines that say nothing the result contradicts, and the result JSON records that card.

Why a walk and not a few examples: the issue's complaint was a card about the fall after a
decision, a cut line with no cut, a cheering hall with the meter against Rocky — each a
result nobody happened to try. The walk tries them all (method × round × cut × crowd), and
judges the words by what they say (PHRASES below), not by the claims the files make, so a
wrong claim in a level file is caught too.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.assets import asset_dir
from game.story import LevelError, check_levels, load_story
from game.story.claims import after_fight, reachable
from game.story.model import Fight, Story
from game.story.report import FightReport, ObjectiveResult
from game.story.routing import lines_now, visible
from game.story.run import StoryRun
from game.story.save import validate
from tests.scenehelpers import headless_context
from tests.test_story_levels import edit

LEVELS = asset_dir("levels")
Check = Callable[[FightReport], bool]

# what a sentence asserts, read by a person: (pattern, the facts it needs, what it means)
PHRASES: tuple[tuple[str, Check, str], ...] = (
    (r"does not get up|count reaches ten|stays down|goes down like|get the doctor|stay with "
     r"me|don't move him|i let him go", lambda f: f.method == "ko", "a knockout"),
    (r"towel sails|thinks i quit|friend gave up", lambda f: f.outcome == "towel", "the towel"),
    (r"i held the towel", lambda f: f.outcome != "towel", "no towel"),
    (r"judges|last bell", lambda f: f.method in ("decision", "draw"), "the final bell"),
    (r"three times", lambda f: f.method == "tko", "three knockdowns"),
    (r"beaten the machine|the winner, rocky|still knows where the chin|lucky night",
     lambda f: f.outcome == "win", "a win"),
    (r"fifteen rounds and he did it", lambda f: f.outcome == "win" and f.round == 15,
     "a win in the fifteenth"),
    (r"cheer|shouting my name|got pretty warm",
     lambda f: f.crowd_at_end is not None and f.crowd_at_end > 0,
     "a hall on the player's side at the end"),
    (r"\bcut\b", lambda f: f.cut_opened is True, "the cut open"),
)


def contradictions(text: str, facts: FightReport) -> list[str]:
    low = text.lower()
    return [f"{meaning!r} in {text[:50]!r}" for pattern, ok, meaning in PHRASES
            if re.search(pattern, low) and not ok(facts)]


def words_of(ch, facts: FightReport | None) -> list[str]:
    """The text a chapter shows: a card's pages whose `when` holds, a staged scene's lines."""
    pages = [p.text for p in visible(getattr(ch, "pages", ()), facts)]
    return pages + [b.text for b in getattr(ch, "beats", ()) if getattr(b, "text", "")]


def words_after(story: Story, fight: Fight, facts: FightReport) -> list[str]:
    """Every line shown after the fight until the next one: the routed chapter, its chain,
    the order's chapters after it."""
    return [t for ch, _ in after_fight(story, fight, facts) for t in words_of(ch, facts)]


def finish_fight(story: Story, fight: Fight, facts: FightReport) -> tuple[StoryRun, dict]:
    run = StoryRun(story, save=False)
    run.index = story.order.index(fight.id)
    run.finish(facts.outcome, facts.method.upper(), report=copy.deepcopy(facts))
    return run, run.result()["chapters"][-1]


def fight_lines(story: Story, fight: Fight, facts: FightReport) -> list[str]:
    """Every line the fight's events can say before it ends this way (a staged scene an event
    plays included), with the cut as open as it finally was (the most a line could know)."""
    out = []
    cut_round = next((e.round for e in fight.events if e.kind == "cut"), None)
    for e in fight.events:
        if e.round > facts.round or (e.round == facts.round and e.at in ("break", "bell")):
            continue
        if getattr(e, "scene", ""):
            out += words_of(story.chapter(e.scene), None)
        if e.kind == "cut":            # said by the script only when the cut opens
            out += [ln.text for ln in e.lines] if facts.cut_opened else []
            continue
        cut = None if cut_round is None else bool(facts.cut_opened and e.round >= cut_round)
        out += [ln.text for ln in lines_now(e.lines, e.round, cut, facts.crowd_at_14 or 0.0)]
    return out


@pytest.fixture(scope="module")
def story() -> Story:
    return load_story(LEVELS)


def test_every_result_of_every_story_fight_gets_words_that_fit(story):
    walked, problems, cards = 0, [], set()
    for fight in (c for c in story.chapters.values() if isinstance(c, Fight)):
        for facts in reachable(fight):
            run, record = finish_fight(story, fight, facts)
            shown = run.current()
            assert shown is not None, (fight.id, facts)
            assert record["card"] == shown.id       # the result JSON names the card shown
            assert record["method"] == facts.method and record["round"] == facts.round
            assert record["cut_opened"] == facts.cut_opened
            texts = words_after(story, fight, facts) + fight_lines(story, fight, facts)
            assert texts, (shown.id, facts)
            problems += [f"{fight.id} -> {shown.id} after {facts}: {c}"
                         for t in texts for c in contradictions(t, facts)]
            walked += 1
            cards.add(shown.id)
    assert walked > 150                   # 3-round and 15-round fights, cut and crowd
    assert {"creed_falls", "creed_towel", "ending_victory", "ending_defeat"} <= cards
    assert not problems, "\n".join(problems[:10])


def test_the_walk_sees_what_the_words_say(story):
    """The phrases are live: the fall card says a knockout, Duke sees the cut when it opened,
    and the Moscow victory speaks of a hall on Rocky's side."""
    creed, balboa = story.chapter("creed_drago"), story.chapter("balboa_drago")
    assert isinstance(creed, Fight) and isinstance(balboa, Fight)
    run, rec = finish_fight(story, creed, FightReport("loss", "ko", 2))
    assert rec["card"] == "creed_falls"
    fall = words_of(story.chapter("creed_falls"), run.facts())
    assert any(contradictions(t, FightReport("loss", "decision", 3)) for t in fall)
    run, rec = finish_fight(story, creed, FightReport("loss", "decision", 3))
    assert rec["card"] != "creed_falls"
    cut = FightReport("win", "ko", 15, cut_opened=True, crowd_at_14=-0.2, crowd_at_end=0.6)
    assert any("cut" in t for t in fight_lines(story, balboa, cut))
    no_cut = FightReport("win", "ko", 15, cut_opened=False, crowd_at_14=0.6, crowd_at_end=0.6)
    assert not any(re.search(r"\bcut\b", t.lower()) for t in fight_lines(story, balboa, no_cut))
    _, rec = finish_fight(story, balboa, cut)
    assert rec["card"] == "ending_victory" and rec["crowd_at_end"] == 0.6
    _, rec = finish_fight(story, balboa, dataclasses.replace(cut, crowd_at_end=-0.3))
    assert rec["card"] == "ending_upset"        # the hall never came round: not the speech


def test_a_result_the_routes_do_not_expect_is_never_given_the_fall_card(story):
    """Decisions, draws and three-knockdown stoppages each have their own words."""
    creed = story.chapter("creed_drago")
    seen = {}
    for method, rnd in (("decision", 3), ("draw", 3), ("tko", 2), ("ko", 2)):
        run, rec = finish_fight(story, creed, FightReport("loss", method, rnd))  # type: ignore
        seen[method] = (rec["card"], words_of(story.chapter(rec["card"]), run.facts())[0])
    assert seen["ko"][0] == "creed_falls" and seen["decision"][0] != "creed_falls"
    assert len({text for _, text in seen.values()}) == 4    # each its own opening page


# --- the result record and the save ------------------------------------------------------
def test_the_record_carries_the_reports_facts_and_a_save_round_trips_them(story):
    report = FightReport("win", "ko", 15, rounds_played=[1, 2, 14, 15],
                         rounds_montage=list(range(3, 14)), cut_opened=True, crowd_at_14=0.55,
                         crowd_at_end=0.7,
                         objectives=[ObjectiveResult(1, "stay_up", "met", 3)])
    run = StoryRun(story, save=False)
    run.index = story.order.index("balboa_drago")
    run.finish("win", "KO", report=report)
    rec = run.result()["chapters"][-1]
    assert rec["card"] == report.card == "ending_victory"
    assert rec["rounds_montage"] == list(range(3, 14)) and rec["method"] == "ko"
    assert rec["objectives"] == [{"round": 1, "id": "stay_up", "result": "met", "stars": 3}]
    import tomllib

    import tomli_w

    doc = tomllib.loads(tomli_w.dumps(run.to_doc()))     # as the save file holds it
    doc["over"] = False
    assert validate(doc) == []
    again = StoryRun(story, save=False)
    assert again.restore(doc) and again.current().id == "ending_victory"
    assert again.records[-1]["crowd_at_14"] == 0.55 and again.facts().cut_opened is True
    assert again.facts().crowd_at_end == 0.7


def test_an_old_save_without_the_facts_still_loads_and_reports_nulls(story):
    doc = {"format": 1, "index": 2, "branch": "", "over": False, "bonuses": {},
           "chapters": [{"id": "prologue", "kind": "card", "outcome": "done"},
                        {"id": "creed_drago", "kind": "fight", "outcome": "loss",
                         "method": "KO", "bonuses": {}},
                        {"id": "creed_falls", "kind": "card", "outcome": "done"}]}
    assert validate(doc) == []
    run = StoryRun(story, save=False)
    assert run.restore(doc)
    fight = run.result()["chapters"][1]
    assert fight["method"] == "ko" and fight["round"] is None and fight["card"] == ""
    assert fight["cut_opened"] is None and fight["rounds_played"] == []
    bad = dict(doc, chapters=[dict(doc["chapters"][1], round="two")])
    assert validate(bad) == ["chapters[0].round: expected a round from 1 to 15"]


def test_the_end_screen_lists_method_and_round_per_fight(story, monkeypatch):
    from game.render.font import PixelFont
    from game.scenes.story.flow import StoryEndScene, end_records, outcome_text

    assert outcome_text({"outcome": "loss", "method": "ko", "round": 2}) == "LOSS (KO, ROUND 2)"
    assert outcome_text({"outcome": "done", "method": None}) == "DONE"
    many = [{"id": f"scene{k}", "kind": "scene", "outcome": "done"} for k in range(30)]
    many[12] = {"id": "balboa_drago", "kind": "fight", "outcome": "win", "method": "ko"}
    assert [r["id"] for r in end_records(many, 15)] == ["balboa_drago", "scene29"]
    run = StoryRun(story, save=False)
    run.index = story.order.index("balboa_drago")
    run.finish("win", "decision", report=FightReport("win", "decision", 15))
    said: list[str] = []
    draw = PixelFont.draw
    monkeypatch.setattr(PixelFont, "draw", lambda self, s, text, *a, **k: (
        said.append(text), draw(self, s, text, *a, **k))[1])
    with headless_context() as ctx:
        StoryEndScene(ctx, run).draw(pygame.Surface((640, 360)))
    assert "WIN (DECISION, ROUND 15)" in said


def test_a_card_shows_only_the_pages_whose_when_holds(story):
    from game.scenes.story.card import CardScene
    from game.scenes.story.flow import StoryFlow

    with headless_context() as ctx:
        run = StoryRun(story, save=False)
        run.index = story.order.index("creed_drago")
        run.finish("loss", "draw", report=FightReport("loss", "draw", 3))
        scene = StoryFlow(ctx, run).scene()
        assert isinstance(scene, CardScene) and scene.card.id == "creed_survives"
        texts = [p.text for p in scene.card.pages]
        assert len(texts) == len(story.chapter("creed_survives").pages) - 2   # type: ignore
        assert "cannot split them" in texts[0]


# --- --check-levels refuses words a result contradicts -----------------------------------
ROUTE_KO = 'when = { outcome = "loss", method = "ko", round = 2 }\nchapter = "creed_falls"'
FINISH = 'finish = "combination"\n'


def test_without_the_scripted_finish_the_fall_needs_its_own_routes(levels_copy):
    """The issue's bug, in data: take away Drago's scripted finish in round 2 and decisions
    become possible; the check asks for a route for them, and refuses the fall card if every
    loss is sent to it (a decision followed by the corner shouting for a doctor)."""
    creed = levels_copy / "creed_drago.toml"
    edit(creed, FINISH, "")
    messages = check_levels(levels_copy)
    assert any(m.startswith("creed_drago.toml: outcomes: expected a route for every result the "
                            "fight can reach; none for loss by ko in round 3") for m in messages)
    edit(creed, ROUTE_KO, 'when = { outcome = "loss" }\nchapter = "creed_falls"')
    messages = check_levels(levels_copy)
    assert any(m.startswith("creed_falls.toml: claims.method: the words say method = ko, but "
                            "the chapter is reached after loss by ")
               for m in messages), messages


@pytest.mark.parametrize("file, old, new, expect", [
    # the fall card is reached in round 2 only: it may not claim round 3
    ("creed_falls.toml", "round = 2 }", "round = 3 }",
     "creed_falls.toml: claims.round: the words say round = [3], but the chapter is reached "
     "after loss by ko in round 2"),
    # the victory claims more crowd than the meter must show
    ("ending_victory.toml", 'crowd_end = "> 0"', 'crowd_end = "> 0.5"',
     "ending_victory.toml: claims.crowd_end: the words say crowd_end > 0.5"),
    # a line that needs the end of the fight said in the middle of it
    ("balboa_drago.toml", "when = { cut = true }", 'when = { cut = true, method = "ko" }',
     "balboa_drago.toml: events[5].lines[0].when.method: expected a fact known during the "
     "fight"),
    # a cut line before the cut can open
    ("balboa_drago.toml", "round = 2\nat = \"break\"\nlabel = \"IN THE CORNER\"",
     "round = 1\nat = \"break\"\nlabel = \"IN THE CORNER\"",
     "balboa_drago.toml: events[5].lines[0].when: never holds in round 1"),
    ("creed_survives.toml", 'when = { method = "draw" }', 'when = { method = "drawn" }',
     "creed_survives.toml: pages[1].when.method: expected one or a list of ko, tko"),
    ("creed_survives.toml", 'when = { method = "draw" }', 'when = { weather = "snow" }',
     "creed_survives.toml: pages[1].when.weather: expected no such fact; allowed: outcome"),
    ("ending_victory.toml", 'crowd_end = "> 0"', 'crowd_end = "lots"',
     "ending_victory.toml: claims.crowd_end: expected a number, a list of numbers, a range"),
    ("balboa_drago.toml", "when = { cut = true }", 'when = { cut = "yes" }',
     "balboa_drago.toml: events[5].lines[0].when.cut: expected true or false"),
    # a page no result reaching the card can show
    ("ending_upset.toml", 'when = { method = "decision" }', 'when = { method = "draw" }',
     "ending_upset.toml: pages[1].when: never holds (no result that reaches this chapter"),
    # a staged scene's claims: the same syntax, the same check
    ("creed_falls.toml", 'method = "ko", round = 2 }', 'method = "knockout", round = 2 }',
     "creed_falls.toml: claims.method: expected one or a list of ko, tko, decision, draw"),
    ("creed_towel.toml", 'claims = { outcome = "towel" }', 'claims = { outcome = "win" }',
     "creed_towel.toml: claims.outcome: the words say outcome = win, but the chapter is "
     "reached after towel by tko in round 1"),
    # claims on a card before any fight
    ("prologue.toml", 'kind = "scene"\n', 'kind = "scene"\nclaims = { outcome = "win" }\n',
     "prologue.toml: claims: expected no claims on a chapter shown before any fight"),
])
def test_check_levels_refuses_words_a_result_contradicts(levels_copy, file, old, new, expect):
    edit(levels_copy / file, old, new)
    messages = check_levels(levels_copy)
    assert any(m.startswith(expect) for m in messages), messages
    with pytest.raises(LevelError):
        load_story(levels_copy)


def test_the_first_outcomes_table_still_routes_win_loss_and_towel(levels_copy):
    """Old level folders keep working: `[outcomes]` win/loss/towel, a towel with no branch of
    its own going the way of a loss."""
    path = levels_copy / "creed_drago.toml"
    text = path.read_text()
    start = text.index("# what plays after the fight")
    end = text.index("[[events]]")
    path.write_text(text[:start] + '[outcomes]\nwin = "creed_wins"\nloss = "creed_falls"\n\n'
                    + text[end:])
    edit(levels_copy / "creed_falls.toml",
         'claims = { outcome = "loss", method = "ko", round = 2 }\n', "")
    edit(levels_copy / "funeral_day.toml", 'claims = { outcome = "loss", method = "ko" }\n', "")
    assert check_levels(levels_copy) == []
    story = load_story(levels_copy)
    creed = story.chapter("creed_drago")
    for outcome, card in (("win", "creed_wins"), ("loss", "creed_falls"),
                          ("towel", "creed_falls")):
        _, rec = finish_fight(story, creed, FightReport(outcome, "tko", 1))  # type: ignore
        assert rec["card"] == card


def test_story_records_have_the_fields_the_schema_requires(story):
    """docs/formats/result.schema.json's story part, checked without a schema library: every
    record has the required keys, a fight's the issue-16 ones, methods in the enum."""
    import json

    schema = json.loads((Path(__file__).parents[1] / "docs/formats/result.schema.json")
                        .read_text())
    item = schema["properties"]["story"]["properties"]["chapters"]["items"]
    run = StoryRun(story, save=False)
    while (ch := run.current()) is not None:
        fight = isinstance(ch, Fight)
        report = FightReport("loss", "ko", 2) if fight else None
        run.finish("loss" if fight else "done", "KO" if fight else None, report=report)
    for rec in run.result()["chapters"]:
        need = item["required"] + (item["then"]["required"] if rec["kind"] == "fight" else [])
        assert set(need) <= set(rec), (rec["id"], set(need) - set(rec))
        assert rec["method"] in item["properties"]["method"]["enum"]


# --- what a fight's data lets happen -----------------------------------------------------
def beats(**by_round):
    """A stand-in for a fight's round beats (`[[round]]`): round number -> its fields."""
    from types import SimpleNamespace

    table = {int(k[1:]): SimpleNamespace(**v) for k, v in by_round.items()}
    return lambda r: table.get(r)


def results(fight) -> set[tuple[str, str, int]]:
    return {(f.outcome, f.method, f.round) for f in reachable(fight)}


def test_reachable_results_follow_the_round_guards_and_the_scripted_finish(story):
    """A montage round nobody can be stopped in, a knockout of Drago only in the last, and a
    scripted finish that ends the fight in its round: each removes results from the walk."""
    from types import SimpleNamespace

    creed = story.chapter("creed_drago")
    free = SimpleNamespace(rounds=3, three_knockdown_tko=True, events=creed.events)  # type: ignore
    assert ("loss", "decision", 3) in results(free) and ("win", "ko", 1) in results(free)
    both = {"no_stoppage": ("player", "opponent")}
    scripted = SimpleNamespace(**vars(free), beat=beats(
        r1=both, r2={**both, "finish": "combination"}))
    assert results(scripted) == {("loss", "ko", 2), ("towel", "tko", 1), ("towel", "tko", 2)}
    guard = {f"r{r}": {"no_stoppage": ("player", "opponent")} for r in range(3, 14)}
    guard.update({f"r{r}": {"no_stoppage": ("opponent",)} for r in (1, 2, 14)})
    moscow = SimpleNamespace(rounds=15, three_knockdown_tko=False, events=(), beat=beats(**guard))
    assert {r for o, m, r in results(moscow) if m == "ko"} == {1, 2, 14, 15}
    assert {r for o, m, r in results(moscow) if o == "win" and m == "ko"} == {15}
    assert ("win", "decision", 15) in results(moscow)


def test_the_crowd_at_14_may_be_anywhere_when_its_floor_asks_for_stars():
    from types import SimpleNamespace

    from game.story.claims import crowd_floor

    def fight(**extra):
        event = SimpleNamespace(kind="crowd", round=14, value=0.4, **extra)
        return SimpleNamespace(events=(event,))

    assert crowd_floor(fight()) == 0.4                 # the hall turns for a standing man
    assert crowd_floor(fight(stars=12)) == -1.0        # ...only if he earned it
