"""Presentation layer: draws MatchView snapshots onto the 640x360 logical surface.

Why a package that imports nothing at import time: `layout` stays usable without pygame, and
each drawing module loads its images once, after the display exists.
"""
