# UnicodeDecodeError / UnicodeEncodeError messages
tests = [
    lambda: b"\xff\xfe".decode("utf-8"),
    lambda: b"ab\xc3".decode(),
    lambda: "caf\u00e9".encode("ascii"),
    lambda: "\u2713 ok".encode("latin-1"),
    lambda: b"\x80".decode("ascii"),
]
for t in tests:
    try:
        t()
    except UnicodeError as e:
        print(type(e).__name__, e)
data = "naïve".encode("utf-8")
print(data.decode("ascii"))
