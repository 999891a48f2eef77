"""The story's screens: the chapter flow and menus (`flow`), cards (`card`), the story fight
with its beats (`fight`), the corner staging between rounds (`corner`), the highlight reel
(`montage`) and the training drills (`training`, `DrillsScene`).

They read the chapters from `game.story` and draw with `game.render.story`; nothing here is
imported by `game.story`, so the layers only point down. Start a story with
`game.scenes.story.flow.make_story_scene`.
"""
