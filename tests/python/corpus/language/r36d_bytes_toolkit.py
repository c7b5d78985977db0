# Working with bytes: hex, int conversions, bytearray edits, struct packing and memoryview.
import struct

data = "héllo".encode("utf-8")
print(data, len(data), data.hex(), data.hex(":"), data.hex(" ", 2))
print(bytes.fromhex("de ad be ef"), list(b"AZ"), bytes([72, 105]), bytes(3))
print(data.decode("utf-8"), data.decode("ascii", errors="replace"), data.decode("latin-1"))
n = 1_000_000
b = n.to_bytes(4, "big")
print(b, int.from_bytes(b, "big"), int.from_bytes(b, "little"), (-2).to_bytes(2, "big", signed=True))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:] = b"there"
ba.extend(b"!!")
del ba[-1]
print(ba, ba.upper(), ba.find(b"there"), ba.count(b"e"), bytes(ba).split())
packed = struct.pack("<HIf", 1, 2, 1.5)
print(packed, len(packed), struct.unpack("<HIf", packed), struct.calcsize(">HIf"))
print(struct.pack(">i", -1), struct.unpack(">2s?", b"ok\x01"))
mv = memoryview(bytearray(b"abcdef"))
mv[0:2] = b"XY"
print(mv.tobytes(), mv[2], bytes(mv[1:4]), len(mv), mv.readonly)
print(b"abc" + b"def", b"-".join([b"a", b"b"]), b"x" * 3, b"abc"[1], b"abc"[1:])
for bad in (lambda: b"abc" + "def", lambda: bytes([256]), lambda: "é".encode("ascii"), lambda: b"\xff".decode()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"Hello".startswith(b"He"), b"  x ".strip(), b"a,b".split(b","), bytes.maketrans(b"a", b"b"))
