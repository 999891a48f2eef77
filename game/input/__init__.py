"""Input sources: keyboard and pads (hot-plugged), bindings, who holds which device, menus.

Only this package reads device events; everything else gets commands or menu presses."""
