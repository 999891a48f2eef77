"""One place that knows where the game's data folders are.

Why: the game runs both from a source checkout (folders at the repository root) and from an
installed wheel (the same folders packed under ``game/_assets``). Everything that loads a
sprite, sound or level asks here, so both layouts work and a missing file names where we looked.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
KINDS = ("sprites", "sounds", "levels")


class AssetError(RuntimeError):
    """A game data file is missing; the message lists where it was looked for."""


def _candidates(kind: str) -> list[Path]:
    return [_PACKAGE / "_assets" / kind, _PACKAGE.parent / kind]


def asset_dir(kind: str) -> Path:
    """The folder holding one kind of asset ("sprites", "sounds" or "levels")."""
    if kind not in KINDS:
        raise ValueError(f"unknown asset kind {kind!r}; expected one of {KINDS}")
    places = _candidates(kind)
    for place in places:
        if place.is_dir():
            return place
    raise AssetError(f"no {kind}/ folder found; looked in " + ", ".join(map(str, places)))


def asset_path(kind: str, name: str) -> Path:
    """A file inside an asset folder; raises AssetError naming every place looked in."""
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise AssetError(f"asset name {name!r} must stay inside {kind}/")
    places = [p / name for p in _candidates(kind)]
    for place in places:
        if place.is_file():
            return place
    odd = [p for p in places if p.exists()]   # a folder, a FIFO or a socket by that name
    if odd:
        raise AssetError(f"{kind} file {name!r}: {odd[0]} is not a regular file")
    raise AssetError(f"missing {kind} file {name!r}; looked in " + ", ".join(map(str, places)))


def data_path(name: str) -> Path:
    """Game data shipped inside the package (fighter and move tables)."""
    return _PACKAGE / "data" / name
