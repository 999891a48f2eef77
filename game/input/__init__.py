"""Input sources: the keyboard now (gamepads later); all produce per-player commands."""
