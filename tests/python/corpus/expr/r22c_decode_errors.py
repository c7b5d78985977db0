# decoding bytes: error handlers and the messages learners see
print("héllo".encode("ascii", "backslashreplace"), "😀".encode("utf-8"), "Ω".encode("latin-1", "replace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"), repr(b"\xe2\x82\xac".decode()))
print(str(b"bytes", "ascii"), str(b"x"), bytes("é", "utf-8"), list("é".encode()))
print("€".encode("utf-8"), b"\x80".decode("latin-1") == "\x80", "ü".encode("latin-1").decode("latin-1"))
bad = [b"\xe9t\xe9", b"\xc3", b"\xc3\x28", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"ok\x80"]
for b in bad:
    try:
        print(b.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(repr(b), "->", e.reason, e.start, e.end, "|", e)
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"abc".decode("ascii", "bogus-handler") if False else b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
"abc".decode("utf-8")
