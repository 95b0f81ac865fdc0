#!/usr/bin/env python3
"""Draw the kernel logo: a white swift (the bird) in flight on an orange rounded square.

Writes kernelspec/logo-svg.svg and kernelspec/logo-32x32.png, logo-64x64.png from one geometry,
using only the standard library (the PNGs are rasterised here with 4x4 supersampling, then
written with zlib + struct). Run with `make logos`; the outputs are committed.
"""
from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kernelspec"
BG = (0xF0, 0x51, 0x38)  # Swift orange
FG = (0xFF, 0xFF, 0xFF)
SIZE = 64.0  # design units; the SVG viewBox is 0 0 64 64
RADIUS = 14.0

# Each shape: a start point and cubic segments (c1, c2, end), all in design units.
SHAPES = [
    # body: a swoosh from the forked tail up to the head, beak at the upper right
    ((9.0, 47.0), [
        ((20.0, 52.0), (40.0, 50.0), (55.0, 22.0)),   # belly up to the beak
        ((46.0, 30.0), (40.0, 36.0), (30.0, 40.0)),   # back of the head down the back
        ((22.0, 43.0), (15.0, 44.0), (9.0, 47.0)),    # back to the tail
    ]),
    # near wing, swept back over the body
    ((31.0, 40.0), [
        ((26.0, 30.0), (20.0, 20.0), (11.0, 12.0)),   # leading edge out to the wing tip
        ((24.0, 18.0), (36.0, 26.0), (44.0, 32.0)),   # trailing edge back to the shoulder
        ((40.0, 36.0), (36.0, 38.0), (31.0, 40.0)),
    ]),
    # upper fork of the tail
    ((14.0, 45.0), [
        ((10.0, 43.0), (7.0, 40.0), (5.0, 36.0)),
        ((9.0, 40.0), (13.0, 42.0), (19.0, 43.5)),
        ((17.0, 44.0), (15.5, 44.5), (14.0, 45.0)),
    ]),
    # lower fork of the tail
    ((12.0, 46.5), [
        ((9.0, 49.0), (7.0, 52.0), (6.0, 56.0)),
        ((9.0, 52.0), (12.0, 50.0), (17.0, 48.0)),
        ((15.0, 47.5), (13.5, 47.0), (12.0, 46.5)),
    ]),
]


def flatten(start, segments, steps=24):
    pts = [start]
    p0 = start
    for c1, c2, p3 in segments:
        for i in range(1, steps + 1):
            t = i / steps
            u = 1 - t
            x = u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p3[0]
            y = u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p3[1]
            pts.append((x, y))
        p0 = p3
    return pts


def inside_polygon(x, y, poly):
    """Even-odd rule; each shape is simple, so this equals nonzero."""
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xc:
                inside = not inside
    return inside


def inside_rounded_square(x, y):
    r = RADIUS
    cx = min(max(x, r), SIZE - r)
    cy = min(max(y, r), SIZE - r)
    return 0 <= x <= SIZE and 0 <= y <= SIZE and (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def rasterise(px: int, ss: int = 4) -> bytes:
    polys = [flatten(s, segs) for s, segs in SHAPES]
    scale = SIZE / px
    rows = []
    for j in range(px):
        row = bytearray([0])  # PNG filter type 0
        for i in range(px):
            bg = fg = 0
            for sj in range(ss):
                for si in range(ss):
                    x = (i + (si + 0.5) / ss) * scale
                    y = (j + (sj + 0.5) / ss) * scale
                    if not inside_rounded_square(x, y):
                        continue
                    if any(inside_polygon(x, y, p) for p in polys):
                        fg += 1
                    else:
                        bg += 1
            n = ss * ss
            alpha = (bg + fg) / n
            if alpha == 0:
                row += bytes(4)
                continue
            mix = fg / (bg + fg)
            rgb = [round(b + (f - b) * mix) for b, f in zip(BG, FG)]
            row += bytes(rgb + [round(alpha * 255)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(px: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", px, px, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rasterise(px), 9)) + chunk(b"IEND", b""))


def svg() -> str:
    def fmt(p):
        return f"{p[0]:g} {p[1]:g}"

    paths = []
    for start, segs in SHAPES:
        d = f"M {fmt(start)} " + " ".join(f"C {fmt(a)}, {fmt(b)}, {fmt(c)}" for a, b, c in segs) + " Z"
        paths.append(f'  <path d="{d}"/>')
    bg = "#%02X%02X%02X" % BG
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">\n'
        f'  <rect width="64" height="64" rx="{RADIUS:g}" fill="{bg}"/>\n'
        '  <g fill="#FFFFFF">\n' + "\n".join("  " + p for p in paths) + "\n  </g>\n</svg>\n"
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "logo-svg.svg").write_text(svg())
    for px in (32, 64):
        (OUT / f"logo-{px}x{px}.png").write_bytes(png(px))
    preview = os.environ.get("LOGO_PREVIEW")  # e.g. LOGO_PREVIEW=/tmp/logo.png: a 256 px copy to look at
    if preview:
        Path(preview).write_bytes(png(256))
        print(f"preview: {preview}")
    print(f"wrote {OUT}/logo-svg.svg, logo-32x32.png, logo-64x64.png")


if __name__ == "__main__":
    main()
