"""Draw the application icon (run once; the outputs are committed): a navy rounded square with the
character 审 in the bundled WenQuanYi font and a red seal dot.  Writes review_desk.png (256 px)
and review_desk.ico (16–256 px) next to this script.

    .venv/bin/python resources/icons/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "wqy-microhei.ttc"
SIZE = 1024


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=(22, 52, 102, 255))
    font = ImageFont.truetype(str(FONT), 700, index=0)
    box = d.textbbox((0, 0), "审", font=font)
    x = (SIZE - (box[2] - box[0])) / 2 - box[0]
    y = (SIZE - (box[3] - box[1])) / 2 - box[1] - 20
    d.text((x, y), "审", font=font, fill=(255, 255, 255, 255))
    d.ellipse((SIZE - 300, SIZE - 300, SIZE - 130, SIZE - 130), fill=(200, 30, 30, 255))
    return image


def main() -> None:
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(HERE / "review_desk.png", optimize=True)
    image.save(HERE / "review_desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                (256, 256)])


if __name__ == "__main__":
    main()
