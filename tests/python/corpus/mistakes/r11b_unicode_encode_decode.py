# Text and bytes: encodings a learner mixes up.
word = "naïve café"
print(word.encode())
print(word.encode("latin-1"))
for enc in ["ascii", "cp1252", "utf-16-le", "klingon"]:
    try:
        print(enc, word.encode(enc))
    except (UnicodeEncodeError, LookupError) as e:
        print(enc, type(e).__name__, e)
raw = word.encode("utf-8")
for enc in ["ascii", "latin-1", "utf-8"]:
    try:
        print(enc, raw.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
for bad in [b"\xff\xfe", b"abc\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"ok\x80ok"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, "->", e)
for call in [lambda: bytes("abc"), lambda: str(b"x", "nope"), lambda: "x".decode(), lambda: b"x" + "y", lambda: "é".encode("ascii", "bogus")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print("\udcff".encode("utf-8", "surrogateescape"))
print("\ud800".encode("utf-8"))
