"""CPU brains: they read match views and produce the same per-tick commands a player does."""
