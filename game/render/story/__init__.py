"""The story's pictures: illustrations and backdrops (`art`), the drills (`drills`), dialogue
boxes, captions and hints (`dialogue`).

Why in `game/render/`: they only draw what they are given (a chapter's figures, a drill's
state, a line of text) and change nothing; the story's screens (`game/scenes/story_*`) decide
what is shown and when.
"""
