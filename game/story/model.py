"""The story as plain, frozen data: what a chapter file says once it has been checked.

Why separate from the loader: scenes, the run state and tests all read these shapes; only the
loader knows TOML, and nothing here can hold a value the loader has not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

KINDS = ("card", "fight", "training")
OUTCOMES = ("win", "loss", "towel")
ENDINGS = ("victory", "defeat")
ARTS = ("vegas", "moscow", "snow", "lab", "night", "hall", "credits")
SPEAKERS = ("rocky", "apollo", "drago", "adrian", "duke", "paulie", "manager", "ludmilla",
            "announcer", "narrator")
# scripted fight events: scenes (the fight stops while they play) and rules (always running)
SCENE_EVENTS = ("entrance", "corner", "towel_choice", "brawl", "manager")
STAGED_EVENTS = ("towel_choice", "manager")   # may play a staged scene (`scene = "<id>"`)
RULE_EVENTS = ("cpu", "taunt_bonus", "cut", "confidence", "crowd")
EVENT_KINDS = SCENE_EVENTS + RULE_EVENTS
# where in a round each kind may sit: start (before its bell), break (after it), bell (its end)
EVENT_AT = {"entrance": ("start",), "corner": ("break", "start"),
            "towel_choice": ("break", "knockdown"),
            "brawl": ("bell",), "manager": ("start",), "cpu": ("start",),
            "taunt_bonus": ("start",), "cut": ("start",), "confidence": ("start",),
            "crowd": ("start",)}
DRILLS = ("logs", "snow", "mountain", "machine")
# a round's beat (game/story/director.py scores each objective; levels/README.md)
OBJECTIVES = ("win_round", "stay_standing", "make_him_bleed", "body_work", "survive_flurry",
              "back_him_up", "land_clean", "finish_it")
FINISHES = ("combination",)           # scripted finishes the director can stage
STOPPABLE = ("player", "opponent")    # who a round's `no_stoppage` may guard


@dataclass(frozen=True, slots=True)
class Figure:
    """A fighter standing in an illustration, drawn from his sprite sheet."""

    fighter: str
    pose: str = "idle_0"
    x: int = 320
    facing: str = "right"


@dataclass(frozen=True, slots=True)
class Line:
    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    speaker: str = ""
    art: str = ""                       # "" = the card's art
    figures: tuple[Figure, ...] = ()
    image: str = ""                     # an image from the game's folders, e.g. sprites/x.png


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    file: Path
    title: str
    art: str
    pages: tuple[Page, ...]
    ending: str | None = None           # "victory"/"defeat": the story ends after this card
    music: str | None = None            # a sound cue played when the card opens
    image: str = ""                     # a backdrop from the game's folders (sprites/...)
    ending_title: str = ""              # an ending card: the headline of the closing screen
    kind: str = "card"


@dataclass(frozen=True, slots=True)
class FightEvent:
    kind: str
    round: int
    at: str = "start"
    lines: tuple[Line, ...] = ()
    value: float = 0.0                  # restraint, stamina share, drain, crowd floor...
    crowd: float = 0.0                  # taunt: how far the crowd swings
    after: float = 0.0                  # cut: share of the round before a cut may open
    confidence: float | None = None     # cpu / manager: the opponent's nerve from here
    label: str = ""                     # a scene's caption while it plays ("IN THE CORNER")
    notice: str = ""                    # a scene's line shown over the fight after it ends
    choices: tuple[str, ...] = ()       # towel_choice: (keep fighting, throw the towel)
    choice_title: str = ""              # towel_choice: the menu's title and hint
    choice_hint: str = ""
    stars: int = 0                      # crowd: the objective stars the player needs first
    scene: str = ""                     # a staged scene chapter played for this beat


@dataclass(frozen=True, slots=True)
class RoundBeat:
    """What one round of a story fight is about and the rules that make its turn happen
    (the chapter's `[[rounds]]`, read by beats_loader.py, applied by the director)."""

    round: int
    objective: str = ""                 # one of OBJECTIVES ("" = none this round)
    objective_text: str = ""            # shown at the bell ("STAY ON YOUR FEET")
    target: int = 0                     # what a counting objective counts to (0: its own)
    damage: tuple[float, float] = (1.0, 1.0)   # the player's punches, the opponent's: times
    restraint: float | None = None      # the opponent's restraint this round (None: events')
    confidence: float | None = None     # the opponent's nerve from this bell (None: as it is)
    no_stoppage: tuple[str, ...] = ()   # of STOPPABLE: who cannot be stopped this round
    health_floor: float = 0.0           # ...nor taken below this share of his health
    montage: bool = False               # a short playable round of the montage
    seconds: float = 0.0                # a montage round's length (the full one with ALL ROUNDS)
    finish: str = ""                    # one of FINISHES: the round ends the fight so
    finish_at: float = 0.75             # share of the round by which the finish comes
    crowd: float = 0.0                  # the crowd's swing to the player per star earned
    nerve: float = 0.0                  # the opponent's nerve lost per star earned


@dataclass(frozen=True, slots=True)
class Nerve:
    """A line shown once when the opponent's nerve first drops below `below`."""

    below: float
    text: str


@dataclass(frozen=True, slots=True)
class Fight:
    id: str
    file: Path
    title: str
    fighters: tuple[str, str]
    venue: str
    rounds: int
    round_seconds: float
    three_knockdown_tko: bool
    difficulty: str
    crowd_start: float = 0.0
    crowd_gain: float = 1.0
    crowd_meter: bool = False
    training_bonuses: bool = False      # the player's side gets what training earned
    retry: bool = False                 # a loss offers a rematch before the loss branch
    outcomes: dict[str, str] = field(default_factory=dict)
    events: tuple[FightEvent, ...] = ()
    nerve: tuple[Nerve, ...] = ()       # highest mark first
    beats: tuple[RoundBeat, ...] = ()   # by round; a round without one is a plain round
    kind: str = "fight"

    def beat(self, round_no: int) -> RoundBeat | None:
        return next((b for b in self.beats if b.round == round_no), None)

    @property
    def montage_full(self) -> bool:
        """Its montage rounds are boxed at full length (the story's ALL ROUNDS option): a
        montage beat without `seconds` (the loader never gives one; see `full_length`)."""
        return any(b.montage and not b.seconds for b in self.beats)

    def full_length(self) -> Fight:
        """This fight with its montage rounds at full length (a replay's `"montage":
        "full"` rebuilds it from the chapter the same way)."""
        beats = tuple(replace(b, seconds=0.0) if b.montage else b for b in self.beats)
        return replace(self, beats=beats)


@dataclass(frozen=True, slots=True)
class Drill:
    kind: str
    title: str
    text: str
    stats: tuple[str, ...]
    rival: int = 0                      # machine: the number Drago's lab posts
    rival_text: str = ""                # a line from Drago's side, shown with the lab
    boost: float = 0.0                  # Adrian arrives: a lift to this drill's result
    boost_text: str = ""
    rival_caption: str = ""             # the caption under the lab picture
    boost_caption: str = ""             # blinks over the drill while the boost is on


@dataclass(frozen=True, slots=True)
class Training:
    id: str
    file: Path
    title: str
    fighter: str
    drills: tuple[Drill, ...]
    kind: str = "training"


Chapter = Card | Fight | Training


@dataclass(frozen=True, slots=True)
class Story:
    dir: Path
    title: str
    order: tuple[str, ...]
    chapters: dict[str, Chapter]

    def chapter(self, cid: str) -> Chapter:
        return self.chapters[cid]
