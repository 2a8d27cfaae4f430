"""The few looks the whole application shares: a focus ring a keyboard user can see.

The platform's own focus hint on a button is a dotted line or nothing at all (Fusion on a
light theme draws a faint one): a clerk who works by Tab cannot tell which button Enter
presses. The ring is the palette's highlight colour, so it shows in a light and a dark
theme alike; the rest of the button keeps the palette's colours.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_STYLE = """
QPushButton {
    border: 1px solid palette(mid);
    border-radius: 4px;
    padding: 5px 14px;
    background: palette(button);
    color: palette(button-text);
}
QPushButton:hover { background: palette(light); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:default { border-color: palette(dark); }
QPushButton:disabled { color: palette(mid); }
QPushButton:focus {
    border: 2px solid palette(highlight);
    padding: 4px 13px;
}
"""


def install_style(app: QApplication) -> None:
    app.setStyleSheet(FOCUS_STYLE)
