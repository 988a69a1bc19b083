"""Write resources/icc/sRGB-v2.icc: a small ICC v2 display profile for sRGB (IEC 61966-2-1), the
output intent of the PDF/A plan (kitdesk/export/pdfa.py).

Made here, from the published numbers, because neither ReportLab nor pikepdf ships a profile, and
the profiles lying around on a machine (Ghostscript's) are v4 or under licences of their own:
- primaries: the sRGB primaries adapted to the D50 profile connection space with the Bradford
  transform (as in the ICC's own sRGB v2 profiles), white point D50;
- tone curves: the sRGB transfer function (linear below 0.04045, else ((v + 0.055) / 1.055) ** 2.4),
  sampled at 1024 points (a v2 profile has no parametric curves).

Run `python scripts/make_srgb_icc.py` to make it again; the output is the same bytes every time.
tests/export/test_pdfa.py checks with LittleCMS (Pillow's ImageCms) that it converts colours as
LittleCMS's own built-in sRGB does.
"""
from __future__ import annotations

import struct
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icc" / "sRGB-v2.icc"
D50 = (0.9642, 1.0, 0.8249)
PRIMARIES = {  # sRGB red, green and blue, Bradford-adapted to D50
    b"rXYZ": (0.4360747, 0.2225045, 0.0139322),
    b"gXYZ": (0.3850649, 0.7168786, 0.0971045),
    b"bXYZ": (0.1430804, 0.0606169, 0.7141733),
}
POINTS = 1024
DESCRIPTION = b"sRGB IEC61966-2.1 (KIT Desk, ICC v2)"
COPYRIGHT = b"No copyright, use freely"


def s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(s15(v) for v in values)


def desc(text: bytes) -> bytes:
    # textDescriptionType: ASCII with its NUL, then empty Unicode and ScriptCode parts (67 bytes of the latter).
    return (b"desc\0\0\0\0" + struct.pack(">I", len(text) + 1) + text + b"\0" + struct.pack(">II", 0, 0)
            + struct.pack(">HB", 0, 0) + b"\0" * 67)


def curve() -> bytes:
    def srgb_to_linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    table = [round(srgb_to_linear(i / (POINTS - 1)) * 65535) for i in range(POINTS)]
    return b"curv\0\0\0\0" + struct.pack(">I", POINTS) + struct.pack(f">{POINTS}H", *table)


def padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def profile() -> bytes:
    trc = curve()
    tags = [(b"desc", desc(DESCRIPTION)), (b"cprt", b"text\0\0\0\0" + COPYRIGHT + b"\0"), (b"wtpt", xyz(D50)),
            *((sig, xyz(v)) for sig, v in PRIMARIES.items()), (b"rTRC", trc), (b"gTRC", trc), (b"bTRC", trc)]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    entries, body, placed = [], b"", {}
    for sig, data in tags:
        if data not in placed:  # the three tone curves share one copy
            placed[data] = offset + len(body)
            body += padded(data)
        entries.append(struct.pack(">4sII", sig, placed[data], len(data)))
    size = 128 + table_size + len(body)
    header = (struct.pack(">I", size) + b"\0\0\0\0" + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ "
              + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 4 + struct.pack(">I", 0)
              + b"\0" * 8 + b"\0" * 8 + struct.pack(">I", 0) + b"".join(s15(v) for v in D50) + b"\0" * 4
              + b"\0" * 16 + b"\0" * 28)
    assert len(header) == 128, len(header)
    return header + struct.pack(">I", len(tags)) + b"".join(entries) + body


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(profile())
    print(OUT, OUT.stat().st_size)
