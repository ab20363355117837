#!/usr/bin/env python3
"""Draws Cairn's icon (three stacked stones) from ONE drawing, with the
standard library only, into every file the app and its packages need:

  tray.png (32)             the tray icon (src-tauri/src/tray.rs)
  16x16.png ... 256x256.png,
  icon.png (512)            the window icon and the hicolor sizes the Linux
                            packages install (tauri.conf.json bundle.icon).
                            256 is named 256x256.png, not 128x128@2x.png:
                            Tauri's bundler puts an "@2x" file of 256 pixels
                            into hicolor/256x256@2, a slot for 512 pixels.
  icon.ico                  Windows: PNG entries of 16 to 256 pixels
  icon.icns                 macOS: PNG entries ic07 to ic14 (16@2x to 512)

  make-icons.py [DIR]           writes them into DIR (default: icons/)
  make-icons.py --check [DIR]   writes nothing; exits 1 naming every file in
                                DIR that differs from what it would write

The output is deterministic (same drawing, same bytes), so the committed
files can be checked against the script (`make check-platforms`)."""
import os
import struct
import sys
import zlib

# (centre x, centre y, radius x, radius y, colour) in a 1.0 x 1.0 square,
# bottom stone first.
STONES = [
    (0.50, 0.78, 0.40, 0.15, (0x5B, 0x6B, 0x5D)),
    (0.50, 0.53, 0.29, 0.12, (0x7A, 0x8F, 0x7B)),
    (0.50, 0.32, 0.18, 0.10, (0xE0, 0x9F, 0x3E)),
]
SS = 4  # samples per pixel side, for smooth edges


def draw(size):
    """RGBA bytes of the icon at size x size pixels."""
    out = bytearray(size * size * 4)
    offsets = [(s + 0.5) / SS for s in range(SS)]
    top_first = list(reversed(STONES))
    for y in range(size):
        # Per sample row: each stone's span [u0, u1] on that row, top first.
        rows = []
        for oy in offsets:
            v = (y + oy) / size
            spans = []
            for cx, cy, rx, ry, col in top_first:
                d = 1.0 - ((v - cy) / ry) ** 2
                if d >= 0.0:
                    half = rx * d**0.5
                    spans.append((cx - half, cx + half, col))
            rows.append(spans)
        if not any(rows):
            continue
        lo = min(s[0] for spans in rows for s in spans)
        hi = max(s[1] for spans in rows for s in spans)
        x0 = max(0, int(lo * size) - 1)
        x1 = min(size, int(hi * size) + 2)
        for x in range(x0, x1):
            r = g = b = hits = 0
            us = [(x + ox) / size for ox in offsets]
            for spans in rows:
                for u in us:
                    for u0, u1, col in spans:
                        if u0 <= u <= u1:
                            r += col[0]
                            g += col[1]
                            b += col[2]
                            hits += 1
                            break
            if hits:
                i = (y * size + x) * 4
                out[i : i + 4] = bytes(
                    (r // hits, g // hits, b // hits, hits * 255 // (SS * SS))
                )
    return bytes(out)


def png(size, pixels):
    """A PNG file (RGBA, 8 bits) as bytes."""
    stride = size * 4
    raw = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(size))

    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def ico(entries):
    """An ICO file whose images are PNGs (Windows Vista and later)."""
    head = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    table, body = b"", b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(body))
        body += data
    return head + table + body


def icns(entries):
    """An ICNS file of PNG entries: (four-letter type, PNG bytes)."""
    body = b"".join(t.encode() + struct.pack(">I", 8 + len(d)) + d for t, d in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build():
    """Every icon file, name -> bytes."""
    cache = {}

    def at(size):
        if size not in cache:
            cache[size] = png(size, draw(size))
        return cache[size]

    files = {
        "tray.png": at(32),
        "16x16.png": at(16),
        "32x32.png": at(32),
        "48x48.png": at(48),
        "64x64.png": at(64),
        "128x128.png": at(128),
        "256x256.png": at(256),
        "icon.png": at(512),
    }
    files["icon.ico"] = ico([(s, at(s)) for s in (16, 24, 32, 48, 64, 128, 256)])
    files["icon.icns"] = icns(
        [
            ("ic11", at(32)),  # 16x16@2x
            ("ic12", at(64)),  # 32x32@2x
            ("ic07", at(128)),
            ("ic13", at(256)),  # 128x128@2x
            ("ic08", at(256)),
            ("ic14", at(512)),  # 256x256@2x
            ("ic09", at(512)),
        ]
    )
    return files


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out_dir = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "icons")
    files = build()
    if check:
        stale = []
        for name, data in sorted(files.items()):
            path = os.path.join(out_dir, name)
            try:
                with open(path, "rb") as f:
                    same = f.read() == data
            except OSError:
                same = False
            if not same:
                stale.append(name)
        if stale:
            print(
                "icons differ from scripts/make-icons.py: "
                + ", ".join(stale)
                + " (run `python3 scripts/make-icons.py` and commit icons/)",
                file=sys.stderr,
            )
            return 1
        print(f"icons: {len(files)} files match scripts/make-icons.py")
        return 0
    os.makedirs(out_dir, exist_ok=True)
    for name, data in sorted(files.items()):
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
    print(f"icons: wrote {len(files)} files into {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
