"""Is the `pygame` we import really a working pygame-ce? Checked before the game starts.

Why: pygame-ce and upstream pygame both install a package called `pygame`. Installed side by
side, whichever came last wins, so the game could silently run on the other library (whose
SDL, keys and events differ), and uninstalling one of the two leaves a half-deleted package
that fails deep inside the game with a raw traceback. One line naming the problem and the
exact command that repairs this Python's packages is what a player can act on.
"""

from __future__ import annotations

import shlex
import sys

REQUIREMENT = "pygame-ce>=2.5,<3"
# what the game uses from pygame-ce that a half-removed or foreign `pygame` lacks
NEEDED = ("KSCAN_A", "SCALED", "display", "event", "transform", "joystick", "mixer", "Window")


def fix_command(python: str = sys.executable) -> str:
    """The shell command that leaves exactly pygame-ce installed in this Python."""
    exe = shlex.quote(python)
    return (f"{exe} -m pip uninstall -y pygame pygame-ce && "
            f"{exe} -m pip install {shlex.quote(REQUIREMENT)}")


def _distribution_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def pygame_problem() -> str | None:
    """What is wrong with the importable `pygame`, or None when it is a working pygame-ce."""
    try:
        import pygame
    except Exception as exc:  # noqa: BLE001 - any failure at import means "broken"
        return f"pygame-ce cannot be imported ({type(exc).__name__}: {exc})"
    if not getattr(pygame, "IS_CE", False):
        upstream = _distribution_version("pygame")
        if upstream is not None:
            return f"the 'pygame' module is upstream pygame {upstream}, not pygame-ce"
        return ("the 'pygame' module is broken (pygame and pygame-ce share its files, and "
                "removing one damaged the other)")
    missing = [name for name in NEEDED if not hasattr(pygame, name)]
    if missing:
        return f"the installed pygame-ce is incomplete (no {', '.join(missing)})"
    return None


def check_pygame() -> int:
    """0 when pygame-ce is fine; else one line on stderr with the fix, and 1 (the exit code)."""
    problem = pygame_problem()
    if problem is None:
        return 0
    sys.stderr.write(f"piece-of-iron: {problem}; fix it with: {fix_command()}\n")
    return 1
