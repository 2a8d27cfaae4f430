"""Draw the workstation's icon, packaging/clerk-desk.ico (a sealed envelope on green).

The .ico is kept in the repository; run this again only to change it:
``python packaging/make_icon.py``. Windows shows the icon on the executable, the
shortcuts and the installer (packaging/clerk-desk.spec, packaging/clerk-desk.iss).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
GREEN = (11, 110, 79)
PAPER = (250, 247, 240)
FOLD = (196, 186, 160)
SEAL = (176, 32, 40)
ICON = Path(__file__).with_name("clerk-desk.ico")


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=GREEN)
    left, top, right, bottom = 40, 72, SIZE - 40, SIZE - 64
    pen.rectangle((left, top, right, bottom), fill=PAPER)
    middle = (left + right) // 2
    pen.line((left, top, middle, top + 78, right, top), fill=FOLD, width=10, joint="curve")
    pen.ellipse((middle - 22, top + 60, middle + 22, top + 104), fill=SEAL)
    return image


def main() -> None:
    draw().save(ICON, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])
    print(ICON)


if __name__ == "__main__":
    main()
