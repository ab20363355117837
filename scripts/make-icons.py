#!/usr/bin/env python3
"""Draws Cairn's icon (three stacked stones) as RGBA PNGs, with no
dependencies beyond the standard library. Run once; the PNGs are committed."""
import struct, zlib, sys

def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * size * 4:(y + 1) * size * 4]) for y in range(size))
    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))

# (centre x, centre y, radius x, radius y, colour) in a 1.0 x 1.0 square.
STONES = [
    (0.50, 0.78, 0.40, 0.15, (0x5b, 0x6b, 0x5d)),
    (0.50, 0.53, 0.29, 0.12, (0x7a, 0x8f, 0x7b)),
    (0.50, 0.32, 0.18, 0.10, (0xe0, 0x9f, 0x3e)),
]

def draw(size):
    px = [0] * (size * size * 4)
    ss = 4  # supersampling for smooth edges
    for y in range(size):
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    u = (x + (sx + 0.5) / ss) / size
                    v = (y + (sy + 0.5) / ss) / size
                    for cx, cy, rx, ry, col in reversed(STONES):
                        if ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2 <= 1.0:
                            acc[0] += col[0]; acc[1] += col[1]; acc[2] += col[2]; acc[3] += 255
                            break
            n = ss * ss
            a = acc[3] / n
            i = (y * size + x) * 4
            if a:
                hits = acc[3] / 255
                px[i:i + 4] = [int(acc[0] / hits), int(acc[1] / hits), int(acc[2] / hits), int(a)]
    return px

for size, name in [(256, "icon.png"), (32, "tray.png"), (128, "128x128.png"), (32, "32x32.png")]:
    png(f"{sys.argv[1] if len(sys.argv) > 1 else 'icons'}/{name}", size, draw(size))
