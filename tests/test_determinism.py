"""Same seed and commands give the same fight, in this process and in a fresh one."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from game.ai.brain import CpuBrain
from game.sim.match import Match, MatchSetup

ROOT = Path(__file__).resolve().parent.parent


def cpu_fight_digest(seed: int, ticks: int = 2500) -> str:
    m = Match(MatchSetup(seed=seed, round_seconds=20.0))
    brains = CpuBrain("p1", "hard", seed), CpuBrain("p2", "normal", seed)
    h = hashlib.sha256()
    for _ in range(ticks):
        v = m.view()
        m.step(brains[0].command(v), brains[1].command(v))
        for i in range(2):
            h.update(repr((m.world.x(i), m.world.vx(i), m.fighters[i].health,
                           m.fighters[i].stamina, m.fighters[i].state)).encode())
    return h.hexdigest()


def test_same_seed_same_fight():
    assert cpu_fight_digest(5) == cpu_fight_digest(5)


def test_different_seed_different_fight():
    assert cpu_fight_digest(5, 1500) != cpu_fight_digest(6, 1500)


def test_same_fight_in_a_fresh_process():
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from tests.test_determinism "
            "import cpu_fight_digest; print(cpu_fight_digest(5))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == cpu_fight_digest(5)


def test_simulation_never_imports_pygame():
    code = ("import sys; import game.sim.match, game.ai.brain, game.result, game.replay; "
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('pygame'))))")
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    assert json.loads(out.stdout) == []
