"""The `--result-json` document (format in docs/formats/result-json.md)."""

from __future__ import annotations

from game.sim.match import Match


def _r(x: float, n: int = 3) -> float:
    return round(float(x), n)


def fight_result(match: Match) -> dict:
    fighters = []
    for i, f in enumerate(match.fighters):
        fighters.append({
            "side": f.side, "id": f.data.id, "name": f.data.name, "x_m": _r(match.world.x(i)),
            "health": _r(f.health), "health_max": _r(f.data.health_max),
            "stamina": _r(f.stamina), "stamina_max": _r(f.data.stamina_max),
            "knockdowns": f.knockdowns_total, "punches_thrown": f.punches_thrown,
            "punches_landed": f.punches_landed, "damage_dealt": _r(f.damage_dealt),
        })
    final_bell = match.over and match.reason == "judges"
    return {
        "over": match.over, "winner": match.winner, "method": match.method,
        "reason": match.reason, "round": match.round, "rounds": match.setup.rounds,
        "clock_s": _r(180.0 * match.clock / match.round_ticks, 2),
        "scorecards": [list(t) for t in match.cards.totals] if final_bell else None,
        "fighters": fighters,
    }


def run_result(mode: str | None, seed: int, ticks: int, match: Match | None,
               story: dict | None = None) -> dict:
    return {
        "format": 1, "mode": mode, "seed": seed, "ticks": ticks,
        "fight": fight_result(match) if match is not None else None,
        "story": story,
    }
