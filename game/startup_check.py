"""The game's own data checked once at start, before the first scene, whatever the mode.

Why at start and not where each table is first used: a broken `fighters.toml`, `moves.toml`,
`bonuses.toml` or fighter atlas (a modder's edit) used to give the documented one-line
`file: field: expected ...` in an exhibition fight but a crash report on the title screen or
in the middle of the story's prologue. Loading everything here, through the same loaders
the fight uses (their results are cached, so nothing is read twice), gives the same line
and exit status 1 in every mode.

The loaders read whole files; a FIFO in place of a table would make them wait forever and a
file nested thousands deep would overflow the parser's recursion, so each file is first
opened here the safe way (`read_user_file`) and parsed once to catch that.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from game.assets import AssetError, asset_path, data_path
from game.files import decode_text, read_user_file, why
from game.shown import clip
from game.sim.data import FIGHTER_IDS, DataError

MAX_BYTES = 16 << 20  # the biggest shipped data file is an atlas of about 200 KB
LINE_LIMIT = 300      # a message names file and field; a value in it is cut (game/shown.py)
TABLES = ("fighters.toml", "moves.toml", "bonuses.toml")


def parse_safely(path: Path) -> object:
    """The parsed file, or None when its loader should say what is wrong; raises DataError
    for a file the loaders would hang or overflow on."""
    try:
        text = decode_text(read_user_file(path, MAX_BYTES))
        return json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except FileNotFoundError:
        return None  # each loader names a missing file in its own words
    except OSError as exc:
        raise DataError(path, "(file)", f"a readable data file ({why(exc)})") from exc
    except RecursionError as exc:
        raise DataError(path, "(file)", "data nested a few levels deep, not thousands") from exc
    except ValueError:
        return None  # bad text or syntax: the loader's own message says where


def check_game_data() -> None:
    """Load every table and atlas the game uses; raises DataError or AssetError."""
    from game.sim.bonuses import full_bonuses
    from game.sim.data import default_game_data
    from game.sim.match import fighter_atlas

    for name in TABLES:
        parse_safely(data_path(name))
    default_game_data()
    for fid in FIGHTER_IDS:
        doc = parse_safely(asset_path("sprites", f"{fid}.json"))
        fighter_atlas(fid)  # checks every field, `image` included
        full_bonuses(fid)
        if isinstance(doc, dict):  # the sheet the atlas names must be there to be drawn
            asset_path("sprites", doc["image"])


def game_data_problem() -> str:
    """The one line for the player when the game's data is broken; "" when it is good."""
    try:
        check_game_data()
    except (DataError, AssetError) as exc:
        return clip(exc, LINE_LIMIT)
    return ""
