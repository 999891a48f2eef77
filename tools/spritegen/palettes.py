"""Fighter looks: palettes (materials with tones), stance and build.

Why data: art-direction.md fixes 16-20 colours per fighter with shared darks, and identity
must read from colour and silhouette alone; keeping every colour here makes both checkable.
A material has tones (highlight, base, shadow, dark); `dark` is what outlines use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Material:
    """One surface kind. Missing highlight falls back to base; dark is the outline tone."""

    base: RGB
    shadow: RGB
    dark: RGB
    highlight: RGB | None = None

    @property
    def hl(self) -> RGB:
        return self.highlight or self.base


@dataclass(frozen=True)
class Look:
    """Everything that makes one fighter look like himself."""

    fighter: str
    height_px: int
    stance: str  # "orthodox" or "southpaw"
    materials: dict[str, Material]
    hair: str  # "rocky", "apollo", "drago": hair and jaw style
    shoulder_scale: float = 1.0  # torso width multiplier
    limb_scale: float = 1.0  # limb thickness multiplier
    trunks: str = "plain"  # "plain" or "stars"
    style: str = "rocky"  # stance style for poses
    extra: dict[str, RGB] = field(default_factory=dict)


def _rocky() -> Look:
    dark = (34, 26, 36)
    m = {
        "skin": Material((214, 150, 106), (170, 104, 74), (98, 54, 42), (240, 190, 146)),
        "glove": Material((166, 60, 42), (116, 36, 30), (64, 22, 24), (212, 108, 80)),
        "hair": Material((92, 56, 36), (62, 38, 28), dark),
        "trunks": Material((46, 54, 100), (30, 34, 68), dark),
        "shoe": Material((62, 60, 70), (44, 42, 52), dark),
        "red": Material((204, 44, 48), (140, 30, 38), (98, 54, 42)),
        "white": Material((242, 238, 230), (186, 182, 184), (98, 54, 42)),
    }
    return Look("rocky", 163, "southpaw", m, hair="rocky", style="rocky")


def _apollo() -> Look:
    dark = (26, 22, 32)
    m = {
        "skin": Material((116, 72, 50), (80, 48, 36), (46, 28, 26), (156, 104, 74)),
        "glove": Material((222, 42, 46), (152, 24, 36), (84, 16, 28), (252, 128, 112)),
        "hair": Material((46, 38, 42), (32, 28, 34), dark),
        "trunks": Material((44, 70, 168), (30, 44, 112), dark),
        "shoe": Material((236, 236, 236), (176, 176, 188), dark),
        "red": Material((222, 42, 46), (152, 24, 36), (84, 16, 28)),
        "white": Material((242, 240, 234), (176, 176, 188), (46, 28, 26)),
    }
    return Look("apollo", 173, "orthodox", m, hair="apollo", trunks="stars", style="apollo",
                shoulder_scale=1.03)


def _drago() -> Look:
    dark = (52, 26, 34)
    m = {
        "skin": Material((240, 206, 190), (206, 160, 150), (128, 84, 84), (255, 234, 222)),
        "glove": Material((222, 40, 44), (154, 24, 36), (82, 16, 28), (252, 126, 110)),
        "hair": Material((246, 220, 112), (206, 166, 66), (110, 80, 40)),
        "trunks": Material((222, 40, 44), (154, 24, 36), dark),
        "shoe": Material((60, 56, 64), (40, 38, 46), dark),
        "red": Material((222, 40, 44), (154, 24, 36), (82, 16, 28)),
        "white": Material((244, 242, 238), (190, 186, 190), (128, 84, 84)),
    }
    return Look("drago", 180, "orthodox", m, hair="drago", style="drago",
                shoulder_scale=1.16, limb_scale=1.1)


LOOKS = {"rocky": _rocky, "apollo": _apollo, "drago": _drago}
FIGHTERS = ("rocky", "apollo", "drago")


def look(fighter: str, height_px: int | None = None) -> Look:
    """The look for a fighter id; height_px overrides the default (from fighters.toml)."""
    lk = LOOKS[fighter]()
    if height_px is not None and height_px != lk.height_px:
        lk = Look(lk.fighter, height_px, lk.stance, lk.materials, lk.hair, lk.shoulder_scale,
                  lk.limb_scale, lk.trunks, lk.style, lk.extra)
    return lk
