"""The story's people as data: build, clothes, hair, hat and colours of every actor figure.

Why data: issue 17 wants the people between the fights drawn like the fighters, and their
identity must read from silhouette and colour alone (Duke older and stooped in a cardigan,
Paulie heavy in a cap, Adrian slim in a long coat, hat and glasses...). Keeping every choice
in one table makes the cast easy to compare and keeps colours in the fighters' family:
four tones per material (highlight, base, shadow, dark), darks never pure black.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .palettes import Material, look

DARK = (30, 26, 36)  # the shared dark of cloth and shoes, as the fighters' dark


@dataclass(frozen=True)
class Costume:
    """What one actor figure wears and how he is built.

    top: "bare" (a fighter in trunks: the fighters' own drawing), "shirt", "suit", "tux",
    "cardigan", "coat", "labcoat", "jacket", "tee", "sweater", "dress", "sequins", "robe".
    legs: "trousers", "bare" (skin to the shoe) or "jeans". hem: where a coat, robe or skirt
    ends, in H above the floor (0: at the hips). sleeves: "long", "short" or "none".
    hair: "bald", "short", "swept", "long", "bob", "bun", "curly" or a fighter id (his hair).
    hat: "", "cap", "flatcap", "cloche", "beanie", "fedora", "tophat", "feathers", "ushanka".
    manner: how he stands ("" upright, "stoop" older, "proud", "hip" hand on hip).
    head_scale: the head (face, hair, hat) drawn this much larger about its centre: a child's
    head is big for his body, and a small figure with a grown man's head reads as a short man.
    """

    figure: str
    height: int
    materials: dict[str, Material]
    hair: str
    top: str
    legs: str = "trousers"
    sleeves: str = "long"
    hem: float = 0.0
    hat: str = ""
    glasses: bool = False
    tie: str = ""  # "", "tie", "bow"
    belly: float = 0.0  # extra belly depth, H units
    shoulder_scale: float = 1.0
    limb_scale: float = 0.9
    manner: str = ""
    jaw: str = "rocky"  # the fighters' jaw shapes: rocky (plain), apollo (smaller), drago
    lips: bool = False  # a woman's painted mouth
    moustache: bool = False
    fighter: str = ""  # a boxer's own look (skin, hair, gloves, trunks) under the costume
    head_scale: float = 1.0
    extra: dict = field(default_factory=dict)


def _m(base: tuple, shadow: tuple, dark: tuple = DARK, hl: tuple | None = None) -> Material:
    return Material(base, shadow, dark, hl)


# skins: (base, shadow, dark, highlight), the fighters' four tones
SKIN_FAIR = _m((232, 184, 150), (190, 138, 112), (104, 62, 54), (248, 212, 182))
SKIN_PINK = _m((230, 170, 146), (188, 124, 108), (104, 56, 54), (246, 202, 178))
SKIN_PALE = _m((238, 204, 186), (204, 160, 148), (126, 84, 84), (254, 230, 216))
SKIN_TAN = _m((206, 150, 108), (164, 106, 76), (96, 56, 44), (232, 186, 144))
SKIN_BROWN = _m((156, 100, 68), (116, 70, 50), (62, 36, 30), (188, 134, 96))
SKIN_DEEP = _m((110, 70, 50), (78, 48, 36), (44, 26, 24), (148, 100, 72))

WHITE = _m((240, 238, 232), (190, 188, 194), (86, 84, 100))
SHOE_DARK = _m((52, 46, 54), (36, 32, 40))
SHOE_BROWN = _m((96, 62, 44), (66, 42, 32), (40, 26, 24))
SHOE_RED = _m((176, 36, 48), (120, 24, 38), (64, 14, 26))


def _people() -> list[Costume]:
    grey_hair = _m((178, 176, 180), (132, 130, 138), (70, 68, 78))
    white_hair = _m((224, 222, 222), (176, 174, 180), (86, 84, 96))
    return [
        Costume("duke", 158, {
            "skin": SKIN_DEEP, "hair": grey_hair,
            "top": _m((168, 120, 64), (124, 84, 44), (62, 40, 26), (200, 156, 96)),
            "under": _m((206, 214, 226), (156, 166, 186), (70, 74, 92)),
            "legs": _m((92, 88, 84), (66, 62, 62)), "shoe": SHOE_BROWN,
            "trim": _m((236, 220, 170), (186, 164, 120), (62, 40, 26))},
            hair="bald", top="cardigan", manner="stoop", moustache=True, limb_scale=0.92),
        Costume("paulie", 160, {
            "skin": SKIN_PINK, "hair": _m((70, 54, 46), (50, 38, 34)),
            "top": _m((122, 96, 70), (90, 68, 50), (46, 34, 28), (152, 124, 94)),
            "under": _m((210, 178, 96), (166, 134, 66), (82, 60, 34)),
            "legs": _m((74, 66, 58), (54, 48, 44)), "shoe": SHOE_BROWN,
            "hat": _m((108, 104, 96), (80, 76, 72), (42, 40, 40), (136, 132, 122))},
            hair="short", top="jacket", hat="flatcap", belly=0.055, shoulder_scale=1.14,
            limb_scale=1.1),
        Costume("adrian", 150, {
            "skin": SKIN_FAIR, "hair": _m((84, 50, 34), (60, 36, 26)),
            "top": _m((186, 140, 92), (142, 102, 66), (72, 48, 34), (214, 174, 126)),
            "under": _m((128, 38, 52), (92, 26, 40), (52, 14, 26)),
            "legs": _m((62, 52, 58), (44, 38, 44)), "shoe": SHOE_DARK,
            "hat": _m((128, 38, 52), (92, 26, 40), (52, 14, 26), (164, 66, 76))},
            hair="long", top="coat", hem=0.2, hat="cloche", glasses=True, lips=True,
            jaw="apollo", shoulder_scale=0.86, limb_scale=0.78),
        Costume("manager", 160, {
            "skin": SKIN_PINK, "hair": grey_hair,
            "top": _m((84, 90, 108), (60, 64, 80), (30, 30, 42), (110, 118, 136)),
            "under": WHITE, "tie": _m((190, 36, 44), (130, 24, 36), (64, 14, 26)),
            "legs": _m((76, 82, 98), (54, 58, 72)), "shoe": SHOE_DARK},
            hair="swept", top="suit", tie="tie", glasses=True),
        Costume("ludmilla", 168, {
            "skin": SKIN_PALE, "hair": _m((246, 224, 130), (208, 172, 78), (112, 82, 40),
                                          (255, 244, 186)),
            "top": _m((236, 230, 216), (192, 184, 176), (92, 82, 84), (252, 250, 242)),
            "under": _m((30, 30, 42), (22, 22, 32)),
            "legs": SKIN_PALE, "shoe": SHOE_RED,
            "trim": _m((206, 170, 84), (160, 124, 56), (92, 70, 30))},
            hair="bob", top="dress", legs="bare", hem=0.3, lips=True, jaw="apollo",
            manner="proud", shoulder_scale=0.98, limb_scale=0.76),
        Costume("announcer", 162, {
            "skin": SKIN_TAN, "hair": _m((44, 38, 40), (32, 28, 32)),
            "top": _m((38, 38, 50), (26, 26, 36), (14, 14, 22), (70, 70, 88)),
            "under": WHITE, "tie": _m((26, 26, 34), (18, 18, 26), (12, 12, 18)),
            "legs": _m((38, 38, 50), (26, 26, 36), (14, 14, 22)), "shoe": SHOE_DARK,
            "prop": _m((70, 70, 80), (44, 44, 54), (18, 18, 24), (170, 172, 184))},
            hair="swept", top="tux", tie="bow", manner="proud"),
        Costume("premier", 156, {
            "skin": SKIN_PINK, "hair": white_hair,
            "top": _m((46, 48, 60), (32, 34, 44), (16, 16, 24), (72, 76, 92)),
            "under": WHITE, "tie": _m((110, 30, 40), (78, 20, 30), (40, 10, 18)),
            "legs": _m((46, 48, 60), (32, 34, 44), (16, 16, 24)), "shoe": SHOE_DARK,
            "trim": _m((214, 40, 44), (150, 24, 34), (70, 12, 20))},
            hair="bald", top="suit", tie="tie", manner="stoop", shoulder_scale=1.06,
            limb_scale=0.95),
        Costume("lab_doctor", 164, {
            "skin": SKIN_PALE, "hair": _m((96, 78, 62), (70, 56, 46)),
            "top": _m((236, 240, 242), (186, 198, 206), (76, 96, 112), (255, 255, 255)),
            "under": _m((92, 150, 160), (62, 112, 124), (28, 56, 66)),
            "legs": _m((86, 94, 104), (62, 68, 78)), "shoe": SHOE_DARK,
            "prop": _m((200, 220, 226), (140, 170, 180), (46, 70, 84), (255, 255, 255))},
            hair="short", top="labcoat", hem=0.3, glasses=True),
        Costume("lab_tech", 154, {
            "skin": SKIN_FAIR, "hair": _m((176, 120, 70), (134, 84, 50), (70, 44, 30)),
            "top": _m((236, 240, 242), (186, 198, 206), (76, 96, 112), (255, 255, 255)),
            "under": _m((92, 150, 160), (62, 112, 124), (28, 56, 66)),
            "legs": _m((92, 150, 160), (62, 112, 124), (28, 56, 66)), "shoe": WHITE,
            "prop": _m((168, 130, 84), (126, 94, 58), (62, 44, 30), (236, 236, 226))},
            hair="bun", top="labcoat", hem=0.3, lips=True, jaw="apollo",
            shoulder_scale=0.88, limb_scale=0.8),
        Costume("corner_man", 160, {
            "skin": SKIN_BROWN, "hair": _m((40, 34, 36), (28, 24, 28)),
            "top": _m((46, 66, 150), (32, 44, 106), (18, 20, 52), (74, 98, 186)),
            "trim": _m((214, 40, 48), (150, 26, 38), (70, 12, 22)),
            "under": WHITE, "legs": _m((60, 62, 74), (42, 44, 54)), "shoe": SHOE_DARK,
            "prop": WHITE},
            hair="curly", top="jacket", legs="trousers", limb_scale=0.95),
        Costume("reporter", 160, {
            "skin": SKIN_FAIR, "hair": _m((120, 80, 50), (88, 58, 38)),
            "top": _m((176, 152, 108), (136, 114, 78), (70, 56, 40), (204, 184, 140)),
            "under": WHITE, "tie": _m((60, 90, 140), (40, 62, 100), (20, 30, 54)),
            "legs": _m((88, 80, 72), (64, 58, 52)), "shoe": SHOE_BROWN,
            "hat": _m((96, 90, 84), (70, 66, 62), (36, 34, 34), (122, 116, 108)),
            "prop": _m((56, 56, 64), (36, 36, 44), (16, 16, 22), (200, 204, 214))},
            hair="short", top="coat", hem=0.42, hat="fedora", tie="tie"),
        Costume("dancer", 152, {
            "skin": SKIN_TAN, "hair": _m((60, 40, 36), (42, 28, 28)),
            "top": _m((230, 70, 150), (168, 40, 110), (76, 18, 56), (255, 200, 236)),
            "trim": _m((250, 206, 90), (200, 150, 50), (96, 64, 24), (255, 246, 200)),
            "legs": SKIN_TAN, "shoe": _m((250, 206, 90), (200, 150, 50), (96, 64, 24)),
            "hat": _m((255, 168, 214), (226, 110, 170), (110, 40, 80), (255, 236, 246))},
            hair="bun", top="sequins", legs="bare", sleeves="none", hat="feathers",
            lips=True, jaw="apollo", manner="hip", shoulder_scale=0.88, limb_scale=0.82),
        # Rocky's boy at home by the television: a child's build and head, a Christmas
        # sweater in the champion's red, jeans and sneakers
        Costume("kid", 98, {
            "skin": SKIN_FAIR, "hair": _m((96, 62, 42), (70, 44, 32), (40, 26, 22)),
            "top": _m((198, 44, 54), (146, 30, 42), (70, 14, 24), (236, 96, 96)),
            "legs": _m((70, 92, 140), (50, 66, 104), (24, 30, 54)), "shoe": WHITE},
            hair="short", top="sweater", legs="jeans", jaw="apollo", head_scale=1.45,
            shoulder_scale=0.8, limb_scale=0.8),
    ]


def _fans() -> list[Costume]:
    """Fans in mixed casual colours, each a different build and head, not a swap; the last
    two dressed for a Moscow winter."""
    jeans = _m((70, 92, 140), (50, 66, 104), (24, 30, 54))
    return [
        Costume("fan_a", 160, {
            "skin": SKIN_TAN, "hair": _m((60, 44, 36), (42, 30, 28)),
            "top": _m((200, 52, 52), (146, 34, 40), (70, 16, 22), (232, 96, 86)),
            "legs": jeans, "shoe": WHITE,
            "hat": _m((40, 60, 130), (28, 40, 92), (16, 18, 46), (70, 92, 166))},
            hair="short", top="tee", legs="jeans", sleeves="short", hat="cap"),
        Costume("fan_b", 154, {
            "skin": SKIN_FAIR, "hair": _m((196, 150, 84), (150, 108, 56), (80, 54, 30)),
            "top": _m((66, 132, 96), (44, 96, 70), (20, 46, 36), (98, 166, 122)),
            "under": _m((236, 220, 180), (190, 172, 138), (88, 74, 56)),
            "legs": _m((90, 76, 66), (66, 56, 50)), "shoe": SHOE_BROWN},
            hair="long", top="jacket", lips=True, jaw="apollo", shoulder_scale=0.88,
            limb_scale=0.8),
        Costume("fan_c", 162, {
            "skin": SKIN_PINK, "hair": _m((150, 96, 60), (112, 70, 44)),
            "top": _m((228, 186, 60), (178, 136, 40), (86, 62, 22), (250, 222, 120)),
            "legs": _m((62, 58, 70), (44, 42, 52)), "shoe": SHOE_DARK},
            hair="bald", top="sweater", belly=0.025, shoulder_scale=1.08, limb_scale=1.0,
            moustache=True),
        Costume("fan_d", 158, {
            "skin": SKIN_DEEP, "hair": _m((36, 30, 34), (26, 22, 28)),
            "top": _m((128, 76, 168), (92, 52, 126), (42, 24, 62), (162, 114, 200)),
            "trim": _m((236, 236, 236), (186, 186, 196), (42, 24, 62)),
            "legs": jeans, "shoe": WHITE},
            hair="curly", top="jacket", legs="jeans"),
        # the Moscow hall: winter coats, a fur hat, a headscarf
        Costume("fan_e", 164, {
            "skin": SKIN_PALE, "hair": _m((200, 170, 110), (160, 128, 76), (84, 64, 36)),
            "top": _m((104, 108, 116), (76, 80, 88), (36, 38, 46), (134, 138, 146)),
            "legs": _m((52, 52, 60), (38, 38, 46)), "shoe": SHOE_DARK,
            "hat": _m((64, 56, 54), (46, 40, 40), (24, 20, 22), (132, 116, 104))},
            hair="short", top="coat", hem=0.32, hat="ushanka", shoulder_scale=1.06,
            limb_scale=1.0),
        Costume("fan_f", 156, {
            "skin": SKIN_PINK, "hair": _m((96, 60, 40), (70, 44, 30)),
            "top": _m((132, 36, 44), (96, 24, 34), (50, 12, 20), (170, 64, 66)),
            "legs": _m((52, 46, 54), (38, 34, 40)), "shoe": SHOE_DARK,
            "hat": _m((214, 176, 72), (170, 132, 48), (84, 60, 24), (244, 214, 120))},
            hair="short", top="coat", hem=0.22, hat="scarf", lips=True, jaw="apollo",
            shoulder_scale=0.9, limb_scale=0.84),
    ]


def _fighters_out() -> list[Costume]:
    """The three boxers out of the ring (their own skin and hair) and in it (their trunks).
    Rocky in Apollo's corner wears the team's colours the other way round from the corner
    men (red with a blue stripe), so he stands out among them."""
    def fm(fid: str) -> dict[str, Material]:
        return dict(look(fid).materials)

    rocky, apollo, drago = fm("rocky"), fm("apollo"), fm("drago")
    coat = _m((108, 72, 48), (78, 50, 36), (40, 26, 22), (138, 98, 66))
    return [
        Costume("rocky_coat", 163, {
            **rocky, "top": coat, "trim": _m((232, 218, 190), (190, 172, 146), (88, 70, 56)),
            "legs": _m((64, 62, 74), (46, 44, 54)), "shoe": SHOE_BROWN,
            "hat": _m((52, 52, 60), (36, 36, 44), DARK, (80, 80, 90)),
            "prop": _m((150, 108, 70), (110, 76, 48), (56, 38, 26), (196, 160, 110)),
            "metal": _m((176, 182, 192), (120, 126, 140), (50, 54, 66), (236, 240, 244))},
            hair="rocky", top="coat", hem=0.36, hat="beanie", fighter="rocky",
            shoulder_scale=1.06, limb_scale=1.0),
        Costume("apollo_robe", 173, {
            **apollo, "top": _m((44, 70, 168), (30, 44, 112), DARK, (84, 110, 200)),
            "trim": apollo["white"], "under": apollo["red"],
            "hat": _m((44, 70, 168), (30, 44, 112), DARK, (84, 110, 200))},
            hair="apollo", top="robe", legs="bare", hem=0.3, sleeves="long",
            hat="tophat", fighter="apollo", jaw="apollo", shoulder_scale=1.06,
            limb_scale=1.0, manner="proud"),
        Costume("drago_suit", 180, {
            **drago, "top": _m((40, 46, 66), (28, 32, 48), (14, 14, 24), (64, 72, 98)),
            "under": WHITE, "tie": _m((30, 30, 40), (20, 20, 28), (12, 12, 18)),
            "legs": _m((40, 46, 66), (28, 32, 48), (14, 14, 24)), "shoe": SHOE_DARK},
            hair="drago", top="suit", tie="tie", fighter="drago", jaw="drago",
            shoulder_scale=1.2, limb_scale=1.08, manner="proud"),
        Costume("rocky_corner", 163, {
            **rocky, "top": _m((196, 42, 50), (140, 28, 40), (70, 14, 24), (228, 90, 84)),
            "trim": _m((46, 66, 150), (32, 44, 106), (18, 20, 52)), "under": WHITE,
            "legs": _m((60, 62, 74), (42, 44, 54)), "shoe": SHOE_DARK, "prop": WHITE},
            hair="rocky", top="jacket", fighter="rocky", shoulder_scale=1.04,
            limb_scale=1.0),
        Costume("drago_ring", 180, drago, hair="drago", top="bare", legs="bare",
                sleeves="none", fighter="drago", jaw="drago", shoulder_scale=1.16,
                limb_scale=1.1, manner="boxer"),
        Costume("rocky_ring", 163, {
            **rocky, "prop": WHITE,
            "metal": _m((70, 70, 80), (44, 44, 54), (18, 18, 24), (170, 172, 184))},
            hair="rocky", top="bare", legs="bare", sleeves="none", fighter="rocky",
            limb_scale=1.0, manner="boxer"),
        Costume("apollo_ring", 173, apollo, hair="apollo", top="bare", legs="bare",
                sleeves="none", fighter="apollo", jaw="apollo", shoulder_scale=1.03,
                limb_scale=1.0, manner="boxer"),
    ]


def costumes() -> dict[str, Costume]:
    """Every actor figure by id, in the order the contact sheet shows them."""
    return {c.figure: c for c in _people() + _fans() + _fighters_out()}
