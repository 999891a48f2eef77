"""One play-through of the story: where it is, what happened, what training earned.

Why plain state with no pygame: the scenes move it along, tests drive it directly, the app
reads `result()` for `--result-json` and `over` for `--until-result`, and it saves as TOML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.sim.bonuses import Bonus, full_bonuses, share

from .model import Card, Chapter, Story
from .report import FightReport
from .save import FORMAT, save_failed, write_save

DIFFICULTY_STEPS = ("easy", "normal", "hard", "champion")


def shifted_difficulty(level: str, story: str) -> str:
    """The level's CPU difficulty moved as far as the story's choice is from normal."""
    i = DIFFICULTY_STEPS.index(level) + DIFFICULTY_STEPS.index(story) - 1
    return DIFFICULTY_STEPS[max(0, min(len(DIFFICULTY_STEPS) - 1, i))]


def training_bonus(fighter: str, scores: dict[str, float]) -> Bonus:
    """Each stat earns its share of the full bonus: the mean score of the drills training it."""
    full = dict(full_bonuses(fighter))
    out = []
    for stat, amount in sorted(scores.items()):
        if stat in full:
            out.extend(share(((stat, full[stat]),), amount))
    return tuple(out)


@dataclass
class StoryRun:
    story: Story
    seed: int = 0
    difficulty: str = "normal"
    p1_control: str = "keyboard"
    play_all: bool = False
    hold_to_act: bool = False
    save: bool = True
    index: int = 0                       # position in story.order
    branch: str = ""                     # an outcome chapter to play before order[index]
    records: list[dict[str, Any]] = field(default_factory=list)
    bonuses: dict[str, float] = field(default_factory=dict)   # stat -> multiplier
    ending: str | None = None
    over: bool = False
    message: str = ""                    # shown on the next screen (a set-aside save...)
    attempts: int = 0                    # fights started, for fresh seeds on a retry

    @property
    def cpu(self) -> bool:
        return self.p1_control == "cpu"

    def current(self) -> Chapter | None:
        if self.over:
            return None
        if self.branch:
            return self.story.chapter(self.branch)
        if self.index < len(self.story.order):
            return self.story.chapter(self.story.order[self.index])
        return None

    def bonus(self) -> Bonus:
        return tuple(sorted(self.bonuses.items()))

    def finish(self, outcome: str, method: str | None = None,
               bonuses: dict[str, float] | None = None,
               report: FightReport | None = None) -> Chapter | None:
        """Record the current chapter's outcome (a fight's `report` adds its facts, issue
        16) and move on; returns the next chapter."""
        ch = self.current()
        if ch is None:
            return None
        record = {"id": ch.id, "kind": ch.kind, "outcome": outcome, "method": method,
                  "bonuses": dict(bonuses or {})}
        if report is not None:
            record |= report.record()
        self.records.append(record)
        if bonuses:
            self.bonuses.update(bonuses)
        if isinstance(ch, Card) and ch.ending:
            self.ending = ch.ending
            self.over = True
        elif self.branch:
            self.branch = ""
            self.index += 1
        else:
            outcomes = getattr(ch, "outcomes", {})
            target = outcomes.get(outcome, "")
            if not target and outcome == "towel":  # no towel branch: a loss like any other
                target = outcomes.get("loss", "")
            if target:
                self.branch = target
            else:
                self.index += 1
        if not self.over and self.current() is None:
            self.over = True
        self.write()
        return self.current()

    def ending_title(self) -> str:
        """The closing screen's headline: from the ending card that ended the run (its
        `ending_title`, else its title); "" when the run has not reached an ending."""
        for cid in reversed([r["id"] for r in self.records]):
            ch = self.story.chapters.get(cid)
            if isinstance(ch, Card) and ch.ending and ch.ending == self.ending:
                return ch.ending_title or ch.title
        return ""

    def result(self) -> dict[str, Any]:
        """The contracts' `story` object for --result-json."""
        return {"chapters": [dict(r) for r in self.records], "ending": self.ending}

    # --- saving ---------------------------------------------------------------------------
    def to_doc(self) -> dict[str, Any]:
        records = [{k: v for k, v in r.items() if v is not None} for r in self.records]
        return {"format": FORMAT, "levels": str(self.story.dir), "index": self.index,
                "branch": self.branch, "chapters": records, "bonuses": dict(self.bonuses),
                "difficulty": self.difficulty, "play_all": self.play_all,
                "hold_to_act": self.hold_to_act, "seed": self.seed, "over": self.over,
                "ending": self.ending or ""}

    def restore(self, doc: dict[str, Any]) -> bool:
        """Continue from a save; False when it does not fit this story (it is ignored)."""
        index, branch = int(doc["index"]), str(doc.get("branch", ""))
        if doc.get("over"):
            return False
        if index > len(self.story.order) or (branch and branch not in self.story.chapters):
            return False
        self.index, self.branch = index, branch
        self.records = [dict(r, method=r.get("method")) for r in doc.get("chapters", [])
                        if isinstance(r, dict)]
        self.bonuses = {str(k): float(v) for k, v in doc.get("bonuses", {}).items()}
        self.difficulty = str(doc.get("difficulty", self.difficulty))
        self.play_all = bool(doc.get("play_all", False))
        self.hold_to_act = bool(doc.get("hold_to_act", False))
        return self.current() is not None

    def write(self) -> None:
        if not self.save:
            return
        try:
            write_save(self.to_doc())
        except OSError as exc:  # a full disk must not end the story
            self.message = save_failed(exc)
