#!/usr/bin/env python3
"""Writes the pictures of the scenario test corpus (run from this folder; the output is committed).

valid/images/pattern.png      a real 32x32 RGB PNG
hostile-images/images/*.png   pictures the app must refuse without allocating their pixels:
  truncated.png     a real PNG cut off in the middle of its image data
  gif-as.png        a GIF saved under a .png name
  tga-as.png        an 18-byte TGA header claiming 65535x65535 pixels, saved as .png
  huge-header.png   a valid PNG structure whose header claims 100000x100000 pixels (correct CRCs)
  empty.png         zero bytes
valid/images/pattern.jpg was written once with stb_image_write (quality 90) from the same pattern.
"""
import struct
import zlib


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, rows):
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def pattern_rows(size):
    # Two Okabe-Ito colours in a checkerboard: blue #0072B2 and orange #E69F00.
    blue, orange = bytes((0x00, 0x72, 0xB2)), bytes((0xE6, 0x9F, 0x00))
    return [b"".join(blue if (x // 8 + y // 8) % 2 else orange for x in range(size)) for y in range(size)]


def main():
    good = png(32, 32, pattern_rows(32))
    with open("valid/images/pattern.png", "wb") as f:
        f.write(good)
    with open("hostile-images/images/truncated.png", "wb") as f:
        f.write(good[: len(good) // 2])
    with open("hostile-images/images/gif-as.png", "wb") as f:
        f.write(bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"))
    with open("hostile-images/images/tga-as.png", "wb") as f:
        f.write(struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, 65535, 65535, 32, 8) + b"\x00" * 16)
    with open("hostile-images/images/huge-header.png", "wb") as f:
        ihdr = struct.pack(">IIBBBBB", 100000, 100000, 8, 6, 0, 0, 0)
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) +
                chunk(b"IEND", b""))
    open("hostile-images/images/empty.png", "wb").close()


if __name__ == "__main__":
    main()
