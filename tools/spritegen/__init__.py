"""Fighter sprite generator: skeleton poses drawn at 4x, majority-vote shrink, outlines, atlas.

Why a package: the same pose computation feeds both the pixels and the hit geometry in the
atlas (docs/formats/atlas.md), so what the player sees is what the simulation hits.
"""
