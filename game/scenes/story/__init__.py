"""The story's screens: the chapter flow and menus (`flow`), cards (`card`), the story fight
with its beats (`fight`) and its round objectives and stars (`beats_hud`), the corner staging
between rounds (`corner`) and the training drills (`training`, `DrillsScene`).

They read the chapters from `game.story` and draw with `game.render.story`; nothing here is
imported by `game.story`, so the layers only point down. Start a story with
`game.scenes.story.flow.make_story_scene`.
"""
