"""The story as plain, frozen data: what a chapter file says once it has been checked.

Why separate from the loader: scenes, the run state and tests all read these shapes; only the
loader knows TOML, and nothing here can hold a value the loader has not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("card", "fight", "training")
OUTCOMES = ("win", "loss", "towel")
ENDINGS = ("victory", "defeat")
ARTS = ("vegas", "moscow", "snow", "lab", "night", "hall", "credits")
SPEAKERS = ("rocky", "apollo", "drago", "adrian", "duke", "paulie", "manager", "ludmilla",
            "announcer", "narrator")
# scripted fight events: scenes (the fight stops while they play) and rules (always running)
SCENE_EVENTS = ("entrance", "corner", "towel_choice", "brawl", "manager")
RULE_EVENTS = ("cpu", "taunt_bonus", "cut", "confidence", "crowd")
EVENT_KINDS = SCENE_EVENTS + RULE_EVENTS
# where in a round each kind may sit: start (before its bell), break (after it), bell (its end)
EVENT_AT = {"entrance": ("start",), "corner": ("break", "start"), "towel_choice": ("break",),
            "brawl": ("bell",), "manager": ("start",), "cpu": ("start",),
            "taunt_bonus": ("start",), "cut": ("start",), "confidence": ("start",),
            "crowd": ("start",)}
DRILLS = ("logs", "snow", "mountain", "machine")


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
    play_rounds: tuple[int, ...] = ()   # () = every round is played
    training_bonuses: bool = False      # the player's side gets what training earned
    retry: bool = False                 # a loss offers a rematch before the loss branch
    outcomes: dict[str, str] = field(default_factory=dict)
    events: tuple[FightEvent, ...] = ()
    nerve: tuple[Nerve, ...] = ()       # highest mark first
    kind: str = "fight"

    def simulated(self, round_no: int) -> bool:
        return bool(self.play_rounds) and round_no not in self.play_rounds


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
    subtitle: str = ""                  # under the story menu's title, in the game's own name

    def chapter(self, cid: str) -> Chapter:
        return self.chapters[cid]
