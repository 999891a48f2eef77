"""The actors' poses: standing, talking, walking, pointing, cheering, and each one's own.

Why poses as skeleton data, like the fighters': the same solver places hands and feet, so a
microphone sits in the hand that holds it and a coat's hem follows the knees. Every figure
has the contract's common poses (docs/formats/atlas.md, "Actor sheets"); the specials
(the manager lifted by the throat, Rocky carried on shoulders, the towel...) are added per
figure. Hand targets are the "glove" fields: for a bare hand, where the fist would be.
Lead = the near side for actors (actor_figure.py), so a gesture always faces the viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .actor_figure import Extra
from .costumes import Costume
from .poses import lying
from .skeleton import Pose

APose = tuple[Pose, Extra]
COMMON = ("stand", "talk", "walk_0", "walk_1", "walk_2", "walk_3", "point", "cheer")
# where Drago's lifting hand holds a man (forward, up; H units of Drago) and how high the man
# hangs: the manager's `lifted` frame is drawn so his throat meets that hand when he stands
# GRIP_OFFSET_PX in front of Drago, facing him (actors.py checks it).
LIFT_GLOVE = (0.3, 1.0)
GRIP_OFFSET_PX = 44
# the manager's feet when lifted: Drago's glove height (his 180 px) minus the manager's
# throat height (0.86 of his own 160 px, standing), as a share of the manager's height
LIFT_RAISE_H = (LIFT_GLOVE[1] * 180 - 0.86 * 160 + 2) / 160
SHOULDER_SEAT_H = 0.8  # Rocky `lifted`: his seat this far (H) above the floor, on shoulders

# turn 0.8: the chest turned towards the viewer (the near shoulder back, the far one
# forward), so a shirt front, a tie and buttons show instead of the near arm's side
BASE = Pose(hip=(0.0, 0.495), lean=2.0, pelvis=0.0, tilt=4.0, turn=0.8, lead_foot=(0.08, 0.0),
            rear_foot=(-0.08, 0.0), lead_heel=0.0, rear_heel=0.0, lead_glove=(0.07, 0.44),
            rear_glove=(-0.05, 0.45), lead_elbow=1.0, rear_elbow=-1.0)
NO = Extra()


def stand(c: Costume) -> Pose:
    """Each manner of standing: upright, stooped with age, proud, a hand on the hip."""
    if c.manner == "stoop":
        return replace(BASE, lean=7.0, tilt=10.0, hip=(-0.01, 0.49),
                       lead_glove=(0.1, 0.45), rear_glove=(-0.02, 0.46))
    if c.manner == "proud":
        return replace(BASE, lean=-1.0, tilt=-3.0, lead_foot=(0.1, 0.0),
                       rear_foot=(-0.1, 0.0), lead_glove=(0.06, 0.45),
                       rear_glove=(-0.06, 0.46))
    if c.manner == "boxer":  # gloves together in front of the belt: the chest shows (a
        # near glove hanging back drew the near arm across him and read as his back)
        return replace(BASE, lean=0.0, tilt=0.0, turn=0.8, lead_glove=(0.1, 0.5),
                       rear_glove=(0.17, 0.5), lead_elbow=1.0, rear_elbow=1.0)
    if c.manner == "hip":
        return replace(BASE, lean=0.0, tilt=-2.0, lead_foot=(0.06, 0.0),
                       rear_foot=(-0.1, 0.0), rear_heel=10.0, lead_glove=(0.07, 0.45),
                       rear_glove=(-0.1, 0.53), rear_elbow=-1.0)
    return BASE


def common(c: Costume) -> dict[str, APose]:
    s = stand(c)
    out: dict[str, APose] = {"stand": (s, NO)}
    out["talk"] = (replace(s, tilt=s.tilt - 3, lead_glove=(0.21, 0.6), lead_elbow=1.0,
                           mouth=1.0), Extra(near_hand=""))
    steps = [(0.13, -0.1, 0.0, 0.02), (0.04, -0.02, 0.03, 0.0),
             (-0.1, 0.12, 0.02, 0.0), (0.0, 0.04, 0.0, 0.03)]
    for i, (lf, rf, ly, ry) in enumerate(steps):
        out[f"walk_{i}"] = (replace(s, hip=(s.hip[0], s.hip[1] - 0.008 * (i % 2)),
                                    lead_foot=(lf, ly), rear_foot=(rf, ry),
                                    lean=s.lean + 3.0, lead_heel=0.0,
                                    rear_heel=20.0 if rf < -0.05 else 0.0,
                                    lead_glove=(0.03 + rf * 0.5, 0.45),
                                    rear_glove=(-0.03 + lf * 0.5, 0.46)), NO)
    out["point"] = (replace(s, lean=s.lean + 2, tilt=s.tilt - 4, lead_foot=(0.12, 0.0),
                            lead_glove=(0.37, 0.8), lead_elbow=1.0),
                    Extra(near_hand="point"))
    # arms up in a V: the near one forward, clear of the face
    out["cheer"] = (replace(s, lean=-3.0, tilt=-14.0, turn=0.4, lead_foot=(0.1, 0.0),
                            rear_foot=(-0.1, 0.0), lead_glove=(0.28, 1.07),
                            rear_glove=(-0.12, 1.13), lead_elbow=1.0, rear_elbow=1.0,
                            mouth=1.0), Extra(near_hand="fist", far_hand="fist"))
    return out


SIT = Pose(hip=(-0.04, 0.27), lean=2.0, pelvis=-8.0, tilt=4.0, lead_foot=(0.2, 0.0),
           rear_foot=(0.16, 0.0), lead_heel=0.0, rear_heel=0.0, lead_glove=(0.14, 0.33),
           rear_glove=(0.1, 0.34), lead_elbow=1.0, rear_elbow=1.0)


def _sit(c: Costume) -> dict[str, APose]:
    return {"sit": (SIT, NO)}


def _boo(c: Costume) -> dict[str, APose]:
    s = stand(c)
    return {"boo": (replace(s, lean=10.0, tilt=-2.0, turn=0.2, lead_foot=(0.12, 0.0),
                            lead_glove=(0.33, 0.84), rear_glove=(0.2, 0.99), rear_elbow=1.0,
                            mouth=1.0), Extra(near_hand="fist", far_hand="fist",
                                              far_front=True))}


def _fan(c: Costume) -> dict[str, APose]:
    return {**_boo(c), **_sit(c), **_lift_up(c)}


def _lift_up(c: Costume) -> dict[str, APose]:
    """Both hands up by the head, holding someone sat on the shoulders."""
    s = stand(c)
    return {"lift_up": (replace(s, lean=0.0, tilt=-4.0, turn=0.3, lead_foot=(0.11, 0.0),
                                rear_foot=(-0.11, 0.0), lead_glove=(0.21, 0.9),
                                rear_glove=(-0.08, 0.92), lead_elbow=1.0, rear_elbow=1.0,
                                mouth=1.0), Extra(near_hand="fist", far_hand="fist"))}


def _manager(c: Costume) -> dict[str, APose]:
    s = stand(c)
    shout = replace(s, lean=12.0, tilt=-4.0, lead_foot=(0.13, 0.0), rear_foot=(-0.1, 0.0),
                    rear_heel=15.0, lead_glove=(0.3, 0.9), lead_elbow=1.0, mouth=1.0)
    # hanging by the throat: toes down, knees a little bent, both hands at the gripping fist
    lifted = Pose(hip=(-0.01, 0.5), lean=-4.0, pelvis=4.0, tilt=-16.0,
                  lead_foot=(0.05, 0.0), rear_foot=(-0.04, 0.02), lead_heel=-60.0,
                  rear_heel=-55.0, lead_glove=(0.16, 0.8), rear_glove=(0.12, 0.82),
                  lead_elbow=1.0, rear_elbow=1.0, mouth=1.0, eyes=1.0)
    fallen = replace(lying(-0.1), lead_glove=(0.08, 0.2), rear_glove=(-0.32, 0.18))
    shove = replace(s, lean=16.0, tilt=0.0, turn=0.3, lead_foot=(0.16, 0.0),
                    rear_foot=(-0.14, 0.0), rear_heel=25.0, lead_glove=(0.36, 0.72),
                    rear_glove=(0.3, 0.76), lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    return {"shout": (shout, Extra(near_hand="fist")),
            "shove": (shove, Extra(far_front=True)),
            "lifted": (lifted, Extra(near_hand="fist", far_hand="fist", far_front=True,
                                     raise_h=LIFT_RAISE_H)),
            "fallen": (fallen, NO)}



def _announcer(c: Costume) -> dict[str, APose]:
    s = stand(c)
    mic = replace(s, lean=-2.0, tilt=-6.0, lead_foot=(0.1, 0.0), rear_foot=(-0.12, 0.0),
                  lead_glove=(0.12, 0.86), lead_elbow=1.0, rear_glove=(0.02, 1.15),
                  rear_elbow=1.0, mouth=1.0)
    return {"mic": (mic, Extra(props=("mic",), near_hand="fist", far_hand="point"))}


def _premier(c: Costume) -> dict[str, APose]:
    s = stand(c)
    clap = replace(s, lean=4.0, tilt=0.0, lead_glove=(0.2, 0.7), rear_glove=(0.17, 0.71),
                   rear_elbow=1.0, mouth=1.0)
    clap1 = replace(clap, lead_glove=(0.24, 0.74), rear_glove=(0.13, 0.68))
    return {**_sit(c), "clap": (clap, Extra(far_front=True)),
            "clap_1": (clap1, Extra(far_front=True))}


def _doctor(c: Costume) -> dict[str, APose]:
    s = stand(c)
    inj = replace(s, lean=12.0, tilt=8.0, lead_foot=(0.12, 0.0), rear_foot=(-0.1, 0.0),
                  rear_heel=12.0, lead_glove=(0.3, 0.7), rear_glove=(0.22, 0.66),
                  rear_elbow=1.0)
    return {"inject": (inj, Extra(props=("syringe",), near_hand="fist", far_front=True))}


def _tech(c: Costume) -> dict[str, APose]:
    s = stand(c)
    cb = replace(s, tilt=14.0, lead_glove=(0.17, 0.72), rear_glove=(0.12, 0.66),
                 rear_elbow=1.0)
    return {"clipboard": (cb, Extra(props=("clipboard", "pen"), near_hand="fist",
                                    far_front=True))}


def _run_pair(s: Pose, lean: float) -> tuple[Pose, Pose]:
    run = replace(s, hip=(0.0, 0.47), lean=lean, tilt=2.0, lead_foot=(0.2, 0.03),
                  rear_foot=(-0.24, 0.1), lead_heel=0.0, rear_heel=60.0,
                  lead_glove=(0.2, 0.74), rear_glove=(-0.16, 0.58), lead_elbow=1.0,
                  rear_elbow=-1.0, mouth=1.0)
    run1 = replace(run, hip=(0.0, 0.485), lead_foot=(-0.2, 0.12), rear_foot=(0.16, 0.0),
                   lead_heel=60.0, rear_heel=0.0, lead_glove=(-0.12, 0.6),
                   rear_glove=(0.2, 0.76), lead_elbow=-1.0, rear_elbow=1.0)
    return run, run1


def _corner(c: Costume) -> dict[str, APose]:
    run, run1 = _run_pair(stand(c), 16.0)
    ex = Extra(near_hand="fist", far_hand="fist")
    return {"run": (run, ex), "run_1": (run1, ex), **_lift_up(c),
            "towel": _towel_pose(c)}


def _towel_pose(c: Costume) -> APose:
    s = stand(c)
    return (replace(s, lean=4.0, tilt=8.0, lead_glove=(0.2, 0.7), rear_glove=(0.13, 0.72),
                    rear_elbow=1.0), Extra(props=("towel",), near_hand="fist",
                                           far_hand="fist", far_front=True))


def _reporter(c: Costume) -> dict[str, APose]:
    s = stand(c)
    photo = replace(s, lean=4.0, tilt=0.0, lead_foot=(0.12, 0.0), rear_foot=(-0.1, 0.0),
                    rear_heel=10.0, lead_glove=(0.15, 0.9), rear_glove=(0.12, 0.86),
                    rear_elbow=1.0)
    out = {"photo": (photo, Extra(props=("camera_up",), near_hand="fist", far_front=True))}
    st = replace(s, lead_glove=(0.14, 0.58), lead_elbow=1.0)
    out["stand"] = (st, Extra(props=("camera",), near_hand="fist"))
    return out


def _dancer(c: Costume) -> dict[str, APose]:
    s = stand(c)
    kick = replace(s, lean=-6.0, tilt=-8.0, lead_foot=(0.3, 0.42), lead_heel=-40.0,
                   rear_foot=(-0.02, 0.0), rear_heel=20.0, lead_glove=(0.18, 1.1),
                   rear_glove=(-0.3, 0.9), lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    sway = replace(s, hip=(0.02, 0.49), lean=-4.0, tilt=-10.0, lead_foot=(0.12, 0.0),
                   rear_foot=(-0.12, 0.0), rear_heel=20.0, lead_glove=(0.32, 0.96),
                   rear_glove=(-0.1, 0.53), lead_elbow=1.0, mouth=1.0)
    return {"dance_0": (kick, NO), "dance_1": (sway, NO)}


def _apollo_robe(c: Costume) -> dict[str, APose]:
    s = stand(c)
    d0 = replace(s, lean=-6.0, tilt=-12.0, lead_foot=(0.14, 0.0), rear_foot=(-0.14, 0.0),
                 rear_heel=20.0, lead_glove=(0.36, 0.92), rear_glove=(-0.3, 0.92),
                 lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    d1 = replace(s, hip=(0.02, 0.48), lean=-2.0, tilt=-14.0, lead_foot=(0.18, 0.12),
                 lead_heel=-30.0, rear_foot=(-0.06, 0.0), lead_glove=(0.16, 1.14),
                 rear_glove=(-0.2, 0.7), lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    ex = Extra(near_hand="point", far_hand="")
    return {"dance_0": (d0, ex), "dance_1": (d1, Extra(near_hand="point"))}


def _rocky_coat(c: Costume) -> dict[str, APose]:
    s = stand(c)
    chop = replace(s, lean=-8.0, tilt=-4.0, lead_foot=(0.14, 0.0), rear_foot=(-0.14, 0.0),
                   rear_heel=10.0, lead_glove=(0.02, 1.12), rear_glove=(-0.04, 1.06),
                   lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    down = replace(s, hip=(0.02, 0.44), lean=30.0, tilt=6.0, lead_foot=(0.16, 0.0),
                   rear_foot=(-0.16, 0.0), rear_heel=20.0, lead_glove=(0.34, 0.42),
                   rear_glove=(0.26, 0.46), lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    carry = replace(s, lean=6.0, tilt=2.0, lead_foot=(0.11, 0.0), rear_foot=(-0.1, 0.0),
                    lead_glove=(0.14, 0.84), rear_glove=(-0.12, 0.86), lead_elbow=1.0,
                    rear_elbow=1.0, mouth=1.0)
    both = Extra(near_hand="fist", far_hand="fist", far_front=True)
    # the title belt in both hands, his head bowed over it; then held out, handed on
    belt = replace(s, lean=4.0, tilt=14.0, lead_foot=(0.1, 0.0), rear_foot=(-0.08, 0.0),
                   lead_glove=(0.26, 0.64), rear_glove=(-0.02, 0.66), lead_elbow=1.0,
                   rear_elbow=-1.0)
    give = replace(s, lean=8.0, tilt=4.0, lead_foot=(0.13, 0.0), rear_foot=(-0.1, 0.0),
                   rear_heel=12.0, lead_glove=(0.38, 0.7), rear_glove=(0.12, 0.72),
                   lead_elbow=1.0, rear_elbow=1.0)
    return {"belt": (belt, replace(both, props=("belt",))),
            "give": (give, replace(both, props=("belt",))),
            "chop": (chop, replace(both, props=("axe_up",))),
            "chop_1": (down, replace(both, props=("axe_down",))),
            "carry": (carry, replace(both, props=("log",), far_front=False)),
            **_sit(c)}


def _drago_suit(c: Costume) -> dict[str, APose]:
    return _sit(c)


def _drago_ring(c: Costume) -> dict[str, APose]:
    s = stand(c)
    lift = replace(s, lean=-5.0, tilt=-8.0, lead_foot=(0.12, 0.0), rear_foot=(-0.12, 0.0),
                   rear_heel=0.0, lead_glove=LIFT_GLOVE, lead_elbow=1.0,
                   rear_glove=(-0.04, 0.45))
    throw = replace(s, lean=14.0, tilt=4.0, lead_foot=(0.16, 0.0), rear_foot=(-0.14, 0.0),
                    rear_heel=30.0, lead_glove=(0.36, 0.56), lead_elbow=1.0,
                    rear_glove=(-0.1, 0.5))
    run, run1 = _run_pair(s, 12.0)
    bare = Extra(bare_hands=True, near_hand="fist", far_hand="fist")
    return {"lift": (lift, NO), "throw": (throw, NO), "run_0": (run, bare),
            "run_1": (run1, bare), **_sit(c)}


def _rocky_ring(c: Costume) -> dict[str, APose]:
    s = stand(c)
    mic = replace(s, lean=0.0, tilt=-2.0, lead_glove=(0.2, 0.72), lead_elbow=1.0,
                  rear_glove=(-0.1, 0.47), mouth=1.0, eyes=0.0)
    lifted = replace(SIT, hip=(-0.03, SIT.hip[1]), lean=-4.0, tilt=-14.0,
                     lead_glove=(0.1, 0.86 + 0.3), rear_glove=(-0.1, 0.84 + 0.3),
                     lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    return {"mic": (mic, Extra(props=("mic",))),
            "lifted": (lifted, Extra(raise_h=SHOULDER_SEAT_H - SIT.hip[1])),
            "towel": _towel_pose(c), "throw_towel": _throw_towel(c), **_sit(c)}


def _throw_towel(c: Costume) -> APose:
    """The arm thrown forward and up, the towel leaving the hand, open in the air."""
    s = stand(c)
    throw = replace(s, lean=8.0, tilt=-4.0, turn=0.3, lead_foot=(0.14, 0.0),
                    rear_foot=(-0.12, 0.0), rear_heel=20.0, lead_glove=(0.32, 1.0),
                    lead_elbow=1.0, rear_glove=(-0.04, 0.47))
    return throw, Extra(props=("towel_fly",), near_hand="")


def _rocky_corner(c: Costume) -> dict[str, APose]:
    """Rocky in Apollo's corner: the towel in his hands, held or thrown."""
    run, run1 = _run_pair(stand(c), 16.0)
    ex = Extra(near_hand="fist", far_hand="fist")
    return {"towel": _towel_pose(c), "throw_towel": _throw_towel(c), "run": (run, ex),
            "run_1": (run1, ex)}


def _apollo_ring(c: Costume) -> dict[str, APose]:
    return {"down": (lying(-0.1), NO), **_sit(c)}


def _paulie(c: Costume) -> dict[str, APose]:
    """Paulie with the belt Rocky hands him, held up in front of his belly."""
    s = stand(c)
    held = replace(s, lean=-2.0, tilt=-4.0, lead_glove=(0.28, 0.64), rear_glove=(0.0, 0.66),
                   lead_elbow=1.0, rear_elbow=1.0, mouth=1.0)
    return {"belt": (held, Extra(props=("belt",), near_hand="fist", far_hand="fist",
                                 far_front=True))}


SPECIALS: dict[str, Callable[[Costume], dict[str, APose]]] = {
    "manager": _manager, "announcer": _announcer, "premier": _premier,
    "lab_doctor": _doctor, "lab_tech": _tech, "corner_man": _corner, "reporter": _reporter,
    "dancer": _dancer, "fan_a": _fan, "fan_b": _fan, "fan_c": _fan, "fan_d": _fan,
    "fan_e": _fan, "fan_f": _fan,
    "rocky_coat": _rocky_coat, "apollo_robe": _apollo_robe, "drago_suit": _drago_suit,
    "drago_ring": _drago_ring, "rocky_ring": _rocky_ring, "apollo_ring": _apollo_ring,
    "rocky_corner": _rocky_corner, "paulie": _paulie}

# loops a scene can play by name (beats `animate`), when a figure has all their poses
# (the first list whose poses a figure all has)
ANIMATIONS = {"walk": [("walk_0", "walk_1", "walk_2", "walk_3")],
              "dance": [("dance_0", "dance_1")], "run": [("run_0", "run_1"), ("run", "run_1")],
              "clap": [("clap", "clap_1")], "chop": [("chop", "chop_1")]}


def actor_poses(c: Costume) -> dict[str, APose]:
    """Every pose of one figure, common ones first."""
    out = common(c)
    out.update(SPECIALS.get(c.figure, lambda _c: {})(c))
    return out
