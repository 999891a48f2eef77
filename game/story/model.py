"""The story as plain, frozen data: what a chapter file says once it has been checked.

Why separate from the loader: scenes, the run state and tests all read these shapes; only the
loader knows TOML, and nothing here can hold a value the loader has not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .conditions import Condition

KINDS = ("card", "fight", "training", "scene")
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
    when: Condition | None = None       # said only when these facts hold (conditions.py)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    speaker: str = ""
    art: str = ""                       # "" = the card's art
    figures: tuple[Figure, ...] = ()
    image: str = ""                     # an image from the game's folders, e.g. sprites/x.png
    when: Condition | None = None       # shown only when the last fight's facts hold


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
    claims: Condition | None = None     # the facts its words assert (checked by --check-levels)
    then: str = ""                      # a chapter played right after this one ("" = none)
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
class Route:
    """One `[[outcomes]]` entry: after the fight, play `chapter` `when` the facts hold (the
    first route that matches wins). `where` names it in messages (`outcomes[1].chapter`)."""

    when: Condition
    chapter: str
    where: str = ""


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
    routes: tuple[Route, ...] = ()      # [[outcomes]]: the chapter after it, by what happened
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


# --- staged scenes (kind = "scene"): actors on a backdrop, a camera, a timeline of beats ----
STAGE_W, STAGE_H = 640, 360             # the screen; a backdrop is at least this big
BEAT_KINDS = ("say", "walk", "pose", "animate", "sound", "crowd", "flash", "camera", "wait",
              "fade")
CROWD_REACTIONS = ("cheer", "boo", "stand", "flood")
FADES = ("black", "white", "in")
FACINGS = ("left", "right")
ZOOM_RANGE = (1.0, 2.0)
SCALE_RANGE = (0.4, 1.5)


@dataclass(frozen=True, slots=True)
class Camera:
    """Where the screen looks: the centre on the backdrop (px) and a zoom (1 = 640x360)."""

    x: float = STAGE_W / 2
    y: float = STAGE_H / 2
    zoom: float = 1.0


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone on the stage: a figure (an actor sheet or a fighter atlas) at a mark."""

    name: str                           # unique in the scene; beats refer to it
    figure: str
    mark: tuple[float, float]           # the feet, backdrop px
    pose: str = "stand"
    facing: str = "right"
    scale: float = 1.0                  # smaller = further back
    tag: str = ""                       # the name on his speech boxes ("" = from `name`)
    offstage: bool = False              # starts out of the picture (mark past a side)


@dataclass(frozen=True, slots=True)
class Beat:
    """One timed thing on the timeline; which fields matter depends on `do`."""

    at: float                           # seconds from the scene's start
    do: str                             # one of BEAT_KINDS
    actor: str = ""
    text: str = ""                      # say
    seconds: float = 0.0                # how long it lasts (0 = at once)
    to: tuple[float, float] | None = None   # walk: the mark walked to
    leave: bool = False                 # walk: he walks out of the picture and is gone
    pose: str = ""                      # pose
    facing: str = ""                    # pose / walk: "" = keep / the way he walks
    poses: tuple[str, ...] = ()         # animate: the frames (an animation's, or listed)
    fps: float = 8.0                    # animate
    cue: str = ""                       # sound
    reaction: str = ""                  # crowd
    count: int = 0                      # crowd flood: how many fans pour in
    figures: tuple[str, ...] = ()       # crowd flood: the fans' figures (every fan_* when ())
    camera: Camera | None = None        # camera: where it pans/zooms to
    fade: str = ""                      # fade: black | white | in


@dataclass(frozen=True, slots=True)
class Staging:
    """A staged scene: a backdrop, actors on it, a camera and a timeline of beats."""

    id: str
    file: Path
    title: str
    backdrop: str
    length: float
    actors: tuple[Actor, ...]
    beats: tuple[Beat, ...]             # sorted by `at` (stable: file order within a time)
    camera: Camera = Camera()
    music: str | None = None
    ending: str | None = None           # like a card: the story ends after this scene
    ending_title: str = ""
    claims: dict = field(default_factory=dict)   # issue 16: facts the scene states
    then: str = ""                      # a chapter played right after this one ("" = none)
    kind: str = "scene"

    def actor(self, name: str) -> Actor:
        return next(a for a in self.actors if a.name == name)


Chapter = Card | Fight | Training | Staging


@dataclass(frozen=True, slots=True)
class Story:
    dir: Path
    title: str
    order: tuple[str, ...]
    chapters: dict[str, Chapter]
    subtitle: str = ""                  # under the story menu's title, in the game's own name

    def chapter(self, cid: str) -> Chapter:
        return self.chapters[cid]
