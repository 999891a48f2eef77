"""The title screen with the main menu.

Why the menu opens over the illustration: the title is the game's first impression and its
way home; Esc (or B) closes the menu back to the illustration, and left alone it plays a
CPU bout (attract mode) like an arcade cabinet.
"""

from __future__ import annotations

import pygame

from game.input.menu import menu_action
from game.render import ui
from game.scenes.menu import MenuScene

ATTRACT_AFTER = 60 * 20  # ticks left alone before the demo bout starts


class TitleScene(MenuScene):
    title = ""

    def __init__(self, ctx) -> None:
        super().__init__(ctx, [
            ("STORY", self._story),
            ("EXHIBITION", lambda: self._select("exhibition")),
            ("VERSUS", lambda: self._select("versus")),
            ("TRAINING", self._training),
            ("REPLAYS", self._replays),
            ("OPTIONS", self._options),
            ("HOW TO PLAY", self._howto),
            ("QUIT", self._quit),
        ])
        self.menu_open = False
        self.idle = 0
        self.demos = 0

    def _story(self) -> None:
        from game.assets import asset_dir
        from game.scenes.story_flow import make_story_scene

        opts = self.ctx.opts
        try:
            scene = make_story_scene(self.ctx, opts.levels or asset_dir("levels"), "keyboard",
                                     opts.seed, (opts.difficulty or ("normal",))[0])
            flow = getattr(scene, "flow", None)
            if flow is not None and self.ctx.settings.hold_to_rise:
                flow.run.hold_to_act = True  # the options' accessibility choice, as a start
        except ValueError as exc:  # broken levels: say which file and field, in the game
            from game.scenes.story_flow import StoryErrorScene

            scene = StoryErrorScene(self.ctx, getattr(exc, "messages", [str(exc)]))
        self.ctx.stack.push(scene)

    def _training(self) -> None:
        from game.scenes.build import build, training_spec

        opts = self.ctx.opts
        self.ctx.stack.push(build(self.ctx, training_spec(opts.fighters, "las_vegas", opts.seed)))

    def _replays(self) -> None:
        from game.scenes.replays import ReplayListScene

        self.ctx.stack.push(ReplayListScene(self.ctx))

    def _howto(self) -> None:
        from game.scenes.howto import HowToPlayScene

        self.ctx.stack.push(HowToPlayScene(self.ctx))

    def enter(self) -> None:
        self.idle = 0
        self.ctx.audio.play_music("music_title")

    def update(self) -> None:
        super().update()
        self.idle += 1
        if self.idle >= ATTRACT_AFTER and self.ctx.stack.top is self:
            from game.scenes.attract import attract_spec
            from game.scenes.build import build

            self.idle = 0
            self.demos += 1
            self.ctx.stack.push(build(self.ctx, attract_spec(self.demos)))

    def _select(self, mode: str) -> None:
        from game.scenes.select import SelectScene

        self.ctx.stack.push(SelectScene(self.ctx, mode))

    def _options(self) -> None:
        from game.scenes.options import OptionsScene

        self.ctx.stack.push(OptionsScene(self.ctx))

    def _quit(self) -> None:
        self.ctx.quit = True

    def back(self) -> None:
        if self.menu_open:
            self.menu_open = False
        else:
            self.ctx.quit = True

    def handle(self, event: pygame.event.Event) -> None:
        if event.type != pygame.MOUSEMOTION:
            self.idle = 0
        if not self.menu_open:
            action = menu_action(event)
            if action in ("confirm", "start") or event.type == pygame.MOUSEBUTTONDOWN:
                self.menu_open = True
                self._sound("menu_select")
            elif action == "back" and event.type == pygame.KEYDOWN:
                self.ctx.quit = True  # Esc on the title quits; a pad's B does not
            return
        super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.menu_open:
            ui.draw_title(surface, self.frame, "PRESS ENTER OR START")
            self.item_rects = []
            return
        ui.draw_title(surface, self.frame, "")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       "") or []
        ui.draw_hint(surface, "ENTER/A: CHOOSE   ESC/B: CLOSE MENU   F12: SCREENSHOT")
