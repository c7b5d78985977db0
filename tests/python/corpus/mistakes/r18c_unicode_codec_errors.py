import sys

samples = [
    lambda: "café".encode("ascii"),
    lambda: b"\xff\xfeA".decode("utf-8"),
    lambda: "naïve".encode("utf-8").decode("ascii"),
    lambda: b"abc".decode("utf-16"),
    lambda: bytes("abc"),
    lambda: b",".join(["a", "b"]),
    lambda: bytes.fromhex("0g"),
    lambda: bytearray(b"ab").append(300),
    lambda: "abc".decode("utf-8"),
    lambda: b"%s" % "text",
]
for fn in samples:
    try:
        print(fn())
    except Exception:
        sys.excepthook(*sys.exc_info())
