"""Piece of Iron: a 2D arcade boxing game. Unofficial fan work."""

__version__ = "0.1.0"
