# codecs and int/bytes conversions: rot13, signed to_bytes/from_bytes, and decoding code pages
import codecs

print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((1024).to_bytes(4, "little"), int.from_bytes(b"\x00\x04", "little"), (255).to_bytes(1, "big"))
print("café".encode("cp1252"), b"\x80".decode("cp1252"), "naïve".encode("utf-16"), "x".encode("utf-32-be"))
print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, "ü".encode("latin-1"), b"\xfc".decode("latin-1"))
print(bytes.fromhex("deadbeef").hex(":"), bytearray.fromhex("01 02"), b"\x01\x02".hex(" ", 1))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    "abc".encode("rot13")
except LookupError as e:
    print("LookupError:", e)
print("abc".encode("no-such-codec"))
