"""One play-through of the story: where it is, what happened, what training earned.

Why plain state with no pygame: the scenes move it along, tests drive it directly, the app
reads `result()` for `--result-json` and `over` for `--until-result`, and it saves as TOML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.sim.bonuses import Bonus, full_bonuses, share

from .model import Chapter, Fight, Story
from .records import facts_of, fight_record, upgraded
from .report import FightReport
from .routing import route
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
        """Record the current chapter's outcome and move on; returns the next chapter.

        A fight picks what comes next by its `[[outcomes]]` routes, tested against `report`
        (what happened; without one, only the outcome and method are known), and records the
        report's facts and the chapter chosen (`card`) in its record."""
        ch = self.current()
        if ch is None:
            return None
        rec = {"id": ch.id, "kind": ch.kind, "outcome": outcome, "method": method,
               "bonuses": dict(bonuses or {})}
        self.records.append(rec)
        if bonuses:
            self.bonuses.update(bonuses)
        if isinstance(ch, Fight):
            report = report or FightReport(outcome, (method or "").lower(), 0)
            report.outcome = outcome
            self._after_fight(ch, report)
            report.card = nxt.id if (nxt := self.current()) is not None else ""
            rec.update(fight_record(report))
        else:
            self._after_chapter(ch)
        if not self.over and self.current() is None:
            self.over = True
        self.write()
        return self.current()

    def _after_fight(self, fight: Fight, report: FightReport) -> None:
        """The first route whose `when` holds plays before the story goes on; none: on."""
        rt = route(fight.routes, report)
        if rt is not None and not self.branch:
            self.branch = rt.chapter
        else:
            self._next()

    def _after_chapter(self, ch: Chapter) -> None:
        """A card, scene or drill: its chained chapter (`then`) comes next; an ending ends
        the story once its chain is played; else the story goes on."""
        then = getattr(ch, "then", "")
        ending = getattr(ch, "ending", None)
        if ending:
            self.ending = ending
        if then:
            self.branch = then
        elif self.ending:
            self.over = True
        else:
            self._next()

    def _next(self) -> None:
        if self.branch:
            self.branch = ""
        self.index += 1

    def facts(self) -> FightReport | None:
        """What happened in the last fight played (None before the first): the facts a
        card's pages are shown by."""
        rec = next((r for r in reversed(self.records) if r.get("kind") == "fight"), None)
        return facts_of(rec) if rec is not None else None

    def ending_title(self) -> str:
        """The closing screen's headline: from the ending card that ended the run (its
        `ending_title`, else its title); "" when the run has not reached an ending."""
        for cid in reversed([r["id"] for r in self.records]):
            ch = self.story.chapters.get(cid)
            if getattr(ch, "ending", None) == self.ending and self.ending:
                return getattr(ch, "ending_title", "") or getattr(ch, "title", cid)
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
        self.ending = str(doc.get("ending", "")) or None   # mid-chain after an ending scene
        self.records = [upgraded(r) for r in doc.get("chapters", []) if isinstance(r, dict)]
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
