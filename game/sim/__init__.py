"""The fight simulation: pure, deterministic, one 1/60 s tick per step; never imports pygame."""
