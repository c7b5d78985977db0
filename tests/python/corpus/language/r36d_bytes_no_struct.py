# Encoding text and numbers as bytes by hand: to_bytes, bytearray and codecs.
text = "Grüße, 世界"
for enc in ("utf-8", "utf-16-le", "latin-1"):
    try:
        b = text.encode(enc)
        print(enc, len(b), b[:8])
    except UnicodeEncodeError as e:
        print(enc, "fails:", e.reason, e.start, e.end)
print(text.encode("ascii", errors="ignore"), text.encode("ascii", errors="xmlcharrefreplace"))
print(text.encode("ascii", errors="backslashreplace"), "ü".encode("utf-8").decode("latin-1"))
def pack_u16(values):
    out = bytearray()
    for v in values:
        out += v.to_bytes(2, "little")
    return bytes(out)
def unpack_u16(data):
    return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
p = pack_u16([1, 258, 65535])
print(p, unpack_u16(p))
try:
    (70000).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError:", e)
ba = bytearray(4)
ba[1:3] = b"\x10\x20"
ba.reverse()
print(ba, ba.pop(), ba, bytearray(b"ab") * 2, ba.hex())
print(bytes.fromhex("48656c6c6f").decode(), b"\x41\x42".decode("utf-16-le"), len("😀".encode("utf-16")))
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"x".isalpha(), b"12".isdigit())
print(b"Hello World".title(), b"%05d" % 42, b"a\tb".expandtabs(2), b"ab".center(6, b"*"))
print(list(bytearray(b"hi")), bytes(reversed(b"abc")), b"".join([b"1", bytes([50])]))
print(bytes("abc", "ascii"), str(b"abc", "ascii"), str(b"abc"))
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
print("\N{GREEK SMALL LETTER ALPHA}".encode(), "\u00e9" == "e\u0301", len("e\u0301"))
